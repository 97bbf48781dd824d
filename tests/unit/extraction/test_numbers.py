import pytest

from services.extractor.engine.numbers import find_counts, parse_number


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("3 000", "fr", 3000),
        ("3\u00a0000", "fr", 3000),
        ("3\u202f000", "fr", 3000),
        ("3,000", "en", 3000),
        ("3.000", "fr", 3000),
        ("3k", "en", 3000),
        ("1,000-strong", "en", 1000),
        ("trois mille", "fr", 3000),
        ("deux mille cinq cents", "fr", 2500),
        ("eight thousand five hundred", "en", 8500),
        ("un millier", "fr", 1000),
        ("a thousand", "en", 1000),
        ("cent soixante", "fr", 160),
        ("quarante-sept", "fr", 47),
        ("12 thousand", "en", 12000),
        ("une centaine", "fr", 100),
        ("half a million", "en", 500000),
        ("un demi-million", "fr", 500000),
    ],
)
def test_written_forms(text: str, lang: str, value: int) -> None:
    assert parse_number(text, lang) == value


@pytest.mark.parametrize(
    ("sentence", "lang", "value"),
    [
        ("some 4,200 soldiers", "en", 4200),
        ("about 650 troops", "en", 650),
        ("nearly 900 troops", "en", 900),
        ("up to 2,400 marines", "en", 2400),
        ("more than 5,500 troops", "en", 5500),
        ("près de 1 300 soldats", "fr", 1300),
        ("quelque 640 soldats", "fr", 640),
        ("environ 2 700 hommes", "fr", 2700),
        ("plus de 4 100 militaires", "fr", 4100),
        ("plus d’un millier de soldats", "fr", 1000),
    ],
)
def test_approximations_give_the_number(sentence: str, lang: str, value: int) -> None:
    assert [c.value for c in find_counts(sentence, lang)] == [value]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("thousands of troops", "en"),
        ("des milliers de soldats", "fr"),
        ("several thousand soldiers", "en"),
        ("2,000 to 3,000 troops", "en"),
        ("entre 1 500 et 2 000 soldats", "fr"),
        ("a battalion of paratroopers", "en"),
        ("plusieurs centaines de militaires", "fr"),
        ("between 700 and 900 marines", "en"),
    ],
)
def test_vague_or_ranged_is_none(sentence: str, lang: str) -> None:
    found = find_counts(sentence, lang)
    assert found and all(c.value is None for c in found)


def test_from_to_keeps_the_stock_only() -> None:
    (count,) = find_counts("reduced from 9,000 to 4,000 by June", "en")
    assert (count.value, count.from_to) == (9000, True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("bring the force to about 60,000, down from 75,000 today", 75000),
        ("now 40,000, up from some 28,000 last year", 28000),
        ("has fallen to 9,000 from a peak of nearly 21,000", 21000),
    ],
)
def test_level_before_is_a_stock(text: str, value: int) -> None:
    prior = [c for c in find_counts(text, "en") if c.prior]
    assert [(c.value, c.from_to) for c in prior] == [(value, True)]


def test_a_range_is_no_level_before() -> None:
    assert not any(c.prior for c in find_counts("down to between 500 and 700 soldiers from 2,000", "en"))


def test_from_to_keeps_the_level_reached() -> None:
    first = find_counts("les effectifs sont passés de 1 200 à environ 300 soldats", "fr")[0]
    assert (first.value, first.from_to, first.to_value) == (1200, True, 300)


@pytest.mark.parametrize(
    "text",
    ["a confirmé l’envoi de 2 500 à 3 000 soldats", "un premier contingent de 200 à 250 marines"],
)
def test_the_de_of_a_force_noun_opens_a_range(text: str) -> None:
    assert [(c.value, c.ranged, c.from_to) for c in find_counts(text, "fr")] == [(None, True, False)]


def test_a_change_of_a_force_is_a_level_change() -> None:
    first = find_counts("le Soudan a réduit son contingent de 15 000 à 5 000 hommes", "fr")[0]
    assert (first.value, first.from_to, first.to_value) == (15000, True, 5000)
