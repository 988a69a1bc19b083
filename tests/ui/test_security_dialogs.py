"""The passphrase, recovery key, unlock and lock screens on their own (wired into start-up in
tests/ui/test_unlock_flow.py)."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kitdesk.store import keys, throttle
from kitdesk.store.keys import KdfParams
from kitdesk.ui.security.lock_screen import LockScreen
from kitdesk.ui.security.passphrase_dialog import PassphraseDialog
from kitdesk.ui.security.recovery_key_dialog import RecoveryKeyDialog
from kitdesk.ui.security.unlock_dialog import UnlockDialog


def test_choosing_a_passphrase_says_how_strong_it_is_in_danish(qtbot, danish):
    dialog = PassphraseDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first, "kort")
    assert not dialog.ok.isEnabled()
    assert dialog.strength.text() == "For kort – brug mindst 10 tegn."
    dialog.first.clear()
    qtbot.keyClicks(dialog.first, "adgangskode")
    assert dialog.strength.text().startswith("Svag – let at gætte.")
    dialog.first.clear()
    qtbot.keyClicks(dialog.first, "korrekt hest batteri hæfteklamme")
    qtbot.keyClicks(dialog.second, "korrekt hest batteri")
    assert dialog.strength.text() == "Stærk. De to adgangskoder er ikke ens endnu."
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.second, " hæfteklamme")
    assert dialog.ok.isEnabled() and dialog.strength.text() == "Stærk."
    assert dialog.first.echoMode() == dialog.first.EchoMode.Password
    dialog.show_text.setChecked(True)
    assert dialog.first.echoMode() == dialog.first.EchoMode.Normal
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.passphrase() == "korrekt hest batteri hæfteklamme"


def test_the_recovery_key_cannot_be_dismissed_before_the_user_says_it_is_kept(qtbot, danish):
    data_key = keys.new_data_key()
    text = keys.recovery_key_text(data_key)
    dialog = RecoveryKeyDialog(text)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Esc would lose the only showing of the key
    assert keys.parse_recovery_key(dialog.key_label.text()) == data_key  # what is shown is the key
    assert keys.parse_recovery_key(dialog.printed_text().split("\n\n")[1]) == data_key
    dialog.kept.setChecked(True)
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.print_button.text() == "&Udskriv…"


def test_unlocking_says_a_wrong_passphrase_is_wrong_and_waits_after_several(qtbot, danish, tmp_path):
    data_key = keys.new_data_key()
    keys.write_key_file(tmp_path, data_key, "korrekt hest batteri", KdfParams(n=2**10))

    clock = [time.time()]  # the throttle's clock, moved on by the test instead of sleeping

    def attempt(passphrase):
        try:
            found = keys.unlock(tmp_path, passphrase)
        except keys.WrongPassphrase:
            throttle.record_failure(tmp_path, now=clock[0])
            raise
        throttle.record_success(tmp_path)
        return found

    dialog = UnlockDialog(attempt, lambda text: keys.check_recovery_key(tmp_path, text),
                          lambda: throttle.seconds_to_wait(tmp_path, now=clock[0]))
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(2):
        qtbot.keyClicks(dialog.field, "forkert")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        assert dialog.message.text() == "Adgangskoden er forkert. Prøv igen – eller brug gendannelsesnøglen."
        assert dialog.isVisible() and dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.field, "forkert")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert not dialog.ok.isEnabled()
    assert dialog.message.text().startswith("Forkert adgangskode flere gange. Vent 2 sekunder")
    clock[0] += 1.0
    qtbot.wait(300)  # the countdown ticks every 250 ms
    assert not dialog.ok.isEnabled() and dialog.message.text().startswith("Forkert adgangskode flere gange. Vent 1 sekund,")
    clock[0] += 1.0
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=1000)
    qtbot.keyClicks(dialog.field, "korrekt hest batteri")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.result_value == data_key
    assert dialog.field.text() == ""  # the passphrase is not kept in the widget


def test_what_needs_no_key_is_done_once_while_the_passphrase_is_tried(qtbot, danish, tmp_path):
    """Start-up gives the unlock screen the work that follows an unlock and needs no key (loading the
    window's code): it is done while the first try derives the key in a thread – once, even when that
    try is wrong – and the answer is the same as without it."""
    import threading

    data_key = keys.new_data_key()
    keys.write_key_file(tmp_path, data_key, "korrekt hest batteri", KdfParams(n=2**10))
    tried_in, done_in = [], []

    def attempt(passphrase):
        tried_in.append(threading.current_thread())
        return keys.unlock(tmp_path, passphrase)

    dialog = UnlockDialog(attempt, lambda t: keys.check_recovery_key(tmp_path, t), lambda: 0.0,
                          meanwhile=lambda: done_in.append(threading.current_thread()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field, "forkert")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.message.text() == "Adgangskoden er forkert. Prøv igen – eller brug gendannelsesnøglen."
    assert done_in == [threading.main_thread()] and tried_in[0] is not threading.main_thread()
    dialog.field.setText("korrekt hest batteri")
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.result_value == data_key
    assert len(done_in) == 1 and len(tried_in) == 2


def test_the_recovery_key_opens_and_a_mistyped_one_is_said_to_be_mistyped(qtbot, danish, tmp_path):
    data_key = keys.new_data_key()
    keys.write_key_file(tmp_path, data_key, "korrekt hest batteri", KdfParams(n=2**10))
    dialog = UnlockDialog(lambda p: keys.unlock(tmp_path, p), lambda t: keys.check_recovery_key(tmp_path, t),
                          lambda: 0.0)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    assert dialog.used_recovery_key and dialog.field.echoMode() == dialog.field.EchoMode.Normal
    text = keys.recovery_key_text(data_key)
    # A letter in the middle: the last one also carries padding bits that a typo may not change.
    qtbot.keyClicks(dialog.field, text[:10] + ("Q" if text[10] != "Q" else "R") + text[11:])
    dialog.ok.click()
    assert "skrevet forkert" in dialog.message.text()
    dialog.field.setText(text.lower())
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.result_value == data_key


def test_the_lock_screen_unlocks_only_with_the_passphrase(qtbot, danish, tmp_path):
    keys.write_key_file(tmp_path, keys.new_data_key(), "korrekt hest batteri", KdfParams(n=2**10))
    screen = LockScreen(lambda p: keys.unlock(tmp_path, p), lambda: 0.0)
    qtbot.addWidget(screen)
    screen.show()
    screen.reset()
    qtbot.keyClicks(screen.field, "forkert")
    with qtbot.assertNotEmitted(screen.unlocked):
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    assert "forkert" in screen.message.text()
    screen.field.clear()
    qtbot.keyClicks(screen.field, "korrekt hest batteri")
    with qtbot.waitSignal(screen.unlocked, timeout=2000):
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    assert screen.field.text() == ""
