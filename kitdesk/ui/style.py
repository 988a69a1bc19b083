"""One calm stylesheet: readable on a small laptop and on a shared screen."""

STYLE = """
QWidget { font-size: 10pt; }
QLabel[heading="1"] { font-size: 16pt; font-weight: 600; color: #1f3a5f; }
QLabel[heading="2"] { font-size: 12pt; font-weight: 600; color: #1f3a5f; }
QLabel[muted="true"] { color: #5b6470; }
QLabel[kind="warning"] { background: #fff4e5; color: #7a4100; border: 1px solid #f0b46a;
                         border-radius: 4px; padding: 6px 10px; }
QLabel[kind="ok"] { background: #eaf6ee; color: #1d5e34; border: 1px solid #9fd1b0;
                    border-radius: 4px; padding: 6px 10px; }
QLabel[kind="info"] { background: #eef3fa; color: #1f3a5f; border: 1px solid #b9cbe4;
                      border-radius: 4px; padding: 6px 10px; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] { border: 2px solid #c62828; background: #fff5f5; }
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] { background: #e9ecf1; color: #2b3440;
                                                             border: 1px solid #d3d8df; }
QTableView { gridline-color: #e3e7ed; selection-background-color: #cfe0f5; selection-color: #111; }
QTableView::item { padding: 2px 6px; }
QHeaderView::section { background: #f3f5f8; padding: 4px 6px; border: none;
                       border-bottom: 1px solid #d6dbe3; font-weight: 600; }
QPushButton[primary="true"] { background: #1f5fa8; color: white; border: none; border-radius: 4px;
                              padding: 6px 16px; font-weight: 600; }
QPushButton[primary="true"]:hover { background: #174f8e; }
QPushButton[primary="true"]:disabled { background: #9fb7d4; }
QFrame#welcome { background: #f7f9fc; border: 1px solid #dde3ec; border-radius: 8px; }
QTabBar::tab { padding: 6px 14px; }
/* Where the keyboard is, clearly (EN 301 549 / WCAG 2.4.7): a blue ring on fields and lists, an amber
   ring on the blue primary button, a tint on check boxes, radio buttons and the current tab. */
QPushButton[primary="true"]:focus { border: 2px solid #f0b429; padding: 4px 14px; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus, QComboBox:focus,
QAbstractSpinBox:focus { border: 2px solid #1f5fa8; }
QLineEdit[invalid="true"]:focus, QPlainTextEdit[invalid="true"]:focus { border: 3px solid #8e1414; }
QCheckBox:focus, QRadioButton:focus { background: #dbe7f6; border-radius: 3px; }
QTabBar::tab:focus { background: #dbe7f6; text-decoration: underline; }
"""
