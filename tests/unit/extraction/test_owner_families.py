"""Rule families that say whose troops a figure counts: the country or force named after the troops
("militaires du Royaume-Uni", "soldats des bataillons de l'OTAN"). Sentences written for the test. Each tuple:
(title, body, lang, {(type, actor, count, origin, destinations, is_summary)}), None where a field is not checked;
the article has exactly these counted events."""

from __future__ import annotations

import pytest

from .conftest import assert_events, counted, keys, run

CASES = [
    # a country after ", and" that opens a clause of its own is its subject, not a place of the list before
    (
        "",
        "France has also deployed thousands of troops to the Sahel, and Belgium has sent some 300 soldiers.",
        "en",
        {("deployment", "BE", 300, None, None, False)},
    ),
    # peacekeepers the text gives no owner are the UN's, whoever the sentence before named
    (
        "",
        "Le premier ministre israélien a exhorté l’ONU à retirer ses soldats. La mission, qui compte environ "
        "9 000 casques bleus, entend rester sur place.",
        "fr",
        {("presence", "UN", 9000, None, (), False)},
    ),
    # a head of state or government named in the headline is the owner of the troops the text leaves unowned
    (
        "Liban : Chirac confirme l'envoi de renforts",
        "Quelque 1 600 soldats supplémentaires rejoindront la Finul d'ici à la fin du mois.",
        "fr",
        {("deployment", "FR", 1600, None, ("LB",), False)},
    ),
    # the nationality right after the noun owns the troops, whoever owned those of the sentence before
    (
        "",
        "Quelque 300 militaires italiens vont rejoindre la force. Le président affirme avoir ramené de 6 000 à "
        "3 000 le nombre de soldats serbes déployés près de la frontière.",
        "fr",
        {
            ("deployment", "IT", 300, None, (), False),
            ("presence", "RS", 6000, None, (), False),
            ("presence", "RS", 3000, None, (), False),
        },
    ),
    # a nation's contingent in a mission is the nation's ("le contingent brésilien de la Minustah")
    (
        "",
        "Le contingent uruguayen de la Monusco compte 1 100 militaires.",
        "fr",
        {("presence", "UY", 1100, None, ("CD",), False)},
    ),
    # the subject of a relative clause that sent the troops owns them, whoever speaks of them
    (
        "",
        "Selon Washington, les 10 000 soldats que la Corée du Nord a envoyés en Russie sont à Koursk.",
        "fr",
        {("deployment", "KP", 10000, None, ("RU",), False)},
    ),
    (
        "",
        "Washington says the 3,000 troops Iran has sent to Syria are near Aleppo.",
        "en",
        {("deployment", "IR", 3000, None, ("SY",), False)},
    ),
    # the country after the troops owns them
    (
        "",
        "Quelque 900 militaires du Royaume-Uni sont déjà présents en Estonie.",
        "fr",
        {("presence", "GB", 900, None, ("EE",), False)},
    ),
    # a country that a relative clause follows is that clause's subject, even after "au"
    (
        "",
        "Au Royaume-Uni, qui dispose du deuxième contingent avec 9 500 hommes en Afghanistan, le premier ministre"
        " doit s'exprimer.",
        "fr",
        {("presence", "GB", 9500, None, ("AF",), False)},
    ),
    # the force after its units owns them
    (
        "",
        "Ils rejoignent les 3 000 soldats des trois bataillons multinationaux de l'OTAN stationnés en Lituanie.",
        "fr",
        {("presence", "NATO", 3000, None, ("LT",), False)},
    ),
    (
        "",
        "Some 1,200 troops of the two battalions of the EU force are stationed in Bosnia.",
        "en",
        {("presence", "EU", 1200, None, ("BA",), False)},
    ),
]


@pytest.mark.parametrize(("title", "body", "lang", "expected"), CASES)
def test_owner_family(title: str, body: str, lang: str, expected: set[tuple]) -> None:
    got = {k for k in keys(run(body, lang, title)) if k[2] is not None}
    assert_events(got, expected)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a guard many countries have is the one of the country the article is about
        (
            "Le Mexique renforce sa frontière face aux migrants",
            "La présidente s'est engagée à envoyer 10 000 membres de la garde nationale à la frontière nord.",
            {("deployment", "MX", 10000)},
        ),
        # ... the US one when the article names no other
        (
            "Émeutes : les renforts affluent",
            "Le gouverneur a envoyé 2 000 membres de la garde nationale à Los Angeles.",
            {("deployment", "US", 2000)},
        ),
    ],
)
def test_generic_guard_owner(title: str, body: str, expected: set[tuple]) -> None:
    assert counted(run(body, "fr", title)) == expected


# the home of a unit named by its town then its country is where troops leave from
ORIGINS = [
    (
        "Quelque 150 soldats américains de la 173e brigade aéroportée, basée à Vicence, en Italie, sont arrivés"
        " mercredi en Pologne.",
        "fr",
        ("deployment", "US", 150, "IT", ("PL",), False),
    ),
    (
        "About 300 U.S. soldiers of the 2nd Cavalry Regiment, based in Vilseck, Germany, arrived in Lithuania.",
        "en",
        ("deployment", "US", 300, "DE", ("LT",), False),
    ),
]


@pytest.mark.parametrize(("body", "lang", "expected"), ORIGINS)
def test_unit_home_is_origin(body: str, lang: str, expected: tuple) -> None:
    assert keys(run(body, lang)) == {expected}


NOT_OWNERS = [
    # a country left is where the troops come from, not whose they are
    ("Washington va retirer 1 000 soldats d'Allemagne.", "fr", {("withdrawal", "US", 1000)}),
    # (a cut from a place is a withdrawal, unlike a cut of the army's size)
    ("The Pentagon will cut 12,000 troops from Germany.", "en", {("withdrawal", "US", 12000)}),
    (
        "The Pentagon will move 1,000 soldiers of the garrison from Germany to Romania.",
        "en",
        {("deployment", "US", 1000)},
    ),
]


@pytest.mark.parametrize(("body", "lang", "expected"), NOT_OWNERS)
def test_place_left_is_not_owner(body: str, lang: str, expected: set[tuple]) -> None:
    assert {k for k in counted(run(body, lang)) if k[0] != "presence"} == expected


STOCKS_JOINED = [
    # the troops that newcomers are sent to reinforce are a stock, even named by their unit
    (
        "Cent parachutistes français ont atterri à Abidjan pour renforcer les 600 hommes du 43e bataillon"
        " stationné au port.",
        "fr",
        {("deployment", "FR", 100), ("presence", "FR", 600)},
    ),
    (
        "Britain flew 200 paratroopers to Estonia to reinforce the 900 British troops already there.",
        "en",
        {("deployment", "GB", 200), ("presence", "GB", 900)},
    ),
]


@pytest.mark.parametrize(("body", "lang", "expected"), STOCKS_JOINED)
def test_reinforced_stock(body: str, lang: str, expected: set[tuple]) -> None:
    got = counted(run(body, lang))
    assert {k[0] for k in got} == {k[0] for k in expected} and {(k[0], k[2]) for k in got} == {
        (k[0], k[2]) for k in expected
    }, got
