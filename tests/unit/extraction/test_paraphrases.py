"""Paraphrases of the README rules, written for the test as a wire journalist would write them:
varied verbs and word orders, both languages (none taken from the dev or held-out texts)."""

import pytest

from .conftest import counted, keys, run

# (body, lang, {(type, actor, count, origin or None when not checked)})
EVENTS = [
    ("The United States will pull its 2,300 troops out of Iraq by September.",
      "en", {("withdrawal", "US", 2300, "IQ")}),
    ("Londres rapatrie ses 300 soldats du Mali.", "fr", {("withdrawal", "GB", 300, "ML")}),
    ("The last 150 Dutch soldiers left Kabul on Friday.", "en", {("withdrawal", "NL", 150, "AF")}),
    ("The Pentagon announced the drawdown of 1,000 troops from Syria.", "en", {("withdrawal", "US", 1000, "SY")}),
    ("Germany will withdraw 1,100 soldiers from Mali next year.", "en", {("withdrawal", "DE", 1100, "ML")}),
    ("Some 2,000 British troops will leave Afghanistan this summer.", "en", {("withdrawal", "GB", 2000, "AF")}),
    ("Italy is bringing home 800 soldiers from Lebanon.", "en", {("withdrawal", "IT", 800, "LB")}),
    ("La France va retirer 2 500 militaires du Sahel.", "fr", {("withdrawal", "FR", 2500, None)}),
    ("Paris retire ses 1 500 soldats du Niger d'ici la fin de l'année.", "fr", {("withdrawal", "FR", 1500, "NE")}),
    ("Les 400 derniers soldats français ont quitté le Burkina Faso.", "fr", {("withdrawal", "FR", 400, "BF")}),
    ("L'Allemagne rapatrie 600 militaires d'Afghanistan.", "fr", {("withdrawal", "DE", 600, "AF")}),
    ("Washington will reduce its troop presence in Germany by 9,500 soldiers.",
      "en", {("withdrawal", "US", 9500, "DE")}),
    ("Russia pulled 10,000 troops back from the Ukrainian border.", "en", {("withdrawal", "RU", 10000, None)}),
    ("About 3,000 American soldiers have returned home from Poland.", "en", {("withdrawal", "US", 3000, "PL")}),
    ("Canada is withdrawing its 500 troops from Latvia.", "en", {("withdrawal", "CA", 500, "LV")}),
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
    ("Le Royaume-Uni va doubler ses effectifs en Estonie en y envoyant 900 soldats.",
      "fr", {("deployment", "GB", 900, None)}),
    ("Un millier de soldats allemands seront déployés en Lituanie.", "fr", {("deployment", "DE", 1000, None)}),
    ("Moscou a acheminé 2 000 parachutistes au Kazakhstan.", "fr", {("deployment", "RU", 2000, None)}),
    ("Les États-Unis vont positionner 3 000 soldats en Pologne.", "fr", {("deployment", "US", 3000, None)}),
    ("Plus de 1 000 militaires français sont arrivés en Roumanie.", "fr", {("deployment", "FR", 1000, None)}),
    ("The troops, currently based in Germany, will move to Romania. The Pentagon said 1,000 soldiers would go.",
      "en", {("deployment", "US", 1000, "DE")}),
    ("Washington is sending 2,000 troops from Fort Bragg, North Carolina, to Poland.",
      "en", {("deployment", "US", 2000, "US")}),
    ("Les 300 soldats français, stationnés en Côte d'Ivoire, partiront pour le Niger.",
      "fr", {("deployment", "FR", 300, "CI")}),
    ("The Pentagon put 8,500 troops on heightened alert.", "en", {("alert", "US", 8500, None)}),
    ("Some 8,500 US troops were placed on standby.", "en", {("alert", "US", 8500, None)}),
    ("Londres a placé 1 000 soldats en état d'alerte.", "fr", {("alert", "GB", 1000, None)}),
    ("About 1,000 British troops are on standby to deploy to Ukraine's neighbours.",
      "en", {("alert", "GB", 1000, None)}),
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
