"""The passphrase, the recovery key, unlocking and the lock screen."""
