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
    # a request by another is not a move, however the verb is written
    ("The UN chief has called for 3,000 more international troops to be sent to the country.", "en"),
    ("Kyiv is calling for 5,000 foreign troops.", "en"),
]


@pytest.mark.parametrize(("body", "lang"), NOT_EVENTS)
def test_noun_not_an_event(body: str, lang: str) -> None:
    assert counted(run(body, lang)) == set()
