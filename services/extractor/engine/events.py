"""Event detection on gated sentences: count + troop noun, then type, actor, places and filters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from . import cues
from .data import GENERIC_FORCES, MISSION_COUNTRIES, NON_STATE
from .gazetteer import Place, find_places, is_capital, resolve_small_city
from .numbers import Count, find_counts

ACTOR_KINDS = ("country", "metonym", "org", "demonym")
_MODALS = {"could", "would", "might", "may", "pourrait", "pourraient", "pourrions", "pourra", "pourront"}
_NEG = {"not", "n't", "never", "pas", "jamais", "no", "guère", "nullement", "aucun", "aucune"}
_HYPO_VERBS = {
    "consider",
    "considering",
    "considers",
    "considered",
    "weigh",
    "weighing",
    "mull",
    "mulling",
    "ask",
    "asks",
    "asked",
    "asking",
    "request",
    "requests",
    "requested",
    "refuse",
    "refused",
    "refuses",
    "reject",
    "rejected",
    "envisage",
    "envisager",
    "envisagent",
    "demande",
    "demandé",
    "demander",
    "demandent",
    "réclame",
    "réclament",
    "refusé",
    "propose",
    "proposed",
    "proposé",
    "urge",
    "urged",
    "threaten",
    "threatens",
    "threatened",
    "menace",
    "menacé",
    "exclut",
    "exclu",
    # wishes of a host or an ally are requests, not moves ("Bucarest veut accueillir")
    "veut",
    "veulent",
    "voudrait",
    "souhaite",
    "souhaitent",
    "want",
    "wants",
    "wanted",
    "hope",
    "hopes",
    "espère",
    "espèrent",
    # capability is not a move ("a le pouvoir de déployer", "is able to send")
    "pouvoir",
    "able",
    "capable",
    "capacity",
    "capacité",
    # persuasion and offers by others are not the actor's move
    "persuade",
    "persuader",
    "convaincre",
    "offer",
    "offers",
    "offered",
    "demandait",
    "demandaient",
}
_AGREED = re.compile(r"\b(?:agreed|agrees|accepted|accepté|acceptée|consenti)\b", re.I)
_COORD = re.compile(r"(?:\band|\bet|\bou|\bor|\bpuis)\s+(?:la\s+|le\s+|les\s+|l['’]|the\s+)?$", re.I)
_HOSTS_AFTER = re.compile(
    r"^\s*(?:is|was|has\s+been)\s+home\s+to\b"
    r"|^\s*,?\s*(?:qui\s+|which\s+)?(?:hosts|hosted|abrite|accueille|accueillent|abritent)\b"
    r"|^\s*(?:will\s+|is\s+to\s+|va\s+|a\s+|has\s+)?(?:receive[sd]?|welcomed?|welcomes|accept(?:s|ed)?"
    r"|accueillera"
    r"|accueilleront|recevra|recevront|reçu)\b",
    re.I,
)
_WHERE_AFTER = re.compile(r"^\s*,?\s*(?:où|where)\b", re.I)
_WHICH_AFTER = re.compile(r"^\s*,?\s*(?:qui|which|that)\b", re.I)
_CONDITIONAL_MARKS = {"if", "unless", "si", "s'", "sauf"}
_WEAK_STATIVE = re.compile(
    r"^(?:ont|have|has|had|avec|base|présence|presence|troop\s+presence|compt\w*|effectifs?"
    r"|currently|still|already|actuellement|toujours|encore|déjà"
    r"|estimée?s?)$",
    re.I,
)


@dataclass
class Candidate:
    type: str
    actor: str
    count: int | None
    origin: str | None
    destinations: tuple[str, ...]
    field: str
    start: int
    end: int
    text: str
    confidence: float
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Mention:
    count: Count | None
    start: int  # start of the count (or of the noun when there is no count)
    end: int  # end of the troop noun (and of a demonym that follows it)
    np_text: str


def _troop_noun_after(sentence: str, pos: int, lang: str) -> re.Match[str] | None:
    noun = cues.TROOP_NOUN_FR if lang == "fr" else cues.TROOP_NOUN_EN
    mods = cues.MODIFIER_FR if lang == "fr" else cues.MODIFIER_EN
    # either language's nouns: translated texts keep foreign forms rarely, but costs nothing
    pattern = rf"(?:\s*(?:{mods})){{0,6}}\s*\b(?P<noun>(?i:{noun}))\b"
    return re.match(pattern, sentence[pos:])


# "men"/"hommes" name a force only in numbers, or with a military word next to them
_MIN_MEN = 100
_MIN_FORCE = 10
_MILITARY_MOD = re.compile(r"\b(?:army|military|armed|combat|armée|militaires|troupes|[A-Z]{2,5})\b")
_MILITARY_CONTEXT = re.compile(
    r"\b(?:army|military|armed|troops?|soldiers?|forces?|armée|militaires?|troupes|soldats"
    r"|garrison|garnison|regiments?|régiments?|battalions?|bataillons?|brigades?|divisions?"
    r"|commandos?|marines|paratroopers|parachutistes|navy|war|guerre|front|invasion|offensive"
    r"|deploy\w*|déplo\w+|défense|defen[cs]e|missions?|opérations?|operations?|contingents?"
    r"|dispositif|renforts?|reinforcements?|combat|chars|tanks|blindés|armou?red|effectifs"
    r"|état-major|sen[dt]\w*|dispatch\w*|envo\w+|enverr\w+|dépêch\w+)\b",
    re.I,
)
_MEN_AND_WOMEN = re.compile(
    r"\s+(?:and|et)\s+(?:women|femmes)\b(?!\s+(?:in\s+uniform|en\s+uniforme|of\s+the))"
    # "6 400 hommes âgés entre 18 et 60 ans", "men of fighting age": civilians by age, not a force
    r"|\s+(?:âgés|aged|of\s+(?:fighting|military)\s+age|en\s+âge)\b",
    re.I,
)
_TRAINED_AFTER = re.compile(
    r"\s*(?:have\s+been\s+|ont\s+été\s+)?(?:formés|entraînés|trained|graduated|diplômés)\b", re.I
)
_FREED_AFTER = re.compile(
    r"\s*(?:\w+\s+)?(?:were|have\s+been|had\s+been|ont\s+été|sont|seront)?\s*"
    r"(?:released|freed|libérés|relâchés)\b",
    re.I,
)
_EACH_AFTER = re.compile(
    r"\s+(?:(?:to|in|into|for|at|of|on)\s+(?:each|every|either)|each|per|apiece|(?:dans|pour|de|du)\s+chaque|par|chacun"
    r"|chacune|de\s+part\s+et\s+d['’]autre)\b",
    re.I,
)

_OF_FORCES = re.compile(
    r"\s+(?:(?:supplémentaires|additionnels)\s+)?"  # "2 000 membres supplémentaires de la garde nationale"
    r"(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w.-]*(?:['’]s)?\s+(?:of\s+)?){0,3}|des\s+|de\s+l['’]|du\s+"
    r"|de\s+(?:ses|leurs|sa|la)\s+)"
    r"(?:(?:special|armed|(?:self[- ])?defen[cs]e|security)\s+forces|forces\s+(?:spéciales|armées|de\s+défense)"
    r"|army|military|armée|marine|navy|garde\s+nationale|national\s+guard)"
    r"(?:\s+(?-i:[a-zéè]+(?:ennes?|aises?|ains?|aines?|iens?|es|s)\b))?",
    re.I,
)
_STAY_AFTER = re.compile(
    r"\s+(?:(?:will|are|were|would)\s+)?(?:to\s+)?(?:be\s+extended|remain|stay)\b"
    r"|\s+(?:restent|resteront|doivent\s+rester|vont\s+rester)\b",
    re.I,
)
_DEMONYM_NOUN = re.compile(r"\s+(?P<noun>(?:[A-ZÉ][a-zéèëïç]+(?:ais|ois|ains|ens|iens|ands|ns|es|s)))\b")


# "a 1,000-strong contingent of Army and Air Force personnel": a service names troops too
_MILITARY_WORD = re.compile(
    r"(?i:army|navy|air|marines?|infantry|paratroopers|special|elite|national|armée|marine"
    r"|parachutistes|légionnaires)|[A-Z][\w.-]*"
)
_STRONG_UNIT = re.compile(
    r"(?:\s+[\w.’'-]+){0,3}?\s+(?i:contingent|force|unit|battalion|battlegroup|battle\s+group"
    r"|detachment|task\s+force|brigade|contingente|détachement|bataillon|unité)\b"
)
_UNIT_OF = re.compile(
    r"(?<!police\s)(?<!gendarmerie\s)\b(?:battalion|brigade|regiment|division|contingent|battlegroup|task\s+force"
    r"|bataillon|régiment|groupement\s+tactique)\s+(?:of|de|d['’])\s*"
    r"(?:about|some|around|roughly|nearly|more\s+than|up\s+to|environ|quelque|près\s+de|plus\s+de)?\s*$",
    re.I,
)
# the figure ends the unit's phrase: "a brigade of 3,500 will follow", not "a contingent of 400 police"
_UNIT_OF_END = re.compile(
    r"\s*(?:[,.;:)]|$|\s+(?:that|which|who|will|would|is|are|was|were|has|have|had|to|from|in|at|into|qui|sera"
    r"|seront|doit|doivent|est|a|ont|en|au|aux|à|dans|vers|and|et)\b)",
    re.I,
)
_PART_TO = re.compile(
    r"\s+(?:will\s+(?:go|be\s+sent|be\s+deployed|head|be\s+posted|be\s+assigned)\s+"
    r"|are\s+(?:going|headed|to\s+go)\s+|go\s+|iront\s+|partiront\s+"
    r"|seront\s+(?:envoyés|déployés|affectés|postés)\s+)?"
    r"(?P<prep>to|into|in|at|en|au|aux|à|dans|vers)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?"
    r"[A-ZÉÎa-zé]",
    re.I,
)
# a figure that ends its phrase (no noun follows it)
_BARE_END = re.compile(
    r"\s*(?:[,.;]|$|\s+(?:and|et|to|in|into|en|au|aux|à|dans|vers|for|pour|by|next|this|on|le|la)"
    r"\b)"
)
_ELIDED_OWNER = re.compile(
    r"(?:,|\band|\bet)\s+(?:the\s+|la\s+|le\s+|l['’])?(?-i:[A-ZÉ][\w-]+(?:\s+[A-Z][\w-]+)?)"
    # (a clause about the owner may come between: "et la Géorgie, qui n'est pas membre de l'Alliance, près de 900")
    r"(?:\s*,\s*(?:qui|which|who|whose|dont|not|non|pas|a|an|un|une|the|le|la)\b[^,.;]{3,70},)?\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|up\s+to\s+|environ\s+|quelque\s+|près\s+de\s+"
    r"|plus\s+de\s+|jusqu['’]à\s+)?$",
    re.I,
)
# "Poland pledged 600, Slovakia 250": a contributor's figure, the noun left to the sentence before
_PLEDGED = re.compile(
    r"\b(?:pledged|promised|offered|(?:has|have)\s+(?:already\s+)?(?:pledged|promised|offered|committed)"
    r"|a\s+(?:déjà\s+)?(?:promis|offert|proposé))\s+(?:about\s+|some\s+|around\s+|up\s+to\s+|environ\s+"
    r"|quelque\s+|jusqu['’]à\s+)?$",
    re.I,
)
_SUPPLY_VERB = re.compile(
    r"\b(?:(?:will|to|would)\s+(?:send|provide|contribute|deploy|dispatch|supply)|sends|provides"
    r"|contributes|fournira|fourniront|fournit|enverra|enverront|envoie|déploiera)"
    r"\s+(?:another\s+|some\s+|about\s+|around\s+|nearly\s+|up\s+to\s+|quelque\s+|environ\s+)?$",
    re.I,
)
_MOVE_GERUND = re.compile(
    r"\b(?:bringing|sending|moving|repositioning|shifting|relocating|redeploying|deploying"
    r"|rapatriant|envoyant|redéployant|déplaçant)\s+(?:another\s+|some\s+|about\s+|around\s+"
    r"|nearly\s+|roughly\s+|quelque\s+|environ\s+|près\s+de\s+)?$",
    re.I,
)
_FACING = re.compile(
    r"\b(?:face\s+à|facing|against|contre|to\s+deter|pour\s+dissuader)\s+(?:la\s+|le\s+|les\s+|l['’]|the\s+)?$", re.I
)


def _owner_next_to(mention: Mention, places: list[Place], slack: int = 2) -> bool:
    """A nationality or country written inside the figure's noun phrase ("700 soldats turcs", "5,400 Philippine
    troops"), or starting within `slack` characters after it."""
    return any(mention.start <= p.start < mention.end + slack for p in places if p.kind in ("demonym", "country"))


_LATER_CLAUSE = re.compile(r"\b(?:après|after|following|suite\s+à|à\s+la\s+suite)\b", re.I)
# "les effectifs de l'opération « Barkhane »": an operation's stock stands in its theatre, named or not
_NAMED_OPERATION = re.compile(r"\b(?:l['’]opération|operation)\s+[«\"“]?\s*[A-Z]", re.I)


_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|et))\s*", re.I)


def _clause_close(sentence: str, pos: int, places: list[Place]) -> int:
    """Where the relative clause around `pos` ends: the first comma after it that does not go on with a list of
    places ("qui compte 1 100 militaires au Niger, au Tchad et au Mali, a ..."), else the sentence's end."""
    for comma in re.finditer(r"[,;]", sentence[pos:]):
        at = pos + comma.end()
        if comma.group() == ";" or not any(at <= p.start <= at + 12 for p in places):
            return pos + comma.start()
    return len(sentence)


_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|qui|dont)\b[^,;]*$", re.I)
_EARLIER_CLAUSE = re.compile(r"^.*\b(?:après|after|following|suite\s+à|à\s+la\s+suite\s+de)\b[^,;]*[,;]", re.I)
_FOUND_IN = re.compile(r"se\s+trouv|are\s+located", re.I)
_AT_TOWN = re.compile(r"[^.;]{0,40}?\b(?:à|in|at|near|près\s+de)\s+[A-Z][\w'’-]+")
_NUMBER_OF = re.compile(r"\b(?:the\s+number\s+of|le\s+nombre\s+(?:de|d['’]))\s+", re.I)
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
# "200 autres", "1,000 more", "another 500 others": the same verb as the figure before it
_MORE_OF_THE_SAME = re.compile(r"^\S+\s+(?:autres|more|others)$", re.I)
_EXERCISE_NOUN = r"exercises?|drills?|manoeuvres|maneuvers|war\s+games|exercices?|manœuvres"
_EXERCISE = re.compile(
    # "the largest joint exercises in decades, involving 17,600 troops"
    rf"\b(?:{_EXERCISE_NOUN})\b[^.;]{{0,60}}?\b(?:involving|impliquant|réunissant|mobilisant)\b|"
    r"\b(?:particip\w+|tak(?:e|es|ing)\s+part|took\s+part|prennent\s+part|prendront\s+part|s['’]entraîn\w+"
    rf"|train(?:s|ing)?)\b.{{0,80}}?\b(?:{_EXERCISE_NOUN}|entraînements?)\b",
    re.I,
)
_AN_EXERCISE = re.compile(rf"\b(?:{_EXERCISE_NOUN})\b", re.I)
_MISSION_FOR = re.compile(
    r"\b(?:for|pour|en\s+vue\s+d['’]|in\s+case\s+of)\s+(?:an?\s+|une?\s+)?"
    r"(?:possible\s+|éventuelle?\s+)?(?:\w+\s+)?(?:mission|deployment|operation|evacuation"
    r"|intervention|déploiement|opération|évacuation)\b",
    re.I,
)
_HURT_AFTER = re.compile(
    r"[^.;,\d]{0,60}?\b(?:were|have\s+been|had\s+been|ont\s+été|sont)\s+(?:\w+\s+)?"
    r"(?:injured|wounded|killed|blessés|tués)\b",
    re.I,
)
# "45 soldiers from the UAE, five from Bahrain and 10 from Saudi Arabia were killed": a list of casualties
_HURT_LIST_AFTER = re.compile(
    r"(?:\s+(?:from|de|du|des)\s+[^,;.\d]{1,40}?)?(?:\s*,\s*[\w-]+\s+(?:from|de|du|des)\s+[^,;.\d]{1,40}?)*"
    r"\s*,?\s+(?:and|et)\s+[\w-]+\s+(?:from|de|du|des)\s+[^,;.\d]{1,40}?\s+(?:were|have\s+been|had\s+been|ont\s+été"
    r"|sont)\s+(?:\w+\s+)?(?:injured|wounded|killed|blessés|tués)\b",
    re.I,
)
# (not "4 800 militaires et 200 civils": the civilians have a figure of their own)
_AND_CIVILIANS = re.compile(r"\s+(?:and|et)\s+(?:(?!\d)\w+\s+)?(?:civilians|civils)\b", re.I)
_SPLIT_POLICE = re.compile(
    r"\s*[–—:(-]\s*(?:dont\s+|including\s+)?\d[\d\s\u00a0.,]*\s+(?:\w+\s+)?(?:militaires|soldats"
    r"|soldiers|troops|military)\b[^.;]{0,30}?\b(?:et|and)\s+\d[\d\s\u00a0.,]*\s+(?:\w+\s+)?"
    r"(?:policiers|police|gendarmes)",
    re.I,
)
_SOME_OF_THEM = re.compile(
    r"\b(?:some|part|a\s+few|most|half|certains|une\s+partie|la\s+plupart|la\s+moitié)(?:\s+of\s+them)?\s+(?:back\s+)?$",
    re.I,
)
_HOME_AFTER = re.compile(r"\s+(?:of\s+them\s+|d['’]entre\s+eux\s+)?(?:back\s+)?home\b", re.I)
_EN_CLITIC = re.compile(
    r"\ben\s+(?:\w+\s+)?(?:envoy\w+|enverr\w+|déploi\w+|déploy\w+|dépêch\w+|fourni\w+|engag\w+|rapatri\w+|retir\w+"
    r"|compt\w+|maint\w+)"
    r"\s+(?:(?:environ|quelque|près\s+de|plus\s+de|au\s+moins|jusqu['’]à)\s+)?$",
    re.I,
)
_OF_THEM = re.compile(r"\s+(?:of\s+them|of\s+whom|d['’]entre\s+eux)\b", re.I)
_CUT_BY = re.compile(
    r"\b(?:cut|cuts|cutting|reduce|reduces|reduced|reducing|reduction|trim|trims|trimming)\b"
    r".*\bby\s+(?:some\s+|about\s+)?$"
    r"|\b(?:réduire|réduira|réduit|réduits|réduites?|réduction)\b.*\b(?:de|d['’])\s*$",
    re.I,
)
# the approximation words allowed before a level ("to about 2,000", "à environ 2 000")
_LEVEL_APPROX = r"(?:about\s+|around\s+|some\s+|nearly\s+|environ\s+|près\s+de\s+|quelque\s+)?"
_BRINGING_TO = re.compile(
    r"\b(?:bringing|taking|raising|boosting|brings|takes|raises|portant|porte|portera|portent"
    r"|porter)\s+(?:(?:its|their|the|his|son|sa|leur|ses|leurs|le|la|les)\s+(?:[\w'’-]+\s+){0,4}?)?"
    rf"(?:to|à)\s+{_LEVEL_APPROX}$",
    re.I,
)
_ARMY_CUT = re.compile(r"\b(?:cut\w*|reduc\w+|réduire|réduction|réduit\w*|supprim\w+|trim\w*)\b[^.;,]*$", re.I)
# the size of a whole army, not troops standing somewhere ("the Gambian army numbers around 2,500 soldiers")
_ARMY_SIZE = re.compile(
    r"\b(?:effectifs\s+(?:des|de\s+ses|de\s+leurs)\s+forces\s+armées|force\s+opérationnelle\s+terrestre"
    r"|format\s+de\s+l['’]armée|armée\s+de\s+terre\s+(?:compte|passera|va\s+passer)"
    r"|army\s+(?:numbers|totals|counts)|size\s+of\s+(?:the|its)\s+(?:army|armed\s+forces))\b",
    re.I,
)
_FROM_RANKS = re.compile(
    r"\s+from\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?(?:armed\s+forces|army|military|ranks)\b"
    r"|\s+(?:des\s+rangs|des\s+effectifs\s+de\s+l['’]armée|des\s+forces\s+armées)\b",
    re.I,
)
_TARGET_LEVEL = re.compile(
    # "Le dispositif atteindra ainsi 1 200 hommes", "the force will reach 5,000 troops"
    rf"\b(?:atteindr(?:a|ont|ait|aient)|(?:will|would|to)\s+reach)\s+(?:ainsi\s+|alors\s+|then\s+)?{_LEVEL_APPROX}$|"
    r"\b(?:porter|portera|porteront|porterait|porteraient|porté|portée|portés"
    r"|(?:will|would|to)\s+(?:bring|take|raise|boost))\s+"
    rf"(?:[\w'’-]+\s+){{0,5}}?(?:to|à|jusqu['’]à)\s+{_LEVEL_APPROX}$",
    re.I,
)
_LEVEL_AFTER = re.compile(r"^[^.;]*?\b(?:to|à)\s+(?:about\s+|around\s+|some\s+|environ\s+)?\d", re.I)
_APPROX = (
    r"(?:(?:about|some|roughly|around|nearly|almost|approximately|more\s+than|over|quelque|environ|près\s+de"
    r"|plus\s+de)\s+)?"
)
_SHARE_HEAD = re.compile(
    rf"\s+(?:(?:of|de|d['’])\s+(?:its|their|the|ses|leurs|les)|des)\s+{_APPROX}\d[\d,.\u00a0 ]*\d", re.I
)
_SHARE_OF = re.compile(
    rf"\d[\d,.\s\u00a0]*\s+(?:(?:of|de|d['’])\s+(?:its|their|the|ses|leurs|les)|des)\s+{_APPROX}$", re.I
)
_LEFT_BEHIND = re.compile(
    r"\b(?:leav(?:e|es|ing)|laiss(?:er|era|eront|ant|e|ent))\s+(?:behind\s+)?"
    r"(?:about\s+|some\s+|around\s+|only\s+|just\s+|environ\s+|quelque\s+|seulement\s+)?$",
    re.I,
)
_THE_STOCK = re.compile(rf"\b(?:the|les)\s+{_APPROX}$", re.I)
# troops named again with a determiner ("the 1,500 soldiers will come home"), not a figure of their own
NAMED_AGAIN = re.compile(
    rf"\b(?:the|these|those|its|their|all|les|ces|ses|leurs|tous\s+les|toutes\s+les)\s+{_APPROX}$", re.I
)
# troops said to stand somewhere: the adverbs and participles of a stock after the figure
_STILL_WORDS = r"still|currently|already|encore|actuellement|déjà"
_HELD_PARTICIPLE = r"déployée?s|stationnée?s|basée?s|présents|deployed|stationed|based"
_HELD_AFTER = re.compile(rf"\s*,?\s*(?:(?:{_STILL_WORDS})\s+)?(?:{_HELD_PARTICIPLE}|in|en|au|aux|dans)\b", re.I)
_DEFINITE_FIGURE = re.compile(rf"\b(?:the|les|des|aux|of\s+the)\s+{_APPROX}$", re.I)
# others reinforce or join the troops: "seront rejoints d'ici à la fin de la semaine par", "will be reinforced by"
_JOINED_BY = r"\b(?:renforcée?s|rejointe?s|reinforced|joined)\b[^.;]{0,50}?\b(?:par|by)"
_REINFORCED_BY = re.compile(
    rf"\b(?:seront|sont|ont\s+été|will\s+be|are|were|have\s+been)\s+(?:\w+\s+)?{_JOINED_BY}\b", re.I
)
_BY_NEWCOMERS = re.compile(rf"{_JOINED_BY}\s+{_APPROX}$", re.I)
# troops said to be there already (not "déployés", which may be the move itself)
_ALREADY_THERE = re.compile(
    rf"\s*,?\s*(?:(?:{_STILL_WORDS}|toujours)\s+(?:{_HELD_PARTICIPLE})|présents|stationnée?s|stationed)\b", re.I
)
_LAST_OF = re.compile(r"\b(?:derni\w+|last|remaining|restants?|first|premiers)\b", re.I)
# a withdrawal already done leaves no stock behind ("which pulled its 1,900 troops out of Uruzgan last August")
_DONE_BEFORE = re.compile(
    r"\b(?:pulled|withdrew|withdrawn|removed|evacuated|finished|completed|(?:a|ont|avait|avaient)\s+"
    r"(?:\w+\s+)?(?:retiré|rapatrié|évacué|achevé|terminé))\b",
    re.I,
)
# "withdraw its 460 troops", "retirer ses quelque 7 000 militaires": the whole stock leaves, and was there
_WHOLE_STOCK = re.compile(rf"\b(?:its|their|ses|leurs|all|tous\s+les|toutes\s+les)\s+{_APPROX}$", re.I)
_POSSESSIVE = re.compile(r"\b(?:its|their|ses|sa|son|leurs?)\s+(?:\w+\s+)?$", re.I)
# a figure that opens its sentence, the noun left to the sentence before, and its verb right after
_ELIDED_START = re.compile(
    r"^\W*(?:(?:another|a\s+further|the\s+other|the\s+remaining|the\s+last|the\s+first|some"
    r"|about|around|nearly|almost|roughly|un\s+autre|les|quelque|environ|près\s+de|plus\s+de"
    r"|more\s+than|over)\s+)*$",
    re.I,
)
_ELIDED_VERB = re.compile(
    # (an apposition may come between: "Les 400 autres, des chasseurs alpins du 27e bataillon, partiront")
    r"\s+(?:more|others?|autres)?(?:\s*,[^,.;]{3,60},)?\s*(?:will|would|are|were|have|had|to\s+be|iront|partiront"
    r"|seront|vont|doivent|rejoindront|arriveront|resteront|restent|go|went|head(?:ed)?|were"
    r"|ont\s+été|remain|stay|coming|returning|leaving|going|heading|being)\b",
    re.I,
)
_LIST_PLEDGE_BEFORE = re.compile(
    r"(?:\band|\bet|,)\s+(?-i:[A-Z][\w'’-]+)\s+(?:pledged|promised|offered|will\s+send|sent|a\s+promis"
    r"|enverra|fournira)\s+(?:about\s+|some\s+|around\s+|up\s+to\s+|environ\s+|quelque\s+|jusqu['’]à\s+)?$",
    re.I,
)
_FURTHER_BEFORE = re.compile(
    r"(?:\bwhile|\band|\bet|\bwith|\bavec|,)\s+(?:a\s+further|another|an\s+additional|un\s+autre|quelque"
    r"|some|about)\s+$|(?:\bwhile|\bwhereas|\btandis\s+que|\balors\s+que)\s+"
    r"(?:(?:nearly|almost|roughly|around|about|some|près\s+de|environ|quelque)\s+)?$",
    re.I,
)
# "Sur les 3 400 militaires ...", "Of the 2,500 troops ...": a stock whose share the sentence goes on to move
_STOCK_OPENER = re.compile(
    r"^\W*(?:sur|of|out\s+of|parmi)\s+(?:(?:les|the|ses|its|their|leurs)\s+)?"
    r"(?:(?:about|some|roughly|around|nearly|quelque|environ|près\s+de)\s+)?$",
    re.I,
)
_TROOPS_BEFORE = re.compile(rf"\b(?:{cues.TROOP_NOUN_EN}|{cues.TROOP_NOUN_FR})\b", re.I)


def find_mentions(sentence: str, lang: str, places: list[Place], after_troops: bool = False) -> list[Mention]:
    """Figures that name troops; `after_troops`: the sentence before named troops, so a figure with no
    noun that opens a clause of its own ("Another 2,000 will fly from Fort Bragg to Poland", "Un
    millier iront en Roumanie") takes its noun from there."""
    out: list[Mention] = []
    for count in find_counts(sentence, lang):
        if count.value is not None and 1900 <= count.value <= 2100 and re.fullmatch(r"\d{4}", count.text):
            continue  # a year, not a count
        m = _troop_noun_after(sentence, count.end, lang)
        if m is None and out:
            # "1,100 troops leave; 400 to be extended": the noun is understood from the earlier figure
            other = re.match(r"\s+(?:d['’])?(?:autres|others|more)\b", sentence[count.end :]) or _STAY_AFTER.match(
                sentence, count.end
            )
            if other and (count.value is None or count.value >= _MIN_FORCE):  # ("three more companies": units)
                end = count.end + other.end()
                out.append(Mention(count, count.start, end, sentence[count.start : end]))
                continue
        if m is None and count.value is not None and count.value >= _MIN_FORCE and "-strong" in count.text.lower():
            # "a 1,000-strong contingent", "a 120-strong army engineering unit": a force of that size
            unit = _STRONG_UNIT.match(sentence, count.end)
            of_whom = (
                re.match(r"\s+(?:of|de|d['’])\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?(\w+)", sentence[unit.end() :])
                if unit
                else None
            )
            if (
                of_whom
                and not _TROOPS_BEFORE.fullmatch(of_whom.group(1))
                and not _MILITARY_WORD.fullmatch(of_whom.group(1))
            ):
                continue  # "a 40-strong team of gendarmes": the unit is not troops
            if unit:
                end = count.end + len(unit.group())
                out.append(Mention(count, count.start, end, sentence[count.start : end]))
            continue
        if (
            m is None
            and count.value is not None
            and count.value >= _MIN_FORCE
            and not count.from_to
            and _UNIT_OF.search(sentence[max(0, count.start - 60) : count.start])
            and _UNIT_OF_END.match(sentence, count.end)
        ):
            # "a Marine battalion of about 1,000 will go to Afghanistan", "une brigade de 4 000": a unit of that size
            out.append(Mention(count, count.start, count.end, sentence[count.start : count.end]))
            continue
        if (
            m is None
            and count.value is not None
            and count.value >= _MIN_FORCE
            and not count.from_to
            and (share := _PART_TO.match(sentence, count.end))
            and (
                share.group("prep").lower() not in ("in", "at", "à")  # "1,000 in Chad", not "42 in May"
                or any(p.start == share.end() - 1 and p.kind in ("country", "city") for p in places)
            )
            and (out or after_troops or _TROOPS_BEFORE.search(sentence[: count.start]))
        ):
            # "the soldiers will be split: 1,500 will go to Estonia, 1,200 to Latvia", "2 500 de ces soldats
            # seront affectés à Paris et 1 500 dans les villes": a share of troops the sentence names
            out.append(Mention(count, count.start, count.end, sentence[count.start : count.end]))
            continue
        of_them = (
            _OF_THEM.match(sentence, count.end)
            if m is None
            and (
                out
                or (after_troops and _ELIDED_START.match(sentence[: count.start]))
                or _TROOPS_BEFORE.search(sentence[: count.start])
            )
            else None
        )
        if of_them and count.value is not None and count.value >= _MIN_FORCE:
            # "withdraw about 11,900 troops, bringing roughly 6,400 of them home": a share of the troops just named
            end = of_them.end()
            out.append(Mention(count, count.start, end, sentence[count.start : end]))
            continue
        share = _SHARE_HEAD.match(sentence, count.end) if m is None and count.value is not None else None
        if share and count.value is not None and count.value >= _MIN_FORCE:
            # "pull 1,000 of its 2,500 troops": the share is the move, its noun is the stock's
            nxt = _troop_noun_after(sentence, count.end + len(share.group()), lang)
            if nxt:
                out.append(Mention(count, count.start, count.end, sentence[count.start : count.end]))
                continue
        if (
            m is None
            and count.value is not None
            and count.value >= _MIN_FORCE
            and not count.from_to
            and _BARE_END.match(sentence, count.end)
            and (
                (out and (_ELIDED_OWNER.search(sentence[: count.start]) or _CUT_BY.search(sentence[: count.start])))
                # "is cutting its troops in Mali by 300": the size of the cut of troops named before
                or (_CUT_BY.search(sentence[: count.start]) and _TROOPS_BEFORE.search(sentence[: count.start]))
                # "Quelque 600 rejoindront la Lituanie et 400 la Slovaquie": the verb and noun of the first
                or (
                    out
                    and re.search(r"(?:\bet|\band|,)\s*$", sentence[: count.start])
                    and any(p.kind == "country" and count.end < p.start <= count.end + 5 for p in places)
                )
                # "withdraw 2,000 troops from Afghanistan, leaving 2,500 in the country": what stays
                or (out and _LEFT_BEHIND.search(sentence[max(0, count.start - 30) : count.start]))
                or _SUPPLY_VERB.search(sentence[max(0, count.start - 40) : count.start])
                or ((out or after_troops) and _PLEDGED.search(sentence[max(0, count.start - 40) : count.start]))
                # "La Nouvelle-Zélande doit en envoyer près de huit cents": "en" stands for the troops named before
                or ((out or after_troops) and _EN_CLITIC.search(sentence[max(0, count.start - 40) : count.start]))
                # "..., bringing roughly 6,400 home and repositioning nearly 5,600 in other countries"
                or (out and _MOVE_GERUND.search(sentence[max(0, count.start - 40) : count.start]))
            )
        ):
            # "Austria will provide 300 and Hungary will send 200", "la Hongrie 200": troops understood
            # from the figure before; "reduce its 1,100-strong contingent by 300": the size of the cut
            out.append(Mention(count, count.start, count.end, sentence[count.start : count.end]))
            continue
        if (
            m is None
            and out
            and count.value is not None
            and count.value >= _MIN_FORCE
            and not count.from_to
            and _STOCK_OPENER.match(sentence[: out[0].start])
            and re.search(r",\s*(?:\w+\s+){0,2}$", sentence[: count.start])
            and _ELIDED_VERB.match(sentence, count.end)
        ):
            # "Sur les 3 400 militaires déployés en Afghanistan, quelque 2 000 seront rapatriés": a share of
            # the stock the sentence opens with
            out.append(Mention(count, count.start, count.end, sentence[count.start : count.end]))
            continue
        if (
            m is None
            and out
            and count.value is not None
            and count.value >= _MIN_FORCE
            and not count.from_to
            and (
                (
                    _FURTHER_BEFORE.search(sentence[max(0, count.start - 30) : count.start])
                    and _ELIDED_VERB.match(sentence, count.end)
                )
                # "..., and Tajikistan pledged about 200.": the last of a list of contributors
                or (
                    _LIST_PLEDGE_BEFORE.search(sentence[max(0, count.start - 50) : count.start])
                    and re.match(r"\s*(?:[.;,]|$|and\b|et\b)", sentence[count.end :])
                )
            )
        ):
            # "sending 3,000 troops to Kabul, while a further 3,500 will be moved to Kuwait"
            out.append(Mention(count, count.start, count.end, sentence[count.start : count.end]))
            continue
        if (
            m is None
            and after_troops
            and not out
            and count.value is not None
            and count.value >= _MIN_FORCE
            and not count.from_to
            and _ELIDED_START.match(sentence[: count.start])
            and _ELIDED_VERB.match(sentence, count.end)
        ):
            # "... 3,000 troops to Eastern Europe. Another 2,000 will fly from Fort Bragg to Poland."
            out.append(Mention(count, count.start, count.end, sentence[count.start : count.end]))
            continue
        if m is None and count.from_to:
            # "cut its force in Iraq from 2,500 to 2,000 troops": the noun follows the level reached
            reached = re.match(
                r"\s+(?:to|à)\s+(?:about\s+|around\s+|some\s+|environ\s+)?"
                r"(?:\d[\d\s.,\u00a0]*?(?=\s*[^\d\s.,])|une\s+centaine|un\s+millier|une\s+\w+aine)",
                sentence[count.end :],
            )
            if reached:  # "porte de 3 000 à 7 000 le nombre de soldats": the noun after "the number of"
                number_of = re.match(
                    r"\s+(?:le\s+nombre\s+de|the\s+number\s+of)", sentence[count.end + reached.end() :], re.I
                )
                reached_end = reached.end() + (number_of.end() if number_of else 0)
            noun_after = _troop_noun_after(sentence, count.end + reached_end, lang) if reached else None
            if noun_after:
                end = count.end + reached_end + noun_after.end()
                out.append(Mention(count, count.start, end, sentence[count.start : end]))
                continue
            if re.search(
                r"\b(?:draw-?down|troop\s+(?:cut|reduction)s?)\s+(?:\w+\s+)?from\s+(?:about\s+|some\s+)?$",
                sentence[max(0, count.start - 40) : count.start],
                re.I,
            ):
                # "announced a drawdown from 5,200 to 3,000": troop levels, the noun left out
                out.append(Mention(count, count.start, count.end, sentence[count.start : count.end]))
                continue
            # "le nombre de soldats allemands ... doit passer de 1 100 à 1 400": noun before the figure
            # (the level before the one stated may come after it: "the U.S. force in Iraq to about 138,000, down
            # from 146,000 today and from a peak of nearly 170,000")
            reach, words = (160, 24) if count.prior else (80, 10)
            back = list(
                re.finditer(
                    # (also "the UK force from 7,100 to about 5,500", "le contingent passera de")
                    rf"\b(?:{cues.TROOP_NOUN_EN}|{cues.TROOP_NOUN_FR}|force|contingent)\b(?:\s+\S+){{0,{words}}}\s*$",
                    sentence[max(0, count.start - reach) : count.start],
                    re.I,
                )
            )
            nstart = max(0, count.start - reach) + back[-1].start() if back else 0
            # only with the owner named next to the noun ("soldats allemands", "American troops")
            # (or a country: "the number of U.S. troops in Iraq from about 132,000 to nearly 153,000"; or "the
            # number of troops", whose owner the context gives; not a year)
            owned = not _YEAR_LIKE.fullmatch(count.text) and (
                any(nstart - 20 <= p.start < count.start and p.kind in ("demonym", "country") for p in places)
                or _NUMBER_OF.search(sentence[max(0, nstart - 30) : nstart + 30]) is not None
            )
            if back and owned:
                out.append(Mention(count, nstart, count.end, sentence[nstart : count.end]))
            continue
        if m is None:
            # "350 Français": a demonym used as a noun names troops of that country
            d = _DEMONYM_NOUN.match(sentence, count.end)
            after = sentence[d.end() : d.end() + 40] if d else ""
            # only with a move or a stock stated right after ("350 Français déjà déployés"), not
            # "data from 50,000 Americans"
            moved = cues.DEPLOYMENT.search(after) or any(
                not _WEAK_STATIVE.match(x.group()) and not _FOUND_IN.match(x.group())
                for x in cues.STATIVE.finditer(after)
            )  # ("40 Belges se trouvent au Soudan": nationals, not troops)
            if d and moved and any(p.start == d.start("noun") and p.kind == "demonym" for p in places):
                out.append(Mention(count, count.start, d.end(), sentence[count.start : d.end()]))
            continue
        end = count.end + m.end()
        noun = m.group("noun").lower()
        if (
            noun in ("men", "hommes")
            and not _MILITARY_MOD.search(m.group())
            and ((count.value is not None and count.value < _MIN_MEN) or _MEN_AND_WOMEN.match(sentence[end:]))
        ):
            continue  # "two men", "250 men and women": people, not a force, unless the text says military
        if (
            noun in ("men", "hommes")
            and not _MILITARY_MOD.search(m.group())
            and not after_troops
            and not _MILITARY_CONTEXT.search(sentence)
        ):
            continue  # "data from the 773 German men": people; "a force of 500 men" are troops
        if _FREED_AFTER.match(sentence[end:]):
            continue  # "300 soldiers were released": prisoners, not a move ("released a statement" is no cue)
        if _TRAINED_AFTER.match(sentence[end:]):
            continue  # "10,000 soldiers trained every three months": an output of training, not a move
        if count.value is not None and count.value < _MIN_FORCE:
            continue  # "two soldiers": individuals, not a force (README: an individual soldier is no move)
        if _EACH_AFTER.match(sentence[end:]):
            count = replace(count, value=None)  # "100 personnel in each state": no total is written
        if noun in ("members", "membres") and (force := _OF_FORCES.match(sentence, end)):
            end = force.end()  # "150 membres des forces spéciales égyptiennes", "members of the armed forces"
        elif noun in ("members", "membres") and not re.search(
            r"\b(?:[A-Z]{2,5}|army|military|service|armed|forces?|armée|militaires?|Guard)\b", m.group()
        ):
            continue  # "120 000 membres" of a community are not troops
        # a demonym right after the noun ("soldats russes", "soldats supplémentaires américains")
        tail = re.match(r"(?:\s+(?:supplémentaires|derniers|de\s+plus))?\s+(\S+)", sentence[end:])
        if tail:
            t_start = end + tail.start(1)
            if any(p.start == t_start and p.kind == "demonym" for p in places):
                end = next(p.end for p in places if p.start == t_start)
        out.append(Mention(count, count.start, end, sentence[count.start : end]))
    return out


_CUT_TO = re.compile(
    r"\b(?:réduis\w*|rédui[rst]\w*|ramèn\w+|ramen\w+|cut\w*|reduc\w+|trim\w*|lower\w*|shrink\w*)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:à|to)\s+(?:about\s+|around\s+|some\s+|environ\s+|quelque\s+)?$",
    re.I,
)
# "portant à 2 000 hommes sa contribution", "portera « temporairement » à 2 000 hommes les effectifs": the level a
# move will bring a force to, not a move or a stock of its own (not "avait porté ... à 4 000", a level reached)
_RAISED_TO = re.compile(
    r"\b(?P<verb>portant|porter\w*)\b[^.;:]{0,50}?\bà\s+(?:environ\s+|quelque\s+|près\s+de\s+|plus\s+de\s+)?$", re.I
)
# a move reported as still uncertain ("la France enverrait deux bataillons, portant à 2 000 ..."), not one made or
# decided ("a autorisé l'envoi d'un millier de soldats, portant à quelque 6 000 le nombre", "enverra 200 soldats,
# portant son contingent à 700": the level reached, a stock)
_TO_COME_FR = re.compile(r"\w{3,}(?:rait|raient)\b|\b(?:devrait|devraient)\b")
_TARGET_BEFORE = re.compile(
    r"\b(?:down\s+to|to|à|jusqu['’]à)\s+(?:about\s+|around\s+|some\s+|environ\s+|quelque\s+)?$", re.I
)


def _strong_stative(sentence: str) -> bool:
    return any(not _WEAK_STATIVE.match(m.group()) for m in cues.STATIVE.finditer(sentence))


_BARE_NOUN = re.compile(r"\b(?:troops|soldiers|soldats|troupes|militaires|casques\s+bleus|peacekeepers)\b", re.I)
_BARE_DOUBT = re.compile(
    r"\?|\bwhen\b|\bshould\b|\bdevrai\w*|\blorsque\b|\bau\s+moment\s+où\b"
    r"|\bruled?\s+out|\bthreat\w*|\bsuggest\w*|\bcritici\w+|\baccus\w+|\bblam\w+|\bappel\w+"
    r"|\bcalls?\s+on|\burg\w+|\bdenounc\w+|\bdénonc\w+|\bdisparag\w+|\bidea\b|\bidée\b",
    re.I,
)


def _bare_ok(sentence: str, mention: Mention, actor_place: Place | None) -> bool:
    """A figureless mention is kept only in the plain shape of a report: the owner named as the subject
    right before the move ("Berlin will withdraw soldiers from Mali", "Serbia puts troops on high
    alert"), or as the adjective of the noun right before the move ("US troops on alert", "French
    troops to exit Burkina Faso"); never in questions, refusals, threats, accusations or ideas."""
    if actor_place is None or actor_place.kind not in ("country", "metonym", "demonym"):
        return False
    if _BARE_DOUBT.search(sentence) or cues.HYPOTHETICAL.search(sentence):
        return False
    if mention.start <= actor_place.start < mention.end:  # "le retrait des troupes russes"
        before = sentence[max(0, mention.start - 30) : mention.start]
        return not re.search(r"[,;:]", before) and _MOVE_CUE.search(before) is not None
    gap = sentence[actor_place.end : mention.start]
    if (
        actor_place.end <= mention.start
        and len(gap) <= 45
        and not re.search(r"[,;:«»\"()]", gap)
        and _MOVE_CUE.search(gap)
    ):
        return True
    after = sentence[mention.end : mention.end + 25]
    # "US troops on alert", "Serbia puts troops on high alert": the move word right after the noun
    return (
        actor_place.end <= mention.start
        and len(gap) <= 25
        and not re.search(r"[,;:]", gap + after)
        and _MOVE_CUE.match(re.sub(r"^\s*(?:to|will|are|were|have|has|had|vont|ont|sont)?\s*", "", after)) is not None
    )


# the plain verbs and nouns of a move (not "ordered", "additional", "boost": they need a figure)
_MOVE_CUE = re.compile(
    r"\b(?:send(?:s|ing)?|sent|deploy\w*|dispatch\w*|withdr[ae]w\w*|pull(?:s|ed|ing)?\s+(?:out|back)"
    r"|exit\w*|arriv\w+|on\s+(?:high\s+|heightened\s+)?alert|on\s+standby|envo[iy]\w*|enverr\w+"
    r"|déplo\w+|retir\w+|retrait|rapatri\w+|départ|en\s+(?:état\s+d['’])?alerte)\b",
    re.I,
)


def find_bare_mentions(sentence: str, counted: list[Mention]) -> list[Mention]:
    """Troops named without a figure ("Berlin will withdraw soldiers from Mali", "US troops on alert"),
    only right next to a move, withdrawal or alert word; events from them carry no count."""
    out = []
    for m in _BARE_NOUN.finditer(sentence):
        if any(c.start <= m.start() < c.end + 3 for c in counted):
            continue
        window = sentence[max(0, m.start() - 35) : m.end() + 25]
        if not _MOVE_CUE.search(window):
            continue
        end = m.end()
        # a demonym right after the noun owns it ("des troupes russes")
        tail = re.match(r"\s+([a-zéèêëïç]+)\b", sentence[end:])
        if tail and _key_demonym(tail.group(1)):
            end += tail.end()
        out.append(Mention(None, m.start(), end, sentence[m.start() : end]))
    return out


def _is_country(actor: str) -> bool:
    return len(actor) == 2 and actor not in ("EU", "UN")


def mission_country(name: str) -> str | None:
    """Where a named mission works ("UNIFIL" -> LB), or None."""
    return MISSION_COUNTRIES.get(re.sub(r"\s+", " ", name.lower().replace("’", "'")))


def _key_demonym(word: str) -> bool:
    return any(p.kind == "demonym" for p in find_places(word))


def _preceded(sentence: str, start: int, rx: re.Pattern[str]) -> bool:
    return rx.search(sentence[max(0, start - 40) : start]) is not None


def _role(sentence: str, places: list[Place], i: int) -> str | None:
    """ "loc", "from" or None for place i; coordination ("en Allemagne et en Pologne", "X and Y")
    carries the role of the previous place."""
    p = places[i]
    if _preceded(sentence, p.start, _FACING):
        return None  # "Face à l'Iran, Trump envoie 1 500 soldats au Moyen-Orient": the threat, not the place
    if (
        _preceded(sentence, p.start, cues.LOCATIVE)
        or _WHERE_AFTER.match(sentence[p.end :])
        or _HOSTS_AFTER.match(sentence[p.end :])
    ):
        return "loc"
    if _preceded(sentence, p.start, _POUR) and _DEPART.search(sentence[: p.start]):
        return "loc"  # "partiront depuis leur base ... pour la Roumanie": where they go
    if _preceded(sentence, p.start, _BETWEEN) and _SHARED_OUT.search(sentence[max(0, p.start - 80) : p.start]):
        return "loc"  # "seront répartis entre la Lituanie, la Lettonie et l'Estonie": each is where some go
    including = _INCLUDING.search(sentence[max(0, p.start - 25) : p.start])
    if including and _LOC_WORD.search(sentence[max(0, p.start - 25 - 40) : max(0, p.start - 25) + including.start()]):
        return "loc"  # "repositioned in other NATO countries, including Italy and Belgium": the places named
    gap = sentence[places[i - 1].end : p.start] if i > 0 else ""
    if i > 0 and _COORD_OF.fullmatch(gap) and _role(sentence, places, i - 1) == "loc":
        return "loc"  # "dans les Etats de Zulia et de Tachira": the "de" of the list, not an origin
    if _preceded(sentence, p.start, cues.FROM):
        return "from"
    if (
        i > 0
        and _COORD.search(gap)
        and places[i - 1].kind != "demonym"
        # (not across a clause: "barracks in Salzburg on Wednesday, and Hungary will send 200", nor to the subject of
        # a clause of its own: "... to the Gulf, and Australia has sent some 2,000")
        and not (
            "," in gap
            and (
                len(gap) > 8 or re.match(r"\s+(?:has|have|had|will|is|are|was|a|ont|va|doit)\s+\w+", sentence[p.end :])
            )
        )
    ):
        return _role(sentence, places, i - 1)
    if i > 0 and _in_comma_list(sentence, places, i):
        return _role(sentence, places, i - 1)
    return None


# (no comma: "dans la région de Kandahar, et des Pays-Bas, dont ..." starts another clause)
_COORD_OF = re.compile(r"\s+(?:et|ou|and|or)\s+(?:de|d['’]|du|des|of)\s*(?:la\s+|l['’]|the\s+)?", re.I)
_TO_ORG = re.compile(r"\b(?:to|for|join|joining|à|au|aux|pour|rejoindre)\s+(?:the\s+|la\s+|le\s+|l['’])?$", re.I)
_WHERE_CLAUSE = re.compile(r",\s*(?:where|où)\s+[^,;]*$", re.I)
_LOC_WORD = re.compile(
    r"\b(?:in|into|to|en|au|aux|dans|vers)\s+(?:\w+\s+){0,3}(?:countries|nations|states|pays|capitals|bases)\b", re.I
)
_INCLUDING = re.compile(
    r",?\s*(?:including|notably|especially|such\s+as|notamment|principalement|en\s+particulier|dont)\s+"
    r"(?:(?:in|to|en|au|aux|à|dans)\s+)?(?:the\s+|la\s+|le\s+|l['’])?$",
    re.I,
)
_BACK_TO = re.compile(
    r"\b(?:back|home|return\w*|retour|rentr\w+|rapatri\w+)\s+(?:to|en|au|aux|vers)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?$",
    re.I,
)
_OWNER_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:\w+\s+)?(?:of|from|loyal\s+to|de|du|des|d['’]|fidèles\s+à)\s+"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’])?[\w-]+(?:\s+[\w-]+)?",
    re.I,
)
_POUR = re.compile(r"\bpour\s+(?:la\s+|le\s+|les\s+|l['’])?$", re.I)
_BETWEEN = re.compile(r"\b(?:entre|between|among|across)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", re.I)
_SHARED_OUT = re.compile(r"\b(?:réparti\w*|split|divided|spread|distributed)\b", re.I)
_DEPART = re.compile(
    r"\b(?:part(?:ir|iront|ira|ent|ait|aient|is|ie|ies)|départ|embarqu\w+|s['’]envol\w+|quitt\w+)\b", re.I
)


# (a French list repeats the article: "la Lituanie, la Lettonie et l'Estonie")
_LIST_COMMA = re.compile(r"\s*,\s*(?:la\s+|le\s+|les\s+|l['’])?")


def _in_comma_list(sentence: str, places: list[Place], i: int) -> bool:
    """ "Estonia, Latvia and Lithuania": a place after a bare comma belongs to the list only when the
    list goes on to a place joined by "and"/"et"."""
    if not _LIST_COMMA.fullmatch(sentence[places[i - 1].end : places[i].start]) or places[i - 1].kind == "demonym":
        return False
    for j in range(i + 1, len(places)):
        gap = sentence[places[j - 1].end : places[j].start]
        if _COORD.search(gap):
            return True
        if not _LIST_COMMA.fullmatch(gap):
            return False
    return False


def _is_border(sentence: str, place: Place) -> bool:
    return bool(cues.BORDER.match(sentence[place.end : place.end + 30])) or _preceded(
        sentence, place.start, cues.BORDER_BEFORE
    )


_BLUE_HELMETS = re.compile(r"\b(?:casques\s+bleus|blue\s+helmets|peacekeepers|soldats\s+de\s+la\s+paix)\b", re.I)


def _actor(
    sentence: str, mention: Mention, places: list[Place], default: str | None, inherited: str | None
) -> tuple[str | None, Place | None]:
    inside = [
        p
        for p in places
        if mention.start <= p.start < mention.end
        and p.kind in ACTOR_KINDS
        and not _preceded(sentence, p.start, cues.LOCATIVE)
    ]
    # a force many countries have ("national guard") yields to a country the sentence names before the troops
    # ("Mexico would reinforce its northern border with 10,000 members of the national guard")
    named_before = any(
        p.kind in ("country", "demonym", "metonym")
        and p.end <= mention.start
        and p.text.lower() not in GENERIC_FORCES
        and not _preceded(sentence, p.start, cues.LOCATIVE)
        for p in places
    )
    inside = [p for p in inside if not (named_before and p.text.lower() in GENERIC_FORCES)]
    if inside and inside[0].text.lower() in GENERIC_FORCES and default and default != "US" and _is_country(default):
        # ... and to the country the article is about ("Claudia Sheinbaum s'est engagée à envoyer dix mille
        # membres de la garde nationale" under a headline about Mexico)
        return default, None
    if inside:
        return inside[0].codes[0], inside[0]
    # "de 8 350 à 4 500 le nombre de soldats serbes": the nationality right after the noun
    nationality = next(
        (p for p in places if p.kind == "demonym" and p.codes and re.fullmatch(r"\s", sentence[mention.end : p.start])),
        None,
    )
    if nationality:
        return nationality.codes[0], nationality
    # "a US-led battlegroup of about 900 soldiers": the force the country leads
    # (not "a US-led NATO battalion of 1,000 soldiers": the alliance's)
    led = _LED_FORCE_OF.search(sentence, max(0, mention.start - 60), mention.start)
    if led and any(led.end("leader") < p.start < mention.start and p.kind in ACTOR_KINDS for p in places):
        led = None
    leaders = find_places(led.group("leader")) if led else []
    leader = next((p for p in leaders if p.kind in ACTOR_KINDS and p.codes), None)
    if leader:
        return leader.codes[0], None
    # "14 000 militaires de l'opération Sentinelle", "soldiers of the Bundeswehr": the force they belong to
    owner = [
        p
        for p in places
        if p.kind in ("metonym", "org")
        and mention.end <= p.start <= mention.end + 60
        and _OWNER_GAP.fullmatch(sentence[mention.end : p.start])
        and not (named_before and p.text.lower() in GENERIC_FORCES)
    ]
    if owner:
        return owner[0].codes[0], owner[0]
    # "aux quelque 800 militaires du Royaume-Uni": the country whose troops they are, unless a move from there
    # ("retirer 1 000 soldats d'Allemagne", "troops from Germany to Romania")
    nation = next(
        (
            p
            for p in places
            if p.kind == "country"
            and p.codes
            and _NATION_GAP.fullmatch(sentence[mention.end : p.start])
            and not cues.WITHDRAWAL.search(sentence)
            and not _GOES_TO.match(sentence, p.end)
        ),
        None,
    )
    if nation:
        return nation.codes[0], nation
    if inherited and re.search(r"(?:,|\band|\bet)\s*$", sentence[: mention.start]):
        return inherited, None
    if mention.count is not None and mention.np_text == mention.count.text:
        elided = _ELIDED_OWNER.search(sentence[: mention.start])
        named = [
            p
            for p in places
            if elided and p.start >= elided.start() and p.end <= mention.start and p.kind in ACTOR_KINDS and p.codes
        ]
        if named:
            # "..., and the United States about 1,100" (the owner, not a place of the clause after it: "et la
            # Géorgie, qui n'est pas membre de l'Alliance, près de 900")
            return named[0].codes[0], named[0]
    whose = _DONT_OWNER.match(sentence, mention.end)
    if whose:
        # "des 700 soldats supplémentaires dont l'Otan avait annoncé l'envoi": the owner the clause names
        at = whose.start("owner") if whose.group("owner") else whose.start("subject")
        named = next((p for p in places if p.start == at and p.kind in ACTOR_KINDS and p.codes), None)
        if named:
            return named.codes[0], named
    from_owner = _FROM_OWNER.match(sentence, mention.end)
    if from_owner and not cues.WITHDRAWAL.search(sentence):  # ("withdraw 1,100 troops from Germany": the place left)
        # "followed by 200 soldiers and police from Jamaica", "500 soldats venus du Sénégal": whose they are,
        # unless the phrase goes on to where they go ("1,000 troops from Germany to Romania")
        home = next(
            (
                p
                for p in places
                if p.start == from_owner.end("place") - len(p.text)
                and p.kind == "country"
                and p.end == from_owner.end("place")
            ),
            None,
        ) or next(
            (
                # "some 32,000 troops from NATO allies": the alliance's
                p
                for p in places
                if p.kind == "org" and p.start == from_owner.start("place") and _ALLIES_AFTER.match(sentence, p.end)
            ),
            None,
        )
        if home and not _GOES_TO.match(sentence, home.end):
            return home.codes[0], home
    before = []
    for i, p in enumerate(places):
        if p.end > mention.start or p.kind not in ACTOR_KINDS or not p.codes or _is_border(sentence, p):
            continue
        if re.match(r"\s*['’]s\s+(?:border|capital)", sentence[p.end :]):
            continue
        if p.kind == "org" and _VENUE_AFTER.match(sentence, p.end) and not _ORG_DECIDES.match(sentence, p.end):
            continue  # "at the Nato summit in Warsaw": a meeting, not the owner ("NATO leaders agreed": the owner)
        if _TOLD.search(sentence[max(0, p.start - 25) : p.start]):
            continue  # "Washington a informé Séoul de son intention de retirer": who is told is not the owner
        if _LED_BY.search(sentence[max(0, p.start - 30) : p.start]):
            continue  # "La mission, dirigée par le Brésil, comptait 7 000 militaires": who leads is not the owner
        if (
            _preceded(sentence, p.start, cues.ORIGIN_STATIVE)
            or _preceded(sentence, p.start, _STATIONED_IN_TOWN)
            or (
                i > 0
                and _preceded(sentence, places[i - 1].start, cues.ORIGIN_STATIVE)
                and APPOSITION.fullmatch(sentence[places[i - 1].end : p.start])
            )
        ):
            continue  # "The 2nd Cavalry Regiment, stationed in Vilseck, Germany, will send": where, not whose
        role = _role(sentence, places, i)
        # an organisation owns its troops after "de l'"/"of" too, and is the subject of "qui compte"
        owner = re.match(r"\s*,\s*(?:dont|whose)\b", sentence[p.end :])  # "la Russie, dont 125 000 hommes"
        # ("Au Royaume-Uni, qui dispose du deuxième contingent avec 9 500 hommes": the subject of the clause)
        subject = p.kind in ("org", "country") and _WHICH_AFTER.match(sentence[p.end :]) is not None
        if role is None or owner or subject or (p.kind == "org" and role == "from"):
            before.append(p)
    if before:
        subjects = [q for q in before if q.kind != "demonym" or q.text[:1].isupper()]
        p = subjects[-1] if subjects else before[-1]
        force_of = [
            q
            for q in before
            if q.kind == "demonym" and _FORCE_NOUN_BEFORE.search(sentence[max(0, q.start - 25) : q.start])
        ]
        if (
            p.kind == "org"
            and force_of
            and re.fullmatch(r"\s+(?:de\s+la|de\s+l['’]|du|of\s+the|of)\s+", sentence[force_of[-1].end : p.start], re.I)
        ):
            p = force_of[-1]  # "le contingent brésilien de la Minustah": the nation's contingent in the mission
        # "L'Allemagne, qui dirige le groupement tactique de l'Otan dans le pays, y compte 1 000 militaires": the
        # subject the relative clause hangs on, not a name inside that clause
        head = before[0]
        if (
            head is not p
            and head.kind in ("country", "metonym")
            and re.match(r"\s*,\s*(?:qui|which|who)\b", sentence[head.end :])
            and "," in sentence[p.end : mention.start]
            # (unless the name is itself the subject of a clause: "L'Italie, qui ..., et la France, dont 700")
            and not re.match(r"\s*,\s*(?:qui|which|who|dont|whose)\b", sentence[p.end :])
        ):
            p = head
        return p.codes[0], p
    after = [
        p
        for p in places
        if p.start >= mention.end
        and p.kind in ACTOR_KINDS
        and p.codes
        and re.search(r"\b(?:by|par)\s+(?:la\s+|le\s+|l['’]|the\s+)?$", sentence[max(0, p.start - 12) : p.start])
    ]
    if after:
        return after[0].codes[0], after[0]
    if default and default != "UN" and _BLUE_HELMETS.search(mention.np_text):
        return "UN", None  # "La mission, qui compte 10 000 casques bleus": peacekeepers no one owns are the UN's
    if default:
        return default, None
    # the one country a sentence names (not a city: "Windsor" is also a Canadian city), as a locative
    # setting ("In Mali, 300 soldiers ..."), stands for the owner only of a domestic move
    # ... and only when it comes before the figure or names a part of itself after it ("in El Salvador's
    # capital"): "are deploying to Poland" names where troops go, not whose they are
    countries = {p.codes[0] for p in places if p.kind == "country" and p.codes}
    if len(countries) == 1 and all(
        p.start < mention.start or re.match(r"['’]s\b", sentence[p.end : p.end + 2])
        for p in places
        if p.kind == "country"
    ):
        return next(iter(countries)), None
    return None, None


_VENUE_AFTER = re.compile(
    r"\s+(?:summit|meeting|headquarters|ministers|chief|secretary|leaders|sommet"
    r"|réunion|siège|ministres|chef|secrétaire|dirigeants)\b",
    re.I,
)
_LED_BY = re.compile(
    r"\b(?:dirigée?s?|conduite?s?|commandée?s?|menée?s?|led|commanded|headed)\s+par\s+(?:la\s+|le\s+|les\s+|l['’])?$"
    r"|\b(?:led|commanded|headed)\s+by\s+(?:the\s+)?$|\bsous\s+(?:le\s+)?commandement\s+(?:de\s+la\s+|du\s+|de\s+l['’]|des\s+|de\s+)?$",
    re.I,
)
_ORG_DECIDES = re.compile(
    r"\s+(?:leaders|ministers|dirigeants|ministres)\s+(?:\w+\s+){0,2}?(?:agreed|agree|decided|approved|endorsed"
    r"|ont\s+(?:décidé|approuvé|validé|convenu)|se\s+sont\s+(?:mis|entendus))\b",
    re.I,
)
_TOLD = re.compile(
    r"\b(?:inform\w*|told|tells?|assur\w+|prévenu|notifi\w+|averti\w*)\s+(?:the\s+|le\s+|la\s+|l['’])?$", re.I
)
_DONT_OWNER = re.compile(
    r"\s+(?:\w+\s+)?(?:dont|that|which)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?(?P<owner>[A-ZÉ])"
    # "the 10,000 soldiers North Korea has sent to Russia", "les 10 000 soldats que la Corée du Nord a envoyés":
    # the subject of a relative clause that moved or keeps them
    r"|\s+(?:que\s+|qu['’])?(?:l['’]|la\s+|le\s+|les\s+|the\s+)?(?P<subject>[A-ZÉ][\w'’-]*(?:\s+(?:du\s+|de\s+)?[A-Z][\w'’-]*){0,2})"
    r"\s+(?:has|have|had|a|avait|ont|avaient)\s+(?:already\s+|déjà\s+)?(?:sent|deployed|dispatched|stationed|massed"
    r"|envoyé|déployé|dépêché|stationné|massé)"
)
_FROM_OWNER = re.compile(
    r"\s+(?:(?:and|et)\s+\w+\s+)?(?:from|venus?\s+d[eu']|originaires?\s+d[eu'])\s*"
    r"(?:the\s+|la\s+|l['’])?(?P<place>[A-ZÉ][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_ALLIES_AFTER = re.compile(
    r"\s+(?:allies|countries|members|member\s+states|partners|nations|alliés|pays\s+membres)\b", re.I
)
_GOES_TO = re.compile(
    r"\s*,?\s*(?:(?:will|are|were|have|had|to)\s+(?:be\s+)?)?(?:\w+\s+)?(?:to|into|towards|for|à|vers"
    r"|en|au|aux|pour)\b",
    re.I,
)
_STATIONED_IN_TOWN = re.compile(
    r"\b(?:stationed|based|stationnée?s?|basée?s?)\s+(?:in|at|en|à|au)\s+"
    r"(?-i:[A-Z][\w-]+\s*){1,3},\s*$",
    re.I,
)
_OWNER_GAP = re.compile(
    r"\s+(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?"
    r"(?:(?:opération|operation|mission)\s+"
    # "soldats des quatre bataillons multinationaux de l'OTAN": the units, then whose they are
    r"|(?:[\w-]+\s+){0,2}(?:bataillons?|battalions?|brigades?|battle\s?groups?|groupements?\s+tactiques?|divisions?"
    r"|régiments?|regiments?|contingents?|units?|unités?)(?:\s+[\w-]+){0,2}?\s+(?:of|de|du|des|d['’])\s*"
    r"(?:the\s+|la\s+|le\s+|l['’])?)?",
    re.I,
)
_NATION_GAP = re.compile(r"\s+(?:du|de\s+la|de\s+l['’]|des|of(?:\s+the)?)\s*", re.I)
_MODIFIER_START = re.compile(
    # (after an owner phrase: "600 soldiers of the 2nd Cavalry Regiment already stationed in ...")
    r"^(?:\s+(?:of|from|de|du|des)\s+(?:the\s+|la\s+|le\s+|l['’]|an?\s+)?(?:[\w’'-]+(?:,(?=\s+\d+(?:st|nd|rd|th|e|er)\b))?\s+){0,3}?[\w’'-]+(?=\s*,?\s*"
    r"(?:currently|already|temporarily|still|déjà|actuellement|stationed|based|stationnée?s?|basée?s?"
    r"|déployée?s?\s+depuis|deployed\s+since)\b))?"
    # (after French adjectives of the troops: "7 000 militaires non américains déployés dans le pays")
    r"(?:\s+(?:non\s+)?(?-i:[a-zéè][a-zéèêëïî-]+(?:ains|aines|ais|aises|iens|iennes|ois|oises|éens|éennes|ques))"
    r"(?=\s+(?:déployée?s|stationnée?s|basée?s|présents)\b))?"
    r"\s*(?:,\s*)?(?:(?:currently|already|temporarily|still|déjà|actuellement|temporairement|encore|toujours)\s+)?"
    r"(?:deployed|stationed|based|serving|déployée?s?|stationnée?s?|basée?s?|présents|qui\s+composaient"
    r"|(?<=still\s)(?=in\b)|(?<=currently\s)(?=in\b)|(?<=encore\s)(?=(?:en|au|aux)\b)|(?<=toujours\s)(?=(?:en|au|aux)\b)"
    # "des 350 militaires qui y étaient stationnés", "the 400 troops who are stationed there"
    r"|qui\s+(?:y\s+)?(?:étaient|sont|était|est|restaient)\s+(?:\w+\s+)?(?:stationnée?s?|basée?s?|présents)"
    r"|(?:who|that|which)\s+(?:were|are)\s+(?:\w+\s+)?(?:stationed|based)"
    # "the 350 troops it has stationed in X", "les 350 militaires qu'elle maintient au X"
    r"|(?:that\s+|which\s+)?(?:it|they)\s+(?:still\s+)?(?:has|have|had|keeps?|maintains?)\s+"
    r"(?:(?:currently|already|still)\s+)?(?:deployed|stationed|based|in|at)"
    r"|(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:rushed|sent|deployed|dispatched|moved)"
    r"|qu['’](?:il|elle|ils|elles)\s+(?:maintien(?:t|nent)|maintenai(?:t|ent)|a\s+déployée?s?|ont\s+déployée?s?"
    r"|déploie|déploient"
    r"|avai(?:t|ent)\s+déployée?s?|compte|comptent|comptait|comptaient))\b",
    re.I,
)


_FUTURE_BE = re.compile(
    r"\b(?:will\s+be|to\s+be|seront|vont\s+être|doivent\s+être|devraient\s+être)\s+"
    r"(?:permanently\s+|permanently\s+|en\s+permanence\s+)?$",
    re.I,
)
_FUTURE_POSTING = re.compile(
    r"\b(?:will\s+be|to\s+be|seront|vont\s+être|doivent\s+être|devraient\s+être)\s+"
    r"(?:permanently\s+|en\s+permanence\s+)?(?:based|stationed|posted|basée?s|stationnée?s"
    r"|postée?s)\b",
    re.I,
)


_FIGURE_NEXT = re.compile(
    r"\s+(?:désormais\s+|déjà\s+|actuellement\s+|encore\s+|now\s+|still\s+|currently\s+)?"
    r"(?:environ\s+|près\s+de\s+|quelque\s+|plus\s+de\s+|some\s+|about\s+|around\s+"
    r"|nearly\s+|more\s+than\s+|roughly\s+)?\d",
    re.I,
)
# (unless the joined troops' own move or alert is told: "join the 2,000 troops ordered last week to Poland")
_OWN_MOVE_AFTER = re.compile(
    r"\b(?:ordered|sent|deployed|rushed|dispatched|placed|put|placés|mis|envoyés|déployés"
    r"|dépêchés|arrivés|alert\w*|alerte)\b",
    re.I,
)
# "will join KFOR's roughly 4,500 troops", "s'ajouteront aux 1 000 soldats", "pour renforcer les 550 hommes",
# "s'ajoutent au millier de soldats"
# (the figure "au millier" holds its "au"): the stock joined
_STOCK_ADVERB_BEFORE = re.compile(
    r"\b(?:actuellement|currently|déjà|already|désormais|aujourd['’]hui|today)\s+(?:\w+\s+)?$", re.I
)
_POSTED_AFTER = re.compile(r"\s*(?:déployée?s|deployed|stationed|stationnée?s|basée?s|based)\b", re.I)
_JOIN_AFTER = re.compile(
    r"\s+(?:\S+\s+){0,2}?(?:ont\s+|a\s+|have\s+|has\s+)?(?:rejoign(?:ent|ait|aient)|rejoint)\b", re.I
)
_NEWCOMERS_AFTER = re.compile(
    r"\s*,?\s*(?:who|which|qui)\b(?!\s+(?:forment|composent|constituent|form|make\s+up|sont\s+(?:déjà|stationnés|basés)"
    r"|are\s+(?:already|stationed|based)))|\s+(?:from|de|du|des)\b(?!\s+(?:\d+e|\d+(?:st|nd|rd|th))\s)",
    re.I,
)
_JOINED_STOCK = re.compile(
    r"\b(?:join(?:s|ed|ing)?|rejoindr\w+|rejoign\w+|s['’]ajout\w+(?:\s+(?:aux|à))?"
    r"|add(?:s|ed|ing)?\s+to|renforcer|reinforc(?:e|ing)|bolster(?:ing)?)\s+(?:the\s+|les\s+|a\s+|[A-Z][\w-]*['’]s\s+)?(?:roughly\s+|about\s+|some\s+|around\s+"
    r"|nearly\s+|quelque\s+|environ\s+|près\s+de\s+)?$",
    re.I,
)


_FROM_ACROSS_THE_COUNTRY = re.compile(
    r"[^.;]{0,30}?\b(?:from\s+(?:all\s+(?:\d+|fifty)\s+states|across\s+the\s+(?:country|nation)|around\s+the\s+country"
    r"|every\s+state)|(?:venus?\s+)?de\s+(?:tout\s+le\s+pays|l['’]ensemble\s+du\s+(?:pays|territoire)))\b",
    re.I,
)
_REDEPLOYED = re.compile(
    r"\b(?:redeploy\w*|redéplo\w+|reposition\w*|transferred|transférée?s|relocated|moved\s+on)\b", re.I
)
_CUT_A_FORCE = re.compile(
    r"\b(?:shrink\w*|reduc\w+|cut(?:s|ting)?|trim\w*|downsiz\w+|scal\w+\s+back|scal\w+\s+down)\s+"
    r"(?:a|the|its|their)\s+(?:\w+\s+)?$",
    re.I,
)
# what is left after a cut: "il ne restait plus que 5 000 militaires", "there are now only about 900 troops"
_ONLY_LEFT = re.compile(
    r"(?:\b(?:ne|n['’])\s*(?:rest\w+|subsist\w+|compt\w+|demeur\w+|rest\w+\s+\w+)\s+(?:plus\s+)?qu['’]?(?:e\s+)?"
    rf"|\b(?:there\s+(?:are|were|will\s+be)\s+(?:now\s+|still\s+)?only|leaving\s+only)\s+){_APPROX}$",
    re.I,
)
# an apposition giving a force's present size: "the force in Iraq, now about 132,000 troops"
_NOW_LEVEL = re.compile(
    rf"(?:,|\(|—|–)\s*(?:now|currently|at\s+present|actuellement|aujourd['’]hui)\s+(?:at\s+)?{_APPROX}$", re.I
)


_MOVED_ON_CLAUSE = re.compile(
    r"\s+(?:(?:doivent\s+être|devaient\s+être|seront|vont\s+être|will\s+be|are\s+to\s+be|would\s+be)\s+"
    r"(?:re)?(?:déployés|redéployés|envoyés|transférés|deployed|redeployed|sent|moved|shifted|transferred"
    # where they will be posted is where they go: "qui seront basés en Croatie", "which will be based in"
    r"|basés|stationnés|based|stationed)"
    # or an active verb of a move to come: "which will deploy to Orzysz", "qui vont rejoindre Bamako"
    r"|(?:will|would|are\s+to|(?:are|were)\s+(?:expected|due|set|scheduled)\s+to)\s+(?:deploy|move|head|go|fly|travel)|(?:vont|doivent|devaient)\s+(?:rejoindre|partir\s+pour|se\s+déployer)"
    r"|rejoindront)\s+(?:(?:en|au|aux|à|vers|dans|to|in|for)\b|(?-i:[A-Z]))",
    re.I,
)


def _moved_on(sentence: str, mention: Mention) -> bool:
    """The figure's relative clause sends its troops on: "les 3 600 hommes de la brigade, qui doivent être
    redéployés en Irak"."""
    rel = re.search(r",\s*(?:qui|which|who)\b", sentence[mention.end :])
    return bool(rel and _MOVED_ON_CLAUSE.match(sentence, mention.end + rel.end()))


def _cue_type(sentence: str, mention: Mention, context: str = "") -> tuple[str | None, str | None]:
    """(type, modifier type): the nearest cue decides; a participle that only describes the troops
    ("stationed in X", "déployés en Centrafrique" right after the noun) yields to another verb in the
    sentence and is returned as the modifier's own type."""
    if mention.count is not None and mention.count.from_to:
        return "presence", None
    if _STOCK_ADVERB_BEFORE.search(sentence[max(0, mention.start - 25) : mention.start]) and _POSTED_AFTER.match(
        sentence, mention.end
    ):
        return "presence", None  # "Nous avons actuellement 750 soldats déployés au Mali": a stock
    spans: list[tuple[float, str, int, int, str]] = []

    def dist(s: int, e: int) -> int:
        if e <= mention.start:
            return mention.start - e
        if s >= mention.end:
            return s - mention.end
        return 0

    for m in cues.ALERT.finditer(sentence):
        spans.append((dist(m.start(), m.end()) * 0.5, "alert", m.start(), m.end(), m.group()))
    stative = list(cues.STATIVE.finditer(sentence))
    # "will be based in northern Australia", "seront stationnés en Lituanie": a posting to come is a move
    stative = [
        m
        for m in stative
        if not _FUTURE_BE.search(sentence[max(0, m.start() - 20) : m.start()])
        and sentence[max(0, m.start() - 1) : m.start()] != "-"
    ]  # (nor "U.S.-based troops")
    # "300 soldats français rejoignent le bataillon": troops that join something go there (not the stock
    # joined: "rejoignent les 800 Britanniques" keeps its own figure a stock, see _JOINED_STOCK)
    joins = _JOIN_AFTER.match(sentence, mention.end)
    if joins:
        spans.append((0, "deployment", mention.end, joins.end(), joins.group()))
    for m in _FUTURE_POSTING.finditer(sentence):
        spans.append((dist(m.start(), m.end()), "deployment", m.start(), m.end(), m.group()))
    for m in stative:
        # (a weak word right before a figure is a stock: "la Kfor compte désormais près de 4 500 militaires")
        weak = bool(_WEAK_STATIVE.match(m.group())) and not (
            re.match(r"compt|effectif", m.group(), re.I) and _FIGURE_NEXT.match(sentence, m.end())
        )
        spans.append((dist(m.start(), m.end()) + (40 if weak else 0), "presence", m.start(), m.end(), m.group()))
    alerted = any(s[1] == "alert" for s in spans)
    for rx, kind in ((cues.WITHDRAWAL, "withdrawal"), (cues.DEPLOYMENT, "deployment")):
        for m in rx.finditer(sentence):
            if alerted and re.fullmatch(r"ordered", m.group(), re.I):
                continue  # "ordered 3,000 troops to be ready to deploy": the order is the alert
            if any(s.start() <= m.start() < s.end() for s in stative if not _WEAK_STATIVE.match(s.group())):
                continue  # "sont déployés" is a stock, not a move
            spans.append((dist(m.start(), m.end()), kind, m.start(), m.end(), m.group()))
    if not spans:
        if re.match(r"\S+\s+(?:more|additional|extra|supplémentaires)\b", mention.np_text, re.I):
            return "deployment", None  # "Bush: 21,500 more U.S. troops for Iraq": more troops, no verb, are a move
        if context:  # "Soit 120 militaires." takes its verb from the sentence before
            etype, _ = _cue_type(context, Mention(None, len(context), len(context), ""))
            return etype, None
        return None, None
    modifier: str | None = None
    # "les États-Unis, qui comptent 1 000 militaires au Niger, n'ont pas annoncé de départ": the figure
    # inside a relative clause takes its verb from that clause
    opener = list(re.finditer(r",\s*(?:qui|which|who)\b", sentence[: mention.start]))
    if opener and not re.search(r"[,;:]", sentence[opener[-1].end() : mention.start]):
        close = re.search(r"[,;:]", sentence[mention.end :])
        c_lo, c_hi = opener[-1].start(), mention.end + close.start() if close else len(sentence)
        inner = [sp for sp in spans if sp[2] >= c_lo and sp[3] <= c_hi]
        if inner:
            spans = inner
    # "has 1,100 troops in Niger, and has not said when they will leave": the next clause is another matter
    clause = re.search(
        r"[,;]\s*(?:and|but|mais|et|while|alors\s+que|tandis\s+que)\s+(?:(?:it|they|he|she|il|ils|elle"
        r"|elles)\s+)?(?:has|have|had|is|are|was|were|will|would|did|does|a|ont|avait|est|sont|n['’]|ne)\b",
        sentence[mention.end :],
        re.I,
    )  # a clause of its own, not "..., and their equipment, will"
    if clause:
        own = [sp for sp in spans if sp[3] <= mention.end + clause.start()]
        spans = own or spans
    rel = re.search(r",\s*(?:qui|which|who)\b", sentence[mention.end :])
    if _moved_on(sentence, mention) and any(sp[1] == "withdrawal" and sp[3] <= mention.start for sp in spans):
        # "ce retrait comprend les 3 600 hommes de la 2e brigade, qui doivent être redéployés en Irak": troops
        # taken out of one place to be sent to another are moved there
        return "deployment", None
    if rel:
        cut = mention.end + rel.start()
        before_rel = [s for s in spans if s[3] <= cut]
        close = re.search(r"[,;]", sentence[cut + 1 :]) if rel.start() <= 2 else None
        # "700 soldiers, who were stationed in Chad, have left": the main verb after the clause
        after_rel = [s for s in spans if close and s[2] >= cut + 1 + close.end()]
        spans = before_rel or after_rel or spans
    mod = _MODIFIER_START.match(sentence[mention.end :])
    kept = spans
    if mod:
        mod_start, mod_end = mention.end + mod.start(), mention.end + mod.end()
        inside = [s for s in spans if s[2] < mod_end and s[3] > mod_start]
        # (a verb before a comma has an object of its own: "Ankara envoie des renforts, quelque 3.000 soldats
        # turcs déjà présents")
        others = [
            s
            for s in spans
            if not (s[2] < mod_end and s[3] > mod_start)
            and not _WEAK_STATIVE.match(s[4])
            and s[1] not in {i[1] for i in inside}
            and not (s[3] <= mention.start and "," in sentence[s[3] : mention.start])
        ]
        if inside and others:
            modifier = min(inside)[1]
            described = mod.group()
            if re.search(r"deployed|déployé", described, re.I) and not re.search(
                r"déjà|already|currently|actuellement|depuis|since", described, re.I
            ):
                modifier = "deployment"
            elif re.search(r"qu['’](?:il|elle|ils|elles)\s+(?:déploie|déploient)\b", described, re.I):
                modifier = "presence"  # "les 700 soldats qu'elle déploie au Liban": the troops it has there
            kept = others
    kept = sorted(kept, key=lambda s: s[0])
    if (
        kept[0][1] == "deployment"
        and modifier is None
        and (posted := _deployed_stock_at(sentence, mention)) is not None
        and all(sp[1] != "deployment" or sp[2] == posted for sp in kept)
    ):
        # "des 4 000 militaires français déployés en Bosnie", "the 700 US troops deployed in Somalia": the troops
        # the text names by where they are, with no verb of a move of its own, are a stock (not "2 000 soldats
        # déployés dans la capitale", a headline's move, nor "deployed to the border")
        return "presence", None
    return kept[0][1], modifier


def _deployed_stock_at(sentence: str, mention: Mention) -> int | None:
    """Where the participle starts when a definite figure names its troops by where they are deployed ("des 4 000
    militaires français déployés en Bosnie", "its 700 troops deployed in Somalia"), not the last of them ("les 47
    derniers soldats déployés en X"); else None."""
    before = sentence[max(0, mention.start - 25) : mention.start]
    if not _DEFINITE_BEFORE.search(before) or _THE_LAST.search(sentence[max(0, mention.start - 25) : mention.end + 12]):
        return None
    m = _DEPLOYED_IN.match(sentence, mention.end)
    return m.start("part") if m else None


def _governing_chain(tok: Token) -> list[Token]:
    """The token and its heads up to the clause that governs it: climbing stops at a noun above a verb
    ("urged ... to prevent delays in plans to cut troops" stops at "delays")."""
    chain = [tok]
    seen_verb = False
    prev = tok
    for anc in tok.ancestors:
        if seen_verb and anc.pos_ in ("NOUN", "PROPN"):
            break
        if prev.dep_ in ("relcl", "acl:relcl") and prev is not tok:
            break  # a relative clause has its own polarity ("Djibouti, qui accueille 1 500 militaires, n'est pas ...")
        if prev.dep_ == "conj" and prev is not tok and any(c.dep_.startswith(("nsubj", "expl")) for c in prev.children):
            # a coordinated clause with its own subject has its own polarity too ("did not announce new figures,
            # but officials said the number of troops there is to fall from 8,600")
            break
        seen_verb = seen_verb or anc.pos_ in ("VERB", "AUX")
        chain.append(anc)
        prev = anc
    return chain


# a clause that states where troops stand, not a move ("dont les 2 500 soldats sont engagés dans", "qui compte")
_STATIVE_CLAUSE = re.compile(
    r"\b(?:compt\w+|dispos\w+|sont\s+(?:engagés|déployés|stationnés|basés|présents)|has|have|had"
    r"|(?:are|were)\s+(?:deployed|stationed|based))\b",
    re.I,
)
_THRESHOLD = re.compile(
    r"\b(?:any|tout(?:e)?)\s+(?:\w+\s+)?(?:deployment|dispatch|increase|déploiement|envoi)"
    r"\s+(?:of|de|d['’])\s+(?:more\s+than\s+|up\s+to\s+|plus\s+de\s+|jusqu['’]à\s+)?$",
    re.I,
)
_REQUESTED_BY = re.compile(
    r"\s*,?\s*(?:(?:that|which|qu['’]?)\s+)?(?:had\s+been\s+|were\s+|avaient\s+été\s+)?"
    r"(?:requested|sought|demanded|asked\s+for|réclamée?s|demandée?s|sollicitée?s)\s+(?:by|par)\b",
    re.I,
)
_ANNOUNCED = re.compile(r"\b(?:announced|announces|confirmed|confirms|said|says|declared|stated|told)\b", re.I)


def _stated_in_relative_clause(sentence: str, mention: Mention) -> str | None:
    """The text of the relative clause a stock figure stands in, closed by a comma before the main clause
    goes on ("L'Allemagne, qui compte 3 500 soldats dans le nord, a refusé ..."), or None."""
    opened = _RELATIVE_OPEN.search(sentence, max(0, mention.start - 40), mention.start)
    if opened is None:
        return None
    closed = sentence.find(",", mention.end)
    if closed < 0 or not _STATIVE_CLAUSE.search(sentence, opened.start(), closed):
        return None
    return sentence[opened.start() : closed]


def is_hypothetical(doc: Doc | None, start: int, end: int, sentence: str) -> bool:
    """Negated, modal, conditional or requested move around the count at [start, end)."""
    window = sentence[max(0, start - 60) : start]
    agreed = bool(_AGREED.search(sentence))
    if re.search(
        r"\b(?:le\s+pouvoir\s+de|the\s+power\s+to|able\s+to|capable\s+of|en\s+mesure\s+de)\b", window, re.I
    ) or _THRESHOLD.search(window):
        # "must approve any deployment of more than 1,500 troops": a threshold, not a move
        return True
    requested = re.search(
        r"\b(?:asks?|asked|asking|requests?|requested|call(?:s|ed|ing)?\s+(?:for|to)|demand\w*|réclam\w+"
        r"|exig\w+)\b",
        window,
        re.I,
    )
    if requested and not agreed:
        return True
    if _REQUESTED_BY.match(sentence, end):
        return True  # "falls short of the 30,000 additional troops requested by Gen. McKiernan": asked for, not sent
    if re.search(
        # a ceiling a resolution sets is not a move: "la résolution 1701 autorise jusqu'à 15 000 Casques bleus"
        r"\b(?:résolution|resolution)\s+(?:\d+\s+)?(?:autoris\w+|authori[sz]\w+)\b"
        # a pledge still to be made: "Nato allies are expected to pledge up to 5,000 extra soldiers"
        r"|\bexpected\s+to\s+(?:pledge|offer|approve)\b"
        r"|\b(?:scénarios?|scenarios?|contingency\s+plans?|options?)\s+(?:\w+\s+){0,5}?"
        r"(?:prévoyant|envisageant|for|to|of|involving|calling\s+for)\b"  # "des scénarios prévoyant l'envoi de"
        r"|\b(?:no|any)\s+(?:\w+\s+)?(?:plans?|intention)\s+(?:to|of)\b"
        r"|\bpas\s+l['’]intention\s+d|\baucun\s+projet\s+d|\baucune\s*[«\"“]?\s*intention\s*[»\"”]?\s*d"
        r"|\b(?:den(?:y|ies|ied|ying)|dément\w*|démenti\w*|dismiss\w*)\b"
        r"|\b(?:ready|willing|prêt(?:e|s|es)?|disposée?s?)\s+(?:to|à)\s+(?!deploy|être\s+déploy)\w+\s+"
        r"(?:up\s+to\s+|jusqu['’]à\s+)?$",
        window,
        re.I,
    ):
        return True  # "denying plans to send 100,000", "ready to host 5,000 troops": no move
    if doc is None:
        return bool(cues.HYPOTHETICAL.search(window))
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    announced = _ANNOUNCED.search(sentence[:start]) is not None and not re.search(
        r"\b(?:if|unless|si|sauf\s+si)\b", sentence, re.I
    )

    def _reported(modal: str) -> bool:
        # "announced 1,000 troops would arrive": the future of reported speech, not a hypothesis
        return announced and modal == "would"

    for tok in _governing_chain(span.root):
        if (tok.lower_ in _HYPO_VERBS and not agreed) or (tok.lower_ in _MODALS and not _reported(tok.lower_)):
            return True
        if tok.pos_ not in ("VERB", "AUX", "ADJ") and tok.dep_ != "ROOT":
            continue
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "neg" or (low in _NEG and child.dep_ in ("advmod", "neg", "det")):
                return True
            if child.dep_.startswith("aux") and low in _MODALS and not _reported(low):
                return True
            if child.dep_ == "mark" and low in _CONDITIONAL_MARKS:
                return True
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in _CONDITIONAL_MARKS for g in child.children
            ):
                return True
    return False


_SIDE_OF_BORDER = re.compile(r"(?:-[A-Z][\w]+)?(?:['’]s)?\s+(?:border|frontier)", re.I)


def _border_sides(sentence: str, places: list[Place]) -> set[str]:
    """Countries a sentence names as sides of a border ("US-Mexico border", "Poland's border")."""
    return {
        p.codes[0]
        for p in places
        if p.kind == "country" and p.codes and _SIDE_OF_BORDER.match(sentence[p.end : p.end + 30])
    }


# what may stand between two destinations of one list
_CHAIN_GAP = re.compile(
    r"\s*(?:,|and|et|or|ou|as\s+well\s+as|ainsi\s+qu['’]|,\s*and|,\s*et|\s)*\s*"
    r"(?:(?:to|in|into|at|en|au|aux|à|dans|vers)\s+)?(?:the\s+|la\s+|le\s+|les\s+|l['’])?",
    re.I,
)


def _chained(gap: str) -> bool:
    """ "Estonia, Latvia and Lithuania", "l'Allemagne d'une part et la Pologne d'autre part"."""
    return _CHAIN_GAP.fullmatch(gap) is not None or (
        len(gap) <= 25 and re.search(r"\b(?:and|et|or|ou)\b", gap) is not None and not re.search(r"[;:.]", gap)
    )


# a place set after the origin by a comma names where the origin lies, not a destination
APPOSITION = re.compile(
    r"\s*,\s*(?:(?:in|dans|en|au)\s+)?(?:the\s+|le\s+|la\s+|l['’])?"
    r"(?:(?:north|south|east|west|nord|sud|est|ouest)\w*(?:-\w+)?\s+(?:of\s+|de\s+|du\s+|d['’])?"
    r"(?:the\s+|la\s+|l['’])?)?",
    re.I,
)
_SUBJECT_AFTER = re.compile(
    r"\s+(?:will|would|is|has|had|was|plans|va|doit|a|enverra|fournira|sends|sent|provides"
    r"|contributes|déploie|envoie|said|says|pledged|pledges|promised|approved|announced|agreed|offered"
    r"|promet|annonce)\b"
    # "Kyrgyzstan's parliament approved the dispatch of 150 soldiers": the subject of its own clause
    r"|['’]s\s+(?:parliament|government|defen[cs]e\s+ministry|army|president)\b"
    # "L'Italie, qui fournit 1 000 soldats, et la France, dont 700 militaires ...": a subject and its clause
    r"|\s*,\s*(?:qui|dont|which|who|whose)\b"
)
_ABROAD = re.compile(
    r"\b(?:abroad|overseas|à\s+l['’]étranger|hors\s+de\s+(?:nos|ses)\s+frontières"
    # seas are no one's home ground: "sent to the Red Sea", "en mer Noire"
    r"|(?-i:[A-Z][a-z]+\s+Sea|Mediterranean|Pacific|Atlantic|Indian\s+Ocean|Persian\s+Gulf|Gulf\s+of)"
    r"|mer\s+(?:Rouge|Noire|Baltique|Méditerranée|de\s+Chine)|golfe\s+(?:Persique|d['’]Aden)|océan"
    r"|en\s+opérations?\s+extérieures?|en\s+opex)\b",
    re.I,
)
_MANY_NATIONS = re.compile(
    r"\s+(?:(?:from|of|de|venus\s+de|issus\s+de)\s+|(?:venus|issus)\s+d['’])(?:the\s+|les\s+)?"
    r"(?:about\s+|some\s+|around\s+|environ\s+|une\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen|[a-z]+teen|twenty|thirty|forty"
    r"|fifty"
    r"|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinzaine|vingtaine|trentaine|cinquantaine)"
    r"\s+(?:\w+\s+)?(?:countries|nations|allies|member\s+states|pays|nations|alliés)\b",
    re.I,
)
# "to Belarus border", "to the border with Belarus", "vers la frontière biélorusse": where the sender's troops go
_BY_WHEN = re.compile(r"\b(?:d|jusqu)['’]ici\b", re.I)
_THIS_MOVE = re.compile(
    r"\b(?:ce|cette|this|that)\s+(?:déploiement|deployment|renforcement|build-?up|surge|mission|opération|operation)\b"
    r"|\b(?:part\s+in|participent\s+à|participate\s+in)\s+the\s+(?:deployment|mission|operation)\b",
    re.I,
)
_TO_BORDER = re.compile(
    r"\b(?:to|towards|toward|vers|à)\s+(?:the\s+|la\s+|sa\s+|its\s+)?(?:[A-Z][\w-]+(?:['’]s)?\s+)?"
    r"(?:border|frontier|frontière)\b",
    re.I,
)
_OWNER_OF_FIGURE = re.compile(
    r"\s+(?:about|some|around|nearly|more\s+than|environ|quelque|près\s+de|plus\s+de)?\s*"
    r"\d[\d,.\s\u00a0]*(?:[.,;]|$|\s+(?:and|et)\b)",
    re.I,
)
_THE_LAST = re.compile(r"\b(?:derni(?:er|ère)s|last|remaining|restants)\b", re.I)
_FORCE_NOUN_BEFORE = re.compile(
    r"\b(?:contingents?|bataillons?|détachements?|troupes|forces|armée|unités?|casques\s+bleus)\s+$", re.I
)
# a definite or possessive figure ("des/ses quelque 7 000 militaires"; _DEFINITE_FIGURE with the possessives)
_DEFINITE_BEFORE = re.compile(rf"\b(?:des|les|ses|leurs|the|its|their)\s+{_APPROX}$", re.I)
# the troops' participle of where they are: "militaires déployés dans le pays", "troops deployed in Iraq"
_DEPLOYED_IN = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:actuellement\s+|currently\s+)?(?P<part>déployée?s?|deployed)\s+"
    r"(?:en|au|aux|dans|à|sur|in|at)\b",
    re.I,
)
SERVES_IN_MISSION = re.compile(
    r"\b(?:contingents?|contribut\w*|casques\s+bleus|peacekeepers|blue\s+helmets"
    r"|au\s+sein\s+de\s+(?:la|cette)\s+(?:force|mission)|(?:with|in)\s+the\s+(?:UN\s+|U\.N\.\s+)?(?:force|mission))\b",
    re.I,
)
# a relative clause closed by a comma, then the figure's own verb ("..., sont arrivés ... en")
_CLOSED_BEFORE = re.compile(
    r"[^,;:]*,\s*(?:(?:ont|sont|a|est|have|has|had|were|was|are|is|will|vont|doivent|seront)\s+)?"
    r"(?:\w+(?:és?|ées?|ed|é)\b|arriv\w+|rejoin\w+|débarqu\w+|land\w*|head\w*)[^,;:]*$",
    re.I,
)
_SPEAKER_AT = re.compile(
    r"\b(?:officials?|sources?|diplomats?|spokes(?:man|woman|person)|responsables?|diplomates?|porte-parole)"
    r"(?:\s+(?:militaires?|military|diplomatiques?|diplomatic|sécuritaires?|security))?\s+(?:in|at|à)\s+$",
    re.I,
)
_JOIN_FORCE = re.compile(
    r"\b(?:join(?:s|ed|ing)?|rejoindre|rejoindront|rejoindra|intégrer)\s+(?:the|a|la|le|l['’])\s*(?:[\w-]+\s+){0,2}?"
    r"(?:force|mission|coalition|opération|operation)\b",
    re.I,
)
# a share of a force just named: "contributes 1,000", "l'Italie, qui en compte environ 300" (of the troops named before)
_MISSION_SHARE = re.compile(
    r"\b(?:contingents?|contribut\w*|fournit|fournissent|provides|en\s+compt\w+|en\s+maint\w+)\b", re.I
)
_TO_TOWN = re.compile(r"\b(?:in|to|into|at|en|à|vers|dans)\s+(?-i:([A-Z][a-zà-ÿ]+(?:[\s-][A-Z][a-zà-ÿ]+)?))\b", re.I)
_OWN_BORDER = re.compile(
    r"\b(?:its|their|sa|leur|leurs)\s+(?:own\s+|propres?\s+)?"
    # ("its Himalayan frontier", "its side of the border")
    r"(?:(?:north|south|east|west)(?:ern|-eastern|-western)\s+|(?-i:[A-Z][\w-]+)\s+|side\s+of\s+the\s+)?"
    r"(?:borders?|frontiers?|frontières?)\b",
    re.I,
)
_OTHER_CLAUSE = re.compile(r",\s*(?:qui|who|which|dont|whose)\b|,\s*[A-Z][a-zé]+\s+[A-Z][a-zé]+\s*,", re.I)


def _places_for(
    sentence: str,
    etype: str,
    mention: Mention,
    places: list[Place],
    actor_place: Place | None,
    actor: str,
    last_place: str | None,
    scope: tuple[int, int],
    regional: bool = False,
    clause_end: int | None = None,
) -> tuple[str | None, tuple[str, ...]]:
    """Origin and destinations of one figure; `regional`: "the region" it goes to or stands in names no country."""
    origin: str | None = None
    dests: list[str] = []
    pre_dests: list[str] = []
    seen_other = region = region_after = False
    origin_end: int | None = None  # end of the origin place just read
    chain_end: int | None = None  # end of the destination list being read ("to Estonia, Latvia and Lithuania")
    vague_chain = False  # that list ends on a region of no country ("the Middle East")
    lo, hi = scope
    hi = min(hi, mention.end + 140)  # a destination is stated close to the figure
    # "The 2,500 soldiers still in the country will leave ... agreed in Doha": there, not the places after
    # (but the mission it serves in: "7 000 militaires dans le pays au sein de la mission Resolute Support")
    here = _IN_THE_COUNTRY_AFTER.match(sentence, mention.end)
    here_end = here.end() if here else len(sentence)
    mission: str | None = None
    for i, p in enumerate(places):
        if p.start >= hi or (lo > p.start >= mention.start):
            continue
        if p.kind == "org" and mission is None:
            mission = mission_country(p.text)  # "UNIFIL numbers 10,000 troops": they are in Lebanon
        if p.start >= here_end:
            continue
        if re.match(r"-based\b", sentence[p.end : p.end + 6]) and p.codes and etype != "presence":
            origin = origin or p.codes[0]  # "the 8,500 U.S.-based troops": where they are based
            continue
        if p is actor_place:
            continue
        if p.kind in ("demonym", "metonym", "org") or mention.start <= p.start < mention.end:
            continue
        if (
            p.start >= mention.end
            and scope[1] < len(sentence)
            and _WHERE_AFTER.match(sentence[p.end :])
            and not _preceded(sentence, p.start, cues.LOCATIVE)
        ):
            # "..., et le Gabon, où une centaine de soldats demeurent": the place of the next figure (not "pour les
            # redéployer en Roumanie, où la France enverra des soldats": where these go too)
            continue
        if _OWNER_OF_FIGURE.match(sentence, p.end) or (
            p.start > mention.end
            and p.end < scope[1] < min(len(sentence), p.end + 80)
            and re.search(r"(?:,|\band|\bet)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$", sentence[: p.start])
            and re.match(r"\s*,\s*(?:qui|dont|which|who|whose)\b", sentence[p.end :])
        ):
            # "..., and the United States about 1,100", "..., et l'Irlande, qui y déploie 370 militaires": the owner
            # of the next figure, not a place
            continue
        if _SPEAKER_AT.search(sentence[max(0, p.start - 40) : p.start]):
            continue  # "..., officials in Gaborone said": where the news comes from, not where troops go
        if p.kind == "region":
            region = True
            region_after = region_after or mention.start <= p.start <= mention.end + 60
        elif (
            mention.start <= p.start < (clause_end or len(sentence))
            and (_role(sentence, places, i) is not None or not _SUBJECT_AFTER.match(sentence, p.end))
            and not (etype == "withdrawal" and _preceded(sentence, p.start, _BACK_TO))
        ):
            seen_other = True  # (not the subject of the next clause: "..., and Hungary will send 200")
        acronym_mod = p.text.replace(".", "").isupper() and re.match(
            r"[\s-]+(?!(?:and|or|to|in|for|on|et|is|has|was|with|from|by|at|as|after|since|pour|par|avec|dans"
            r"|en|à|au|aux|sur|vers|de|du|des|ou)\b)[a-z]",
            sentence[p.end : p.end + 6],
        )
        if _is_border(sentence, p) or acronym_mod:
            continue  # "along Ukraine's border", "U.S. plans": not where troops are
        code = p.codes[0] if p.codes else None
        role = _role(sentence, places, i)
        if origin_end is not None and code == origin and APPOSITION.fullmatch(sentence[origin_end : p.start]):
            origin_end = p.end  # "from Vilseck, in eastern Germany", "Fort Riley, Kansas": where the origin lies
            continue
        if (
            _preceded(sentence, p.start, cues.ORIGIN_STATIVE)
            and etype != "presence"
            and not _FUTURE_POSTING.search(sentence[max(0, p.start - 40) : p.start])
        ):
            origin = origin or code
            origin_end = p.end
            continue
        if (
            etype == "presence"
            and p.start > mention.end
            and code
            and _BASE_OF.search(sentence[max(0, p.start - 50) : p.start])
        ):
            dests.append(code)  # "une centaine de soldats sur sa base de transport aérien de Niamey": where they are
            continue
        if role == "from":
            if etype == "withdrawal" or (p.start > mention.start and etype in ("deployment", "alert")):
                origin = origin or code
                origin_end = p.end
            continue
        if role == "loc" or p.kind == "region":
            if etype == "withdrawal":
                if not _preceded(sentence, p.start, _BACK_TO):
                    origin = origin or code  # (not "flown back to Spain": that is home)
                elif p.start > mention.end and code == actor:
                    dests.extend(p.codes)  # "6,400 troops would return to the United States": home, stated
                continue
            if etype == "alert":
                between = sentence[mention.end : p.start]
                if p.start > mention.end + 60 and not (p.start <= mention.end + 140 and _MISSION_FOR.search(between)):
                    continue
                towards = sentence[max(0, p.start - 10) : p.start]
                if re.search(r"\b(?:to|vers)\s+(?:the\s+|la\s+|le\s+|l['’])?$", towards) or (
                    p.start > mention.end and code != actor and _MISSION_FOR.search(between)
                ):
                    dests.extend(p.codes)  # "on standby for a possible security mission in Haiti": where they would go
                elif p.start < mention.start or code == actor:
                    origin = origin or code  # "troops in Germany on alert"
                continue
            if p.start >= mention.start:
                if (
                    chain_end is not None
                    and not _chained(sentence[chain_end : p.start])
                    # (but "to the Middle East, with paratroopers ... heading to Kuwait": the country of the region)
                    and not (vague_chain and _REFINED_BY.match(sentence, chain_end))
                ):
                    continue  # "deployed to the Middle East, even after ... sent to Syria": another clause
                if any(
                    not any(mention.end + o.start() < q.end and q.start < mention.end + o.end() for q in places)
                    # (but "les 3 600 hommes, qui doivent être redéployés en Irak": where these troops go)
                    and not _MOVED_ON_CLAUSE.match(sentence, mention.end + o.end())
                    # (nor a clause closed before the place: "300 militaires, dont une partie issue de la 9e brigade,
                    # sont arrivés en Estonie")
                    and not _CLOSED_BEFORE.match(sentence[mention.end + o.end() : p.start])
                    for o in _OTHER_CLAUSE.finditer(sentence[mention.end : p.start])
                ):
                    continue  # "massés aux frontières, Faustine Vincent, qui revient d'Ukraine"
                dests.extend(p.codes)
                chain_end = p.end
                vague_chain = p.kind == "region" and not p.codes
            elif not re.search(r"[:;]", sentence[p.end : mention.start]):
                pre_dests.extend(p.codes)
    where = _WHERE_CLAUSE.search(sentence[: mention.start])
    antecedent = (
        next(
            (
                q
                for q in places
                # ("le Tchad voisin, où la France compte 1 000 militaires": an adjective after the name)
                if (q.end == where.start() or re.fullmatch(r"\s+(?-i:[a-zé]\w+)", sentence[q.end : where.start()]))
                and q.kind in ("country", "city")
                and q.codes
            ),
            None,
        )
        if where
        else None
    )
    if antecedent is not None and etype in ("presence", "deployment"):
        # "... battlegroup in Estonia, where about 900 British troops are stationed, and has held a brigade in the
        # UK": the figure of a "where" clause stands in the place the clause hangs on
        return origin, antecedent.codes[:1]
    home_cue = cues.HOME.search(sentence, scope[0], scope[1]) if etype == "withdrawal" else None
    if (
        home_cue
        and not cues.OTHER_SUBJECT.search(sentence, mention.end, home_cue.start())
        # ("withdraw 11,900 troops from Germany, bringing some home and repositioning others": a share goes home)
        and not _SOME_OF_THEM.search(sentence, 0, home_cue.start())
    ):
        # (the home of another figure's clause is not this one's: "withdraw 10,000 from X, with a further
        # 23,000 coming home"; nor another government's: "retirer 1 600 soldats d'Irak, Copenhague rapatrie")
        dests = [actor] if _is_country(actor) else []
    if not dests and mission and etype in ("presence", "deployment"):
        dests = [mission]
    if not dests and pre_dests and not region_after:
        # (a sea or region of no country right after the figure is where these troops go: "15 000 hommes dans les Etats
        # de Zulia ..., alors que Washington a dépêché 4 000 marines dans le sud des Caraïbes")
        dests = pre_dests
    if origin and len(dests) > 1:
        dests = [d for d in dests if d != origin]
    if cues.BORDER_WORD.search(sentence[mention.start : hi]) and not re.search(
        r"\bcross\w*\s+(?:the\s+)?(?:border|frontier)|\bfranchi\w*\s+la\s+frontière", sentence, re.I
    ):
        region = True  # (troops that crossed the border are in the country beyond it)
    pronoun = (
        cues.PRONOUN_PLACE.search(sentence[mention.start : hi]) is not None
        or cues.PRONOUN_Y.search(sentence[max(0, mention.start - 40) : mention.start]) is not None
        # "qui compte 3 500 soldats dans le nord du pays": a part of the country talked about, for troops abroad
        or (
            etype in ("presence", "deployment")
            and last_place not in (None, actor)
            and _PART_OF_THE_COUNTRY.search(sentence, mention.end, hi) is not None
        )
    )
    only_origin = seen_other and not dests and origin is not None
    if etype == "withdrawal" and origin is None and last_place and not seen_other:
        origin = last_place
    if regional and not dests and etype in ("deployment", "presence"):
        return origin, ()
    foreign = (
        any(p.kind == "region" or (p.kind in ("country", "city") and p.codes and p.codes[0] != actor) for p in places)
        # "to Nato's biggest exercise", "to the UN mission": a force abroad, not a move at home
        or any(p.kind == "org" and mention.end < p.start < hi and _preceded(sentence, p.start, _TO_ORG) for p in places)
        or _ABROAD.search(sentence) is not None
        # "to join the force", "pour rejoindre la mission": a force that stands abroad
        or _JOIN_FORCE.search(sentence, mention.end, hi) is not None
        or any(
            p.kind == "demonym"
            and p.codes
            and p.codes[0] != actor
            and _SIDE_OF_BORDER.match(sentence[p.end : p.end + 30])
            for p in places
        )
    )  # "to the Libyan border": another country's
    if not dests and etype in ("deployment", "presence") and not foreign:
        # a town too small for the main table, named where troops go ("station 2,500 marines in Darwin")
        town = _TO_TOWN.search(sentence, mention.end, hi)
        code = resolve_small_city(town.group(1)) if town else None
        if code and code != actor:
            return origin, (code,)
    if (
        not dests
        and etype == "deployment"
        and not foreign
        and last_place in (None, actor)
        and _is_country(actor)
        and not _THIS_MOVE.search(sentence)
    ):
        # a government sending troops with no place abroad in sight is a domestic deployment (not troops that
        # take part in "this deployment", one the text placed before)
        return origin, (actor,)
    if (
        not dests
        and etype in ("presence", "deployment")
        and _is_country(actor)
        and (actor in _border_sides(sentence, places) or _OWN_BORDER.search(sentence[mention.start : hi]))
    ):
        return origin, (actor,)  # "the US-Mexico border" for US troops, "its border with X": their own side
    if (
        not dests
        and etype == "deployment"
        and _is_country(actor)
        and (to_border := _TO_BORDER.search(sentence, mention.end, hi)) is not None
        # ("d'ici à la fin de la semaine" says when, not where; "... to the border, joining those already
        # stationed there": the "there" after the border is the border)
        and not cues.PRONOUN_PLACE.search(_BY_WHEN.sub(" ", sentence[mention.start : to_border.start()]))
        and not cues.PRONOUN_Y.search(sentence[max(0, mention.start - 40) : mention.start])
    ):
        return origin, (actor,)  # "Poland to send 10,000 troops to Belarus border": troops go to their own side
    if region and not pronoun:
        return origin, tuple(dict.fromkeys(dests))
    clitic_y = cues.PRONOUN_Y.search(sentence[max(0, mention.start - 40) : mention.start]) is not None
    there = re.search(r"\bthere\b", sentence[mention.start : hi]) is not None
    if pronoun and (not last_place or clitic_y or there) and not dests:
        # "Chad ends defense cooperation with France, which has about 1,000 troops in the country": the country
        # the sentence named before the troops ("... 13 000 soldats au Kosovo ; la France y enverra 7 000
        # hommes": "y" is the place just named, before any of the sentences before)
        named = [
            p
            for p in places
            if p.end <= mention.start
            and p is not actor_place
            and p.kind == "country"
            and p.codes
            and p.codes[0] != actor
            and (not clitic_y or _preceded(sentence, p.start, cues.LOCATIVE))
        ]
        if named:
            return origin, (named[-1].codes[0],)
    if last_place and last_place != origin and (pronoun or not seen_other or only_origin):
        # (unless the troops are a contingent of a mission named before: "L'Italie, qui fournit le plus important
        # contingent avec environ 1 000 militaires")
        subject_country = (
            actor_place is not None
            and actor_place.kind == "country"
            and not pronoun
            and not _MISSION_SHARE.search(sentence)
        )
        if etype in ("presence", "deployment") and not dests and not (etype == "presence" and subject_country):
            # (a country that is the subject of a stock sentence, "Saudi Arabia formed a force of
            # 35,000", places it nowhere else: no place is carried over)
            dests = [last_place]
        elif etype == "withdrawal" and origin is None:
            origin = last_place
    if (
        not dests
        and etype in ("presence", "deployment")
        and _is_country(actor)
        and not foreign
        and (_GUARD_NOUN.search(mention.np_text) is not None)
    ):
        dests = [actor]  # a national guard serves at home unless the text sends it abroad
    return origin, tuple(dict.fromkeys(dests))


# a national guard by any of its names (the forces many countries have under one name), or its members
_GUARD_NOUN = re.compile(
    r"\b(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(GENERIC_FORCES)) + r"|guardsmen)\b", re.I
)
_IN_THE_COUNTRY_AFTER = re.compile(
    r"\s+(?:(?:still|already|now|currently|stationed|deployed|based|remaining|encore|déjà|toujours|actuellement"
    r"|stationnés|déployés|basés|présents)\s+){0,2}(?:in|dans)\s+(?:the\s+country|le\s+pays)\b",
    re.I,
)
_PART_OF_THE_COUNTRY = re.compile(
    r"\b(?:dans|au|à)\s+(?:le\s+|l['’])?(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?\s+du\s+pays\b", re.I
)
_NATION_NOUN_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:town|city|port|village|capital|soil|territory|region|province)\b", re.I
)
_NATION_NOUN_BEFORE = re.compile(r"\b(?:territoire|sol|ville|port|capitale|région|province|village)\s+$", re.I)


# a capital a move reaches is the city, not the government: "deployed to Washington", "déployés à Moscou"
_MOVED_TO_CAPITAL = re.compile(
    r"\b(?:deploy\w*|sen[dt]\w*|dispatch\w*|moved|arriv\w+|déploy\w+|envoy\w+|dépêch\w+)\s+"
    r"(?:\w+\s+)?(?:to|in|into|at|à|vers|dans)\s+$"
    # a verb that takes the place it reaches as its object: "doit rejoindre Bamako", "reached Kabul"
    r"|\b(?:rejoindr\w*|rejoign\w+|gagner|reach(?:es|ed|ing)?)\s+$"
)


_CLAUSE_START = re.compile(r"(?:^|[,;:]\s*|\b(?:and|et|but|mais|while|alors\s+que)\s+)\W*$", re.I)
# a move or stock verb right after the capital, with an auxiliary or an adverb at most between
_GOVERNMENT_VERB = re.compile(
    r"\s+(?:(?:has|have|had|will|would|is|was|a|va|doit|est|on\s+\w+day|\w+ly|also|aussi|already|déjà"
    r"|pour\s+sa\s+part|de\s+son\s+côté|for\s+its\s+part|in\s+turn|à\s+son\s+tour"
    # "N'Djamena a décidé de rapatrier", "Ottawa has decided to send": a decision to move
    r"|(?:décidé|decided|choisi|chosen)\s+(?:de|d['’]|to))\s+){0,3}"
    rf"(?:{cues.DEPLOYMENT.pattern}|{cues.WITHDRAWAL.pattern}|{cues.ALERT.pattern}"
    # a government that keeps troops somewhere: "Addis Ababa contributes about 3,000 soldiers"
    r"|\b(?:contributes|keeps|maintains|maintient|dispose|compte|fournit|provides)\b)",
    re.I,
)


_MISSION_BUILDING = re.compile(r"\s+(?:Embassy|embassy|Consulate|consulate)\b")
_SHIP_PREFIX = re.compile(r"\b(?:USS|HMS|HMAS|HMCS|HNLMS|FGS|INS|ROKS|JS|USNS)\s+$")
_THE_REGION = re.compile(r"\b(?:the|la|cette|this)\s+r[ée]gion\b(?!\s+(?:of|de|d['’]|du|des)\b|\s+[A-Z])", re.I)
_OTHER_PRONOUN_PLACE = re.compile(r"\b(?:le\s+pays|the\s+country|there|sur\s+place)\b", re.I)


def _region_referent(text: str) -> str | None:
    """The country of the last province, disputed land or town `text` names (what "the region" then stands
    for), or None when it names only countries and regions of several countries."""
    inner = [p for p in find_places(text) if p.kind == "city" and p.codes and not is_capital(p)]
    return inner[-1].codes[0] if inner else None


# a part of the troops sent to a region, then where it goes: ", with paratroopers ... heading to Kuwait"
_REFINED_BY = re.compile(
    r"\s*,\s*(?:with|including|dont|notamment)\b[^,;]{0,80}?\b(?:heading|going|bound|deploying|headed|déployés"
    r"|envoyés|qui\s+(?:seront|vont|iront))\b",
    re.I,
)
# "About 300 of them were on the streets": where a share of troops named before stands
_STANDS_AFTER = re.compile(
    r"\s+(?:were|are|remain\w*|stay\w*|étaient|sont|restent|resteront)\s+(?:\w+\s+){0,2}?(?:on|in|at|dans|sur|en|à)\b",
    re.I,
)
# "sur sa base de transport aérien de Niamey": the town of a base troops stand on
_BASE_OF = re.compile(r"\b(?:sur|à|dans)\s+(?:sa|leur|la|une)\s+base\s+(?:[\w-]+\s+){0,3}?(?:de|d['’])\s*$", re.I)
# "..., while some 5,600 will be repositioned": the next part of the same withdrawal
_NEXT_PART = re.compile(
    r"(?:,\s*|\b)(?:while|whereas|and|tandis\s+que|et|alors\s+que)\s+"
    r"(?:(?:some|about|nearly|roughly|around|the\s+remaining|the\s+other|quelque|environ|près\s+de|les)\s+)*$",
    re.I,
)
# "a US-led battlegroup of about 900 soldiers": the force its leader owns
_LED_FORCE_OF = re.compile(
    r"\b(?P<leader>[\w.]+)-led\s+(?:[\w-]+\s+){1,3}?(?:of|with)\s+"
    r"(?:about|some|around|roughly|nearly|up\s+to|more\s+than)?\s*$",
    re.I,
)
# a change of level already made: "ont été ramenés de", "serait passé de", "had been reduced from", "fell from"
_CHANGE_DONE = re.compile(
    r"(?:\b(?:ont|a|avaient|avait|aurait|auraient|serait|seraient|est|sont|été|avoir|has|have|had|been)\s+"
    r"(?:\w+\s+){0,2}?(?:ramen\w+|rédui\w+|pass[ée]\w*|tomb[ée]\w*|diminu\w+|baiss\w+|augment\w+|reduced|cut"
    r"|fallen|dropped|lowered|decreased|shrunk|increased|raised|grown|risen|climbed)"
    r"|\b(?:fell|dropped|rose|grew|declined|shrank|climbed)\b)"
    r"(?:\s+[^\s.;]+){0,8}?\s+(?:from|de|d['’])\s*(?:about\s+|some\s+|around\s+|environ\s+|quelque\s+)?$",
    re.I,
)
# "chacune environ 400 militaires", "chacun un bataillon de 500 soldats", "each about 400 troops"
_EACH_BEFORE = re.compile(r"\b(?:chacune?|each)\s+(?:\w+\s+){0,3}?$", re.I)
_COORDINATION = re.compile(rf"{_LIST_GAP.pattern}(?:la\s+|le\s+|les\s+|l['’]|the\s+)?", re.I)


def _coordinated_owners(sentence: str, places: list[Place], owner: Place) -> list[str]:
    """The other owners listed with `owner` ("l'Irlande et la Pologne", "le Niger, le Burkina Faso et le
    Sénégal", "Estonia and Latvia"), the list joined by commas and a last "and"/"et"."""
    out: list[str] = []
    i = places.index(owner)
    for step in (-1, 1):
        j, last = i + step, owner
        while 0 <= j < len(places):
            q = places[j]
            a, b = (q, last) if step < 0 else (last, q)
            if not (
                q.kind in ("country", "demonym", "metonym")
                and q.codes
                and q.codes[0] != owner.codes[0]
                and _COORDINATION.fullmatch(sentence[a.end : b.start])
            ):
                break
            out.append(q.codes[0])
            j, last = j + step, q
    return out


_UNKNOWN_TOWN_BEFORE = re.compile(
    r"\b(?:in|at|to|into|from|near|outside|à|depuis)\s+((?-i:[A-Z][\w'’.-]+)(?:[\s-](?-i:[A-Z][\w'’.-]+)){0,2}),\s*$",
    re.I,
)
# a date or a word that starts a sentence is not a town ("In March, France sent ...")
_NOT_A_TOWN = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|Washington|London|Paris|Moscow|Beijing|Addition|Particular|Total"
    r"|General|Short|Response|Turn|Brief|Fact|Return|Exchange)(?:\s.*)?"
)
_FROM_BASE = re.compile(
    r"\b(?:from|depuis|de)\s+(?:their|its|leur|sa|son|ses|leurs)\s+(?:\w+\s+)?bases?\b[^,;]*$", re.I
)
# the country ends its phrase: not the subject of the next clause ("In Brussels, Germany said ...")
_ENDS_PLACE = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in|on|for|to|and|by|at|where|with|from|as|after|before|until|since|this|last|next"
    r"|early|later|en|pour|à|au|dans|et|depuis|où|avec)\b"
)


def places_in_context(sentence: str, places: list[Place]) -> list[Place]:
    """The sentence's places as the sentence uses them: a capital a move reaches reads as a city, and a
    nationality adjective that names a place ("the western Polish town of Zagan", "sur le territoire
    biélorusse", "the Latvian capital") as its country."""
    out = []
    for p in places:
        if _SHIP_PREFIX.search(sentence[max(0, p.start - 6) : p.start]):
            continue  # "USS Mesa Verde", "HMS Albion": a ship's name, not a place
        if p.kind == "country" and p.codes and _MISSION_BUILDING.match(sentence, p.end):
            p = replace(p, kind="demonym")  # "attached to the U.S. Embassy in Baghdad": whose embassy, not where
        if (
            p.kind == "metonym"
            and p.codes
            and len(p.text) > 3
            and p.text[:1].isupper()
            and _MOVED_TO_CAPITAL.search(sentence[max(0, p.start - 40) : p.start])
        ):
            p = replace(p, kind="city")
        elif is_capital(p) and _CLAUSE_START.search(sentence[: p.start]) and _GOVERNMENT_VERB.match(sentence, p.end):
            p = replace(p, kind="metonym")  # "Following the riots, Nairobi sent 600 soldiers": the government
        lo = max(0, p.start - 60)
        town = _UNKNOWN_TOWN_BEFORE.search(sentence[lo : p.start]) if p.kind in ("country", "city") else None
        if (
            town
            and not _NOT_A_TOWN.fullmatch(town.group(1))
            and not any(q.end > lo + town.start(1) and q.start < p.start for q in places if q is not p)
            and _ENDS_PLACE.match(sentence, p.end)
            # ("from their base in Sennelager, Germany": the origin's own rule reads it)
            and not _FROM_BASE.search(sentence[max(0, p.start - 100) : lo + town.start(1)])
        ):
            # "to be based in Illesheim, Germany": a town the gazetteer does not know, and its country; the place
            # starts at the town, so the preposition before it reads as the country's
            start = lo + town.start(1)
            p = replace(p, start=start, text=sentence[start : p.end])
        before = _NATION_NOUN_BEFORE.search(sentence[max(0, p.start - 20) : p.start]) if p.kind == "demonym" else None
        if before and p.codes:  # the place starts at its noun, so "sur le territoire" reads as a locative
            start = max(0, p.start - 20) + before.start()
            p = replace(p, kind="country", start=start, text=sentence[start : p.end])
        elif p.kind == "demonym" and p.codes and _NATION_NOUN_AFTER.match(sentence, p.end):
            p = replace(p, kind="country")
        out.append(p)
    return out


def sentence_events(
    sentence: str,
    offset: int,
    field_name: str,
    lang: str,
    doc: Doc | None,
    default_actor: str | None,
    recent_places: tuple[str, ...],
    context: str = "",
    context_origin: tuple[str | None, ...] = (),
    context_return: tuple[str, ...] = (),
    context_onward: tuple[str, ...] = (),
    context_parent: Candidate | None = None,
    context_left: tuple[str, ...] = (),
    context_mission: str | None = None,
) -> list[Candidate]:
    """The events one sentence states. `recent_places` are the places the sentences before talk about, the
    likeliest referent of "the country" first; `context_mission` the country of the mission named last."""
    places = places_in_context(sentence, find_places(sentence))
    out: list[Candidate] = []
    inherited: str | None = None
    mentions = find_mentions(sentence, lang, places, after_troops=bool(context and _TROOPS_BEFORE.search(context)))
    mentions = sorted(mentions + find_bare_mentions(sentence, mentions), key=lambda m: m.start)
    shares_at = -1  # the last mention that is a share of a figure ("dont 2 200 marines")
    for k, mention in enumerate(mentions):
        nxt = k + 1
        if nxt < len(mentions) and mention.count is not None and _SHARE_HEAD.match(sentence, mention.end):
            nxt += 1  # "1,000 of its 2,500 troops out of Mali": the stock's places are the share's
        while nxt < len(mentions) and mentions[nxt].count is not None and mentions[nxt].count.prior:
            nxt += 1  # "39,000 troops, down from a peak of 170,000 in Iraq": the level before shares the places
        # a list of several owners' troops shares the predicate after its last item ("12,200 US personnel, 5,400
        # Philippine troops and 111 Australian soldiers are taking part in drills in the Philippines")
        if _owner_next_to(mention, places, slack=0):
            while (
                nxt < len(mentions)
                and _LIST_GAP.fullmatch(sentence[mentions[nxt - 1].end : mentions[nxt].start])
                and _owner_next_to(mentions[nxt], places, slack=0)
            ):
                nxt += 1
        scope = (mentions[k - 1].end if k else 0, mentions[nxt].start if nxt < len(mentions) else len(sentence))
        if _RELATIVE_OPEN.search(sentence[max(0, mention.start - 60) : mention.start]):
            # a place after the relative clause the figure stands in does not say the figure is elsewhere
            # ("L'Italie, qui fournit le plus important contingent avec 1 000 militaires, a convoqué l'ambassadeur
            # d'Israël")
            clause_end = _clause_close(sentence, mention.end, places)
        else:
            clause_end = len(sentence)
        # (a casualty verb may come after the owner phrase: "30 soldiers of its KFOR mission were injured")
        after = sentence[mention.end : mention.end + 40]
        # (not past a clause about something else: "dépêche 600 hommes en renfort après la mort de neuf soldats")
        after = _LATER_CLAUSE.split(after, 1)[0]
        # (nor past the comma that closes a relative clause the figure stands in: "Minustah, which has some
        # 9,000 troops and police in the country, lost dozens of personnel")
        if _RELATIVE_OPEN.search(sentence[max(0, mention.start - 60) : mention.start]):
            after = after.split(",", 1)[0]
        # (nor a clause before it: "Après la mort de Soleimani, le Pentagone dépêche 3 000 soldats")
        # (nor a title's kicker before its colon: "Migrants : le Mexique a déployé 15 000 soldats")
        before = _EARLIER_CLAUSE.sub(" ", sentence[: mention.start])[-45:].rsplit(":", 1)[-1]
        around = before + sentence[mention.start : mention.end] + after
        if (
            cues.NON_TROOP.search(around)
            or _HURT_AFTER.match(sentence, mention.end)
            or _HURT_LIST_AFTER.match(sentence, mention.end)
        ):
            continue
        if _AND_CIVILIANS.match(sentence, mention.end):
            continue  # "300 soldiers and civilians": people, not a force
        if _SPLIT_POLICE.match(sentence, mention.end):
            continue  # "3 500 hommes – 2 000 militaires et 1 500 policiers": the soldiers are the figure after
        # the group's name before the figure or inside the noun phrase ("rebel troops", "Wagner's 2,000
        # fighters"), or as the owner right after it ("troops of the militia"); not "sent to hunt rebels"
        owner_after = _OWNER_AFTER.match(sentence, mention.end)
        np_words = {
            w.lower()
            for w in re.findall(
                r"[\w-]+",
                sentence[max(0, mention.start - 25) : mention.end] + (owner_after.group() if owner_after else ""),
            )
        }
        if np_words & set(NON_STATE):
            continue
        part = cues.PART_OF.search(sentence[max(0, mention.start - 30) : mention.start])
        if (
            part is None
            and k > 0
            and shares_at == k - 1
            and re.fullmatch(r"\s*(?:,|and|et)\s*", sentence[mentions[k - 1].end : mention.start])
            # (not a share with an owner of its own: "including 12,200 US service members and 111 Australian
            # personnel" are each their country's)
            and not any(mention.start <= p.start < mention.end and p.kind in ACTOR_KINDS for p in places)
        ):
            shares_at = k
            continue  # "dont 2 200 marines et 3 500 parachutistes": the next share of the same figure
        if part and re.search(r"dont|including|whom|among|parmi|include", part.group(), re.I):
            shares_at = k
            part_at = max(0, mention.start - 30) + part.start()
            owner_before = any(
                p.kind in ("country", "metonym")
                and re.fullmatch(r"\s*,\s*", sentence[p.end : part_at])
                and not _preceded(sentence, p.start, cues.LOCATIVE)  # ("... en Haïti, dont 2 200 marines": a share)
                for p in places
            )
            if not owner_before and (k > 0 or _TROOPS_BEFORE.search(sentence[max(0, part_at - 40) : part_at])):
                # a share of a figure already given, here or in the sentence before ("Ces militaires, dont 160
                # membres des forces spéciales"); not a country's own ("..., et la France, dont 700 militaires")
                continue
            part = None
        etype, modifier = _cue_type(sentence, mention, context)
        # "500 soldats avaient été dépêchés en juillet, et 200 autres en septembre": the verb and the owner of
        # the figure before
        same_as = (
            out[-1]
            if out
            and out[-1].type in ("deployment", "withdrawal")
            and _MORE_OF_THE_SAME.search(mention.np_text)
            and re.search(r"(?:\band|\bet|,)\s+(?:\w+\s+)?$", sentence[max(0, mention.start - 12) : mention.start])
            else None
        )
        if same_as:
            etype = same_as.type
        if etype is None:
            continue
        if (
            mention.count is not None
            and _JOINED_STOCK.search(sentence[max(0, mention.start - 40) : mention.start])
            # (newcomers "from"/"de" a place join nothing; "les 550 hommes du 43e bataillon" is a unit, "de la Kfor"
            # the force joined, and "qui forment l'ossature du bataillon" says they are there)
            and (
                not _NEWCOMERS_AFTER.match(sentence[mention.end :])
                or any(
                    p.kind == "org"
                    and re.fullmatch(r"\s+(?:de|du|des)\s*(?:la\s+|l['’])?", sentence[mention.end : p.start], re.I)
                    for p in places
                    if p.start > mention.end
                )
            )
            and not _OWN_MOVE_AFTER.search(sentence[mention.end : mention.end + 60])
        ):
            etype, modifier = "presence", None  # the troops already there that the newcomers join
        elif (
            etype == "deployment"
            and modifier in ("presence", None)
            and mention.count is not None
            and _ALREADY_THERE.match(sentence, mention.end)
            and (
                # named after the verb ("l'envoi de 5 200 soldats, plus du double des 2 000 ... présents"), not its
                # subject ("Les 300 soldats stationnés en Côte d'Ivoire partiront pour le Niger") ...
                (
                    (definite := _DEFINITE_FIGURE.search(sentence[max(0, mention.start - 30) : mention.start]))
                    and re.search(r"\w[^,;:.–—]*$", sentence[: max(0, mention.start - 30) + definite.start()])
                )
                # ... unless the subject is what others reinforce ("Les 400 soldats déjà présents seront renforcés par")
                or _REINFORCED_BY.search(sentence, mention.end)
            )
        ):
            # "l'envoi de 5 200 soldats, plus du double des 2 000 militaires présents en Syrie": the troops there,
            # named beside a move of others
            etype, modifier = "presence", None
        elif (
            mention.count is not None
            and "strong" in mention.count.text.lower()
            and _CUT_A_FORCE.search(sentence[max(0, mention.start - 40) : mention.start])
        ):
            etype, modifier = "presence", None  # "shrinking a 37,000-strong force": the force that is cut, its size
        elif mention.count is not None and _ONLY_LEFT.search(sentence[max(0, mention.start - 40) : mention.start]):
            etype, modifier = "presence", None  # "il ne restait plus que 5 000 militaires au Yémen": what is left
        elif mention.count is not None and _NOW_LEVEL.search(sentence[max(0, mention.start - 40) : mention.start]):
            etype, modifier = "presence", None  # "will raise the force in Iraq, now about 132,000 troops": its size
        hypothetical = is_hypothetical(doc, mention.start, mention.end, sentence)
        clause = _stated_in_relative_clause(sentence, mention) if hypothetical else None
        if clause is not None and not cues.HYPOTHETICAL.search(clause):
            # "Le Canada, dont les 2 500 soldats sont engagés à Kandahar, menaçait de retirer son contingent si
            # ...": the clause states its stock whatever the main clause threatens
            modifier = "presence"
        if hypothetical:
            if modifier != "presence" or mention.count is None:
                continue
            # "n'a aucune intention de retirer les 700 soldats qu'elle déploie au Liban": no move, but the stock
            # the clause states stands
            etype, modifier = "presence", None
        if etype == "withdrawal" and _FROM_RANKS.match(sentence, mention.end):
            continue  # "a cut of 300,000 troops from the country's armed forces": the army's size, not a place left
        if (
            etype == "withdrawal"
            and mention.count is not None
            and _POSSESSIVE.search(sentence[max(0, mention.start - 30) : mention.start])
            and any(_CUT_BY.search(sentence[: o.start]) for o in mentions if o is not mention and o.start > mention.end)
        ):
            etype = "presence"  # "reduce its 1,100-strong contingent in Mali by 300": the stock that is cut
        elif mention.count is not None and (
            (to_level := _TARGET_LEVEL.search(sentence[max(0, mention.start - 60) : mention.start]))
            or _BRINGING_TO.search(sentence[max(0, mention.start - 60) : mention.start])
        ):
            if to_level:
                # "va porter ses effectifs à 2 500 soldats", "portera à 2 000": a level still to come (the
                # annotated sets leave it out, 10 times of 12)
                continue
            etype = "presence"  # "bringing its contingent there to 2,000 troops": the stock after the move
        elif (
            etype == "withdrawal"
            and mention.count is not None
            and _POSSESSIVE.search(sentence[max(0, mention.start - 30) : mention.start])
            and _LEVEL_AFTER.search(sentence[mention.end :])
        ):
            etype = "presence"  # "drawing down its 2,500 troops in Iraq to 2,000": the stock before the cut
        share_of = _SHARE_OF.search(sentence[max(0, mention.start - 40) : mention.start]) or (
            k == 0 and len(mentions) > 1 and _STOCK_OPENER.match(sentence[: mention.start])
        )
        if etype in ("withdrawal", "deployment") and share_of:
            etype = "stock_of_share"  # "pull 1,000 of its 2,500 troops out of Mali": 2,500 is the stock
        left_behind = (
            etype in ("withdrawal", "deployment")
            and _LEFT_BEHIND.search(sentence[max(0, mention.start - 30) : mention.start]) is not None
        )
        actor, actor_place = _actor(sentence, mention, places, default_actor, inherited)
        # "l'Allemagne comptait 5 000 soldats dans le pays": the country talked about is not the owner's own
        last_place = recent_places[0] if recent_places else None
        if last_place == actor and actor_place is not None and cues.PRONOUN_PLACE.search(sentence, mention.end):
            last_place = next((c for c in recent_places if c != actor), last_place)
        if context_mission and SERVES_IN_MISSION.search(sentence):
            # a contributor's contingent serves where the mission the text talks about works ("L'Italie, qui
            # fournit le plus important contingent avec 1 000 militaires" after the Finul), not in the country
            # named last
            last_place = context_mission
        if etype == "withdrawal" and context_left and last_place not in context_left:
            last_place = context_left[0]  # a withdrawal with no place of its own leaves where the text said
        regional = False
        region_word = _THE_REGION.search(sentence, mention.start, min(len(sentence), mention.end + 140))
        if region_word and not _OTHER_PRONOUN_PLACE.search(sentence[mention.start : region_word.start()]):
            # "the region" is a province or disputed land named just before ("Moscow deployed 2,000 soldiers to
            # the region" after Nagorno-Karabakh), else a region of several countries ("sending 1,500 troops to
            # the region" after Iran and the Gulf): no country
            inner = _region_referent(context + " " + sentence[: mention.start])
            last_place, regional = (inner, False) if inner else (last_place, True)
        if same_as:
            actor, actor_place = same_as.actor, None
        elif (
            k == 1
            and out
            and out[0].type == "presence"
            and _STOCK_OPENER.match(sentence[: mentions[0].start])
            and not _owner_next_to(mention, places)
        ):
            # "Sur le millier de soldats américains ..., près de 700 seront redéployés": the opener's troops
            actor, actor_place = out[0].actor, None
        # the last counted withdrawal of the sentence: whose troops stay behind, and whose parts move on
        parent = next((c for c in reversed(out) if c.type == "withdrawal" and c.count is not None), None)
        if left_behind and parent:
            actor, actor_place = parent.actor, None  # "..., leaving about 1,000 troops in the country"
        if actor is not None and actor not in ("NATO", "EU", "UN") and _MANY_NATIONS.match(sentence, mention.end):
            # "Norway hosts 20,000 troops from 13 countries": no one country's troops; the force's, when the
            # sentence names it ("Forte de 10 000 hommes venus d'une cinquantaine de pays, la Finul ...")
            force = next((p for p in places if p.kind == "org" and p.codes[0] in ("NATO", "EU", "UN")), None)
            if force is None:
                continue
            actor, actor_place = force.codes[0], force
        if actor is None or (mention.count is None and not _bare_ok(sentence, mention, actor_place)):
            continue  # a figureless mention needs its owner named in the sentence itself, as a report
        if actor_place is not None and mention.start <= actor_place.start < mention.end:
            inherited = actor
        if etype == "stock_of_share":
            w_origin, w_dests = _places_for(
                sentence, "withdrawal", mention, places, actor_place, actor, last_place, scope
            )
            etype, origin, dests = "presence", None, ((w_origin,) if w_origin else w_dests)
        elif left_behind:
            # "leaving about 100 soldiers at the base", "will leave 200 soldiers in Niger": what stays
            etype = "presence"
            origin, dests = _places_for(
                sentence,
                "presence",
                mention,
                places,
                actor_place,
                actor,
                last_place,
                scope,
                regional=regional,
                clause_end=clause_end,
            )
        else:
            origin, dests = _places_for(
                sentence,
                etype,
                mention,
                places,
                actor_place,
                actor,
                last_place,
                scope,
                regional=regional,
                clause_end=clause_end,
            )
        if (
            etype == "deployment"
            and origin is not None
            and not dests
            and _BY_NEWCOMERS.search(sentence[max(0, mention.start - 70) : mention.start])
        ):
            # "Les 400 soldats présents au Liban seront renforcés par 1 600 hommes": the newcomers go where the
            # troops they join are
            origin, dests = None, (origin,)
        if (
            etype == "deployment"
            and origin is None
            and _is_country(actor)
            and _FROM_ACROSS_THE_COUNTRY.match(sentence, mention.end)
        ):
            origin = actor  # "25,000 Guard members from all 50 states", "venus de l'ensemble du pays": from home
        if (
            etype == "deployment"
            and origin is None
            and context_left
            and context_left[0] not in dests
            and (_moved_on(sentence, mention) or _REDEPLOYED.search(sentence, mention.end, mention.end + 50))
        ):
            # "Ce retrait comprend les 3 600 hommes ..., qui doivent être redéployés en Irak", "5 600 autres seront
            # repositionnés en Italie": troops moved on from the place the text says they leave
            origin = context_left[0]
        if etype == "presence" and mention.count is not None and mention.count.from_to:
            # "the number of U.S. troops in Iraq from about 132,000": the stock is where the noun before it is
            inside = [
                p
                for p in places
                if max(scope[0], mention.count.start - 80) <= p.start < mention.count.start
                and not re.search(r"[;:]", sentence[p.end : mention.count.start])
                and p.codes[:1] != (actor,)  # (the owner: "the U.S. plans to cut the number of troops from")
                and p.kind in ("country", "city")
                and _preceded(sentence, p.start, cues.LOCATIVE)
            ]
            if mention.count.prior and out and out[-1].actor == actor and out[-1].destinations:
                # the level stated before it is where: "... in Iraq to 138,000, down from 146,000 and from a peak of
                # 170,000"
                dests = out[-1].destinations
            elif inside and inside[-1].codes and inside[-1].codes[0] not in dests:
                dests = (inside[-1].codes[0],)
        if same_as and (not dests or set(dests) == {same_as.origin}):
            # "300 from Libreville, in Gabon, and 300 others from Istres": to the same place
            dests = same_as.destinations
        # the place this actor's withdrawals in the sentence leave
        left = [c.origin for c in out if c.type == "withdrawal" and c.actor == actor and c.origin]
        if left_behind and not dests and left:
            origin, dests = None, (left[-1],)  # "..., leaving 2,500 in the country": the place left
        elif (
            etype == "presence"
            and not dests
            and left
            and (cues.PRONOUN_PLACE.search(sentence[mention.end :]) or (mention.count and mention.count.from_to))
        ):
            # (and "... brought home from southern Iraq, reducing the UK force from 7,100 to about 5,500")
            dests = (left[-1],)  # "retirera 3 000 soldats de Lituanie, soit un tiers des 9 000 ... dans le pays"
        gerund = _MOVE_GERUND.search(sentence[max(0, mention.start - 40) : mention.start])
        of_them = _OF_THEM.search(mention.np_text)
        # (or of the withdrawal a sentence before: "... will withdraw 11,900 troops from Germany. About 6,400 of
        # them will return to the US")
        parent = parent or (context_parent if of_them and mention.start < 40 else None)
        # ("..., while some 5,600 will be repositioned in Italy": the next part of the same withdrawal)
        next_part = (
            out
            and out[-1].extra.get("part_of") is not None
            and mention.count is not None
            and mention.np_text == mention.count.text
            and _NEXT_PART.search(sentence[max(0, mention.start - 40) : mention.start]) is not None
        )
        if next_part:
            parent = out[-1].extra["part_of"]
        if (
            of_them
            and not parent
            and etype == "deployment"
            and _STANDS_AFTER.match(sentence, mention.end)
            and not cues.DEPLOYMENT.search(sentence)
        ):
            etype = "presence"  # "... sent 4,000 Guard troops. About 300 of them were on the streets": where they stand
        part_of = parent if parent and (gerund or of_them or next_part) else None
        if part_of is not None and mention.count is not None:
            # the parts of a withdrawal: "..., bringing roughly 6,400 of them home and repositioning nearly
            # 5,600 in other NATO countries, including Italy and Belgium"
            actor = part_of.actor
            back_home = any(
                p.start > mention.end and p.codes == (actor,) and _preceded(sentence, p.start, _BACK_TO) for p in places
            )
            if (
                _HOME_AFTER.match(sentence, mention.end)
                or back_home
                or (gerund and re.match(r"(?i)rapatri", gerund.group()))
            ):
                etype, origin, dests = "withdrawal", part_of.origin, ((actor,) if _is_country(actor) else ())
            else:
                etype, origin = "deployment", part_of.origin
                dests = tuple(
                    dict.fromkeys(
                        c
                        for p in places
                        if p.start > mention.end and p.start < scope[1] and p.kind in ("country", "city")
                        for c in p.codes
                        if c != origin
                    )
                )
        if (
            not dests
            and etype in ("presence", "deployment")
            and mention.count is not None
            and mention.np_text == mention.count.text
            and out
            and out[-1].type == etype
        ):
            dests = out[-1].destinations  # "France has 1,500 soldiers in Niger, and the United States about 1,100"
        value = mention.count.value if mention.count else None
        if (
            etype == "withdrawal"
            and not origin
            and not dests
            and last_place in (None, actor)
            and not any(
                p.kind in ("country", "city", "region")
                and p.codes != (actor,)
                and mention.start - 60 <= p.start <= mention.end + 60
                for p in places
            )
            and _ARMY_CUT.search(sentence[max(0, mention.start - 40) : mention.start])
        ):
            continue  # "China to cut 300,000 troops": the army's size; a withdrawal is cut from a place
        if mention.count is None and (
            etype == "presence"
            or (
                etype == "deployment"
                and not set(dests) & {c for p in places if p.kind in ("country", "city", "region") for c in p.codes}
            )
        ):
            continue  # a figureless deployment states where to ("sent soldiers to war" is no move); a
            # figureless stock is too vague to report
        if (
            etype == "deployment"
            and not dests
            and context_onward
            and any(p.kind == "region" and p.start > mention.end for p in places)
        ):
            dests = context_onward  # "... 3,000 more soldiers to the Middle East. The troops will deploy to Kuwait"
        home = actor if _is_country(actor) else None
        if etype == "withdrawal" and not dests and home and (home in context_return or "HOME" in context_return):
            dests = (home,)  # "... withdraw its 300 soldiers from Mali. They will return to Spain."
        stated = [home if o == "HOME" else o for o in context_origin if o]
        near_origin = next((o for o in stated if o not in dests), None)
        other_senders = any(c.actor != actor and c.origin == near_origin for c in out)
        if (
            etype in ("deployment", "alert")
            and origin is None
            and near_origin
            and (dests or etype == "alert" or any(p.kind == "region" for p in places))
            and not other_senders
        ):
            # (not another sender's barracks: "Austria will provide 300 soldiers, who will leave from their barracks
            # in Salzburg, and Hungary will send 200")
            origin = near_origin  # "fly from Darwin to the UK. ... sending 70 ADF members"
        from_to = mention.count is not None and mention.count.from_to
        if (
            etype == "presence"
            and not from_to
            and not _strong_stative(sentence)
            and not any(
                p.kind == "org" or (p.kind in ("country", "city", "region") and p is not actor_place) for p in places
            )
            and not cues.PRONOUN_PLACE.search(sentence)
            and not cues.PRONOUN_Y.search(sentence[max(0, mention.start - 40) : mention.start])
            and not (last_place not in (None, actor) and _PART_OF_THE_COUNTRY.search(sentence, mention.end))
            and not _NAMED_OPERATION.search(sentence)
            and not (last_place and _AT_TOWN.match(sentence, mention.end))
        ):
            # "have 2 soldiers", "China has 2 million troops": no stock is placed anywhere (a mission, "la
            # Minusca compte", is a place of its own; a town the gazetteer does not know places the stock in the
            # country talked about: "essentiellement à Mazar-e Charif")
            continue
        if (
            etype == "presence"
            and not any(p.kind in ("country", "city", "region") and p.codes != (actor,) for p in places)
            and _ARMY_SIZE.search(sentence)
        ):
            continue  # "ramener les effectifs des forces armées de 618 000 à 500 000": the army's size, not a stock
        if etype == "presence" and _EXERCISE.search(sentence):
            if actor_place is None:
                continue  # "More than 17,000 troops are taking part in the drills": the exercise's total, no one's
            if not dests or dests == (actor,) or not set(dests) <= {c for p in places for c in p.codes}:
                continue  # "7 000 militaires participent à l'exercice Garonne sur le territoire national": at home
            etype = "deployment"  # troops sent abroad for an exercise are a deployment to the host country
        if (
            etype == "deployment"
            # (or a place only the sentences before gave: the exercise's host is not stated)
            and (dests == (actor,) or (dests and not set(dests) & {c for p in places for c in p.codes}))
            and _AN_EXERCISE.search(sentence, max(0, mention.start - 60), mention.end + 60)
            and not cues.BORDER_WORD.search(sentence)
        ):
            # "will deploy 4,000 soldiers for exercises in central Serbia": an exercise at home moves no one (not
            # "déploie 40 000 soldats le long de sa frontière, à la veille des manœuvres russes": a move of its own)
            continue
        if etype == "presence" and not from_to and _CUT_TO.search(sentence[max(0, mention.start - 60) : mention.start]):
            continue  # "Nous réduisons le nombre à 25 000 soldats": a level to come, not a stock
        raised = _RAISED_TO.search(sentence, max(0, mention.start - 70), mention.start)
        if raised and (raised["verb"].lower() != "portant" or _TO_COME_FR.search(sentence, 0, raised.start())):
            continue
        if etype == "withdrawal" and _TARGET_BEFORE.search(sentence[max(0, mention.start - 40) : mention.start]):
            value = None  # "a drawdown to 3,000 troops": the level reached, the size of the cut is not written
        confidence = 0.8 if value else (0.5 if mention.count else 0.4)
        stated = {c for p in places for c in p.codes}
        if actor_place is None:
            confidence -= 0.1  # owner from the headline or the publisher, not from this sentence
        if dests and not set(dests) <= stated:
            confidence -= 0.1  # place from earlier sentences or the domestic default
        # (a part of a stock leaves the stock's own figure standing: "un tiers des 37 000 militaires stationnés")
        own = None if part and etype != "presence" else value
        cand = Candidate(
            etype,
            actor,
            own,
            origin,
            dests,
            field_name,
            offset,
            offset + len(sentence),
            sentence,
            round(confidence, 2),
            {
                "actor_stated": actor_place is not None,
                # "82,000 conscripts already in Ukraine": a stock only by an adverb
                "weak_stock": etype == "presence" and not _strong_stative(sentence),
                # the owner's own country as the destination only because no place abroad is in sight
                "home_guess": dests == (actor,)
                and not any(
                    p is not actor_place and p.kind in ("country", "city", "region") and p.codes[:1] == (actor,)
                    for p in places
                ),
                # "300 hommes acheminés depuis Libreville, et 300 autres partis d'Istres": another move of the
                # same size, not a repeat of the first
                "another": bool(same_as and same_as.count == own and same_as.type == etype),
                # the withdrawal this figure is a part of ("6,400 of them")
                "part_of": part_of,
            },
        )
        out.append(cand)
        if (
            etype == "presence"
            and mention.count is not None
            and mention.count.to_value
            and _CHANGE_DONE.search(sentence[max(0, mention.count.start - 90) : mention.count.start])
        ):
            # "les effectifs ont été ramenés de 600 à environ 80 militaires": a change made, so the level it
            # reached is a stock too (not "will be cut from 600 to 80", a level to come)
            out.append(replace(cand, count=mention.count.to_value, confidence=0.6))
        if (
            value
            and actor_place is not None
            and _EACH_BEFORE.search(sentence[max(0, mention.start - 35) : mention.start])
        ):
            # "l'Irlande et la Pologne, qui enverront chacune environ 400 militaires": the same figure for each
            out.extend(replace(cand, actor=code) for code in _coordinated_owners(sentence, places, actor_place))
        if (
            etype == "withdrawal"
            and value
            and origin
            and (
                re.search(
                    r"\b(?:whose|dont\s+les)\s+(?:\w+\s+)?$", sentence[max(0, mention.start - 20) : mention.start], re.I
                )
                or re.search(r"-strong\b", mention.np_text) is not None
                or (
                    part is None
                    and origin != actor  # (a stock abroad: "its 4,000 soldiers will return to Fort Lewis")
                    and (
                        _WHOLE_STOCK.search(sentence[max(0, mention.start - 30) : mention.start])
                        # "rapatrier les près de 2 000 soldats déployés en Syrie", "the 1,000 U.S. troops in
                        # northern Syria": the troops a place holds
                        or (
                            _THE_STOCK.search(sentence[max(0, mention.start - 30) : mention.start])
                            and _HELD_AFTER.match(sentence, mention.end)
                        )
                    )
                    and not _LAST_OF.search(mention.np_text)
                    and not _DONE_BEFORE.search(sentence[max(0, mention.start - 60) : mention.start])
                )
            )
        ):
            # "MINUSMA, whose roughly 13,000 soldiers are to leave the country", "the pull-out of the 1,500-strong
            # force": the whole force leaves, and the stock it was is stated
            out.append(replace(cand, type="presence", origin=None, destinations=(origin,), confidence=0.6))
            continue
        if modifier is None or not value:
            continue
        if part:  # "most of the 1,500 troops deployed to the border": the figure belongs to the modifier
            m_origin, m_dests = _places_for(sentence, modifier, mention, places, actor_place, actor, last_place, scope)
            if modifier == "presence" and not m_dests and origin:
                m_origin, m_dests = None, (origin,)
            out.append(replace(cand, type=modifier, count=value, origin=m_origin, destinations=m_dests, confidence=0.6))
        elif (
            etype == "withdrawal"
            and modifier == "deployment"
            and origin
            and re.search(
                r"\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:rushed|sent|deployed|dispatched|moved)\b",
                sentence[mention.end : mention.end + 30],
                re.I,
            )
        ):
            out.append(replace(cand, type="deployment", origin=None, destinations=(origin,), confidence=0.6))
        elif etype == "withdrawal" and modifier == "deployment" and _deployed_stock_at(sentence, mention) is not None:
            # "le retrait de ses quelque 7 000 militaires déployés dans le pays": the troops that leave are a stock
            # there (not "les 47 derniers soldats déployés en X", the last of them)
            out.append(
                replace(cand, type="presence", origin=None, destinations=(origin,) if origin else dests, confidence=0.6)
            )
        elif (
            etype == "withdrawal"
            and modifier == "presence"
            and re.search(
                r"\b(?:currently|still|stationed|stationnés|basés|based|serving|présents|present|maintien(?:t|nent)"
                r"|maintenai(?:t|ent)|maintains?"
                r"|keeps?)\b",
                sentence[mention.end :],
                re.I,
            )
        ):
            out.append(
                replace(cand, type="presence", origin=None, destinations=(origin,) if origin else dests, confidence=0.6)
            )
    return out
