"""Article -> TroopEvents: gate, parse gated sentences once, run the rules, merge, build events."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from schemas.models import Article, Evidence, TroopEvent

from . import cues
from .data import SOURCE_COUNTRIES
from .events import (
    ACTOR_KINDS,
    APPOSITION,
    NAMED_AGAIN,
    SERVES_IN_MISSION,
    Candidate,
    find_bare_mentions,
    find_mentions,
    mission_country,
    places_in_context,
    sentence_events,
)
from .gate import gate_passes, sentence_passes, split_sentences
from .gazetteer import Place, find_places, iter_places, resolve_small_city
from .numbers import Count, find_counts
from .pipeline import get_nlp
from .summary import flag_summaries, merge_repeats

EXTRACTOR_VERSION = "rules-0.1.0"


@dataclass(frozen=True, slots=True)
class ExtractResult:
    events: list[TroopEvent]
    gated_out: bool
    sentences_parsed: int


def event_id(
    article_id: str,
    etype: str,
    actor: str,
    count: int | None,
    origin: str | None,
    destinations: list[str] | tuple[str, ...],
    is_summary: bool,
) -> str:
    """Deterministic id: same article and event give the same id on re-processing."""
    key = "|".join(
        [article_id, etype, actor, str(count), origin or "", ",".join(sorted(destinations)), "1" if is_summary else "0"]
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _default_actor(title: str) -> str | None:
    """The country a headline is about, used when a sentence names no owner for its troops. A label
    before a colon ("Haiti earthquake: US sends 5,700 troops") names the topic: an owner after it wins."""
    places = find_places(title)
    colon = title.find(":")
    if colon > 0:
        places = [p for p in places if p.start > colon] + [p for p in places if p.start < colon]
    for p in places:
        if (
            p.kind in ACTOR_KINDS
            and p.codes
            and not cues.LOCATIVE.search(title[max(0, p.start - 12) : p.start])
            and not re.search(r"\bpour\s+(?:la\s+|le\s+|les\s+|l['’])?$", title[max(0, p.start - 12) : p.start])
            and not cues.FROM.search(title[max(0, p.start - 16) : p.start])
        ):
            return p.codes[0]
    return None


def _lead_actor(body: str) -> str | None:
    spans = split_sentences(body)
    return _default_actor(body[spans[0][0] : spans[0][1]]) if spans else None


def _publisher_country(article: Article) -> str | None:
    """The publisher's home country, only for an article that names no country, city, people or
    institution anywhere, or none but the home country and its towns: its troops are then the home country's own."""
    source = article.source.lower()
    code = next((c for name, c in SOURCE_COUNTRIES.items() if name in source), None)
    # (or only places of the home country: "JO de Paris : 18 000 militaires mobilisés pour sécuriser les Jeux")
    if code is None or any(
        p.kind not in ("city", "metonym", "country") or p.codes[:1] != (code,)
        for p in iter_places(article.title + "\n" + article.body)
    ):
        return None
    return code


_HEADLINE_HOME = re.compile(
    r"\bbring\w*\s+(?:\w+\s+){0,3}?home\b|\b(?:come|coming|return\w*|head\w*|go\w*)\s+home\b"
    r"|\brapatri\w+|\brentr(?:er|ent|eront|era)\b",
    re.I,
)
_LEFT_FROM = re.compile(
    r"\b(?:withdr[ae]w\w*|pull\w*|remov\w+|bring\w*|evacuat\w+|retir\w+|retrait|rapatri\w+)\s+"
    r"(?:[\w.,'’\u00a0-]+\s+){0,5}?(?:from|out\s+of|de|du|des|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?$"
    r"|\b(?:leav\w+|left|exit\w*|quitt\w+)\s+(?:the\s+|la\s+|le\s+|l['’])?$",
    re.I,
)
# "the US-Mexico border", "Russia's border": a line between countries, not the place talked about
_BORDER_AFTER = re.compile(r"(?:-[A-Z][\w]+)?(?:['’]s)?\s+(?:border|frontier)", re.I)


_MEETING_AT = re.compile(
    r"\b(?:gathered|met|meeting|summit|talks|conference|sommet|réunis|réunion|conférence|signed|signé|agreed)"
    r"\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:in|at|à|en)\s+$",
    re.I,
)


_OWNER_CLAUSE_AFTER = re.compile(
    r"\s*,\s*(?:which|who|qui|dont)\b|\s+(?:has|have|had|will|would|said|says|a|va|doit|compte|dispose)\b", re.I
)


def _recent_places(text: str, found: list[Place]) -> tuple[str, ...]:
    """The places the previous sentences talk about, the likeliest referent of "the country" first: the last
    one after a locative preposition, else the last country named."""
    places = [
        p
        for p in places_in_context(text, found)
        if (p.kind in ("country", "city") or mission_country(p.text))
        and p.codes
        and not _BORDER_AFTER.match(text[p.end : p.end + 30])
    ]
    # a mission stands for the country it works in ("the mission" later in the text)
    places = [replace(p, codes=(mission_country(p.text),)) if p.kind == "org" else p for p in places]
    # where troops go home to is not the place talked about ("... et rentreront en Allemagne")
    places = [p for p in places if not _RETURN_CUE.search(text[max(0, p.start - 40) : p.start])] or places
    # nor is where people meet ("as foreign ministers gathered in Brussels", "lors d'un sommet à Madrid")
    places = [p for p in places if not _MEETING_AT.search(text[max(0, p.start - 50) : p.start])] or places
    # nor where an origin lies ("Arrivés par avion de Darwin, dans le nord de l'Australie")
    places = [
        p
        for i, p in enumerate(places)
        if not (
            i
            and cues.FROM.search(text[max(0, places[i - 1].start - 24) : places[i - 1].start])
            and APPOSITION.fullmatch(text[places[i - 1].end : p.start])
        )
    ] or places
    # (where troops are, or the place they leave: "withdraw all troops from Afghanistan"), then any country
    located = [
        p.codes[0]
        for p in reversed(places)
        if cues.LOCATIVE.search(text[max(0, p.start - 24) : p.start])
        or re.match(r"\s*,?\s*(?:où|where)\b", text[p.end :])
        or _LEFT_FROM.search(text[max(0, p.start - 60) : p.start])
    ]
    # (a country that opens a clause as its subject owns troops rather than hosts them: "Brazil, which commands the
    # mission's military component, said it would send 800 more. Canada sent 500 troops": the last resort for
    # the place talked about)
    owners = [p.codes[0] for p in reversed(places) if p.kind == "country" and _OWNER_CLAUSE_AFTER.match(text, p.end)]
    named = [p.codes[0] for p in reversed(places) if p.codes[0] not in owners]
    return tuple(dict.fromkeys(located + named + owners))


def _left_places(text: str, found: list[Place]) -> tuple[str, ...]:
    """The places the previous sentences say troops leave ("withdraw about 11,900 troops from Germany, move
    some to Italy"), the last first: where a later withdrawal with no place of its own leaves from."""
    return tuple(
        dict.fromkeys(
            p.codes[0]
            for p in reversed(found)
            if p.kind in ("country", "city") and p.codes and _LEFT_FROM.search(text[max(0, p.start - 60) : p.start])
        )
    )


_MONTHS = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february"
    "|march|april|may|june|july|august|september|october|november|december"
)
# a year only where it dates something ("in 1918", "April 1918", "depuis 1990"), not "Mirage 2000"
_YEAR = re.compile(
    rf"\b(?:in|en|since|depuis|until|jusqu['’]en|année|during|durant|pendant|{_MONTHS})\s+"
    r"(?:\d{1,2}(?:er)?,?\s+)?(1[89]\d\d|20\d\d)\b(?![ \u00a0]?\d)",
    re.I,
)
_SINCE = re.compile(r"(?:since|depuis)\b", re.I)
_HISTORY_GAP = 20  # README: background events are annotated; a war decades ago is history


_ORIGIN_CUE = re.compile(
    r"(?:\bfrom|\bleft|\bdeparted|\bquitt\w*|\bdepuis|\bvenue?s?\s+d(?:e|es|u)|\bpartie?s?\s+de"
    r"|\bbase\s+(?:\w+\s+)?(?:de|d['’]|of)"
    r"|\bbased\s+(?:in|at)|\bstationed\s+(?:in|at)|\bstationnée?s?\s+(?:en|à|au)"
    r"|\bbasée?s?\s+(?:en|à|au)"
    r"|\b(?:barracks|garrison|home\s+base|casernes?|garnison)\s+(?:in|at|à|en|de|d['’])"
    # "from the 82nd Airborne Division's Immediate Response Force at Fort Bragg": the unit's home post
    r"|\b(?:division|brigade|regiment|force|battalion)\s+at)"
    r"\s+(?:la\s+|le\s+|l['’]|the\s+)?$"
    # "from Fort Riley, Kansas", "at Fort Carson, Colorado": a base named by its town and state
    r"|\b(?:from|at|de|à|depuis)\s+(?-i:(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),"
    r"\s*(?:(?:in|en|dans)\s+(?:le\s+|la\s+|l['’]|the\s+)?)?$",
    re.I,
)
# a town an origin cue introduces ("fly from Darwin", "basés à Tielen", "sail from Marchwood military port")
_ORIGIN_TOWN = re.compile(
    r"\b(?:from|based\s+(?:in|at)|stationed\s+(?:in|at)|depuis|quitt\w*|venus?\s+de"
    r"|partis?\s+de|basée?s?\s+à|stationnée?s?\s+à)\s+(?:la\s+base\s+de\s+|the\s+)?"
    r"([A-Z][a-zà-ÿ]+(?:[\s-][A-Z][a-zà-ÿ]+)?)"
)
# a home base left by troops, whose place the gazetteer does not know: the troops leave their own country
_HOME_BASE = re.compile(
    r"\b(?i:from|leave|leaving|quitter\w*|quitt\w+|depuis|partiront\s+de)\s+"
    r"(?i:their|its|leur|leurs|the|la|le|l['’])?\s*"
    r"(?:(?:[A-Z][\w'’-]+\s+){1,3}(?i:military\s+|naval\s+|air\s+)?(?i:port|base|barracks|garrison|airfield)"
    r"|(?i:home\s+)?(?i:bases?|barracks|garrisons?)\b"
    r"|(?i:casernes?|garnisons?|bases?)\s+(?:d['’]attache|de\s+[A-Z]\w+))"
)
HOME = "HOME"
# "will be stationed in Estonia": where troops go, not where they come from
_POSTED_TO = re.compile(
    r"\b(?:will|to)\s+be\s+(?:\w+\s+)?(?:stationed|based|posted)\s+(?:in|at)\s+(?:the\s+)?$"
    r"|\b(?:seront|vont\s+être)\s+(?:\w+\s+)?(?:stationnée?s|basée?s)\s+(?:en|à|au|aux)\s+$",
    re.I,
)
# "arrivent sur la base de Tapa": the base reached, not the one left
_AT_BASE = re.compile(
    r"\b(?:sur|à|at|on|to|vers|into)\s+(?:la|the|une|a)\s+(?:\w+\s+)?base\s+(?:\w+\s+)?"
    r"(?:de|d['’]|of)\s+(?:[\w'’-]+,\s*(?:(?:in|en|dans)\s+)?(?:le\s+|la\s+|l['’]|the\s+)?)?$",
    re.I,
)
_UNIT_WORDS = re.compile(
    r"\b(?:troops?|troupes|soldiers?|soldats|militaires|personnel|forces|détachements?"
    r"|detachments?|parachutistes|paratroopers|marines|casques\s+bleus|peacekeepers|régiments?"
    r"|regiments?|brigades?"
    r"|battalions?|bataillons?|divisions?|units?|unités?|effectifs|contingents?|barracks|garrisons?"
    r"|casernes?|garnisons?|chasseurs\s+alpins|légionnaires|commandos)\b",
    re.I,
)


def _context_origin(sentences: list[str]) -> str | None:
    """The one place a neighbouring sentence says troops leave from or are based at ("are to fly from
    Darwin", "le régiment de la base allemande de Vilseck"): the origin of a move stated next to it;
    HOME when troops leave a base the gazetteer does not place ("sail from Marchwood military port")."""
    found = set()
    home = False
    for text in sentences:
        if not _UNIT_WORDS.search(text) and not re.search(r"\b(?:they|ils|elles)\b", text, re.I):
            continue  # (a neighbour about "they" is about the troops just named)
        for p in find_places(text):
            before = text[max(0, p.start - 40) : p.start]
            if (
                p.kind in ("city", "country")
                and p.codes
                and _ORIGIN_CUE.search(before)
                and not _AT_BASE.search(before)
                and not _POSTED_TO.search(before)
            ):
                found.add(p.codes[0])
        for m in _ORIGIN_TOWN.finditer(text):
            code = resolve_small_city(m.group(1))
            if code:
                found.add(code)
        home = home or _HOME_BASE.search(text) is not None
    if len(found) == 1:
        return found.pop()
    return HOME if home and not found else None


_RETURN_CUE = re.compile(
    r"\b(?:return(?:s|ed|ing)?\s+(?:home\s+)?to"
    r"|(?:flown|brought|sent|come|coming|go|going|head\w*)\s+back\s+to|rentr\w+\s+(?:en|au|aux|à|dans)|rapatrié\w*\s+(?:en|au|aux|vers)"
    r"|retour\s+(?:en|au|aux))\s+(?:the\s+|la\s+|le\s+|l['’])?$",
    re.I,
)
_RETURN_HOME = re.compile(
    r"\b(?:return(?:s|ed|ing)?|come|coming|go|going|head\w*|flown|brought|sent)\s+"
    r"(?:back\s+)?home"
    r"|\brentr(?:er|eront|era|ent)\s+(?:chez\s+eux|au\s+pays)\b",
    re.I,
)


# "About 6,400 of those troops will return to the United States", "Esper said about 6,400 troops would return":
# a figure of its own, not the troops named again ("the 1,500 soldiers will come home"), goes home as a share
_GOING_BACK = re.compile(r"\b(?:return\w*|back|home|rentr\w+|rapatri\w+|retour)\b", re.I)


def _a_year(count: Count) -> bool:
    return re.fullmatch(r"(?:19|20)\d\d", count.text) is not None


def _names_a_share(text: str) -> bool:
    back = _GOING_BACK.search(text)
    return back is not None and any(
        c.value is not None and not NAMED_AGAIN.search(text, 0, c.start) and not _a_year(c)
        for c in find_counts(text[: back.start()])
    )


def _return_places(text: str) -> tuple[str, ...]:
    """Countries the sentence after a withdrawal says the troops go back to ("They will return to Italy",
    "Ils rentreront en Espagne"); ("HOME",) for "will come home"."""
    if (
        not text
        or _names_a_share(text)
        or (
            not _UNIT_WORDS.search(text)
            and not re.match(r"\s*(?:they|ils|elles|most|the\s+rest|la\s+plupart|les\s+autres)\b", text, re.I)
        )
    ):
        return ()
    codes = tuple(
        p.codes[0]
        for p in find_places(text)
        if p.kind in ("country", "city") and p.codes and _RETURN_CUE.search(text[max(0, p.start - 40) : p.start])
    )
    if codes:
        return codes
    return (HOME,) if _RETURN_HOME.search(text) else ()


# "... sending 3,000 more soldiers to the Middle East. The troops, from the 82nd Airborne Division, will deploy
# to Kuwait": the next sentence names, for the troops just named, the country in the region they go to
_THE_SAME_TROOPS = re.compile(
    r"\s*(?:(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|paratroopers|marines|forces|personnel)\b"
    r"|they\b|(?:ces|les)\s+(?:[\w-]+\s+){0,2}?(?:soldats|militaires|troupes|parachutistes|renforts)\b|ils\b)",
    re.I,
)
_GO_ON_TO = re.compile(
    r"\b(?:will\s+(?:deploy|go|head|fly|be\s+(?:sent|deployed|based|stationed|flown))|are\s+(?:headed|heading|going|bound)"
    r"|(?:seront|vont\s+être)\s+(?:déployés|envoyés|basés|stationnés|acheminés)|iront|rejoindront)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:to|in|into|en|au|aux|à|vers)\s+(?:the\s+|la\s+|le\s+|l['’])?$",
    re.I,
)


def _onward_places(text: str) -> tuple[str, ...]:
    """Countries the next sentence sends "the troops" just named to, when it gives no figure of its own."""
    if not text or not _THE_SAME_TROOPS.match(text):
        return ()
    if any(c.value is not None and c.value >= 100 and not _a_year(c) for c in find_counts(text)):
        return ()
    return tuple(
        dict.fromkeys(
            p.codes[0]
            for p in find_places(text)
            if p.kind in ("country", "city") and p.codes and _GO_ON_TO.search(text[max(0, p.start - 60) : p.start])
        )
    )


# "the border" with no country named on it ("stationed along the border", "le long de la frontière")
_BARE_BORDER = re.compile(
    r"\b(?:the|la|sa|its|their|leur)\s+(?:frontière|border|frontier)\b(?!\s+(?:with|avec|between|entre|of)\b)",
    re.I,
)


def _own_border(cands: list[Candidate]) -> list[Candidate]:
    """Once the article puts a country's troops on its own side of a border ("Poland to send 10,000 troops
    to Belarus border"), its troops "along the border" elsewhere in the article are on that side too;
    troops massed on a border no earlier figure places stay without a destination (README: Russia)."""
    own = {
        c.actor
        for c in cands
        if c.destinations == (c.actor,) and c.type in ("deployment", "presence") and cues.BORDER_WORD.search(c.text)
    }
    return [
        replace(c, destinations=(c.actor,))
        if c.actor in own
        and not c.destinations
        and c.type in ("deployment", "presence")
        and _BARE_BORDER.search(c.text)
        else c
        for c in cands
    ]


# "22,400 soldiers have been deployed in the streets", "ont pris position autour de la favela": a news
# report's perfect, not a standing stock ("sont déjà déployés", "avaient été déployés")
_DOMESTIC_MOVE = re.compile(
    r"\b(?:ont|a|have|has)\s+(?:été\s+déployée?s|been\s+deployed|pris\s+position|taken\s+up\s+positions?)\b"
    r"|\btook\s+up\s+positions?\b",
    re.I,
)
_STILL = re.compile(r"\b(?:déjà|already|still|toujours|encore|désormais|now|remain\w*|rest\w+)\b", re.I)


# an addition to a force that stands somewhere: "send 800 more", "30 000 soldats supplémentaires"
_MORE = re.compile(
    r"\b(?:more|additional|extra|further|supplémentaires?|de\s+plus|renforts?|reinforcements?|surge)\b", re.I
)


def _reinforcements_to_theatre(cands: list[Candidate]) -> list[Candidate]:
    """Troops added to a force go where the force is: a deployment of "more" troops that names no place (its
    destination only guessed as home) goes to the one country abroad where the article has the same owner's
    troops stand, go or leave from ("Brazil has 1,300 troops in Haiti ... said it would send 800 more")."""
    out = []
    for c in cands:
        if c.type == "deployment" and c.extra.get("home_guess") and _MORE.search(c.text):
            theatre = {
                code
                for o in cands
                if o.actor == c.actor and not o.extra.get("home_guess")
                for code in (o.destinations if o.type in ("presence", "deployment") else (o.origin,))
                if code and code != c.actor
            }
            if len(theatre) == 1:
                c = replace(c, destinations=tuple(theatre))
        out.append(c)
    return out


# "has about 1,300 troops in the country", "compte 900 soldats dans le pays", "will flow into the capital"
_IN_THE_COUNTRY = re.compile(
    r"\b(?:in|into|to)\s+the\s+(?:country|capital)\b|\b(?:dans|sur)\s+le\s+pays\b|\b(?:dans|vers)\s+la\s+capitale\b",
    re.I,
)


def _located_countries(title: str, after: int = 0) -> set[str]:
    """The countries a headline names after a locative ("... lands in East Timor"), from `after` on."""
    return {
        p.codes[0]
        for p in find_places(title)
        if p.kind == "country"
        and p.codes
        and p.start >= after
        and cues.LOCATIVE.search(title[max(after, p.start - 24) : p.start])
    }


def _the_country_of_the_headline(cands: list[Candidate], title: str) -> list[Candidate]:
    """ "The country" that no sentence before names is the one country the headline is about ("U.S. Troops Head
    to Haiti ..." then, paragraphs on, "Brazil ... has about 1,300 troops in the country")."""
    countries = _located_countries(title) or {c for p in find_places(title) if p.kind == "country" for c in p.codes}
    if len(countries) != 1:
        return cands
    (topic,) = countries
    return [
        replace(c, destinations=(topic,))
        if c.type in ("presence", "deployment")
        and not c.destinations
        and c.actor != topic
        and _IN_THE_COUNTRY.search(c.text)
        else c
        for c in cands
    ]


def _domestic_moves(cands: list[Candidate]) -> list[Candidate]:
    """A government's troops that have been deployed at home are a domestic move (README: El Salvador's
    2,000 soldiers sent into its capital); the same words about troops abroad stay a stock (dev: Russia's
    100,000 "ont été déployés" on Ukraine's borders)."""
    return [
        replace(c, type="deployment")
        if c.type == "presence"
        and c.destinations == (c.actor,)
        and _DOMESTIC_MOVE.search(c.text)
        and not _STILL.search(c.text)
        else c
        for c in cands
    ]


_LABEL = re.compile(r"^\s*([^:«»\"]{3,40}?)\s*:\s")


def _label_place(title: str) -> tuple[str, ...]:
    """The countries a headline's label names when the label is nothing but a place ("Soudan du Sud : Pékin
    dépêche 700 hommes", "Bosnia: ..."); not "Crise en Ukraine", which is a topic."""
    m = _LABEL.match(title)
    if not m:
        return ()
    label = _INTERNAL_STRIFE.sub("", m.group(1)).strip()
    places = find_places(label)
    if len(places) == 1 and places[0].kind in ("country", "region") and places[0].text == label:
        return places[0].codes
    return ()


# a strife inside the country the label names, where troops come to help ("Mozambique insurgency: ..."); not a
# war or a crisis, which others take part in from where they are
_INTERNAL_STRIFE = re.compile(
    r"\s+(?:insurgency|insurrection|rebellion|unrest|riots|coup)$|^(?:insurrection|rébellion|émeutes|coup\s+d['’]état)"
    r"\s+(?:au|en|à|aux)\s+",
    re.I,
)


def _headline_topic_place(cands: list[Candidate], title: str) -> list[Candidate]:
    """A move or stock the headline states without a place is in the country its label names."""
    codes = _label_place(title)
    if not codes:
        return cands
    return [
        replace(c, destinations=codes)
        if c.field == "title" and c.type in ("deployment", "presence") and not c.destinations and c.actor not in codes
        else c
        for c in cands
    ]


_THE_COUNTRY = re.compile(r"\b(?:the\s+country|le\s+pays)\b(?!\s+(?:of|de|d['’]|voisin|hôte|host))", re.I)


def _country_first(recent: tuple[str, ...], headline: tuple[str, ...], sentence: str) -> tuple[str, ...]:
    """ "the country", "le pays" is the one the headline places the story in when the sentences before name it
    too ("Last U.S. Combat Brigade Leaves Iraq": "... rolled across the border into Kuwait. About 56,000 U.S.
    troops remain in the country"), before the place named last."""
    if len(headline) == 1 and headline[0] in recent[1:] and _THE_COUNTRY.search(sentence):
        return headline + tuple(c for c in recent if c != headline[0])
    return recent


def _located_in_title(title: str) -> tuple[str, ...]:
    """The one country the headline places things in ("Australian-led force lands in East Timor"), or ()."""
    label = _LABEL.match(title)
    # (a label's "Crise en Ukraine" is a topic, see _label_place)
    codes = _located_countries(title, label.end() if label else 0)
    if len(codes) == 1:
        return tuple(codes)
    return _label_place(title) if not codes else ()


def _missions(text: str) -> list[tuple[int, str]]:
    """(position, country) of each named mission in `text` ("la Finul" -> LB)."""
    return [(p.start, code) for p in find_places(text) if p.kind == "org" and (code := mission_country(p.text))]


def _mission_before(missions: dict[str, list[tuple[int, str]]], field: str, offset: int) -> str | None:
    """The country of the last mission named before `offset` in `field` (the headline's counts for the body)."""
    seen = [code for at, code in missions[field] if at < offset]
    if field == "body":
        seen = [code for _, code in missions["title"]] + seen
    return seen[-1] if seen else None


def _historical(sentence: str, year: int | None) -> bool:
    """A sentence dated only by years long before publication ("founded in April 1918 ... 300,000
    personnel") is history, not a move the article reports."""
    if year is None:
        return False
    # (not "since 1974": a state that lasts until now)
    years = [int(m.group(1)) for m in _YEAR.finditer(sentence) if not _SINCE.match(m.group())]
    return bool(years) and max(years) < year - _HISTORY_GAP


def extract_with_stats(article: Article) -> ExtractResult:
    fields = (("title", article.title), ("body", article.body))
    if not gate_passes(article.title + "\n" + article.body):
        return ExtractResult([], True, 0)
    # the owner of troops a sentence leaves unowned: the headline's country, else the lead's (a wire
    # item may come without a headline, and its lead then plays that part), else the publisher's
    default = _default_actor(article.title) or _lead_actor(article.body) or _publisher_country(article)
    # field, sentence, offset, preceding context, origin stated by a neighbouring sentence, places the next
    # sentence says troops return to and places it sends them on to
    work: list[
        tuple[str, str, int, str, tuple[str | None, str | None], tuple[tuple[str, ...], tuple[str, ...]], int]
    ] = []
    spans_of = {name: split_sentences(text) for name, text in fields}
    for name, text in fields:
        spans = spans_of[name]
        prev_worked = False
        for i, (s, e) in enumerate(spans):
            sentence = text[s:e]
            # parse only sentences where a figure is attached to a troop noun (regex, no model); right after
            # such a sentence, one whose figures take their noun from it ("Austria will provide 300")
            passes = sentence_passes(sentence)
            if (passes or prev_worked) and (
                (
                    find_counts(sentence, article.lang)
                    and find_mentions(sentence, article.lang, find_places(sentence), after_troops=prev_worked)
                )
                or (passes and find_bare_mentions(sentence, []))
            ):
                prev_worked = True
                prev = text[spans[max(0, i - 3)][0] : s]
                if name == "body" and i < 3:
                    prev = article.title + "\n" + prev
                near = [text[a:b] for a, b in spans[max(0, i - 1) : i + 2]]
                if name == "body" and i == 0:
                    near.append(article.title)
                if name == "title":  # the lead tells where the headline's troops come from
                    near.extend(article.body[a:b] for a, b in spans_of["body"][:2])
                after = text[spans[i + 1][0] : spans[i + 1][1]] if i + 1 < len(spans) else ""
                # a sentence further on may say where "the new troops" come from
                far = [text[a:b] for a, b in spans[i + 2 : i + 3]]
                origins = (_context_origin(near), _context_origin(far) if far else None)
                work.append((name, sentence, s, prev, origins, (_return_places(after), _onward_places(after)), i))
            else:
                prev_worked = False
    if not work:
        return ExtractResult([], False, 0)
    nlp = get_nlp(article.lang)
    docs = list(nlp.pipe([w[1] for w in work]))
    # the missions the article names, where they work, in reading order: contributors' troops serve there (read
    # only for a sentence about a contingent: the gazetteer over a whole page is not free)
    missions: dict[str, list[tuple[int, str]]] | None = None
    # where the headline places the story: what a sentence with no place in the ones before it talks about
    headline_places = _located_in_title(article.title)
    cands: list[Candidate] = []
    last: tuple[str, int, str | None] = ("", -2, None)  # field, sentence index, owner of its troops
    # the last withdrawal with a figure, whose share "N of them" a later sentence may move
    last_withdrawal: tuple[str, int, Candidate] | None = None
    for (name, sentence, offset, prev, near_origin, (returns, onward), index), doc in zip(work, docs, strict=True):
        context = prev.rsplit("\n", 1)[-1] if prev else ""
        last_sentence = split_sentences(context)[-1] if context.strip() else None
        context = context[last_sentence[0] : last_sentence[1]] if last_sentence else ""
        if (
            not context
            and name == "body"
            and index == 0
            and find_mentions(article.title, article.lang, find_places(article.title))
        ):
            # the lead follows a headline about troops: "About 10,000 soldiers will be on the border" after
            # "Poland to send 10,000 troops to Belarus border"
            context = article.title
        # the owner of unowned troops: the subject of the sentence just before, in the same paragraph
        # ("Spain will send 1,500 troops. Some 500 soldiers will go to Latvia"), else the headline's;
        # the place talked about may come from the three sentences before, across a paragraph break
        # (dev needs it: 0.74 full F1 without)
        # ... and before that, the owner of the troops the sentence just before moved ("A company of 150
        # soldiers from the 173rd Airborne Brigade, based in Vicenza, Italy, landed ... The remaining 450 ...")
        previous_owner = last[2] if last[:2] == (name, index - 1) else None
        prev_places = find_places(prev)
        local_default = previous_owner or (_default_actor(context) if context else None) or default
        if missions is None and SERVES_IN_MISSION.search(sentence):
            missions = {field: _missions(text) for field, text in fields}
        # the withdrawal of the two sentences before, whose parts "N of them" this sentence may move
        recent_withdrawal = (
            last_withdrawal[2]
            if last_withdrawal and last_withdrawal[0] == name and index - last_withdrawal[1] <= 2
            else None
        )
        found = sentence_events(
            sentence,
            offset,
            name,
            article.lang,
            doc,
            local_default,
            _country_first(_recent_places(prev, prev_places), headline_places, sentence) or headline_places,
            context,
            context_left=_left_places(prev, prev_places),
            context_origin=near_origin,
            context_return=returns,
            context_onward=onward,
            context_parent=recent_withdrawal,
            context_mission=_mission_before(missions, name, offset) if missions else None,
        )
        owners = [c.actor for c in found if c.count is not None]
        last = (name, index, owners[-1] if owners else None)
        withdrawn = [c for c in found if c.type == "withdrawal" and c.count is not None]
        if withdrawn:
            last_withdrawal = (name, index, withdrawn[0])
        cands.extend(found)
    headline_home = _HEADLINE_HOME.search(article.title)
    if headline_home and not cues.OTHER_SUBJECT.search(article.title, 0, headline_home.start()):
        # "UK to bring home extra troops from Estonia": the headline says where the withdrawn troops go
        cands = [
            replace(c, destinations=(c.actor,))
            if c.type == "withdrawal"
            and not c.destinations
            and len(c.actor) == 2
            and c.actor not in ("EU", "UN")
            and c.origin != c.actor
            else c
            for c in cands
        ]
    year = article.published_at.year if article.published_at else None
    cands = [c for c in cands if not _historical(c.text, year)]
    cands = _headline_topic_place(cands, article.title)
    cands = _reinforcements_to_theatre(_the_country_of_the_headline(cands, article.title))
    cands = flag_summaries(merge_repeats(_domestic_moves(_own_border(cands))))
    return ExtractResult([_to_event(article, c) for c in cands], False, len(work))


def _to_event(article: Article, c: Candidate) -> TroopEvent:
    is_summary = bool(c.extra.get("is_summary", False))
    dests = list(c.destinations)
    return TroopEvent(
        event_id=event_id(article.id, c.type, c.actor, c.count, c.origin, dests, is_summary),
        article_id=article.id,
        type=c.type,  # type: ignore[arg-type]
        actor=c.actor,
        count=c.count,
        origin=c.origin,
        destinations=dests,
        is_summary=is_summary,
        evidence=Evidence(field=c.field, start=c.start, end=c.end, text=c.text),  # type: ignore[arg-type]
        confidence=c.confidence,
        extractor_version=EXTRACTOR_VERSION,
        published_at=article.published_at,
        lang=article.lang,
        source=article.source,
        article_received_at=article.received_at,
    )


def extract(article: Article) -> list[TroopEvent]:
    """The troop events an article states (empty when it states none)."""
    return extract_with_stats(article).events
