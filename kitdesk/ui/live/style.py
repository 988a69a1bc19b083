"""The live meeting's own look: the current item, the clock over time, attendance as segmented
buttons, internal notes set apart, and the save status. Added to the window's calm stylesheet."""

LIVE_STYLE = """
QLabel[strong="true"] { font-weight: 600; }
QFrame#agendaRow { border: 1px solid transparent; border-left: 4px solid transparent; border-radius: 3px; }
QFrame#agendaRow:focus { border: 1px dotted #1f5fa8; border-left: 4px solid transparent; }
QFrame#agendaRow[current="true"] { background: #e3edf9; border-left: 4px solid #1f5fa8; }
QFrame#agendaRow[over="true"][current="true"] { border-left: 4px solid #c62828; }
QLabel#agendaClock { color: #3b4450; padding: 1px 6px; }
QLabel#agendaClock[over="true"] { background: #c62828; color: white; border-radius: 3px; font-weight: 600; }
QFrame#attendanceRow { border-bottom: 1px solid #e3e7ed; }
QToolButton[segment] { padding: 3px 2px; border: 1px solid #c5ccd6; background: #ffffff; color: #1f2a37; }
QToolButton[segment]:hover { background: #eef3fa; }
QToolButton[segment]:focus { border: 2px solid #1f5fa8; }
QToolButton[segment]:checked { background: #1f5fa8; border-color: #1f5fa8; color: white; font-weight: 600; }
QToolButton[segment="absent"]:checked, QToolButton[segment="declined"]:checked {
    background: #5b6470; border-color: #5b6470; }
QToolButton[segment]:disabled { color: #7b8490; }
QToolButton[segment]:checked:disabled { background: #9aa3ae; color: white; }
QFrame#itemSection { border: 1px solid #dde3ec; border-radius: 6px; background: #fbfcfe; }
QFrame#itemSection[current="true"] { border: 2px solid #1f5fa8; background: #f5f9fe; }
QLabel#nowChip { background: #1f5fa8; color: white; border-radius: 3px; padding: 1px 8px; font-weight: 600; }
QWidget#minutesBody QPlainTextEdit { font-size: 11pt; }
QPlainTextEdit[internal="true"] { background: #fbf6e6; border: 1px dashed #a88a3c; }
QLabel#internalLabel { color: #7a5c12; font-style: italic; }
QLabel#saveStatus { color: #1d5e34; }
QLabel#saveStatus[failed="true"] { color: #b71c1c; font-weight: 600; }
QLabel#saveFailed { background: #fdecea; color: #8e1414; border: 1px solid #e57373; border-radius: 4px;
                    padding: 6px 10px; font-weight: 600; }
QLabel#reminder { color: #4a5563; background: #f3f5f8; border-radius: 4px; padding: 4px 10px; }
QLabel#stateChip { background: #e7f3ea; color: #1d5e34; border: 1px solid #9fd1b0; border-radius: 4px;
                   padding: 2px 10px; font-weight: 600; }
QLabel#stateChip[held="true"] { background: #eef3fa; color: #1f3a5f; border-color: #b9cbe4; }
QFrame#approvalRow, QFrame#versionRow { border: 1px solid #dde3ec; border-radius: 6px; background: #ffffff; }
QLabel#approvalName { font-weight: 600; }
QScrollArea#planPreview, QWidget#previewBody { background: #8a929e; }
QLabel#previewStatus { color: white; }
"""
