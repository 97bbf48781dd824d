"""Rule families found by error analysis on the development half of the held-out set; every sentence
here is written for the test, none is copied from a gold or held-out text."""

from services.extractor.engine.gazetteer import find_places

from .conftest import keys, run


def test_subnational_regions_name_their_country() -> None:
    for name, code in (("Bavière", "DE"), ("Lower Saxony", "DE"), ("Ontario", "CA"), ("Île-de-France", "FR"),
                       ("Kansas", "US"), ("Colorado", "US")):
        assert [p.codes for p in find_places(name)] == [(code,)], name
    # a state never overrides a country or a metonym of the same name
    assert find_places("Georgia")[0].kind == "country"
    assert find_places("Washington")[0].kind == "metonym"


def test_domestic_move_to_a_region() -> None:
    body = "L'armée espagnole a envoyé 1 200 soldats en Andalousie après les inondations."
    assert ("deployment", "ES", 1200, None, ("ES",), False) in keys(run(body, "fr"))


def test_part_of_a_country_is_still_the_country() -> None:
    assert ("deployment", "TR", 600, None, ("SY",), False) in keys(
        run("Turkey sent 600 soldiers into northwestern Syria on Friday."))
    assert ("deployment", "TR", 600, None, ("SY",), False) in keys(
        run("La Turquie a envoyé 600 soldats dans le nord-ouest de la Syrie vendredi.", "fr"))
    assert ("deployment", "PE", 900, None, ("PE",), False) in keys(
        run("Peru deployed 900 soldiers to the mountain town of Cusco after the landslide."))


def test_town_in_apposition_to_the_origin_is_not_a_destination() -> None:
    body = "Washington a envoyé 700 soldats venus de la base de Grafenwöhr, dans le sud de l'Allemagne, en Hongrie."
    assert ("deployment", "US", 700, "DE", ("HU",), False) in keys(run(body, "fr"))


def test_origin_from_a_home_base_in_a_region() -> None:
    body = ("Canada will send 450 soldiers to Latvia this summer. "
            "The troops will leave from their base in Petawawa, Ontario, in June.")
    assert ("deployment", "CA", 450, "CA", ("LV",), False) in keys(run(body))


def test_origin_from_a_base_the_gazetteer_does_not_know() -> None:
    body = ("Britain will send 600 marines to Norway for the winter drills. "
            "The marines will sail from Smallhaven naval base next week.")
    assert ("deployment", "GB", 600, "GB", ("NO",), False) in keys(run(body))
    body = ("Les Pays-Bas enverront 300 soldats en Lituanie. "
            "Le détachement partira depuis la base de Hardenberg par la route.")
    assert ("deployment", "NL", 300, "NL", ("LT",), False) in keys(run(body, "fr"))


def test_alert_origin_from_the_base_not_from_the_target() -> None:
    body = ("Sweden put 400 soldiers on standby for a possible evacuation in Lebanon. "
            "The troops are based in Stockholm.")
    assert ("alert", "SE", 400, "SE", (), False) in keys(run(body))


def test_a_repeat_completes_the_kept_event() -> None:
    title = "Norway sends 350 troops to Lithuania"
    body = "Norway is sending 350 troops to Lithuania. The soldiers will fly from Oslo on Monday."
    assert ("deployment", "NO", 350, "NO", ("LT",), False) in keys(run(body, title=title))
