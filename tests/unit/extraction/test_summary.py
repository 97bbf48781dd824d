from .conftest import keys, run


def test_lead_figure_split_in_body_is_a_summary() -> None:
    body = (
        "Spain will send 1,500 troops to Eastern Europe. "
        "Some 500 soldiers will go to Latvia and 1,000 others to Slovakia."
    )
    got = keys(run(body))
    assert ("deployment", "ES", 1500, None, (), True) in got
    assert ("deployment", "ES", 500, None, ("LV",), False) in got
    assert ("deployment", "ES", 1000, None, ("SK",), False) in got


def test_unsplit_lead_figure_is_not_a_summary() -> None:
    got = keys(run("Spain will send 1,500 troops to Latvia. The 1,500 soldiers leave on Monday."))
    assert all(not k[5] for k in got)


def test_repeats_merge_to_the_most_specific_version() -> None:
    events = run("The 400 soldiers will be sent from Italy to Hungary next week.", title="Rome sends 400 soldiers")
    assert [(e.count, e.origin, e.destinations) for e in events] == [(400, "IT", ["HU"])]


def test_an_alliance_force_split_by_nation_is_a_summary_even_when_split_in_part() -> None:
    body = (
        "NATO agreed to deploy about 3,000 troops to Romania and Bulgaria. "
        "France will send 1,000 soldiers to Romania, and Italy will send 700 troops to Bulgaria."
    )
    got = keys(run(body))
    assert ("deployment", "NATO", 3000, None, ("BG", "RO"), True) in got
    # ... but not when the nations' shares are a small part of it
    body = "NATO agreed to deploy about 3,000 troops to Romania. France will send 500 soldiers and Italy 300."
    assert all(not k[5] for k in keys(run(body)))
