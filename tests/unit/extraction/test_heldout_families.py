"""Rule families found by error analysis on the development half of the held-out set; every sentence
here is written for the test, none is copied from a gold or held-out text."""

from services.extractor.engine.gazetteer import find_places

from .conftest import keys, run


def test_subnational_regions_name_their_country() -> None:
    for name, code in (
        ("Bavière", "DE"),
        ("Lower Saxony", "DE"),
        ("Ontario", "CA"),
        ("Île-de-France", "FR"),
        ("Kansas", "US"),
        ("Colorado", "US"),
    ):
        assert [p.codes for p in find_places(name)] == [(code,)], name
    # a state never overrides a country or a metonym of the same name
    assert find_places("Georgia")[0].kind == "country"
    assert find_places("Washington")[0].kind == "metonym"


def test_domestic_move_to_a_region() -> None:
    body = "L'armée espagnole a envoyé 1 200 soldats en Andalousie après les inondations."
    assert ("deployment", "ES", 1200, None, ("ES",), False) in keys(run(body, "fr"))


def test_part_of_a_country_is_still_the_country() -> None:
    assert ("deployment", "TR", 600, None, ("SY",), False) in keys(
        run("Turkey sent 600 soldiers into northwestern Syria on Friday.")
    )
    assert ("deployment", "TR", 600, None, ("SY",), False) in keys(
        run("La Turquie a envoyé 600 soldats dans le nord-ouest de la Syrie vendredi.", "fr")
    )
    assert ("deployment", "PE", 900, None, ("PE",), False) in keys(
        run("Peru deployed 900 soldiers to the mountain town of Cusco after the landslide.")
    )


def test_town_in_apposition_to_the_origin_is_not_a_destination() -> None:
    body = "Washington a envoyé 700 soldats venus de la base de Grafenwöhr, dans le sud de l'Allemagne, en Hongrie."
    assert ("deployment", "US", 700, "DE", ("HU",), False) in keys(run(body, "fr"))


def test_origin_from_a_home_base_in_a_region() -> None:
    body = (
        "Canada will send 450 soldiers to Latvia this summer. "
        "The troops will leave from their base in Petawawa, Ontario, in June."
    )
    assert ("deployment", "CA", 450, "CA", ("LV",), False) in keys(run(body))


def test_origin_from_a_base_the_gazetteer_does_not_know() -> None:
    body = (
        "Britain will send 600 marines to Norway for the winter drills. "
        "The marines will sail from Smallhaven naval base next week."
    )
    assert ("deployment", "GB", 600, "GB", ("NO",), False) in keys(run(body))
    body = (
        "Les Pays-Bas enverront 300 soldats en Lituanie. "
        "Le détachement partira depuis la base de Hardenberg par la route."
    )
    assert ("deployment", "NL", 300, "NL", ("LT",), False) in keys(run(body, "fr"))


def test_alert_origin_from_the_base_not_from_the_target() -> None:
    # the target of the mission they stand by for is their destination (the annotated sets all read it so)
    body = "Sweden put 400 soldiers on standby for a possible evacuation in Lebanon. The troops are based in Stockholm."
    assert ("alert", "SE", 400, "SE", ("LB",), False) in keys(run(body))


def test_a_repeat_completes_the_kept_event() -> None:
    title = "Norway sends 350 troops to Lithuania"
    body = "Norway is sending 350 troops to Lithuania. The soldiers will fly from Oslo on Monday."
    assert ("deployment", "NO", 350, "NO", ("LT",), False) in keys(run(body, title=title))


def test_shares_of_a_split_without_a_noun() -> None:
    body = (
        "Spain will send 900 soldiers to the Baltic states. "
        "The troops will be divided: 400 will go to Latvia, 300 to Estonia and 200 to Lithuania."
    )
    got = keys(run(body))
    assert {
        ("deployment", "ES", 400, None, ("LV",), False),
        ("deployment", "ES", 300, None, ("EE",), False),
        ("deployment", "ES", 200, None, ("LT",), False),
    } <= got
    assert ("deployment", "ES", 900, None, ("EE", "LT", "LV"), True) in got


def test_shares_with_an_elided_verb_in_french() -> None:
    body = (
        "La Belgique va envoyer 700 militaires en renfort. "
        "Sur ce total, 450 de ces soldats seront affectés en Roumanie et 250 en Bulgarie."
    )
    got = keys(run(body, "fr"))
    assert {("deployment", "BE", 450, None, ("RO",), False), ("deployment", "BE", 250, None, ("BG",), False)} <= got


def test_a_bare_figure_without_troops_is_no_share() -> None:
    assert run("Prices rose: 400 went to Latvia in taxes and 300 to Estonia.") == []


def test_strong_unit_is_a_force_of_that_size() -> None:
    assert ("presence", "NL", 270, None, ("LT",), False) in keys(
        run("The Netherlands currently has a 270-strong contingent in Lithuania.")
    )
    assert ("deployment", "ES", 80, None, ("TR",), False) in keys(
        run("Spain sent a 80-strong army medical unit to Turkey after the quake, its first troops there.")
    )


def test_mission_names_its_country_and_owner() -> None:
    assert ("presence", "UN", 4000, None, ("CY",), False) in keys(run("UNFICYP currently numbers about 4,000 troops."))
    body = "Ghana sent 500 soldiers to UNIFIL in March. Ghana already has 870 troops serving with the force."
    assert ("presence", "GH", 870, None, ("LB",), False) in keys(run(body))


def test_national_institutions_own_their_troops() -> None:
    body = "Le ministère des Armées va déployer 2 000 militaires supplémentaires sur le territoire national."
    assert ("deployment", "FR", 2000, None, ("FR",), False) in keys(run(body, "fr"))


def test_stock_held_by_the_withdrawing_country() -> None:
    got = keys(run("Spain will withdraw the 450 troops it has stationed in Mali and bring them home."))
    assert ("withdrawal", "ES", 450, "ML", ("ES",), False) in got
    assert ("presence", "ES", 450, None, ("ML",), False) in got
    got = keys(run("L'Espagne retirera les 450 militaires qu'elle maintient au Mali.", "fr"))
    assert ("presence", "ES", 450, None, ("ML",), False) in got


def test_relative_clause_gives_its_own_verb() -> None:
    body = "La Turquie, qui compte environ 2 000 militaires au Qatar, n'a pas annoncé de départ."
    assert keys(run(body, "fr")) == {("presence", "TR", 2000, None, ("QA",), False)}


def test_already_committed_is_a_stock() -> None:
    body = "L'Espagne déploie 600 soldats à Madrid. Ils rejoignent les 1 000 soldats déjà engagés dans l'opération."
    assert ("presence", "ES", 1000, None, ("ES",), False) in keys(run(body, "fr"))


def test_a_base_is_where_troops_are_not_where_they_leave() -> None:
    body = "Les 600 soldats polonais ont commencé à arriver sur la base de Tapa."
    assert ("deployment", "PL", 600, None, ("EE",), False) in keys(run(body, "fr"))


def test_guessed_owner_yields_to_a_stated_one() -> None:
    title = "Inondations au Portugal : l'armée envoie 900 soldats, l'Espagne envoie des pompiers"
    body = "Le Portugal a déployé 900 soldats à Porto."
    assert {(e.actor, e.count) for e in run(body, "fr", title)} == {("PT", 900)}


def test_force_of_an_organisation_sums_its_contributors() -> None:
    body = (
        "The EU will deploy 600 troops to Bosnia. Austria will provide 400 soldiers "
        "and Slovakia will send 200 soldiers to the force."
    )
    got = keys(run(body))
    assert ("deployment", "EU", 600, None, ("BA",), True) in got


def test_contributors_named_without_a_noun() -> None:
    body = "The EU will deploy 500 troops to Bosnia. Austria will provide 300 and Hungary will send 200."
    got = keys(run(body))
    assert {
        ("deployment", "AT", 300, None, ("BA",), False),
        ("deployment", "HU", 200, None, ("BA",), False),
        ("deployment", "EU", 500, None, ("BA",), True),
    } <= got
    body = "L'UE va déployer 500 soldats en Bosnie. L'Autriche fournira 300 soldats et la Hongrie 200."
    assert ("deployment", "HU", 200, None, ("BA",), False) in keys(run(body, "fr"))


def test_supply_verb_needs_troops_around() -> None:
    assert run("The bank will provide 200 to the poor. The firm will send 300 to charity.") == []


def test_stock_cut_by_a_figure() -> None:
    got = keys(run("Germany will reduce its 1,100-strong contingent in Mali by 300."))
    assert got == {("presence", "DE", 1100, None, ("ML",), False), ("withdrawal", "DE", 300, "ML", (), False)}


def test_origin_from_barracks_in_a_town() -> None:
    body = "Austria will send 1,200 soldiers to Kosovo. They will leave from their barracks in Graz next week."
    assert ("deployment", "AT", 1200, "AT", ("XK",), False) in keys(run(body))


def test_strong_unit_alone_opens_the_sentence() -> None:
    got = keys(run("A 600-strong Norwegian battalion arrived in Latvia."))
    assert ("deployment", "NO", 600, None, ("LV",), False) in got


def test_cut_from_a_level_to_another_gives_the_stock() -> None:
    assert ("presence", "GB", 1800, None, ("CY",), False) in keys(
        run("Britain will cut its force in Cyprus from 1,800 to 1,200 troops.")
    )
    assert ("presence", "GB", 1800, None, ("CY",), False) in keys(
        run("Le Royaume-Uni va réduire ses effectifs à Chypre de 1 800 à 1 200 soldats.", "fr")
    )


def test_departure_for_a_country() -> None:
    body = "Les 500 chasseurs alpins italiens partiront depuis leur base de Bolzano pour la Slovénie."
    assert ("deployment", "IT", 500, "IT", ("SI",), False) in keys(run(body, "fr"))
    assert ("deployment", "NL", 300, None, ("LT",), False) in keys(run("Some 300 Dutch troops left for Lithuania."))


def test_stationed_troops_joining_a_country() -> None:
    body = "Les 400 soldats canadiens stationnés en Lettonie rejoindront la Pologne."
    assert ("deployment", "CA", 400, "LV", ("PL",), False) in keys(run(body, "fr"))


def test_part_of_a_country_in_english() -> None:
    assert ("deployment", "IR", 2000, None, ("IQ",), False) in keys(
        run("Iran has deployed 2,000 soldiers in the south of Iraq.")
    )


def test_abroad_is_not_a_domestic_move() -> None:
    got = keys(run("Le Portugal a déployé 1 500 militaires à l'étranger cette année.", "fr"))
    assert all(k[4] != ("PT",) for k in got)


def test_troops_sent_to_their_own_border() -> None:
    assert ("deployment", "GR", 4000, None, ("GR",), False) in keys(
        run("Greece has moved 4,000 soldiers to its border with Turkey.")
    )
    assert ("deployment", "GR", 4000, None, ("GR",), False) in keys(
        run("La Grèce a envoyé 4 000 soldats à sa frontière avec la Turquie.", "fr")
    )
    # ... also named by their side of it, after a sentence about the other side
    assert ("deployment", "PK", 300000, None, ("PK",), False) in keys(
        run(
            "Nearly 500,000 Indian soldiers were sent to the frontier after the attack in New Delhi. Pakistan"
            " responded by moving around 300,000 troops to its side of the border."
        )
    )


def test_troops_of_many_nations_have_no_one_owner() -> None:
    assert keys(run("Finland will host 15,000 troops from 12 countries for the exercise.")) == set()
    assert ("presence", "UN", 9000, None, ("LB",), False) in keys(
        run("UNIFIL numbers some 9,000 troops from about 40 countries.")
    )


def test_disposer_de_is_a_stock() -> None:
    got = keys(run("La Turquie dispose d'environ 3 000 soldats au Qatar.", "fr"))
    assert got == {("presence", "TR", 3000, None, ("QA",), False)}


def test_strong_unit_of_police_is_not_troops() -> None:
    assert run("A 50-strong unit of gendarmes was sent to the village in France, alongside some soldiers.") == []


def test_a_second_stock_without_a_noun() -> None:
    got = keys(run("Britain has about 2,000 troops in Eastern Europe and 800 in Estonia."))
    assert {("presence", "GB", 2000, None, (), False), ("presence", "GB", 800, None, ("EE",), False)} <= got


def test_times_and_titles_are_no_shares() -> None:
    body = "The last 60 Spanish soldiers left Bamako at 12 h 15 à bord d'un avion, ahead of Title 42 in May."
    assert {k[2] for k in keys(run(body))} <= {60, None}


def test_keeps_is_a_stock_and_contribute_a_move() -> None:
    assert ("presence", "GB", 4000, None, ("CY",), False) in keys(run("Britain keeps about 4,000 troops in Cyprus."))
    assert ("deployment", "PT", 180, None, ("CF",), False) in keys(
        run("Portugal will contribute 180 soldiers to the UN mission in the Central African Republic.")
    )
    assert ("deployment", "PT", 180, None, ("CF",), False) in keys(
        run("Le Portugal fournira 180 soldats à la mission de l'ONU en Centrafrique.", "fr")
    )


def test_denials_and_willingness_are_no_moves() -> None:
    assert run("Moscow denied plans to send 50,000 soldiers to the border, the Kremlin said.") == []
    assert run("Bulgaria said it was ready to host 3,000 NATO troops.") == []
    assert run("La Slovaquie se dit prête à accueillir 2 000 soldats de l'OTAN.", "fr") == []
    # an order to be ready to deploy stays an alert
    got = keys(run("The Pentagon ordered 3,000 troops to be ready to deploy."))
    assert ("alert", "US", 3000, None, (), False) in got


def test_owner_named_by_the_force_after_the_noun() -> None:
    got = keys(run("Quelque 9 000 militaires de l'opération Sentinelle patrouillent en France.", "fr"))
    assert ("presence", "FR", 9000, None, ("FR",), False) in got


def test_troops_sent_to_a_border_go_to_their_own_side() -> None:
    # every annotated set that has the case reads it so ("Poland to send 10,000 troops to Belarus border" -> PL);
    # troops massed along another country's border stay [] (dev: Russia along Ukraine's borders)
    got = keys(run("Spain sent 600 troops to the Moroccan border as Madrid tightened controls."))
    assert ("deployment", "ES", 600, None, ("ES",), False) in got
    got = keys(run("Near 100,000 Russian troops are massed along Ukraine's borders."))
    assert ("presence", "RU", 100000, None, (), False) in got


def test_share_of_a_stock_is_withdrawn() -> None:
    got = keys(run("Belgium will pull 300 of its 900 troops out of Niger by June."))
    assert got == {("withdrawal", "BE", 300, "NE", (), False), ("presence", "BE", 900, None, ("NE",), False)}
    got = keys(run("La Belgique retirera 300 de ses 900 soldats du Niger d'ici juin.", "fr"))
    assert got == {("withdrawal", "BE", 300, "NE", (), False), ("presence", "BE", 900, None, ("NE",), False)}


def test_what_is_left_behind_is_a_stock() -> None:
    got = keys(run("Spain will cut its force in Mali by 200 troops, leaving about 150 soldiers at the airport."))
    assert got == {("withdrawal", "ES", 200, "ML", (), False), ("presence", "ES", 150, None, ("ML",), False)}
    assert keys(run("Portugal will leave 90 soldiers in Mozambique to train local forces.")) == {
        ("presence", "PT", 90, None, ("MZ",), False)
    }


def test_drawing_down_to_a_level_gives_the_stock() -> None:
    assert ("presence", "GB", 1200, None, ("EE",), False) in keys(
        run("Britain is drawing down its 1,200 troops in Estonia to 900.")
    )


def test_main_verb_after_a_relative_clause() -> None:
    got = keys(run("Some 600 Dutch soldiers, who were stationed in Mali, have now left the country."))
    assert ("withdrawal", "NL", 600, "ML", (), False) in got


def test_relocated_is_a_move() -> None:
    got = keys(run("About 1,500 US troops based in Syria will be relocated to Iraq."))
    assert ("deployment", "US", 1500, "SY", ("IQ",), False) in got


def test_home_stated_in_the_next_sentence() -> None:
    body = "Portugal will withdraw its 200 soldiers from Mali by June. The troops will return to Portugal by air."
    assert ("withdrawal", "PT", 200, "ML", ("PT",), False) in keys(run(body))
    body = "Le Portugal retirera ses 200 soldats du Mali. Ils rentreront au Portugal d'ici juin."
    assert ("withdrawal", "PT", 200, "ML", ("PT",), False) in keys(run(body, "fr"))
    body = "Portugal will withdraw its 200 soldiers from Mali by June. The troops will then go to Lithuania."
    assert ("withdrawal", "PT", 200, "ML", (), False) in keys(run(body))


def test_flown_back_home_is_a_withdrawal() -> None:
    assert ("withdrawal", "PT", 200, "ML", ("PT",), False) in keys(
        run("Some 200 Portuguese troops will be flown back to Portugal from Mali.")
    )


def test_a_demand_for_departure_is_a_request() -> None:
    assert run("Le Mali a exigé le départ des 400 militaires suédois.", "fr") == []


def test_corpus_false_positives_stay_out() -> None:
    assert run("More than 900 military personnel from the four nations took part, with US patrol aircraft.") == []
    body = "The mayor said the city would contribute 300 personnel to a task force of state police in the USA."
    assert run(body) == []


def test_fighting_non_state_groups_is_still_a_move() -> None:
    assert ("deployment", "NG", 900, None, ("NG",), False) in keys(
        run("Nigeria sent 900 paramilitary troops to Borno state to hunt jihadists.")
    )
    assert run("Some 900 fighters of the militia moved into the town in Libya.") == []
    assert run("Some 900 troops loyal to the rebels moved into the town in Libya.") == []


def test_more_demonyms_name_the_owner() -> None:
    assert ("deployment", "GH", 450, None, ("LB",), False) in keys(
        run("Some 450 Ghanaian soldiers were sent to Lebanon this week.")
    )
    assert ("deployment", "TG", 300, None, ("ML",), False) in keys(
        run("Quelque 300 soldats togolais ont été envoyés au Mali.", "fr")
    )


def test_bringing_the_total_to_a_level_is_a_stock() -> None:
    got = keys(run("Norway will send 200 more troops to Lithuania, bringing its contingent there to 700 soldiers."))
    assert got == {("deployment", "NO", 200, None, ("LT",), False), ("presence", "NO", 700, None, ("LT",), False)}
    got = keys(run("La Norvège enverra 200 soldats en Lituanie, portant son contingent à 700 militaires.", "fr"))
    assert ("presence", "NO", 700, None, ("LT",), False) in got


def test_a_later_clause_does_not_type_the_stock() -> None:
    got = keys(run("Spain has about 500 troops in Latvia, and has not said when they will leave."))
    assert got == {("presence", "ES", 500, None, ("LV",), False)}


def test_maintiendra_is_a_stock() -> None:
    got = keys(run("L'Espagne maintiendra 250 militaires en Lettonie après la réduction de ses effectifs.", "fr"))
    assert got == {("presence", "ES", 250, None, ("LV",), False)}


def test_a_coordinated_noun_phrase_is_not_another_clause() -> None:
    got = keys(run("Spain said 500 soldiers of its 4th Brigade, and their vehicles, will be sent to Latvia."))
    assert ("deployment", "ES", 500, None, ("LV",), False) in got


def test_the_base_reached_is_not_an_origin() -> None:
    body = (
        "Les 800 soldats canadiens sont arrivés vendredi sur la base de Tapa, en Estonie. "
        "Venus de Petawawa, dans l'Ontario, ils resteront six mois."
    )
    assert ("deployment", "CA", 800, "CA", ("EE",), False) in keys(run(body, "fr"))


def test_origin_two_sentences_on_when_the_nearer_one_is_the_destination() -> None:
    body = (
        "Denmark will send 600 more soldiers to Latvia. It already has 400 troops in Latvia, based in Adazi. "
        "The new troops will come from units stationed in Jutland, the army said."
    )
    assert ("deployment", "DK", 600, "DK", ("LV",), False) in keys(run(body))
