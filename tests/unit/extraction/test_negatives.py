"""Every non-event case of the rules: nothing countable may come out of these sentences."""

import pytest

from .conftest import counted, run

NEGATIVES = [
    ("Japan will not send 500 troops to the region.", "en"),
    ("Ces 600 soldats n’entreront pas en Moldavie.", "fr"),
    ("Portugal refused to send 300 soldiers to Niger.", "en"),
    ("Poland could send 2,000 troops to Lithuania.", "en"),
    ("La Pologne pourrait envoyer 2 000 soldats en Lituanie.", "fr"),
    ("Denmark is considering sending 400 troops to Estonia.", "en"),
    ("Le Danemark envisage d’envoyer 400 soldats en Estonie.", "fr"),
    ("Finland is ready to deploy 800 troops if Sweden is attacked.", "en"),
    ("Kyiv asks for 10,000 foreign troops.", "en"),
    ("Vilnius demande l’envoi de 3 000 soldats allemands.", "fr"),
    ("About 2,300 Russian soldiers were killed near the town.", "en"),
    ("Environ 2 300 soldats russes ont été tués près de la ville.", "fr"),
    ("Some 700 soldiers were taken prisoner.", "en"),
    ("Le Niger lance le recrutement de 5 000 soldats.", "fr"),
    ("The minister spoke to 400 troops at the base in Texas.", "en"),
    ("Some 900 rebel fighters and 300 renegade soldiers surrendered.", "en"),
    ("Italy sent 800 police officers to the border.", "en"),
    ("Ninety percent of the 2,000 soldiers voted.", "en"),
]


@pytest.mark.parametrize(("body", "lang"), NEGATIVES)
def test_not_an_event(body: str, lang: str) -> None:
    assert counted(run(body, lang)) == set()


def test_announced_intention_is_an_event() -> None:
    assert ("deployment", "IE", 150) in counted(run("Ireland intends to send 150 soldiers to Lebanon."))


def test_soldiers_and_police_together_taken_as_given() -> None:
    assert ("deployment", "EC", 3000) in counted(run("Ecuador deployed 3,000 soldiers and police to Guayaquil."))
