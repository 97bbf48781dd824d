"""Rule families of whole clauses: a capital that acts, a clause about something else before the figure,
troops that join a force, troops mobilised to guard, a stock that a withdrawal empties, and the publisher's
own country. Sentences written for the test. Each tuple: (title, body, lang, {(type, actor, count, origin,
destinations, is_summary)}), None where a field is not checked; the article has exactly these counted events."""

from __future__ import annotations

import pytest

from services.extractor.engine import extract

from .conftest import assert_events, counted, keys, make_article, run

CASES = [
    # a capital that decides to move troops is its government; the Twenty-Seven are the EU
    (
        "",
        "Niamey a décidé de rapatrier ses 400 militaires engagés dans la force africaine au Mali.",
        "fr",
        {("withdrawal", "NE", 400, "ML", ("NE",), False), ("presence", "NE", 400, None, ("ML",), False)},
    ),
    (
        "",
        "Les Vingt-Sept ont lancé lundi le déploiement d’une force de 2 500 soldats en Bosnie.",
        "fr",
        {("deployment", "EU", 2500, None, ("BA",), False)},
    ),
    # the level a move will bring a force to is no event of its own; the level a move made brought it to is a stock
    (
        "",
        "Ce renfort portera à 1 500 hommes les effectifs français au Tchad.",
        "fr",
        set(),
    ),
    (
        "",
        "Rome enverrait deux compagnies supplémentaires au Liban, portant à 1 800 hommes sa contribution.",
        "fr",
        set(),
    ),
    (
        "",
        "Rome a autorisé l'envoi de 300 soldats supplémentaires au Liban, portant à quelque 1 800 le nombre de "
        "militaires italiens déployés dans le pays.",
        "fr",
        {("deployment", "IT", 300, None, ("LB",), False), ("presence", "IT", 1800, None, ("LB",), False)},
    ),
    # a change of level already made: the level reached is a stock too; a change to come states only the level
    # before it
    (
        "",
        "Au Gabon, les effectifs français ont été ramenés de 900 à environ 350 militaires l'an dernier.",
        "fr",
        {("presence", "FR", 900, None, ("GA",), False), ("presence", "FR", 350, None, ("GA",), False)},
    ),
    (
        "",
        "Au Gabon, les effectifs français seront ramenés de 900 à environ 350 militaires l'an prochain.",
        "fr",
        {("presence", "FR", 900, None, ("GA",), False)},
    ),
    # the level before the one a sentence states ("down from", "up from", "from a peak of") is a stock too, where
    # the level stands
    (
        "",
        "The cuts will bring the number of British troops in Estonia to about 900, down from 1,200 today and from "
        "a peak of nearly 1,500 last year.",
        "en",
        {("presence", "GB", 1200, None, ("EE",), False), ("presence", "GB", 1500, None, ("EE",), False)},
    ),
    (
        "",
        "Some 60,000 Canadian troops are now deployed on the continent, up from 45,000 before the war, the "
        "minister said.",
        "en",
        {("presence", "CA", 60000, None, (), False), ("presence", "CA", 45000, None, (), False)},
    ),
    (
        "",
        "There are still about 3,000 Italian troops in Lebanon, down from a peak of 4,000.",
        "en",
        {("presence", "IT", 3000, None, ("LB",), False), ("presence", "IT", 4000, None, ("LB",), False)},
    ),
    # a coordinated clause with its own subject has its own polarity: the negation of the first does not reach
    # the figure of the second, whose "there" is the country the sentence named before it
    (
        "",
        "The general did not give new figures for Somalia, but officials said the number of U.S. troops there "
        "is set to fall from about 700 to 400 by March.",
        "en",
        {("presence", "US", 700, None, ("SO",), False)},
    ),
    # ... while a negation shared by two verbs of one subject still holds
    ("", "Paris did not deploy 500 soldiers or send 300 marines to Mali.", "en", set()),
    # a capital that opens its clause and moves troops is its government
    (
        "",
        "Following the riots, Nairobi sent 600 soldiers to Mombasa.",
        "en",
        {("deployment", "KE", 600, None, None, False)},
    ),
    ("", "Lima a déployé 1 200 soldats à la frontière.", "fr", {("deployment", "PE", 1200, None, None, False)}),
    # ... also with "pour sa part", "de son côté" before its verb
    (
        "",
        "Lima a de son côté envoyé 1 000 soldats à la frontière.",
        "fr",
        {("deployment", "PE", 1000, None, None, False)},
    ),
    # ... and one that keeps troops somewhere is its government too
    (
        "",
        "Nairobi contributes about 3,500 soldiers to the African Union mission in Somalia.",
        "en",
        {("presence", "KE", 3500, None, ("SO",), False)},
    ),
    # a clause about a death before the figure is not about the troops
    (
        "",
        "Après l'attaque contre l'ambassade, Londres dépêche 500 soldats supplémentaires à Chypre.",
        "fr",
        {("deployment", "GB", 500, None, ("CY",), False)},
    ),
    (
        "",
        "After the death of the general, Washington ordered 900 more troops to Iraq.",
        "en",
        {("deployment", "US", 900, None, ("IQ",), False)},
    ),
    # a casualty after the relative clause the figure stands in is about something else
    (
        "",
        "The EU force, which has about 1,200 soldiers and police in Chad, lost two vehicles in the attack.",
        "en",
        {("presence", "EU", 1200, None, ("TD",), False)},
    ),
    # "the region" is the province or disputed land just named, else a region that names no country
    (
        "",
        "Tensions with Iran are rising in the Gulf. The Pentagon approved sending 1,500 troops to the region.",
        "en",
        {("deployment", "US", 1500, None, (), False)},
    ),
    (
        "",
        "Le Sahel reste instable. Paris maintient 2 500 militaires dans la région.",
        "fr",
        {("presence", "FR", 2500, None, (), False)},
    ),
    (
        "",
        "Les combats ont repris en Abkhazie. Moscou a envoyé 3 000 soldats dans la région.",
        "fr",
        {("deployment", "RU", 3000, None, ("GE",), False)},
    ),
    (
        "",
        "France has 1,000 troops in Chad, the largest French force in the region.",
        "en",
        {("presence", "FR", 1000, None, ("TD",), False)},
    ),
    # a force many countries have is the country's the sentence names; alone, the US one
    (
        "",
        "Mexico will send 10,000 members of the national guard to its northern border.",
        "en",
        {("deployment", "MX", 10000, None, ("MX",), False)},
    ),
    (
        "",
        "Trump ordered 2,000 National Guard troops to Los Angeles.",
        "en",
        {("deployment", "US", 2000, None, ("US",), False)},
    ),
    # "d'ici à" says when, not where: troops sent to the border are on their own side
    (
        "",
        "Le Pentagone envoie 5 200 militaires à la frontière avec le Mexique d’ici à la fin de la semaine.",
        "fr",
        {("deployment", "US", 5200, None, ("US",), False)},
    ),
    # a stock "y" places is where the sentence before says
    (
        "",
        "La Lettonie accueille la brigade de l'Otan. Le Canada, qui y compte déjà 900 soldats, enverra des renforts.",
        "fr",
        {("presence", "CA", 900, None, ("LV",), False)},
    ),
    # an operation's stock stands in its theatre, named or not; an army's alone is placed nowhere (below)
    (
        "Sahel : Emmanuel Macron annonce une réduction des effectifs",
        "Les effectifs de l’opération « Barkhane », actuellement de 5 100 militaires, seront ramenés à 3 000 hommes.",
        "fr",
        {("presence", "FR", 5100, None, (), False)},
    ),
    # a withdrawal split into a part going home and a part moved on: each rounded figure, the total a summary
    # within 1%; the part "returning to" the owner's country goes home; "while nearly N" takes the noun before;
    # the places "including" names are where the moved part goes; the place left is the one the lead names
    (
        "US to pull 4,900 troops from Spain, move some to Portugal",
        "The United States will withdraw about 4,900 troops from Spain, the Pentagon said on Monday. Officials said "
        "about 2,800 troops would return to the United States, while nearly 2,100 would be repositioned in other "
        "NATO countries, including Portugal and Greece.",
        "en",
        {
            ("withdrawal", "US", 4900, "ES", None, True),
            ("withdrawal", "US", 2800, "ES", ("US",), False),
            ("deployment", "US", 2100, "ES", ("GR", "PT"), False),
        },
    ),
    # the figure of a "where" clause stands in the place the clause hangs on, not in one named after it
    (
        "",
        "Britain leads the battlegroup in Estonia, where about 900 British troops are stationed, and keeps a "
        "brigade at high readiness in the UK.",
        "en",
        {("presence", "GB", 900, None, ("EE",), False)},
    ),
    # troops sent to a force's exercise or mission go abroad, not home; with no place named, nowhere known
    (
        "",
        "Norway will send 3,000 troops to Nato's biggest exercise in decades.",
        "en",
        {("deployment", "NO", 3000, None, (), False)},
    ),
    (
        "",
        "Norway will send 3,000 troops to the north of the country.",
        "en",
        {("deployment", "NO", 3000, None, ("NO",), False)},
    ),
    # "currently ... N soldiers deployed": a stock, not a move
    (
        "",
        "La France a actuellement 750 soldats déployés au Mali.",
        "fr",
        {("presence", "FR", 750, None, ("ML",), False)},
    ),
    # missions of the 1990s are their organisations' forces, in the country they worked in
    (
        "",
        "IFOR, which is deploying some 60,000 troops in Bosnia, took over from the UN.",
        "en",
        {("deployment", "NATO", 60000, None, ("BA",), False)},
    ),
    ("", "L’Apronuc compte près de 15 000 casques bleus.", "fr", {("presence", "UN", 15000, None, ("KH",), False)}),
    # an organisation's leaders who decide a move are the organisation acting
    (
        "",
        "NATO leaders agreed on Friday to deploy about 4,000 troops to Poland and Romania.",
        "en",
        {("deployment", "NATO", 4000, None, ("PL", "RO"), False)},
    ),
    # troops that stay on alert are on alert, not a stock
    (
        "",
        "Some 8,500 other U.S.-based troops remain on heightened alert to join NATO's response force.",
        "en",
        {("alert", "US", 8500, "US", (), False)},
    ),
    ("", "Quelque 2 000 soldats américains restent en alerte.", "fr", {("alert", "US", 2000, None, (), False)}),
    # "the force numbered N": a stock; troops "already on the streets" are no withdrawal, whatever the verb of
    # the sentence before ("left 100 people dead")
    (
        "",
        "At its peak the force numbered some 50,000 NATO soldiers in Kosovo.",
        "en",
        {("presence", "NATO", 50000, None, ("XK",), False)},
    ),
    (
        "",
        "South Africa has authorised the deployment of 25,000 soldiers, after riots that left 100 people dead. About "
        "2,500 troops were already on the streets on Wednesday.",
        "en",
        {("deployment", "ZA", 25000, None, ("ZA",), False)},
    ),
    # who leads a force is not whose troops it numbers
    (
        "",
        "Haïti : la Minustah prolongée. La mission, dirigée par le Brésil, compte environ 7 000 militaires.",
        "fr",
        {("presence", "UN", 7000, None, ("HT",), False)},
    ),
    (
        "",
        "The EU force, led by France, numbers about 3,700 troops in Chad.",
        "en",
        {("presence", "EU", 3700, None, ("TD",), False)},
    ),
    # the level a move has brought a force to is a stock; a level still to come is no event (below)
    (
        "",
        "Washington envoie 1 000 soldats en Afghanistan, portant à quelque 6 000 le nombre de militaires américains "
        "dans le pays.",
        "fr",
        {("deployment", "US", 1000, None, ("AF",), False), ("presence", "US", 6000, None, ("AF",), False)},
    ),
    # (an owner phrase "de l'armée de terre" is not the army's ranks)
    ("", "Paris retire 300 soldats de l'armée de terre du Mali.", "fr", {("withdrawal", "FR", 300, "ML", (), False)}),
    # the troops a place holds leave: the withdrawal and the stock they were; "the N troops" with no place is
    # only the withdrawal
    (
        "",
        "The Pentagon ordered the withdrawal of the roughly 1,000 U.S. troops in northern Syria.",
        "en",
        {("withdrawal", "US", 1000, "SY", None, False), ("presence", "US", 1000, None, ("SY",), False)},
    ),
    ("", "Paris va rapatrier les 300 soldats de la brigade.", "fr", {("withdrawal", "FR", 300, None, None, False)}),
    # the same figure for each of two owners
    (
        "",
        "Estonia and Latvia will each send 150 soldiers to Mali.",
        "en",
        {("deployment", "EE", 150, None, ("ML",), False), ("deployment", "LV", 150, None, ("ML",), False)},
    ),
    # troops that join a force go where it is; the troops joined stay a stock
    (
        "",
        "200 soldats belges rejoignent la mission de l'ONU au Mali.",
        "fr",
        {("deployment", "BE", 200, None, ("ML",), False)},
    ),
    (
        "",
        "Quelque 150 militaires espagnols ont rejoint vendredi le bataillon de l'Otan en Lettonie.",
        "fr",
        {("deployment", "ES", 150, None, ("LV",), False)},
    ),
    (
        "",
        "Les 300 soldats français rejoignent les 800 Britanniques déjà présents en Estonie.",
        "fr",
        {("deployment", "FR", 300, None, None, False), ("presence", "GB", 800, None, ("EE",), False)},
    ),
    # troops mobilised to guard something are deployed there
    (
        "",
        "L'Italie a mobilisé 5 000 soldats pour sécuriser le sommet du G7 en Italie.",
        "fr",
        {("deployment", "IT", 5000, None, ("IT",), False)},
    ),
    # a recall of its troops is a withdrawal; "rappelle que" is a reminder
    (
        "",
        "Le Tchad a annoncé le rappel de ses quelque 850 militaires engagés en Centrafrique.",
        "fr",
        {("withdrawal", "TD", 850, "CF", None, False), ("presence", "TD", 850, None, ("CF",), False)},
    ),
    (
        "",
        "Le ministre rappelle que 850 militaires tchadiens sont stationnés en Centrafrique.",
        "fr",
        {("presence", "TD", 850, None, ("CF",), False)},
    ),
    # a withdrawal of its whole stock, still to come, states the stock; one already done does not
    (
        "",
        "Oslo will withdraw its 120 soldiers from Lithuania next spring.",
        "en",
        {("withdrawal", "NO", 120, "LT", None, False), ("presence", "NO", 120, None, ("LT",), False)},
    ),
    (
        "",
        "The Netherlands will pull its more than 1,000 soldiers out of Mali by June.",
        "en",
        {("withdrawal", "NL", 1000, "ML", None, False), ("presence", "NL", 1000, None, ("ML",), False)},
    ),
    (
        "",
        "Le Portugal va rapatrier ses quelque 180 militaires déployés en Centrafrique.",
        "fr",
        {("withdrawal", "PT", 180, "CF", None, False), ("presence", "PT", 180, None, ("CF",), False)},
    ),
    (
        "",
        "Spain pulled its 800 soldiers out of Lebanon last year.",
        "en",
        {("withdrawal", "ES", 800, "LB", None, False)},
    ),
    (
        "",
        "Madrid a retiré l'an dernier ses 800 soldats du Liban.",
        "fr",
        {("withdrawal", "ES", 800, "LB", None, False)},
    ),
    # a title's kicker before its colon is not about the troops
    (
        "Réfugiés : le Kenya a déployé 4 000 soldats à sa frontière nord",
        "Le dispositif sera renforcé.",
        "fr",
        {("deployment", "KE", 4000, None, None, False)},
    ),
    # troops mobilised for relief are sent there
    (
        "Inondations : Rome mobilise 3 000 militaires pour les secours",
        "Le dispositif sera renforcé.",
        "fr",
        {("deployment", "IT", 3000, None, None, False)},
    ),
    (
        "",
        "After the floods, Manila mobilised 5,000 soldiers to help the victims.",
        "en",
        {("deployment", "PH", 5000, None, None, False)},
    ),
    (
        "",
        "After the earthquake, Ankara mobilised 20,000 soldiers to search for survivors.",
        "en",
        {("deployment", "TR", 20000, None, None, False)},
    ),
    # a sea is where troops aboard ships go, in no country (not the country the sentence before talks about)
    (
        "",
        "Fighting resumed in Syria this week. The amphibious assault ship USS Bataan, with some 2,000 U.S. Marines"
        " aboard, has moved into the eastern Mediterranean.",
        "en",
        {("deployment", "US", 2000, None, (), False)},
    ),
    # the contributor "with" its figure states a stock, whatever the clause says next
    (
        "",
        "Germany, the second-largest contributor with about 1,100 soldiers in Afghanistan, said its forces would"
        " leave at the same time.",
        "en",
        {("presence", "DE", 1100, None, ("AF",), False)},
    ),
    # an embassy is its country's, in the town named after it
    (
        "",
        "The last U.S. combat troops left Iraq on Sunday. About 150 troops will stay behind, attached to the U.S."
        " Embassy in Baghdad.",
        "en",
        {("presence", "US", 150, None, ("IQ",), False)},
    ),
    # ... but the Gulf Coast is the United States'
    (
        "",
        "The Pentagon sent 7,200 active-duty troops to the Gulf Coast after the hurricane.",
        "en",
        {("deployment", "US", 7200, None, ("US",), False)},
    ),
    # guard troops activated are sent where the text says
    (
        "",
        "About 500 members of the Texas National Guard were activated to patrol the border.",
        "en",
        {("deployment", "US", 500, None, None, False)},
    ),
    # troops ordered to stand ready are put on alert ("reçu l'ordre" is no host receiving them)
    (
        "",
        "Près de 3 000 soldats britanniques ont reçu l'ordre de se tenir prêts à partir.",
        "fr",
        {("alert", "GB", 3000, None, (), False)},
    ),
    (
        "",
        "The Pentagon ordered 2,000 paratroopers to be ready to move within 24 hours.",
        "en",
        {("alert", "US", 2000, None, (), False)},
    ),
    # crossing the border with words between the verb and the border
    (
        "",
        "Quelque 500 soldats turcs ont franchi jeudi matin la frontière syrienne.",
        "fr",
        {("deployment", "TR", 500, None, None, False)},
    ),
]


@pytest.mark.parametrize(("title", "body", "lang", "expected"), CASES)
def test_clause_family(title: str, body: str, lang: str, expected: set[tuple]) -> None:
    got = {k for k in keys(run(body, lang, title)) if k[2] is not None}
    assert_events(got, expected)


def test_exercise_total_is_no_ones() -> None:
    # an exercise's total, however far its name is from the verb, is no one's move (under a headline that names
    # the United States)
    body = (
        "More than 17,000 troops are taking part in this year's Balikatan, or 'shoulder to shoulder' in Tagalog,"
        " drills in the Philippines, officials said."
    )
    assert counted(run(body, "en", "US and Philippines launch their largest joint drills")) == set()


# a share of troops named just before is no move of its own
SHARES = [
    (
        "Londres a envoyé 500 militaires au Kenya. Ces militaires, dont 120 membres des forces spéciales, doivent"
        " entraîner l'armée kényane.",
        "fr",
        {("deployment", "GB", 500)},
    ),
    (
        "Washington sent 600 troops to the Philippines. The US soldiers, who include 160 special forces, will act"
        " only as advisers.",
        "en",
        {("deployment", "US", 600)},
    ),
    # every share listed after "dont", not only the first
    (
        "Washington a envoyé 10 000 militaires américains en Haïti, dont 2 200 marines et 3 500 parachutistes de la"
        " 82e division.",
        "fr",
        {("deployment", "US", 10000)},
    ),
    # ... unless a share has an owner of its own
    (
        "Troops from three countries are taking part in drills in the Philippines, including about 12,000 US"
        " service members and 100 Australian soldiers.",
        "en",
        {("deployment", "US", 12000), ("deployment", "AU", 100)},
    ),
]


@pytest.mark.parametrize(("body", "lang", "expected"), SHARES)
def test_share_of_troops_named_before(body: str, lang: str, expected: set[tuple]) -> None:
    assert counted(run(body, lang)) == expected


# a level still to come, however it is written, is no event beside the move or the stock stated
LEVELS_TO_COME = [
    (
        "Paris enverra 300 soldats supplémentaires au Gabon. Le dispositif atteindra ainsi 1 200 hommes.",
        {("deployment", "FR", 300)},
    ),
    (
        "La Belgique enverra 600 soldats, et portera ainsi à mille soldats sa participation à la force au Liban.",
        {("deployment", "BE", 600)},
    ),
    (
        "Le Canada, qui y compte déjà un millier de soldats, s'est engagé à porter son contingent jusqu'à 2 200"
        " hommes d'ici à 2026.",
        {("presence", "CA", 1000)},
    ),
]


@pytest.mark.parametrize(("body", "expected"), LEVELS_TO_COME)
def test_level_to_come_is_no_event(body: str, expected: set[tuple]) -> None:
    assert counted(run(body, "fr")) == expected


@pytest.mark.parametrize(
    ("title", "body", "lang", "expected"),
    [
        # an exercise named before its total, or a total still to take part, is no one's move
        (
            "US and Philippines begin joint drills",
            "The two countries have begun their largest joint military exercises in decades, involving 17,600 troops.",
            "en",
            set(),
        ),
        (
            "L'Otan lance ses manœuvres en Norvège",
            "Au total, 37 000 hommes prendront part à l'exercice, que Moscou juge provocateur.",
            "fr",
            set(),
        ),
        # troops held by fighters are captives, not a stock
        (
            "",
            "The UN has about 8,700 peacekeepers in Sierra Leone, but some 500 of them are being held by rebels.",
            "en",
            {("presence", "UN", 8700)},
        ),
        # "three more companies of 150 each": units, not three soldiers
        (
            "",
            "A first company of about 150 U.S. paratroopers will arrive in Poland, and three more companies of"
            " roughly 150 each will head to Estonia, Latvia and Lithuania.",
            "en",
            {("deployment", "US", 150)},
        ),
    ],
)
def test_totals_captives_and_units(title: str, body: str, lang: str, expected: set[tuple]) -> None:
    assert {k for k in counted(run(body, lang, title)) if k[2] is not None} == expected


NOT_EVENTS = [
    # a cut of the army's size leaves no place; a parade moves troops nowhere
    ("China will cut 300,000 troops, President Xi Jinping announced.", "en"),
    ("La Russie va réduire ses effectifs de 100 000 soldats, a annoncé le Kremlin.", "fr"),
    ("Some 12,000 Chinese soldiers paraded through Tiananmen Square.", "en"),
    ("Quelque 4 000 soldats français défileront sur les Champs-Elysées.", "fr"),
    # a call-up with no task moves no one; refugees counted are not troops
    ("Moscou mobilise 300 000 réservistes.", "fr"),
    ("Le Kenya accueille 4 000 réfugiés : les soldats surveillent le camp.", "fr"),
    # an army's size is no stock placed anywhere
    ("Les effectifs de l’armée, actuellement de 2 000 militaires, seront ramenés à 1 000 hommes.", "fr"),
    # a cut of the army's size leaves no place
    ("Beijing announced a cut of 300,000 troops from the country's armed forces.", "en"),
    # a level to come
    ("La France va porter ses effectifs à 2 500 soldats au Mali.", "fr"),
    ("Britain will bring its force in Estonia to 1,600 troops next year.", "en"),
    # a call-up fills the ranks and moves no troops
    ("La Russie a mobilisé 300 000 réservistes.", "fr"),
    ("Moscow mobilised 300,000 reservists in September.", "en"),
    # ... but a casualty inside that clause is about the troops
    ("L'armée malienne, dont 40 soldats ont été tués, a quitté la ville.", "fr"),
    # a capital that is only where something happens
    ("In Nairobi, 600 soldiers were killed in the attack.", "en"),
    # a capital after a preposition is a place, not an owner
    ("Les 300 soldats tués près de Nairobi ont été enterrés.", "fr"),
]


@pytest.mark.parametrize(("body", "lang"), NOT_EVENTS)
def test_clause_not_an_event(body: str, lang: str) -> None:
    assert counted(run(body, lang)) == set()


@pytest.mark.parametrize(
    ("source", "title", "lang", "expected"),
    [
        # an article that names only the publisher's country and its towns is about the home country's troops
        ("lemonde.fr (RSS)", "Marseille : 300 militaires mobilisés pour sécuriser le centre-ville", "fr", "FR"),
        ("BBC News (RSS)", "Glasgow: 200 soldiers deployed to guard the summit venue", "en", "GB"),
        # a foreign town says nothing of whose troops they are
        ("lemonde.fr (RSS)", "Kaboul : 300 militaires déployés pour sécuriser l'aéroport", "fr", None),
    ],
)
def test_publisher_country(source: str, title: str, lang: str, expected: str | None) -> None:
    article = make_article("", lang, title).model_copy(
        update={"source": source, "body": "Le dispositif sera renforcé."}
    )
    actors = {e.actor for e in extract(article) if e.count is not None}
    assert actors == ({expected} if expected else set())
