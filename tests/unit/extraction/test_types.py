"""Event types on sentences written for these tests, both languages."""

import pytest

from .conftest import counted, keys, run


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        ("Norway will send 300 soldiers to Latvia.", "en", ("deployment", "NO", 300, None, ("LV",))),
        ("Spain has deployed 450 troops to Slovakia this week.", "en", ("deployment", "ES", 450, None, ("SK",))),
        ("La Belgique va envoyer 250 soldats en Roumanie.", "fr", ("deployment", "BE", 250, None, ("RO",))),
        ("Le Kremlin a dépêché 4 000 soldats au Bélarus.", "fr", ("deployment", "RU", 4000, None, ("BY",))),
        ("Washington will move 900 troops from Italy to Poland.", "en", ("deployment", "US", 900, "IT", ("PL",))),
        ("L’Italie va retirer 600 soldats du Liban.", "fr", ("withdrawal", "IT", 600, "LB", ())),
        ("Canada is pulling 220 troops out of Latvia.", "en", ("withdrawal", "CA", 220, "LV", ())),
        ("Some 3,500 British troops are stationed in Estonia.", "en", ("presence", "GB", 3500, None, ("EE",))),
        ("Environ 1 800 soldats italiens sont basés au Liban.", "fr", ("presence", "IT", 1800, None, ("LB",))),
        ("The Pentagon placed 6,000 troops on heightened alert.", "en", ("alert", "US", 6000, None, ())),
        ("Le Pentagone a placé 6 000 soldats en état d’alerte.", "fr", ("alert", "US", 6000, None, ())),
    ],
)
def test_type_actor_places(body: str, lang: str, expected: tuple) -> None:
    etype, actor, count, origin, dests = expected
    assert (etype, actor, count, origin, dests, False) in keys(run(body, lang))


def test_stative_is_presence_change_is_flow() -> None:
    assert counted(run("Environ 800 soldats belges sont déployés en Lituanie.", "fr")) == {("presence", "BE", 800)}
    assert counted(run("La Belgique envoie 800 soldats supplémentaires en Lituanie.", "fr")) == {
        ("deployment", "BE", 800)
    }
    # a commitment made is a move; troops "already committed" stand where they serve
    assert counted(run("Norway has already committed 200 extra troops to the mission in Mali.")) == {
        ("deployment", "NO", 200)
    }
    assert counted(run("Some 200 Norwegian troops already committed to the mission are in Mali.")) == {
        ("presence", "NO", 200)
    }
    # an arrival is a move: "have come ashore", "were flown to", "ont atterri"
    assert counted(run("Nearly 800 Spanish marines have come ashore in Lebanon.")) == {("deployment", "ES", 800)}
    assert keys(
        run("About 120 Danish soldiers from a rapid reaction unit based in Estonia were flown to Kabul on Monday.")
    ) == {("deployment", "DK", 120, "EE", ("AF",), False)}
    assert counted(run("Environ 300 soldats belges ont atterri jeudi à Kinshasa.", "fr")) == {("deployment", "BE", 300)}
    assert counted(run("Un millier de soldats émiratis ont franchi lundi le pont qui relie le pays à Oman.", "fr")) == {
        ("deployment", "AE", 1000)
    }
    assert counted(run("About 1,000 Saudi soldiers crossed into Bahrain on Monday.")) == {("deployment", "SA", 1000)}
    # a unit named with its parent ("the 2nd Battalion, 7th Marines") and where it is based describes the troops
    assert counted(
        run(
            "About 600 US Marines from the 1st Battalion, 5th Marines, based at Camp Pendleton, were being sent "
            "to Guam."
        )
    ) == {("deployment", "US", 600)}
    # a move under way is a move, not where troops stand
    assert counted(run("About 600 Dutch marines were being deployed to Curacao.")) == {("deployment", "NL", 600)}
    assert counted(run("About 600 Dutch marines were deployed in Curacao.")) == {("presence", "NL", 600)}


def test_withdrawal_of_stationed_troops_is_also_a_presence() -> None:
    events = run(
        "Mali asked Sweden to withdraw its 250 troops currently stationed in the country, which Stockholm agreed to do."
    )
    assert counted(events) == {("withdrawal", "SE", 250), ("presence", "SE", 250)}


def test_domestic_deployment() -> None:
    assert ("deployment", "PE", 1500, None, ("PE",), False) in keys(
        run("Peru deployed 1,500 soldiers in Lima to restore order.")
    )


def test_cut_from_to_is_a_presence_and_no_counted_flow() -> None:
    assert counted(run("Britain plans to cut the number of British troops in Cyprus from 3,200 to 2,000.")) == {
        ("presence", "GB", 3200)
    }


def test_background_alert_is_annotated() -> None:
    assert ("alert", "US", 4700) in counted(run("Last week 4,700 U.S. troops were put on standby."))


def test_baltic_states_destination() -> None:
    assert ("deployment", "DE", 700, None, ("EE", "LT", "LV"), False) in keys(
        run("Germany will send 700 soldiers to the Baltic states.")
    )


def test_region_naming_no_country() -> None:
    assert ("deployment", "US", 1200, None, (), False) in keys(
        run("The Pentagon is sending 1,200 troops to Eastern Europe.")
    )


def test_un_force_as_a_whole() -> None:
    events = run("La Minusca, qui compte 11 000 casques bleus, reste en place.", "fr")
    assert ("presence", "UN", 11000) in counted(events)


def test_domestic_deployment_without_any_place_abroad() -> None:
    assert ("deployment", "NL", 2500, None, ("NL",), False) in keys(
        run("The Netherlands will deploy 2,500 soldiers to help farmers after the floods.")
    )


def test_share_of_a_stationed_force_gives_the_stock_event_only() -> None:
    got = counted(run("Canada is pulling most of the 900 troops temporarily deployed to the northern border."))
    assert got == {("deployment", "CA", 900)}
