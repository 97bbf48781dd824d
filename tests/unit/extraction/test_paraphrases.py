"""Paraphrases of the README rules, written for the test as a wire journalist would write them:
varied verbs and word orders, both languages (none taken from the dev or held-out texts)."""

import pytest

from .conftest import assert_events, counted, keys, run

# (body, lang, {(type, actor, count, origin or None when not checked)})
EVENTS = [
    (
        # its whole stock leaves, so the stock is stated too (README: "withdraw its 400 troops stationed in
        # Burkina Faso"; the annotated sets give the presence for 9 of 11 possessive withdrawals)
        "The United States will pull its 2,300 troops out of Iraq by September.",
        "en",
        {("withdrawal", "US", 2300, "IQ"), ("presence", "US", 2300, None)},
    ),
    (
        "Londres rapatrie ses 300 soldats du Mali.",
        "fr",
        {("withdrawal", "GB", 300, "ML"), ("presence", "GB", 300, None)},
    ),
    ("The last 150 Dutch soldiers left Kabul on Friday.", "en", {("withdrawal", "NL", 150, "AF")}),
    ("The Pentagon announced the drawdown of 1,000 troops from Syria.", "en", {("withdrawal", "US", 1000, "SY")}),
    ("Germany will withdraw 1,100 soldiers from Mali next year.", "en", {("withdrawal", "DE", 1100, "ML")}),
    ("Some 2,000 British troops will leave Afghanistan this summer.", "en", {("withdrawal", "GB", 2000, "AF")}),
    ("Italy is bringing home 800 soldiers from Lebanon.", "en", {("withdrawal", "IT", 800, "LB")}),
    ("La France va retirer 2 500 militaires du Sahel.", "fr", {("withdrawal", "FR", 2500, None)}),
    (
        "Paris retire ses 1 500 soldats du Niger d'ici la fin de l'année.",
        "fr",
        {("withdrawal", "FR", 1500, "NE"), ("presence", "FR", 1500, None)},
    ),
    ("Les 400 derniers soldats français ont quitté le Burkina Faso.", "fr", {("withdrawal", "FR", 400, "BF")}),
    ("L'Allemagne rapatrie 600 militaires d'Afghanistan.", "fr", {("withdrawal", "DE", 600, "AF")}),
    (
        "Washington will reduce its troop presence in Germany by 9,500 soldiers.",
        "en",
        {("withdrawal", "US", 9500, "DE")},
    ),
    ("Russia pulled 10,000 troops back from the Ukrainian border.", "en", {("withdrawal", "RU", 10000, None)}),
    ("About 3,000 American soldiers have returned home from Poland.", "en", {("withdrawal", "US", 3000, "PL")}),
    (
        "Canada is withdrawing its 500 troops from Latvia.",
        "en",
        {("withdrawal", "CA", 500, "LV"), ("presence", "CA", 500, None)},
    ),
    ("Spain recalled 300 soldiers from Iraq.", "en", {("withdrawal", "ES", 300, "IQ")}),
    ("The Netherlands ended its mission in Mali and flew 200 soldiers home.", "en", {("withdrawal", "NL", 200, "ML")}),
    ("The Pentagon ordered 3,000 troops to Poland.", "en", {("deployment", "US", 3000, None)}),
    ("Britain is rushing 1,000 troops to Estonia.", "en", {("deployment", "GB", 1000, None)}),
    ("France will post 500 soldiers in Romania.", "en", {("deployment", "FR", 500, None)}),
    ("Some 2,000 US Marines landed in Norway for an exercise.", "en", {("deployment", "US", 2000, None)}),
    ("Turkey beefed up its presence in Syria with 1,500 more soldiers.", "en", {("deployment", "TR", 1500, None)}),
    ("Germany will station 4,800 troops in Lithuania.", "en", {("deployment", "DE", 4800, None)}),
    ("Russia has airlifted 3,000 paratroopers to Kazakhstan.", "en", {("deployment", "RU", 3000, None)}),
    ("India has rushed 5,000 soldiers to the border with China.", "en", {("deployment", "IN", 5000, None)}),
    ("The first 300 French soldiers arrived in Constanta on Monday.", "en", {("deployment", "FR", 300, None)}),
    ("Canada is deploying an additional 800 troops to Latvia.", "en", {("deployment", "CA", 800, None)}),
    ("Washington approved the dispatch of 2,000 soldiers to Romania.", "en", {("deployment", "US", 2000, None)}),
    ("Italy sent 250 soldiers to Hungary for an exercise.", "en", {("deployment", "IT", 250, None)}),
    ("La Belgique dépêche 300 militaires en Roumanie.", "fr", {("deployment", "BE", 300, None)}),
    ("Paris va projeter 1 000 soldats supplémentaires en Estonie.", "fr", {("deployment", "FR", 1000, None)}),
    ("Quelque 500 soldats italiens ont débarqué en Lettonie.", "fr", {("deployment", "IT", 500, None)}),
    ("L'Espagne va renforcer son contingent en Lettonie avec 150 militaires.", "fr", {("deployment", "ES", 150, None)}),
    (
        "Le Royaume-Uni va doubler ses effectifs en Estonie en y envoyant 900 soldats.",
        "fr",
        {("deployment", "GB", 900, None)},
    ),
    ("Un millier de soldats allemands seront déployés en Lituanie.", "fr", {("deployment", "DE", 1000, None)}),
    ("Moscou a acheminé 2 000 parachutistes au Kazakhstan.", "fr", {("deployment", "RU", 2000, None)}),
    ("Les États-Unis vont positionner 3 000 soldats en Pologne.", "fr", {("deployment", "US", 3000, None)}),
    ("Plus de 1 000 militaires français sont arrivés en Roumanie.", "fr", {("deployment", "FR", 1000, None)}),
    (
        "The troops, currently based in Germany, will move to Romania. The Pentagon said 1,000 soldiers would go.",
        "en",
        {("deployment", "US", 1000, "DE")},
    ),
    (
        "Washington is sending 2,000 troops from Fort Bragg, North Carolina, to Poland.",
        "en",
        {("deployment", "US", 2000, "US")},
    ),
    (
        "Les 300 soldats français, stationnés en Côte d'Ivoire, partiront pour le Niger.",
        "fr",
        {("deployment", "FR", 300, "CI")},
    ),
    ("The Pentagon put 8,500 troops on heightened alert.", "en", {("alert", "US", 8500, None)}),
    ("Some 8,500 US troops were placed on standby.", "en", {("alert", "US", 8500, None)}),
    ("Londres a placé 1 000 soldats en état d'alerte.", "fr", {("alert", "GB", 1000, None)}),
    (
        "About 1,000 British troops are on standby to deploy to Ukraine's neighbours.",
        "en",
        {("alert", "GB", 1000, None)},
    ),
    ("About 750 French soldiers are deployed in Romania.", "en", {("presence", "FR", 750, None)}),
    ("The US has some 2,500 troops in Iraq.", "en", {("presence", "US", 2500, None)}),
    ("La France compte 1 500 militaires au Niger.", "fr", {("presence", "FR", 1500, None)}),
    ("Russia has massed 100,000 troops near Ukraine.", "en", {("presence", "RU", 100000, None)}),
]


@pytest.mark.parametrize(("body", "lang", "expected"), EVENTS)
def test_paraphrase(body: str, lang: str, expected: set[tuple]) -> None:
    events = run(body, lang)
    assert {(e.type, e.actor, e.count) for e in events} == {x[:3] for x in expected}, keys(events)
    want = {x[:3]: x[3] for x in expected}
    for e in events:
        if want[(e.type, e.actor, e.count)] is not None:
            assert e.origin == want[(e.type, e.actor, e.count)], keys(events)


NOT_EVENTS = [
    ("Britain could send 1,000 troops to Estonia.", "en"),
    ("Germany is considering sending 500 soldiers to Lithuania.", "en"),
    ("Kyiv asked for 10,000 NATO troops.", "en"),
    ("Russian troops will not enter Ukraine, Moscow said, denying plans to send 50,000 soldiers.", "en"),
    ("La France pourrait envoyer 500 soldats en Roumanie.", "fr"),
    ("Washington n'enverra pas de soldats en Ukraine.", "fr"),
    ("Some 300 soldiers were killed in the attack.", "en"),
    ("Wagner has 2,000 fighters in Mali.", "en"),
    ("France is ready to send 1,000 soldiers if asked.", "en"),
    ("Britain has no plans to send 5,000 troops to Ukraine.", "en"),
]


@pytest.mark.parametrize(("body", "lang"), NOT_EVENTS)
def test_paraphrase_not_an_event(body: str, lang: str) -> None:
    assert counted(run(body, lang)) == set()


# Several clauses or sentences: (body, lang, {(type, actor, count, origin, destinations, is_summary)}),
# None where the field is not checked; the article has exactly these events.
ARTICLES = [
    (
        "France will withdraw its 400 troops stationed in Burkina Faso.",
        "en",
        {("presence", "FR", 400, None, ("BF",), False), ("withdrawal", "FR", 400, "BF", None, False)},
    ),
    (
        "Washington plans to pull 1,000 of its 2,500 troops out of Iraq.",
        "en",
        {("presence", "US", 2500, None, ("IQ",), False), ("withdrawal", "US", 1000, "IQ", None, False)},
    ),
    (
        "The US will cut its force in Iraq from 2,500 to 2,000 troops.",
        "en",
        {("presence", "US", 2500, None, None, False)},
    ),
    ("Germany is cutting its troops in Mali by 300.", "en", {("withdrawal", "DE", 300, "ML", None, False)}),
    (
        "Le Danemark retire ses 100 soldats du Mali, qui rentreront au Danemark.",
        "fr",
        {("withdrawal", "DK", 100, "ML", ("DK",), False), ("presence", "DK", 100, None, ("ML",), False)},
    ),
    (
        "The 1,500 Belgian soldiers will come home from Afghanistan by December.",
        "en",
        {("withdrawal", "BE", 1500, "AF", ("BE",), False)},
    ),
    (
        "Sweden said it would withdraw 250 troops from Mali and bring them back to Sweden.",
        "en",
        {("withdrawal", "SE", 250, "ML", ("SE",), False)},
    ),
    (
        "The Pentagon has begun withdrawing 2,000 troops from Somalia.",
        "en",
        {("withdrawal", "US", 2000, "SO", None, False)},
    ),
    (
        "Le retrait de 5 000 soldats américains d'Allemagne a été annoncé.",
        "fr",
        {("withdrawal", "US", 5000, "DE", None, False)},
    ),
    (
        "Après neuf ans, les 2 400 militaires français ont quitté le Mali.",
        "fr",
        {("withdrawal", "FR", 2400, "ML", None, False)},
    ),
    (
        "Russia began pulling 10,000 troops away from the border with Ukraine.",
        "en",
        {("withdrawal", "RU", 10000, None, None, False)},
    ),
    (
        "Chad will recall its 1,200 soldiers serving with the UN mission in Mali.",
        "en",
        {("presence", "TD", 1200, None, ("ML",), False), ("withdrawal", "TD", 1200, "ML", None, False)},
    ),
    (
        "The 82nd Airborne Division is based at Fort Bragg, North Carolina. "
        "The Pentagon is sending 2,000 of its soldiers to Poland.",
        "en",
        {("deployment", "US", 2000, "US", ("PL",), False)},
    ),
    (
        "Some 1,000 soldiers will move from Germany to Romania, the Pentagon said.",
        "en",
        {("deployment", "US", 1000, "DE", ("RO",), False)},
    ),
    (
        "Les soldats viendront de la base de Vilseck, en Allemagne. Washington enverra 1 000 militaires en Roumanie.",
        "fr",
        {("deployment", "US", 1000, "DE", ("RO",), False)},
    ),
    (
        "Washington will move 1,000 troops to Romania. The soldiers are currently stationed in Germany.",
        "en",
        {("deployment", "US", 1000, "DE", ("RO",), False)},
    ),
    (
        "The US is sending 3,000 troops to Eastern Europe. Some 1,000 soldiers will move from Germany to Romania. "
        "Another 2,000 will fly from Fort Bragg to Poland.",
        "en",
        {
            ("deployment", "US", 1000, "DE", ("RO",), False),
            ("deployment", "US", 2000, "US", ("PL",), False),
            ("deployment", "US", 3000, None, (), True),
        },
    ),
    (
        "La France va envoyer 1 500 soldats en Europe de l'Est. Un millier iront en Roumanie et 500 en Estonie.",
        "fr",
        {
            ("deployment", "FR", 1000, None, ("RO",), False),
            ("deployment", "FR", 1500, None, (), True),
            ("deployment", "FR", 500, None, ("EE",), False),
        },
    ),
    ("Britain is sending 1,000 troops to Estonia.", "en", {("deployment", "GB", 1000, None, ("EE",), False)}),
    (
        "El Salvador sent 2,000 soldiers into its capital on Sunday.",
        "en",
        {("deployment", "SV", 2000, None, ("SV",), False)},
    ),
    (
        "Ecuador deployed 3,000 troops to the port city of Guayaquil.",
        "en",
        {("deployment", "EC", 3000, None, ("EC",), False)},
    ),
    (
        "Some 600 Spanish soldiers will travel to Lithuania for the Iron Wolf exercise.",
        "en",
        {("deployment", "ES", 600, None, ("LT",), False)},
    ),
    (
        "Ireland will send 130 peacekeepers to Lebanon to join UNIFIL.",
        "en",
        {("deployment", "IE", 130, None, ("LB",), False)},
    ),
    (
        "Le Sénégal va déployer 300 casques bleus supplémentaires au sein de la Minusma au Mali.",
        "fr",
        {("deployment", "SN", 300, None, ("ML",), False)},
    ),
    ("Le Pentagone a mis 8 500 soldats en état d'alerte.", "fr", {("alert", "US", 8500, None, None, False)}),
    ("Germany has put 350 soldiers on standby for Lithuania.", "en", {("alert", "DE", 350, None, None, False)}),
    ("Some 3,000 US troops received prepare-to-deploy orders.", "en", {("alert", "US", 3000, None, None, False)}),
    ("Britain will send three thousand troops to Poland.", "en", {("deployment", "GB", 3000, None, ("PL",), False)}),
    ("Canada will send 3k troops to Latvia.", "en", {("deployment", "CA", 3000, None, ("LV",), False)}),
    ("L'Allemagne enverra 3.000 soldats en Lituanie.", "fr", {("deployment", "DE", 3000, None, ("LT",), False)}),
    ("France is sending several thousand troops to Romania.", "en", {("deployment", "FR", None, None, ("RO",), False)}),
    (
        "Britain will send between 2,000 and 3,000 troops to Estonia.",
        "en",
        {("deployment", "GB", None, None, ("EE",), False)},
    ),
    ("France intends to send soldiers to Romania.", "en", {("deployment", "FR", None, None, ("RO",), False)}),
    (
        "La France a l'intention d'envoyer des soldats en Roumanie.",
        "fr",
        {("deployment", "FR", None, None, ("RO",), False)},
    ),
    # what stays after a withdrawal, reception by a host, origins from a base, orders to be ready
    (
        "The US will withdraw 2,000 troops from Afghanistan, leaving 2,500 in the country.",
        "en",
        {("presence", "US", 2500, None, ("AF",), False), ("withdrawal", "US", 2000, "AF", None, False)},
    ),
    (
        "About 900 US troops will remain in Syria after the drawdown.",
        "en",
        {("presence", "US", 900, None, ("SY",), False)},
    ),
    (
        "Quelque 1 000 soldats français resteront au Tchad après le retrait.",
        "fr",
        {("presence", "FR", 1000, None, ("TD",), False)},
    ),
    (
        "Paris retirera 1 000 de ses 3 000 soldats du Sahel.",
        "fr",
        {("presence", "FR", 3000, None, None, False), ("withdrawal", "FR", 1000, None, None, False)},
    ),
    (
        "The remaining 1,500 French soldiers will leave Niger by the end of the year.",
        "en",
        {("withdrawal", "FR", 1500, "NE", None, False)},
    ),
    # README: "withdraw its 400 troops stationed in Burkina Faso" is a withdrawal of 400 and a presence of 400
    (
        "Les 1 500 militaires français encore présents au Niger partiront d'ici la fin de l'année.",
        "fr",
        {("withdrawal", "FR", 1500, "NE", None, False), ("presence", "FR", 1500, None, ("NE",), False)},
    ),
    (
        "Germany is pulling out its last 200 soldiers from Afghanistan.",
        "en",
        {("withdrawal", "DE", 200, "AF", None, False)},
    ),
    # "all" its troops is the whole stock, as "its 2,300 troops" is above: the stock is stated too
    (
        "Washington is withdrawing all 1,000 of its troops from Niger.",
        "en",
        {("withdrawal", "US", 1000, "NE", None, False), ("presence", "US", 1000, None, ("NE",), False)},
    ),
    (
        "The withdrawal of 1,100 US troops from Niger will be completed by September.",
        "en",
        {("withdrawal", "US", 1100, "NE", None, False)},
    ),
    (
        "France has finished pulling its 1,500 soldiers out of Niger.",
        "en",
        {("withdrawal", "FR", 1500, "NE", None, False)},
    ),
    (
        "Britain will send 800 troops to Estonia. They will deploy from their base in Tidworth, England.",
        "en",
        {("deployment", "GB", 800, "GB", ("EE",), False)},
    ),
    (
        "Some 300 US soldiers from bases in Italy will deploy to Latvia.",
        "en",
        {("deployment", "US", 300, "IT", ("LV",), False)},
    ),
    ("There are about 2,500 American troops in Iraq.", "en", {("presence", "US", 2500, None, ("IQ",), False)}),
    ("Some 4,000 NATO troops are stationed in Kosovo.", "en", {("presence", "NATO", 4000, None, ("XK",), False)}),
    ("La France dispose de 1 000 militaires en Estonie.", "fr", {("presence", "FR", 1000, None, ("EE",), False)}),
    ("Washington keeps about 35,000 soldiers in Germany.", "en", {("presence", "US", 35000, None, ("DE",), False)}),
    (
        "Near 100,000 Russian troops are massed along Ukraine's borders.",
        "en",
        {("presence", "RU", 100000, None, (), False)},
    ),
    ("Estonia will receive 800 British troops next month.", "en", {("deployment", "GB", 800, None, ("EE",), False)}),
    ("Poland welcomed 1,700 US soldiers on Saturday.", "en", {("deployment", "US", 1700, None, ("PL",), False)}),
    ("La Roumanie accueillera 500 soldats français.", "fr", {("deployment", "FR", 500, None, ("RO",), False)}),
    (
        "Washington has approved the deployment of 1,500 troops to the US-Mexico border.",
        "en",
        {("deployment", "US", 1500, None, ("US",), False)},
    ),
    (
        "The Pentagon is expected to announce that 2,000 troops are heading to the Middle East.",
        "en",
        {("deployment", "US", 2000, None, (), False)},
    ),
    (
        "Germany's parliament approved sending 600 soldiers to Lithuania.",
        "en",
        {("deployment", "DE", 600, None, ("LT",), False)},
    ),
    ("Macron a annoncé l'envoi de 500 soldats en Roumanie.", "fr", {("deployment", "FR", 500, None, ("RO",), False)}),
    (
        "Sweden will contribute 550 soldiers to the NATO battlegroup in Finland.",
        "en",
        {("deployment", "SE", 550, None, ("FI",), False)},
    ),
    ("Japan dispatched 200 troops to South Sudan.", "en", {("deployment", "JP", 200, None, ("SS",), False)}),
    (
        "Some 5,000 British troops have been told to be ready to deploy at short notice.",
        "en",
        {("alert", "GB", 5000, None, None, False)},
    ),
    (
        "Le Royaume-Uni a placé 1 000 soldats en alerte pour une éventuelle crise humanitaire.",
        "fr",
        {("alert", "GB", 1000, None, None, False)},
    ),
    (
        "The Pentagon ordered 8,500 troops to prepare to deploy to Europe.",
        "en",
        {("alert", "US", 8500, None, None, False)},
    ),
]


@pytest.mark.parametrize(("body", "lang", "expected"), ARTICLES)
def test_paraphrase_article(body: str, lang: str, expected: set[tuple]) -> None:
    got = keys(run(body, lang))
    assert_events(got, expected)


MORE_NOT_EVENTS = [
    ("Russia has massed thousands of troops near Ukraine.", "en"),
    ("Moscow said its troops will not enter Ukraine.", "en"),
    ("Poland is ready to host 5,000 US soldiers.", "en"),
    ("Lithuania wants 4,000 German soldiers on its soil.", "en"),
    ("L'Ukraine réclame l'envoi de 20 000 soldats occidentaux.", "fr"),
    ("The minister addressed 500 soldiers at the base in Tapa, Estonia.", "en"),
    ("Some 2,000 Wagner mercenaries arrived in Mali.", "en"),
    ("Hamas fighters numbering 30,000 remain in Gaza.", "en"),
    ("Washington would deploy 5,000 troops to Poland if Russia invades.", "en"),
    ("L'armée française a refusé d'envoyer 1 000 soldats au Niger.", "fr"),
    ("Some 200 officer cadets graduated in Paris.", "en"),
    ("Berlin is weighing whether to send 1,000 soldiers to Lithuania.", "en"),
    ("Ottawa rejected calls to send 500 troops to Haiti.", "en"),
    ("Russian soldiers are exercising at home, near Moscow, with 10,000 troops.", "en"),
    ("Britain is prepared to deploy 1,000 troops if Russia invades.", "en"),
    ("Some 400 soldiers took part in the parade in Paris.", "en"),
    ("The 5,000 soldiers fought near Bakhmut for months.", "en"),
    ("L'armée française recrute 3 000 soldats par an.", "fr"),
    ("Zelensky urged allies to send 10,000 troops.", "en"),
    ("Paris dément vouloir envoyer 2 000 soldats en Ukraine.", "fr"),
    ("Moscow says it has no intention of sending 30,000 troops to Belarus.", "en"),
    ("A plan to send 2,000 troops to Haiti was shelved.", "en"),
    ("Some 1,200 police officers were deployed in Marseille.", "en"),
]


@pytest.mark.parametrize(("body", "lang"), MORE_NOT_EVENTS)
def test_more_paraphrases_not_events(body: str, lang: str) -> None:
    assert counted(run(body, lang)) == set()


def test_stationed_in_a_town_is_where_not_whose() -> None:
    body = "The 2nd Cavalry Regiment, stationed in Vilseck, Germany, will send 1,000 soldiers to Romania."
    assert keys(run(body, "en", title="US Army to bolster NATO flank")) == {
        ("deployment", "US", 1000, "DE", ("RO",), False)
    }


# (title, body, lang, {(type, actor, count, origin, destinations, is_summary)}), None where not checked
WITH_TITLE = [
    (
        "US to send 3,000 more troops to Poland",
        "The Pentagon said on Friday it would send 3,000 more troops to Poland.",
        "en",
        {("deployment", "US", 3000, None, ("PL",), False)},
    ),
    (
        "Paris envoie 500 soldats en Roumanie",
        "La France va envoyer 500 soldats en Roumanie, a annoncé l'Elysée.",
        "fr",
        {("deployment", "FR", 500, None, ("RO",), False)},
    ),
    (
        "Britain sends 1,350 troops to eastern Europe",
        "Some 850 soldiers will go to Estonia. A further 500 will deploy to Poland.",
        "en",
        {
            ("deployment", "GB", 1350, None, (), True),
            ("deployment", "GB", 500, None, ("PL",), False),
            ("deployment", "GB", 850, None, ("EE",), False),
        },
    ),
    (
        "",
        "L'Allemagne va envoyer 1 000 soldats supplémentaires. "
        "Quelque 600 rejoindront la Lituanie et 400 la Slovaquie.",
        "fr",
        {
            ("deployment", "DE", 1000, None, None, True),
            ("deployment", "DE", 400, None, ("SK",), False),
            ("deployment", "DE", 600, None, ("LT",), False),
        },
    ),
    (
        "",
        "The deployment follows the 8,500 US troops put on alert last week.",
        "en",
        {("alert", "US", 8500, None, None, False)},
    ),
    (
        "",
        "Washington is to bring home 3,000 troops from Germany.",
        "en",
        {("withdrawal", "US", 3000, "DE", ("US",), False)},
    ),
    (
        "",
        "Le Royaume-Uni va retirer ses 300 soldats du Mali plus tôt que prévu.",
        "fr",
        {("withdrawal", "GB", 300, "ML", None, False), ("presence", "GB", 300, None, ("ML",), False)},
    ),
    (
        "",
        "Les derniers 200 militaires belges sont rentrés d'Afghanistan.",
        "fr",
        {("withdrawal", "BE", 200, "AF", ("BE",), False)},
    ),
    (
        "",
        "Some 5,000 US troops will be withdrawn from Iraq by the end of the year.",
        "en",
        {("withdrawal", "US", 5000, "IQ", None, False)},
    ),
    ("", "Washington will cut 12,000 troops from Germany.", "en", {("withdrawal", "US", 12000, "DE", None, False)}),
    (
        "",
        "The Danish contingent of 100 soldiers will leave Mali.",
        "en",
        {("withdrawal", "DK", 100, "ML", None, False)},
    ),
    (
        "",
        "Washington a ordonné le déploiement de 2 000 soldats en Pologne.",
        "fr",
        {("deployment", "US", 2000, None, ("PL",), False)},
    ),
    (
        "",
        "La Turquie a massé 5 000 soldats à la frontière syrienne.",
        "fr",
        {("presence", "TR", 5000, None, None, False)},
    ),
    (
        "",
        "Some 400 Canadian soldiers are set to join the NATO battlegroup in Latvia.",
        "en",
        {("deployment", "CA", 400, None, ("LV",), False)},
    ),
    ("", "Hungary will dispatch 200 soldiers to Chad.", "en", {("deployment", "HU", 200, None, ("TD",), False)}),
    (
        "",
        "The Netherlands is to contribute 100 troops to the mission in Lithuania.",
        "en",
        {("deployment", "NL", 100, None, ("LT",), False)},
    ),
    (
        "",
        "Ottawa prolonge de deux ans la présence de ses 500 soldats en Lettonie.",
        "fr",
        {("presence", "CA", 500, None, ("LV",), False)},
    ),
    (
        "",
        "The US will rotate 2,000 soldiers into Poland next month.",
        "en",
        {("deployment", "US", 2000, None, ("PL",), False)},
    ),
]


@pytest.mark.parametrize(("title", "body", "lang", "expected"), WITH_TITLE)
def test_paraphrase_with_title(title: str, body: str, lang: str, expected: set[tuple]) -> None:
    got = keys(run(body, lang, title=title))
    assert_events(got, expected)
