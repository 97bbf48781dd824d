"""Word lists (as regexes) that decide an event's type and filter out non-events, en + fr."""

from __future__ import annotations

import re


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Trades that are troops only when the text says military: "200 military medics and engineers" (the gate too)
MILITARY_TRADES_EN = r"military\s+(?:advis[eo]rs|engineers|medics)"
# Nouns that name troops right after a count ("3,000 U.S. troops", "un millier de ces soldats").
TROOP_NOUN_EN = (
    r"troops|soldiers|personnel|service\s?members|servicemen|servicewomen|marines|paratroopers"
    r"|blue\s+helmets|men|conscripts|reservists|peacekeepers|forces|members|sailors|airmen|commandos|troop|sappers"
    r"|infantrymen|artillerymen|gunners|guardsmen|rangers|legionnaires|fusiliers|gurkhas"
    rf"|{MILITARY_TRADES_EN}"
)
TROOP_NOUN_FR = (
    r"soldats|militaires|hommes|troupes|casques\s+bleus|aviateurs|marins|parachutistes|chasseurs\s+alpins"
    r"|légionnaires|réservistes|membres|personnels|commandos|forces|marines|sapeurs"
    r"|artilleurs|fantassins|fusiliers(?:\s+marins)?|marsouins|tirailleurs|gardes\s+nationaux"
    r"|(?:conseillers|ingénieurs|médecins)(?:\s+et\s+\w+)?\s+militaires"
)
# Words allowed between the count and the troop noun.
MODIFIER_EN = (
    r"more|additional|extra|other|new|fresh|elite|combat|ground|army|military|paramilitary|active[- ]duty"
    r"|special|regular|reserve|marine|infantry|airborne|armed|service|of\s+(?:the|its|their|these|those)|the\s+number\s+of"
    r"|medical|naval|navy|logistics|support|coalition|allied|foreign|international|armou?red|mechani[sz]ed"
    r"|own"
    # "3,400 aviation, engineering and other support personnel": a list of the arms troops serve in
    r"|aviation|engineering|intelligence|artillery|maintenance|signals|transport"
    r"|,(?=\s*(?:aviation|engineering|intelligence|artillery|medical|logistics|maintenance|signals|transport)\b)"
    r"|and\s+other"
    r"|and(?=\s+[A-Z])"  # "1,000 Army and Air Force personnel"
    r"|[A-Z][\w.\-’']*"
)
MODIFIER_FR = (
    r"le\s+nombre\s+de|de\s+ces|de\s+leurs|de\s+ses|d['’]|de|des|derniers|premiers|nouveaux|autres"
    r"|[A-Z][\w.\-’']*"
)

# "mobilisés pour sécuriser les Jeux": the task that makes a mobilisation a deployment (DEPLOYMENT) rather than a
# call-up (NON_TROOP)
_TO_GUARD = (
    r"\s+(?:\S+\s+){0,10}?(?:pour|afin\s+de|to)\s+(?:sécuriser|protéger|surveiller|patrouiller|garder|secure|protect"
    r"|guard|patrol|aider|help|assist|les\s+secours|relief|rescue|search)"
)

# the approximation words allowed before a figure ("with some 1,400 soldiers", "avec près de 1 400")
_FIGURE_APPROX = (
    r"(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|quelque\s+|environ\s+|près\s+de\s+"
    r"|plus\s+de\s+)?"
)

ALERT = _rx(
    # (a stock verb before the alert is part of it: "remain on heightened alert", "restent en alerte")
    r"\b(?:(?:(?:remain\w*|stay\w*|rest\w+)\s+)?(?:on\s+(?:high\s+|heightened\s+)?alert|on\s+standby"
    r"|en\s+(?:état\s+d['’])?alerte)"
    r"|placed?\s+on\s+standby|high(?:er)?\s+readiness"
    r"|(?:be\s+)?ready\s+to\s+deploy|prepare[ds]?[- ]to[- ]deploy|prepare-to-deploy"
    r"|état\s+d['’]alerte|en\s+alerte|alerte\s+renforcée|placée?s?\s+en\s+alerte|prêts?\s+à\s+être\s+déployés"
    r"|mise?s?\s+en\s+état\s+d['’]alerte|disponibilité\s+opérationnelle"
    # "ont reçu l'ordre de se tenir prêts à partir", "told to be ready to move"
    r"|se\s+tenir\s+prêt(?:e|s|es)?|prêt(?:e|s|es)?\s+à\s+partir|ready\s+to\s+(?:move|leave|go)\b)(?!\w)"
)
WITHDRAWAL = _rx(
    r"\b(?:withdr[ae]w\w*|head(?:s|ed|ing)?\s+home"
    r"|pull(?:s|ed|ing)?\s+(?:out|back)|pull(?:s|ed|ing)?\b|pull-?outs?|drawdown|draw(?:s|ing|n)?\s+down|drew\s+down"
    r"|bring(?:ing)?\s+home|brought\s+home|(?:com(?:e|es|ing)|came|go(?:es|ing)?|went)\s+home\b|(?:flown|brought|sent)\s+back|return(?:s|ed|ing)?\s+(?:home|to)\b|cut(?:s|ting)?\s+by|cutting|trim(?:s|med|ming)?"
    r"|cuts?\b|reduc\w+|leav(?:e|es|ing)\b(?!\s+for\b)|left\b(?!\s+for\b)|exit\w*|remov\w+|evacuat\w+|recall\w*"
    r"|retir\w+|retrait|quitt\w+(?![^.;]{0,80}\bpour\s+(?:la\s+|le\s+|les\s+|l['’])?[A-Z])|départ|rapatri\w+|désengag\w+|réduction|réduire|réduit(?:s|es?)?|réduir\w+|décollé\w*"
    r"|sortie|rentr(?:é|és|ées|ent|eront|era|er|eraient|erait)\b"
    # "ordered all 2,000 U.S. troops out of Syria"
    r"|order(?:s|ed)?(?=\s[^;]{0,60}?\bout\s+of\b)"
    # "mettra fin à la mission de ses 350 militaires", "to end the deployment of its 800 troops"
    # (the mission of its own troops: not "mettre fin à la présence" that others demand)
    r"|(?:mettr\w*|met|mis|mettent)\s+fin\s+(?:\w+\s+){0,3}?à\s+(?:la\s+mission|au\s+déploiement)\s+de\s+(?:ses|leurs)\b"
    r"|end(?:s|ed|ing)?\s+the\s+(?:deployment|mission)\s+of\s+(?:its|their)\b"
    # "le retour en France des quelque 1 500 militaires", "ont entamé leur retour vers Rio"
    r"|retour\s+(?:en|au|aux|vers|à|dans|des)\b|(?:leur|son)\s+retour\b"
    # "le rappel de ses 850 militaires", "rappellera ses soldats" (not "il rappelle que", a reminder)
    r"|rappel\s+d(?:e|es|u)\s+(?:ses|leurs|son|sa|ces)\b|rappel(?:er|lera|leront|le|lent)\s+(?:ses|leurs|son|sa)\b|(?<!à\s)part(?:ir|iront|ira|ent)(?![^.;]{0,80}\b(?:pour|vers|rejoindre|en|au|aux|à|dans)\s)(?!\s+(?:renforcer|rejoindre|soutenir|appuyer|sécuriser|épauler)\b)|(?<!at\s)(?<!\bto\s)home(?=\s*(?:from\b|by\b|this\b|next\b|before\b|after\b|within\b|[.,;]|$)))(?!\w)"
)
# taking part "in the deployment", "à ce déploiement": the move itself, not a stock
_IN_THE_MOVE = (
    r"\s+(?:in|à|au)\s+(?:the\s+|this\s+|ce\s+|cette\s+|le\s+|la\s+)?(?:deployment|déploiement|renforcement|surge"
    r"|build-?up)"
)
STATIVE = _rx(
    r"\b(?:(?:ont|a|avaient|have|has|had)\s+été\s+déployée?s?|(?:have|has|had)\s+been\s+deployed"
    r"|(?:are|is|were|was|been|being|remain|remains)\s+(?:\w+ly\s+|still\s+|now\s+|also\s+)?"
    # ("are being deployed": a move under way)
    r"(?:deployed|stationed|based|present)(?<!being\sdeployed)|(?:is|are|was|were)\s+home\s+to|\bhost(?:s|ed|ing)?\b"
    r"|already\s+(?:deployed|stationed|based|present)|currently\s+(?:deployed|stationed|based)"
    r"|(?:currently|still|already|actuellement|toujours|encore|déjà)(?=\s+(?:in|at|on|en|au|aux|à|dans|sur)\s)"
    r"|stationed|based|present|massed|massing|positioned|garrisoned|serving|serve[sd]?(?=\s+(?:in|with|at|on)\b)|servent|there\s+are"
    r"|(?:sont|étaient|restent)\s+(?:actuellement\s+|désormais\s+|déjà\s+|toujours\s+|encore\s+|\w+ment\s+)?"
    r"(?:déployés|stationnés|basés|présents|postés)"
    r"|déjà\s+(?:déployés|stationnés|présents|sur\s+place)|stationnée?s?|basée?s?|présents|massée?s?"
    r"|postée?s?|positionnée?s?|résident|compt\w+|a\s+compté|composaient|effectifs?|estimée?s?"
    r"|remain(?:s|ed)?|stay(?:s|ed)?|(?:to\s+)?be\s+extended|restent|resteront|rester"
    r"|se\s+trouv(?:e|ent|ait|aient)|are\s+located"
    # troops there since a date are a stock: "déployés depuis 2012 au Soudan du Sud", "deployed there since 2014"
    r"|déployée?s?\s+depuis\b|deployed\s+(?:(?:there|in\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]+)?)\s+)?since\b"
    # an ongoing contribution is a stock ("France contributes 700 soldiers to the force", "fournit");
    # "will contribute", "fournira" are moves
    r"|contributes|provides|fournit|fournissent|forte?s?(?=\s+d['’e]\s*(?:environ\s+|quelque\s+|près\s+de\s+"
    r"|plus\s+de\s+)?\d)"
    # "roughly 100,000 U.S. troops were in the country"
    r"|(?:are|were|is|was)(?=\s+(?:still\s+|now\s+|already\s+)?(?:in|inside)\s+(?:the\s+country|[A-Z]))"
    # (not "taking part in the deployment": the move itself)
    r"|(?:tak(?:e|es|ing)\s+part|took\s+part|participat(?:e|es|ed|ing)|prendront\s+part|prennent\s+part)"
    rf"(?!{_IN_THE_MOVE})"
    r"|estimated(?=\s+(?:\w+\s+){0,6}at\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?\d)"
    r"|number(?:s|ed)(?=\s+(?:some|about|around|nearly|roughly|more|over|almost|\d))|maintien(?:t|nent)|maintenai(?:t|ent)|maintiendr\w+"
    r"|maintains?|maintained"
    # "continuent de surveiller la ligne verte", "continue to patrol": still there, unless the verb is a move
    r"|continu(?:e|es|ent|ait|aient|ed|ing)\s+(?:de|d['’]|à|to)(?!\s+(?:arriv|deploy|déploy|envoy|send|withdr|retir"
    r"|quitt|leav|pull|renforc|reinforc|dépêch|rentr|return|se\s+retir|partir|go\b|come\b|flow|afflu))"
    # ("has already committed 500 extra troops": a commitment made, a move)
    r"|(?<!has\s)(?<!have\s)(?<!had\s)(?:already|still)\s+(?:committed|engaged)|déjà\s+engagée?s?"
    r"|patrols?(?=\s+(?:the|in|along|near|across|south|north|east|west))|patrolled|patrolling"
    r"|patrouill(?:ent|aient)|patrouillant|stationne(?:nt)?\b|abritent|abrite|accueillent|accueille\b"
    # "Chad, with some 1,400 soldiers, is the largest contributor": a stock in apposition
    # "Germany, the second-largest contributor with about 1,100 soldiers, said": a stock too
    rf"|(?:contributor|contributeur|contingent)\s+(?:with|avec)(?=\s+{_FIGURE_APPROX}\d)"
    rf"|(?<=,\s)(?:with|avec)(?=\s+{_FIGURE_APPROX}\d[\d,.\s\u00a0]*\s+\w+\s*,)"
    r"|dispos(?:e|ent|ait|aient)(?=\s+(?:(?:déjà|encore|toujours|actuellement|aussi|également)\s+)?d(?:e|['’]))|possède|possèdent|keeps|kept|keep(?=\s+(?:about|some|around|\d))"
    rf"|(?:deployment|contingent)\s+(?:is|was|stands|numbers|totals)\b|on\s+the\s+ground|sur\s+le\s+terrain|participent(?!{_IN_THE_MOVE})|\bont\b|\bhave\b|\bhas\b|\bhad\b|troop\s+presence|presence|présence|\bavec\b|base)(?!\w)"
)
DEPLOYMENT = _rx(
    r"\b(?:send\w*|sent|deploy\w*|dispatch\w*|mov(?:e|es|ed|ing)\b|redeploy\w*|reposition\w*"
    r"|arriv\w+|reinforc\w+|boost\w*|add(?:s|ed|ing)?\b|additional|increas\w+|surge|fl(?:y|ies|ew)\b"
    # an arrival: "landed at Bunia", "ont atterri à", "have come ashore", "were flown to Baghdad"
    r"|landed\b|atterri\w*|(?:come|came|went|gone)\s+ashore|flown\s+(?:to|into|in)\b"
    # a border or a place crossed, reached or joined: "crossed into Bahrain", "ont franchi", "a rejoint N'Djamena"
    r"|crossed\s+into|franchi\w*|(?<=\ba\s)rejoint\b|(?<=\bont\s)rejoint\b"
    r"|heading(?!\s+home)|go(?:es|ing)?\s+to|head(?:s|ed)?\s+(?:to|for)|partir\s+(?:pour|en|vers)|rejoindre|committ\w+|orders?(?=\s+(?:about\s+|some\s+|up\s+to\s+|another\s+|an?\s+additional\s+|nearly\s+|roughly\s+)?\d)(?![^;]{0,80}?\b(?:prepare|ready|standby|alert)\b)|ordered(?!\s+by\b)(?![^;]{0,80}?\bto\s+(?:begin\s+|start\s+)?(?:withdraw|leav|pull|return|come\s+home|go\s+home))(?![^;]{0,60}?\bout\s+of\b)|surround\w*|encercl\w+|envoy\w+|envoi|envoie\w*|déploie\w*|déploy\w+|dépêch\w+"
    r"|redéploy\w+|redéploi\w+|cover(?:s|ing)?\s+for|stand(?:s|ing)?\s+in\s+for|step(?:s|ped)?\s+in"
    r"|remplacer|stationner\w*|enverr\w+|partir\w*\s+(?:pour|en|vers)|partent\s+(?:pour|en|vers)|(?:to|will|would|plans?\s+to)\s+station\b|station(?:s|ing)\b|descend(?:s|ed|ing)?\s+on|repositionn\w+|achemin\w+|accueilli\w*|renfort\w*|supplémentaires|de\s+plus"
    r"|transfér\w+|transfer(?:s|red|ring)?\b|(?:seront|vont\s+être|doivent\s+être)\s+réparti(?:s|es)?\b|déplac\w+|vont\s+être\s+envoyés|affecté(?:e|s|es)?|assigned\s+to"
    # a pledge is an announced move: "a promis jusqu'à 3 000 soldats", "pledged 1,000 troops"; "y engagera"
    # (there; not "un exercice engagera 20 000 soldats")
    r"|promis|promet|promettent|promised|pledg(?:e|es|ed|ing)|(?<=\by\s)engag(?:er|era|eront|e|ent)\b"
    # "l'Italie a engagé jusqu'à 200 hommes": an active perfect commits troops (not "sont engagés": a stock)
    r"|(?<=\ba\s)engagée?s?\b|(?<=\bont\s)engagée?s?\b|(?<=\bavait\s)engagée?s?\b|(?<=\bavaient\s)engagée?s?\b"
    r"|relocat(?:e|es|ed|ing)|(?:contribut(?:e|ed|ing)|provid(?:e|ed|ing))(?=\s+(?:about\s+|some\s+|around\s+|up\s+to\s+)?\d[\d,.\s]*"
    r"(?:\w+\s+)?(?:troops|soldiers|peacekeepers|marines|paratroopers|soldats|militaires|casques))|fourni(?:ra|ront)"
    r"|quitt\w+(?=[^.;]{0,80}\bpour\s+(?:la\s+|le\s+|les\s+|l['’])?[A-Z])|rejoindr(?:a|ont|ait|aient)"
    r"|part(?:ir|iront|ira|ent)(?=\s+(?:renforcer|rejoindre|soutenir|appuyer|sécuriser|épauler)\b)|(?:bound|headed|left|leav(?:e|es|ing)|set(?:s|ting)?\s+off)\s+for|part(?:ir|iront|ira|ent)(?=[^.;]{0,80}\bpour\s)"
    # less common verbs of a move: "rushing 1,000 troops to", "airlifted", "landed in", "beefed up",
    # "débarqué en", "projeter", "positionner", "renforcer son contingent"
    r"|rush(?:es|ed|ing)?|airlift\w*|air-?lift\w*|despatch\w*|ship(?:s|ped|ping)?\b(?!\s+(?:of|and))"
    r"|landed\s+(?:in|at)\b|beef(?:s|ed|ing)?\s+up|bolster\w*|ramp(?:s|ed|ing)?\s+up|rotat(?:e|es|ed|ing)\b(?!\s+(?:out|home|back))|join(?:s|ing)?\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:battle\s?group|mission|contingent|operation)"
    r"|post(?:s|ing)?(?=\s+(?:about\s+|some\s+|around\s+|up\s+to\s+|another\s+)?\d)|posted\s+to"
    r"|débarqu\w+|projet(?:er|te|tent|tera|teront|té|tés)|positionner|positionn(?:e|ent|era|eront)\b|renforc\w+"
    r"|install(?:er|era|eront)\b"
    # guard troops activated are sent: "800 members of the District of Columbia National Guard were activated"
    r"|activat(?:e|es|ed|ing)|activ(?:é|ée|és|ées)\b"
    # a host receiving troops ("Estonia will receive 800 British troops", "La Roumanie accueillera")
    r"|(?:receiv(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|accept(?:s|ed|ing)?)(?=\s+(?:about\s+|some\s+|around\s+|up\s+to\s+|an\s+additional\s+|another\s+|the\s+first\s+)?\d)"
    r"|accueiller(?:a|ont)|recevr(?:a|ont)|(?:a|ont)\s+reçu(?!\s+(?:l['’]ordre|des\s+ordres))|travel(?:s|led|ed|ling|ing)?\s+to|flown\s+(?:in\s+)?to"
    # troops that take up positions somewhere have moved there: "took up positions at Pristina airport"
    r"|t(?:ook|ake|akes|aking)\s+up\s+positions?|(?:ont|a|avaient|avait)\s+pris\s+position|prenn?ent\s+position"
    r"|pour(?:s|ed|ing)?\s+into|flow(?:s|ed|ing)?\s+into|roll(?:s|ed|ing)?\s+into|flown\b(?!\s+(?:back|home))"
    # taking part to come is going there: "participeront à des manœuvres en Pologne", "will take part in"
    r"|participer(?:a|ont)\b|prendr(?:a|ont)\s+part|will\s+(?:take\s+part|participate)"
    r"|travers(?:er|era|eront|ent|é|és)\s+l['’]atlantique|cross(?:es|ed|ing)?\s+the\s+atlantic"
    # "sont en route pour le Koweït", "faisaient route vers Rostov", "are en route to Texas"
    r"|en\s+route\b|f(?:ai\w+|ont|era\w*)\s+route\s+(?:vers|pour)"
    # troops mobilised to guard something are sent there ("18 000 militaires mobilisés pour sécuriser les Jeux")
    rf"|(?:mobilis\w+|mobiliz\w+)(?={_TO_GUARD})"
    r"|cross(?:ed|es|ing)?\s+(?:the\s+|into\s+)?(?:border|frontier)|cross(?:ed|es|ing)?\s+into\b|franchi\w*\s+(?:\w+\s+){0,3}?la\s+frontière)(?!\w)"
)

# Non-events around a count.
HYPOTHETICAL = _rx(
    r"\b(?:could|would|might|considering|considers?|weigh(?:s|ing)?|mull\w*|if|unless|not|never"
    r"|no\s+plans?|refus\w+|reject\w+|rul(?:e|es|ed)\s+out|asks?|asked|asking|request\w*"
    r"|call(?:s|ed)?\s+for|urg\w+|demand\w*|willing|proposal|propos\w+|threaten\w*|option"
    r"|pourrai\w*|envisag\w+|si|sauf|jamais|demand\w+|réclam\w+|exclu\w*|éventuel\w*|menac\w+"
    r"|prêts?\s+à\s+envoyer|appel\w*\s+à)\b|\bn['’]\w+\s+(?:pas|plus|jamais)\b|\bne\s+\w+\s+(?:pas|plus)\b"
    r"|\bn't\b|\bmay\b"
)
NON_TROOP = _rx(
    r"\b(?:killed|dead|died|deaths?|wounded|injured|casualt\w+|captured|prisoners?|POWs?|missing"
    r"|tués|morts?|blessée?s?|blessant|tombés|prisonniers|capturés|disparus|pertes|recrut\w+|recruit\w*|enlist\w*"
    r"|recrues|cadets|speaking\s+to|spoke\s+to|address\w+|adressant|adressé|exprimant\s+devant|parterre|auditoire|audience|told(?=\s+(?:some\s+|about\s+|around\s+|nearly\s+|the\s+)?\d)|(?:devant|in\s+front\s+of)(?=\s+(?:quelque\s+|environ\s+|près\s+de\s+|plus\s+de\s+|some\s+|about\s+|around\s+|nearly\s+|the\s+|les\s+)?\d)|percent|pour\s+cent|surrender\w*"
    r"|protesters|manifestants|migrants"
    # a parade shows troops, it moves them nowhere
    r"|parad\w*|goose-step\w*|défil(?:é|és|ent|eront|aient)|marched\s+(?:past|through)"
    # an audience is not a move ("served turkey to about 600 soldiers"), nor are rotations summed over years
    # ("37 000 soldats se sont relayés dans le pays en treize ans")
    r"|served\s+(?:\w+\s+)?(?:turkey|dinner|lunch|breakfast|meals?)|se\s+sont\s+relayés"
    # ("150 000 soldats allemands ont servi en Afghanistan depuis 2002": every rotation since, not a force)
    r"|(?:ont|have|has)\s+served\b(?=[^.;]{0,60}\bsince\b)|ont\s+servi\b(?=[^.;]{0,60}\bdepuis\b)|sacked"
    r"|réfugiés|refugees|quit\s+the\s+army|joined|join(?:s|ing)?\s+(?:the\s+)?(?:army|military|armée)"
    # deaths, injuries, captivity, courts and infections: people, not a movement
    r"|perished|périr|péri|perdu\s+la\s+vie|lost|fallen|tu(?:é|ée|és|ées|er|ent|ait|aient)|kill\w*"
    r"|injur\w+|diagnos\w+|blessures?|concussions?|neutrali[sz]\w+|neutralisé\w*"
    r"|(?:medical\s+)?observation|hospitali[sz]\w+|hospitalisé\w*"
    r"|bodies|(?-i:corps)(?!\s+(?:d['’]armée|expéditionnaire|de\s+(?:marine|troupes)))|tombes|graves|funerals?|obsèques|buried|enterrés|captivit[yé]|captivité"
    r"|détenus|detained|hostages?|otages|(?:being\s+)?held\s+(?:(?:for|during)\s+(?:\w+\s+){1,3})?(?:hostage|captive|by)|retenus?\s+(?:en\s+otage|par)|jailed|imprisoned|emprisonnés|convicted|sentenced"
    r"|condamnés|arrested|arrêtés|charged|inculpés|accused|accusés|suspects?"
    r"|libérés?|libération|exchange|échange|swap|tested\s+positive|infected|contaminés|positifs?"
    r"|veterans|vétérans|anciens\s+combattants|suicides?|memorial|mémorial|inculp\w+|indict\w+"
    # mobilisation and call-ups fill the ranks; they move no troops anywhere
    rf"|(?:mobilis(?:é|ée|és|ées|er|ation|e|ent|era|eront)|mobiliz\w+)(?!{_TO_GUARD})"
    r"|called\s+up|drafted|conscription)\b|%"
)
# "dont 100 aviateurs", "most of the 1,500 troops": a part of a figure, not a move of its own.
PART_OF = _rx(
    r"(?:\b(?:dont|including|of\s+whom|among\s+them|parmi\s+eux|(?:who|which)\s+include)\s+(?:quelque\s+|some\s+|about\s+)?"
    r"|\b(?:most|part|some|half|the\s+bulk|(?:a|one|two)\s+(?:third|quarter)s?)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"|\b(?:l['’]essentiel|la\s+plupart|une\s+partie|la\s+moitié|le\s+gros|(?:un|deux)\s+(?:tiers|quarts?))"
    r"\s+(?:des|de\s+ses|de\s+leurs)\s+)$"
)
HOME = _rx(
    r"\b(?:home|rentr\w+|rapatri\w+|retour\s+en)\b|\b(?:flown|brought|sent)\s+back\s+to\b"
    r"|\b(?:bring|brings|bringing|fly|flies|flying|send|sends|sending)\s+(?:them|the\s+\w+)\s+back\s+to\b"
)
# another government's clause before a word of home: "retirer 1 600 soldats d'Irak, Copenhague rapatrie son contingent"
OTHER_SUBJECT = re.compile(r"[,;]\s+[A-Z][\w'’-]+\s+(?:(?:va|will|is\s+to|to|doit)\s+)?$")
BORDER_WORD = _rx(r"\b(?:frontières?|borders?|frontiers?)\b")
BORDER = _rx(r"^['’]s\s+(?:(?:north|south|east|west)\w*\s+)?(?:border|frontier)|^\s*(?:border|frontier)")
BORDER_BEFORE = _rx(
    r"(?:frontières?|borders?|frontiers?|long\s+de\s+la\s+frontière)\s+(?:avec|de|with|of)\s+"
    r"(?:l['’]|la\s+|le\s+|the\s+)?$"
)
LOCATIVE = _rx(
    r"(?:\b(?:in|into|to|at|on|inside|near|towards?|across|throughout|en|au|aux|à|dans|vers|sur|chez|within)"
    r"|\d\s+(?:la|le|les|l['’])"  # "600 rejoindront la Lituanie et 400 la Slovaquie"
    r"|\b(?:defend|protect|secure|défendre|protéger|sécuriser)(?:\s+occupied)?"
    r"|\b(?:in|to|into)\s+the|\b(?:à|dans|vers|sur|chez)\s+(?:la|le|les|l['’])"
    # a part of a country: "in northeastern Syria", "dans le nord-est de la Syrie", "to the port
    # city of Durres", "dans la région de Kharkiv"
    r"|\b(?:in|into|to|across)\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west|central)(?:-?(?:east|west|central))?(?:ern)?"
    r"(?:\s+(?:part|region|regions)\s+of)?"
    r"|\b(?:(?:dans|vers|à)\s+(?:le|l['’])\s*|au\s+|à\s+l['’])(?:extrême-)?(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?"
    r"\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
    # "sur la base Prince Sultan, au sud de Riyad", "près de Kaboul", "south of Baghdad": where troops are
    # "in its Kursk region", "in coastal Fujian province", "to neighbouring Chad"
    r"|\b(?:in|into|to|at)\s+(?:its|their)"
    r"|\b(?:in|into|to|at|across)\s+(?:the\s+)?(?:coastal|neighbou?ring|nearby|war-torn|war-ravaged|occupied|annexed"
    r"|restive|volatile|troubled|oil-rich|mountainous|remote|landlocked|impoverished)"
    r"|\b(?:près|non\s+loin|aux\s+abords|à\s+proximité|autour)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
    r"|\baround(?=\s+$)"
    r"|\b(?:troops|soldiers|forces|marines|personnel)\s+for"  # "21,500 more U.S. troops for Iraq"
    r"|\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of"
    r"|\b(?:in|into|to|at|near)\s+the\s+(?:\w+\s+){0,2}(?:city|cities|towns?|ports?|villages?|regions?|provinces?|states?"
    r"|areas?)\s+of"
    r"|\b(?:in|into|to)\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center)(?:-?(?:east|west))?\s+of"
    r"|\b(?:bound|headed|heading|leave|leaves|leaving|left|depart(?:s|ed|ing)?|set\s+off|sail(?:s|ed)?)\s+for"
    r"|\bà\s+destination\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
    r"|\b(?:rejoindr\w*|rejoign\w+)\s+(?:la|le|les|l['’])?"
    # "sur la base de Tapa", "at the air base of X": a base is where troops are
    r"|\b(?:sur|à|dans|at|in|on|to|vers)\s+(?:la|the|une|a)\s+(?:\w+\s+)?(?:base|camp|caserne|garrison)"
    r"(?:\s+(?:aérienne|militaire|navale))?\s+(?:de|d['’]|of)"
    r"|\b(?:dans|vers|à|sur|autour\s+de|près\s+de|aux\s+abords\s+de)\s+(?:la|le|les|l['’])\s*(?:ville|régions?|provinces?|port"
    r"|localité|aéroport|[ÉE]tats?|plages?|côtes?)\s+"
    r"(?:\w+\s+)?(?:de|d['’]|du|des))\s*$"
)
FROM = _rx(
    r"(?:\b(?:from|de|du|des|d['’]|depuis)|\bfrom\s+the|\b(?:de|depuis)\s+(?:la|l['’]|les)"
    # "from the continental United States", "from mainland China"
    r"|\bfrom\s+(?:the\s+)?(?:continental|mainland|metropolitan)"
    r"|\bfrom\s+(?:the\s+)?(?:north|south|east|west|central)\w*"  # "brought home from southern Iraq"
    # "from the southern province of Kandahar", "de la province de Helmand"
    r"|\bfrom\s+the\s+(?:\w+\s+){0,2}(?:city|town|port|region|province|state|area)\s+of"
    r"|\b(?:de|depuis)\s+la\s+(?:ville|région|province|localité)\s+(?:\w+\s+)?(?:de|d['’])"
    r"|\b(?:quitt\w+|left|leav\w+|exit\w*|out\s+of|hors\s+de)\s+(?:la\s+|le\s+|l['’]|the\s+)?)\s*$"
)
ORIGIN_STATIVE = _rx(
    # "stationnés à Taji et à Bagdad": a town the gazetteer does not know, then the one it knows
    r"(?:(?:stationed|based|stationnée?s?|basée?s?)\s+(?:à|in|at)\s+[A-Z][\w'’-]+\s+(?:et|and)"
    # "basée à Vicence, en Italie", "based in Vilseck, Germany": the town, then its country
    r"|(?:stationed|based|stationnée?s?|basée?s?)\s+(?:à|in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,"
    # "from their base in Sennelager, Germany": the town, then its country
    r"|from\s+(?:their\s+|its\s+|the\s+)?(?:\w+\s+)?(?:bases?|garrisons?|barracks)\s+(?:in|at)\s+[A-Z][\w'’-]+\s*,"
    r"|stationed|based|stationnée?s?|basée?s?|déjà\s+\w+|venus?\s+de(?:\s+la\s+base\s+de)?|partis?\s+de"
    # "soldiers from the 82nd Airborne Division at Fort Bragg": the unit's home
    r"|\bfrom\s+the\s+(?:[\w-]+\s+){1,4}?(?:at|in)"
    r"|from\s+(?:their\s+|its\s+|the\s+)?(?:\w+\s+)?(?:bases?|garrisons?|barracks)"
    r"|(?:venus?|partis?)\s+de\s+(?:leurs?\s+|la\s+|les\s+)?(?:bases?|garnisons?|casernes?))"
    r"\s+(?:in|en|au|aux|à|at|de|d['’])?\s*(?:la\s+|le\s+|l['’]|the\s+)?$"
)
PRONOUN_PLACE = _rx(
    r"\b(?:le\s+pays|the\s+country|here|ici|sur\s+place|there|y\s+résident"
    r"|(?:the|la)\s+(?:federal\s+)?capital(?:e)?(?:\s+fédérale)?|(?:the|la)\s+région(?!\s+(?:of|de|d['’]))"
    r"|the\s+region(?!\s+of)"
    # "in the Baltic country", "in the Gulf state", "dans le pays balte": the place just named
    r"|(?-i:the\s+[A-Z][a-z]+\s+(?:country|nation|state|kingdom))|(?:le|ce)\s+pays\s+[a-zé]+"
    r"|(?:with|in|within|to|au\s+sein\s+de|dans|à)\s+(?:the|la)\s+(?:force|mission))\b"
)
# "La Russie y dispose d'une force de 1 500 hommes": the clitic "y" is "there", the place just named
PRONOUN_Y = _rx(
    r"(?<!\bil\s)\by\s+(?:dispos\w+|maintien\w+|compt\w+|stationn\w+|déplo\w+|envo\w+|enverr\w+|engag\w+|a\s+envoy\w+"
    r"|a\s+déploy\w+|ont\s+envoy\w+|ont\s+déploy\w+)"
)
