from kitdesk.domain.passphrase import MIN_LENGTH, Strength, assess


def test_too_short_is_refused_and_length_with_words_is_strong():
    assert assess("a" * (MIN_LENGTH - 1)) is Strength.TOO_SHORT
    assert assess("korrekt hest batteri hæfteklamme") is Strength.STRONG


def test_common_and_repetitive_choices_are_weak_whatever_their_length():
    assert assess("adgangskode") is Strength.WEAK
    assert assess("Password 123") is Strength.WEAK
    assert assess("aaaaaaaaaaaaaaaa") is Strength.WEAK
    assert assess("abababababab") is Strength.WEAK


def test_a_mixed_but_short_phrase_is_fair():
    assert assess("Sommer2026!") is Strength.FAIR
