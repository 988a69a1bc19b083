"""The data key: a passphrase or the recovery key opens it, a wrong one is told apart from damage,
changing the passphrase does not touch the database, and the wait after wrong tries grows."""
from __future__ import annotations

import json

import pytest

from kitdesk.store import keys, throttle
from kitdesk.store.keys import KdfParams

FAST = KdfParams(n=2**10)  # tests only: the stored parameters are data, the default is 2**16


def test_the_passphrase_unwraps_the_same_key_and_a_wrong_one_says_so(tmp_path):
    data_key = keys.new_data_key()
    keys.write_key_file(tmp_path, data_key, "korrekt hest batteri", FAST)
    assert keys.unlock(tmp_path, "korrekt hest batteri") == data_key
    with pytest.raises(keys.WrongPassphrase) as wrong:
        keys.unlock(tmp_path, "korrekt hest batteri ")
    assert "forkert" in str(wrong.value)


def test_the_key_file_holds_neither_the_key_nor_the_passphrase(tmp_path):
    data_key = keys.new_data_key()
    keys.write_key_file(tmp_path, data_key, "korrekt hest batteri", FAST)
    text = keys.key_file(tmp_path).read_bytes()
    assert data_key not in text and data_key.hex().encode() not in text and b"korrekt" not in text
    assert (tmp_path / "backups" / keys.KEY_FILE).read_bytes() == text  # the copy a lost file is rebuilt from
    assert oct(keys.key_file(tmp_path).stat().st_mode & 0o777) == "0o600"


def test_the_default_kdf_is_scrypt_at_least_as_costly_as_sqlcipher4(tmp_path):
    keys.write_key_file(tmp_path, keys.new_data_key(), "korrekt hest batteri")
    kdf = json.loads(keys.key_file(tmp_path).read_text())["kdf"]
    assert kdf["name"] == "scrypt" and kdf["n"] >= 2**16 and kdf["r"] >= 8


def test_changing_the_passphrase_keeps_the_key_and_refuses_the_old_one(tmp_path):
    data_key = keys.new_data_key()
    keys.write_key_file(tmp_path, data_key, "gammel adgangskode", FAST)
    keys.change_passphrase(tmp_path, data_key, "ny og bedre adgangskode")
    assert keys.unlock(tmp_path, "ny og bedre adgangskode") == data_key
    with pytest.raises(keys.WrongPassphrase):
        keys.unlock(tmp_path, "gammel adgangskode")


def test_the_recovery_key_round_trips_and_forgives_how_it_is_typed(tmp_path):
    data_key = keys.new_data_key()
    keys.write_key_file(tmp_path, data_key, "korrekt hest batteri", FAST)
    text = keys.recovery_key_text(data_key)
    assert all(len(group) <= 5 for group in text.split("-")) and len(text.split("-")) == 11
    sloppy = " ".join(text.lower().split("-")).replace("o", "0").replace("i", "1")
    assert keys.check_recovery_key(tmp_path, sloppy) == data_key


def test_a_mistyped_recovery_key_and_another_folders_key_are_different_answers(tmp_path):
    data_key = keys.new_data_key()
    keys.write_key_file(tmp_path, data_key, "korrekt hest batteri", FAST)
    text = keys.recovery_key_text(data_key)
    typo = ("B" if text[0] != "B" else "C") + text[1:]
    with pytest.raises(keys.WrongRecoveryKey) as mistyped:
        keys.check_recovery_key(tmp_path, typo)
    assert mistyped.value.malformed
    with pytest.raises(keys.WrongRecoveryKey) as other:
        keys.check_recovery_key(tmp_path, keys.recovery_key_text(keys.new_data_key()))
    assert not other.value.malformed


def test_without_a_key_file_the_recovery_key_still_gives_the_key(tmp_path):
    data_key = keys.new_data_key()
    assert keys.check_recovery_key(tmp_path, keys.recovery_key_text(data_key)) == data_key


def test_a_damaged_key_file_is_not_a_wrong_passphrase(tmp_path):
    keys.write_key_file(tmp_path, keys.new_data_key(), "korrekt hest batteri", FAST)
    keys.key_file(tmp_path).write_text("{not json")
    with pytest.raises(keys.KeyFileDamaged):
        keys.unlock(tmp_path, "korrekt hest batteri")


def test_three_wrong_tries_are_free_then_the_wait_doubles(tmp_path):
    now = 1_000_000.0
    waits = [throttle.record_failure(tmp_path, now) for _ in range(6)]
    assert waits == [0, 0, 2, 4, 8, 16]
    assert throttle.seconds_to_wait(tmp_path, now) == 16
    assert throttle.seconds_to_wait(tmp_path, now + 16) == 0
    throttle.record_success(tmp_path)
    assert throttle.seconds_to_wait(tmp_path, now) == 0 and throttle.record_failure(tmp_path, now) == 0
    assert throttle.wait_after(100) == throttle.MAX_WAIT_S
