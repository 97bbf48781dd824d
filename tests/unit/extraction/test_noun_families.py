"""Troop nouns of the arms and services, modifiers between a figure and its noun, "au millier de", and a
request written as "called for". Sentences written for the test; each tuple: (body, lang, {(type, actor, count,
origin, destinations, is_summary)}), None where a field is not checked."""

from __future__ import annotations

import pytest

from .conftest import assert_events, counted, keys, run

CASES = [
    (
        "Environ 120 artilleurs belges seront déployés en Lituanie.",
        "fr",
        {("deployment", "BE", 120, None, ("LT",), False)},
    ),
    ("Le Tchad envoie 400 fantassins au Niger.", "fr", {("deployment", "TD", 400, None, ("NE",), False)}),
    ("Londres a dépêché 60 fusiliers marins à Chypre.", "fr", {("deployment", "GB", 60, None, ("CY",), False)}),
    ("Canada sent 250 infantrymen to Latvia.", "en", {("deployment", "CA", 250, None, ("LV",), False)}),
    # trades that are troops when the text says military
    ("Seoul will send 300 military medics to Iraq.", "en", {("deployment", "KR", 300, None, ("IQ",), False)}),
    ("Tokyo a envoyé 200 ingénieurs militaires au Cambodge.", "fr", {("deployment", "JP", 200, None, ("KH",), False)}),
    # the members of a country's army or of a named guard
    (
        "Some 150 members of Guatemala's army landed in Haiti on Saturday.",
        "en",
        {("deployment", "GT", 150, None, ("HT",), False)},
    ),
    # a modifier of the arm between the figure and its noun
    (
        "Germany is sending 80 military medical personnel to Romania.",
        "en",
        {("deployment", "DE", 80, None, ("RO",), False)},
    ),
    (
        "Italy will deploy 500 additional international troops to Lebanon.",
        "en",
        {("deployment", "IT", 500, None, ("LB",), False)},
    ),
    # "a hundred thousand", and members of a force whose name is hyphenated
    (
        "Tokyo ordered a hundred thousand members of the Self-Defence Forces into the north-east.",
        "en",
        {("deployment", "JP", 100000, None, ("JP",), False)},
    ),
    (
        "Trump a ordonné le déploiement de 2 000 membres supplémentaires de la garde nationale à Los Angeles.",
        "fr",
        {("deployment", "US", 2000, None, ("US",), False)},
    ),
    (
        "Seoul will send 3,000 of its own troops to northern Iraq.",
        "en",
        {("deployment", "KR", 3000, None, ("IQ",), False)},
    ),
    # "en envoyer N": "en" stands for the troops of the sentence before
    (
        "L'Irlande enverra 400 soldats au Tchad. La Suède doit en envoyer près de trois cents.",
        "fr",
        {("deployment", "IE", 400, None, ("TD",), False), ("deployment", "SE", 300, None, None, False)},
    ),
    # civilians with a figure of their own leave the soldiers' figure standing
    (
        "Berlin va stationner 4 800 militaires et 200 civils en Lituanie.",
        "fr",
        {("deployment", "DE", 4800, None, ("LT",), False)},
    ),
    (
        "Oslo a annoncé qu'un bataillon d'environ 600 militaires norvégiens rejoindrait la brigade en Lettonie.",
        "fr",
        {("deployment", "NO", 600, None, ("LV",), False)},
    ),
    # "au millier de": à + le millier
    (
        "Ces renforts s'ajoutent au millier de soldats espagnols déjà présents au Liban.",
        "fr",
        {("presence", "ES", 1000, None, ("LB",), False)},
    ),
]


@pytest.mark.parametrize(("body", "lang", "expected"), CASES)
def test_noun_family(body: str, lang: str, expected: set[tuple]) -> None:
    got = {k for k in keys(run(body, lang)) if k[2] is not None}
    assert_events(got, expected)


NOT_EVENTS = [
    # one figure for soldiers and civilians together is no force
    ("L'Allemagne enverra 300 soldats et civils en Lituanie.", "fr"),
    # a request by another is not a move, however the verb is written
    ("The UN chief has called for 3,000 more international troops to be sent to the country.", "en"),
    ("Kyiv is calling for 5,000 foreign troops.", "en"),
    # engineers and doctors the text does not call military are no force
    ("Seoul will send 300 engineers and doctors to Iraq to rebuild hospitals.", "en"),
    ("Tokyo a envoyé 200 ingénieurs au Cambodge.", "fr"),
]


@pytest.mark.parametrize(("body", "lang"), NOT_EVENTS)
def test_noun_not_an_event(body: str, lang: str) -> None:
    assert counted(run(body, lang)) == set()
