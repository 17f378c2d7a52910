"""Themes: one sentence that says something of substance about a theme tags it.

Each rule names the words by which this register speaks of a theme; the evidence of a
theme is every sentence that matches its rule. Navigation of a web page (tag lines, menus,
bullet links, the headlines after "Related news") says nothing of substance.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from vndiplo._extract._segment import Sentence
from vndiplo._vocab import Theme

_RULES: dict[Theme, str] = {
    Theme.PEACE_STABILITY: (
        r"peaceful,? (?:and )?stable|peace,? (?:and )?stability|peaceful environment"
    ),
    Theme.SOVEREIGNTY: r"sovereignty|sovereign rights|territorial integrity|seas and islands",
    Theme.INTERNATIONAL_INTEGRATION: (
        r"\bintegration\b|integrat\w* (?:\w+ ){0,2}into the (?:world|global|international|region)"
        r"|integrat\w+ (?:more )?(?:deeply|extensively|comprehensively)"
    ),
    Theme.ECONOMIC_DIPLOMACY: (
        r"economic diplomacy|free trade|\btrade\b|\binvest(?:ment|ments|ors?)\b|\bexports?\b"
        r"|\bmarkets\b|outside resources|external resources|economic recovery|supply chains"
        r"|diplomacy (?:to|for) (?:spur|boost|serv|promot|driv)\w* (?:the country's |national )?"
        r"(?:economic )?(?:growth|economy|development)"
    ),
    Theme.MULTILATERAL_DIPLOMACY: (
        r"multilateral|\basean\b|\bapec\b|international (?:organisations|organizations|forums|fora)"
        r"|regional and international forums|non-permanent (?:seat|member)|human rights council"
        r"|at the (?:un|united nations)\b|mechanisms of the (?:un|united nations)\b"
        r"|\b(?:wto|asem|g20|unesco)\b|mekong[- ](?:lancang|japan|us|korea)|francophonie"
    ),
    Theme.CULTURAL_DIPLOMACY: (
        r"cultural diplomacy|soft power|(?:external|foreign)(?:[- ]affairs)? information"
        r"|\bnational image|image of (?:a |the )?[\w, ]{0,40}viet ?nam|country'?s image"
        r"|(?:promot|introduc|spread|honour|honor)\w* (?:\w+ ){0,2}"
        r"(?:vietnamese |viet ?nam'?s? )culture"
        r"|\bunesco\b|cultural heritage|face of viet ?nam"
        r"|(?:promot|build|enhanc|improv|polish)\w* "
        r"(?:its|their|our|the country'?s|the nation'?s) image"
    ),
    Theme.CITIZEN_PROTECTION: (
        r"citizen protection|protect\w*[^.]{0,40}\b(?:citizens|nationals|fishermen)\b"
        r"|(?:citizens|nationals|fishermen)\b[^.]{0,60}\b(?:stranded|detained|in distress|evacuat)"
        r"|evacuat\w+ (?:of )?(?:vietnamese )?(?:citizens|nationals)|our citizens"
        # Consular work is citizen protection when it protects or assists (not a title, not
        # the community's paperwork: "consular services at weekends").
        r"|\bconsular (?:protection|assistance|support|help|work)\b"
        r"|(?:assist|rescu|repatriat|bring\w* home|support)\w* (?:\w+ ){0,3}"
        r"(?:vietnamese )?(?:citizens|nationals) (?:abroad|overseas|stranded|in)\b"
        r"|repatriation flights|bring\w* home (?:\w+ ){0,3}(?:citizens|nationals|workers)\b"
        # Workers sent abroad: "protecting Vietnamese workers", "these young workers".
        r"|protect\w*[^.]{0,40}\b(?:vietnamese|these|our|migrant)\s+(?:young\s+)?"
        r"(?:workers|labou?rers|interns)\b"
        r"|protect\w*[^.]{0,50}\b(?:workers|labou?rers|interns)\b[^.]{0,30}\b(?:abroad|overseas)\b"
        r"|\b(?:rights|interests) of (?:[\w,]+ ){0,6}?(?:citizens|nationals|workers|labou?rers"
        r"|interns|fishermen)\b"
        r"|fishermen"
    ),
    Theme.OVERSEAS_VIETNAMESE: (
        r"overseas vietnamese|vietnamese (?:community|diaspora|expatriates)"
        r"|community of [\w,. ]{0,40}vietnamese|vietnamese people (?:living )?(?:abroad|in)"
    ),
    Theme.INTERNATIONAL_LAW: (
        r"international law|peaceful means|settle\w* (?:of )?disputes|law of the sea|unclos"
    ),
    Theme.THREE_PILLARS: (
        r"three pillars|people-to-people diplomacy|people'?s diplomacy"
        r"|party external (?:relations|affairs)"
        r"|state diplomacy|party, state and people"
    ),
    Theme.LOCAL_DIPLOMACY: (
        # "enterprises and localities" are beneficiaries of economic diplomacy, not actors.
        r"(?<!enterprises and )(?<!businesses and )\blocalit(?:y|ies)\b"
        r"(?!,? and (?:enterprises|businesses|firms|people)\b)"
        r"|local (?:external affairs|diplomacy)|every province"
        r"|central and local (?:external|diplomacy|diplomatic|foreign)"
        r"|\bwork\w* (?:directly |closely )?with (?:the |several |many |all |each )?"
        r"(?:provinces|localities)\b(?!,? and (?:enterprises|businesses|firms|people)\b)"
        r"|from provinces and cities"
        # Localities as actors: "provinces and cities share experience in attracting ...".
        r"|(?:provinces|cities|localities) (?:and cities )?[^.]{0,40}\b(?:share|sharing|exchang\w*)"
        r" (?:their )?experiences?\b"
        r"|(?:provinces|cities) (?:and cities )?(?:hoped|hope|should|must|need)"
    ),
    Theme.DEFENCE_SECURITY: (
        r"peacekeeping|defen[cs]e (?:and security )?cooperation|security cooperation"
        r"|ministry of (?:national )?defen[cs]e|ministry of public security|public security forces"
        r"|defen[cs]e diplomacy"
        r"|defen[cs]e and public security"
        r"|(?:coordinat|cooperat)\w* (?:[\w,]+ ){0,5}(?:the )?(?:border guards?|police|army"
        r"|military|armed forces)\b"
    ),
    Theme.SECTOR_MODERNISATION: (
        r"modern diplomacy|comprehensive and modern|comprehensive, modern|modern,? professional"
        r"|professional,? (?:and )?modern|more professional|streamlin\w+|reorganis\w+"
        # Restructuring the service, not the economy ("serve the restructuring of the economy").
        r"|restructur\w+\b(?! (?:of )?(?:the |its )?(?:economy|economic|growth))"
        r"|diplomats (?:are|were|be|is) (?:recruited|selected|trained|assessed)"
        r"|recruit\w* (?:\w+ )?(?:diplomats|diplomatic staff|cadres)"
        r"|reorganiz\w+|apparatus"
        r"|contingent of (?:diplomatic )?(?:diplomats|officials|cadres|staff)"
        r"|quality and efficiency|efficiency of (?:diplomacy|foreign affairs|external)"
        r"|\bpersonnel\b|selecting ambassadors|leaner"
        r"|quality of (?:the |its |their |our )?(?:own )?(?:diplomatic )?"
        r"(?:staff|personnel|cadres|officials|diplomats)"
        r"|train\w* (?:of )?(?:[\w-]+ ){0,4}?(?:diplomats|cadres|diplomatic staff)"
        r"|(?:renew|renewing|renewal of|innovat\w*) (?:its |their |the )?(?:thinking and )?"
        r"working methods"
        # Judging each mission's work against criteria is managing the service.
        r"|(?:review|assess|evaluat|rat|target)\w* (?:[\w']+ ){0,4}(?:of |for )?(?:each|every) "
        r"(?:diplomatic )?(?:mission|embassy|representative agency)"
    ),
    Theme.GREEN_DEVELOPMENT: (
        r"\bgreen (?:and [\w-]+ )?(?:growth|transition|economy|businesses|industr\w+"
        r"|development|energy|investment|projects)|\bgreen and digital|clean energy"
        r"|sustainable development"
        r"|\bclimate (?:change|diplomacy|action|finance|crisis|goals?|commitments?)\b"
        r"|net[- ]zero|renewable|emissions?\b|energy transition"
    ),
    Theme.NATIONAL_STANDING: (
        r"prestige|international standing|(?<![\w-])standing and|responsible (?:and \w+ )?member"
        r"|(?:rais|enhanc|elevat|boost|improv|lift)\w* (?:[\w']+ ){0,3}"
        r"(?:profile|position|stature|standing)"
        r"|position (?:in|on) the international (?:arena|stage)"
        r"|(?:position|standing|stature) in the world"
        r"|(?:international|global) (?:position|stature|profile)"
        r"|voice (?:now )?(?:carries|has|gains|gained|has gained) (?:more |greater )?weight"
        r"|(?:greater|bigger|stronger|louder|bolder) voice (?:in|on)\b"
    ),
    Theme.BILATERAL_RELATIONS: (
        r"strategic partnership|comprehensive partnership"
        r"|(?:deepen|deepening|upgrad\w+|lift\w*|elevat\w+|strengthen\w*)"
        r" (?:of )?(?:the |its |their )?(?:ties|relations|relationship)"
        r"|\b(?:ties|relations|relationship) with [^.]{0,40}\b(?:partners|countries|nations"
        r"|neighbou?rs)"
        r"|upgraded (?:\w+ )?partnerships?|special (?:relationship|relations|ties)\b"
        r"|(?:friendship|cooperation)(?: and \w+)? with (?:the )?(?:neighbou?ring|partner)"
        r" countries"
        r"|\b(?:ties|relations|relationship) between the two (?:countries|nations)"
        # Major powers as partners ("ties with the major powers"), not as actors watched
        # ("shifts in the policies of the major powers").
        r"|major partners|(?:with|and) (?:the |other )?major powers|diplomatic ties with"
        r"|\bbilateral (?:talks|meetings?|cooperation|ties|relations|relationship)"
    ),
    Theme.RESEARCH_FORECASTING: (
        r"forecast|strategic research|policy studies|research centre|research center"
        r"|(?:timely|strategic|accurate)(?: and (?:timely|accurate|strategic))? advice"
        r"|advi[cs]e (?:to|for) the (?:party|leadership|leaders)"
        r"|advis(?:e|ing) the (?:party|state|leadership|leaders|government)"
        r"|advisory role"
    ),
}


# Literal pieces of which every match of a theme's rule contains at least one: sentences
# without any are not searched (this keeps the extractor fast).
_KEYS: dict[Theme, tuple[str, ...]] = {
    Theme.PEACE_STABILITY: ("peace",),
    Theme.SOVEREIGNTY: ("sovereign", "territorial integrity", "seas and islands"),
    Theme.INTERNATIONAL_INTEGRATION: ("integrat",),
    Theme.ECONOMIC_DIPLOMACY: (
        "economic", "free trade", "trade", "invest", "export", "markets", "resources",
        "supply chains", "diplomacy to", "diplomacy for",
    ),
    Theme.MULTILATERAL_DIPLOMACY: (
        "multilateral", "asean", "apec", "international", "non-permanent", "human rights",
        "at the u", "mechanisms of the", "wto", "asem", "g20", "unesco", "mekong", "francophonie",
    ),
    Theme.CULTURAL_DIPLOMACY: (
        "cultural", "soft power", "information", "image", "culture", "unesco", "face of viet",
    ),
    Theme.CITIZEN_PROTECTION: (
        "citizen", "nationals", "fishermen", "consular", "evacuat", "repatriation flights",
        "bring", "protect", "rights", "interests",
    ),
    Theme.OVERSEAS_VIETNAMESE: ("vietnamese",),
    Theme.INTERNATIONAL_LAW: (
        "international law", "peaceful means", "settle", "law of the sea", "unclos",
    ),
    Theme.THREE_PILLARS: (
        "three pillars", "people", "party external", "state diplomacy", "party, state",
    ),
    Theme.LOCAL_DIPLOMACY: (
        "localit", "local ", "every province", "provinces and cities", "experience",
        "central and local", "provinces",
    ),
    Theme.DEFENCE_SECURITY: (
        "peacekeeping", "cooperation", "defen", "public security", "coordinat", "cooperat",
    ),
    Theme.SECTOR_MODERNISATION: (
        "modern", "professional", "streamlin", "restructur", "reorgani", "apparatus", "contingent",
        "quality and efficiency", "efficiency of", "personnel", "selecting ambassadors", "leaner",
        "quality of", "mission", "embassy", "representative agency", "train", "diplomats are",
        "target", "working methods",
        "diplomats were", "diplomats be", "diplomats is", "recruit",
    ),
    Theme.GREEN_DEVELOPMENT: (
        "green", "sustainable development", "climate", "net", "renewable", "emission",
        "clean energy",
        "energy transition",
    ),
    Theme.NATIONAL_STANDING: (
        "prestige", "standing", "responsible", "profile", "position", "stature", "voice",
    ),
    Theme.BILATERAL_RELATIONS: (
        "partnership", "ties", "relations", "major", "diplomatic ties", "bilateral",
        "relationship", "countries",
    ),
    Theme.RESEARCH_FORECASTING: (
        "forecast", "research", "policy studies", "advice", "advise", "advising", "advisory",
    ),
}  # fmt: skip


# Words that, right before a match, show it is not about the theme: a list of who
# attended ("leaders of ministries and localities"), or a title ("Committee for Overseas
# Vietnamese").
_VETOES: dict[Theme, str] = {
    Theme.LOCAL_DIPLOMACY: (
        # Who attended ("leaders of provinces and cities"), unless a verb follows ("... to
        # discuss how localities can ..."); the standing list of addressees ("ministries,
        # sectors and localities"); the name of the localities' conference.
        r"(?:leaders|representatives|heads|officials|delegates)\s+(?:of|from)\b"
        r"(?:(?! to )[^.]){0,60}$"
        r"|(?:ministries|agencies),? (?:\w+,? ){0,2}and $"
        r"|conference on $"
    ),
    Theme.OVERSEAS_VIETNAMESE: r"committee for $",
    # Who attended: "representatives of foreign missions, international organisations".
    Theme.MULTILATERAL_DIPLOMACY: (
        r"(?:representatives|leaders|heads|officials|delegates)\s+(?:of|from)\b"
        r"(?:(?! to )[^.]){0,80}$"
    ),
    # One sector among others that investment goes to ("investment in semiconductors,
    # renewable energy and innovation") is economic talk, not green development.
    Theme.GREEN_DEVELOPMENT: (
        r"\binvest\w* in (?:[\w-]+ ){0,3}?[\w-]+, (?:[\w-]+ ){0,3}?(?:and )?$"
        # A threat named among others ("challenges such as pandemics and climate change").
        r"|(?:challenges|threats|risks)\s+(?:such as|like|including)\s+[^.]{0,50}$"
    ),
}


@cache
def _veto_res() -> dict[Theme, re.Pattern[str]]:
    return {theme: re.compile(pattern) for theme, pattern in _VETOES.items()}


def _shows(theme: Theme, pattern: re.Pattern[str], folded: str, lo: int, hi: int) -> bool:
    """Whether ``folded[lo:hi]`` has a match of *pattern* that no veto discards."""
    veto = _veto_res().get(theme)
    for match in pattern.finditer(folded, lo, hi):
        if veto is None or not veto.search(folded, max(lo, match.start() - 80), match.start()):
            return True
    return False


def _letter_first(pattern: str) -> str:
    r"""*pattern* with each ``\bx`` (a boundary before a letter) written ``x(?<!\wx)``.

    The same matches; but a pattern whose branches open with a letter lets ``re`` skip
    quickly to the places where one of those letters stands.
    """
    return re.sub(r"\\b([a-z])(?![?*+{])", lambda m: rf"{m.group(1)}(?<!\w{m.group(1)})", pattern)


@cache
def _theme_res() -> tuple[tuple[Theme, re.Pattern[str]], ...]:
    return tuple((theme, re.compile(_letter_first(pattern))) for theme, pattern in _RULES.items())


@cache
def _nav_header_re() -> re.Pattern[str]:
    return re.compile(
        r"\s*(?:related\s+(?:news|articles?|stories|posts|content|links)|read\s+(?:more|also)"
        r"|see\s+also|more\s+(?:news|stories)|other\s+(?:news|stories)|latest\s+news"
        r"|most\s+(?:read|viewed|popular)|you\s+may\s+(?:also\s+)?(?:like|be\s+interested))\b",
        re.IGNORECASE,
    )


@cache
def _nav_line_re() -> re.Pattern[str]:
    # A tag line ("Tags: ...").
    return re.compile(r"\s*(?:tags?|keywords?|topics?)\s*:", re.IGNORECASE)


@cache
def _gap_re() -> re.Pattern[str]:
    # Between the items of a menu bar: a wide gap.
    return re.compile(r"\S {3,}(?=\S)")


def navigation_paras(text: str, sents: list[Sentence]) -> set[int]:
    """Lines of a web page that are not the article: tag lines, menus, links to other stories.

    A tag line or a menu bar (items set apart by wide gaps) is navigation; so is a
    "Related news" / "Read more" header and every line after it that does not end a
    sentence (the headlines of other stories), and a bullet line that does not end one.
    """
    lines: dict[int, tuple[int, int]] = {}
    for sentence in sents:
        lo, _ = lines.get(sentence.para, (sentence.start, 0))
        lines[sentence.para] = (lo, sentence.end)
    junk: set[int] = set()
    after_header = False
    for para, (lo, hi) in lines.items():
        line = text[lo:hi].rstrip()
        if _nav_header_re().match(line):
            junk.add(para)
            after_header = True
        elif _nav_line_re().match(line) or ("   " in line and len(_gap_re().findall(line)) >= 2):
            junk.add(para)
        elif (after_header or line[:1] in "•·▪►»") and line[-1:] not in '.!?;:”"':
            junk.add(para)  # a headline after "Related news", or a bullet link
    return junk


def find_themes(text: str, sents: list[Sentence]) -> list[tuple[Theme, int, int]]:
    """Every ``(theme, start, end)`` sentence that shows a theme, in text order.

    >>> from vndiplo._extract._segment import lines, sentences
    >>> t = "Envoys must help attract investment. They met."
    >>> [th.value for th, _, _ in find_themes(t, sentences(t, lines(t)))]
    ['economic-diplomacy']
    """
    out: list[tuple[Theme, int, int]] = []
    junk = navigation_paras(text, sents)
    if junk:
        sents = [s for s in sents if s.para not in junk]
    folded = text.lower().replace("’", "'")
    if len(folded) != len(text):  # a few letters change length in lower case
        for sentence in sents:
            piece = text[sentence.start : sentence.end].lower().replace("’", "'")
            for theme, pattern in _theme_res():
                if _shows(theme, pattern, piece, 0, len(piece)):
                    out.append((theme, sentence.start, sentence.end))
        return out
    ends = [s.end for s in sents]
    hits: set[tuple[int, int]] = set()
    for order, (theme, pattern) in enumerate(_theme_res()):
        candidates: set[int] = set()
        for key in _KEYS[theme]:
            pos = folded.find(key)
            while pos >= 0:
                index = bisect_right(ends, pos)
                if index >= len(sents):
                    break
                candidates.add(index)
                pos = folded.find(key, max(pos + 1, sents[index].end))
        for index in candidates:
            sentence = sents[index]
            if _shows(theme, pattern, folded, sentence.start, sentence.end):
                hits.add((index, order))
    themes = [theme for theme, _ in _theme_res()]
    for sentence_index, theme_index in sorted(hits):
        sentence = sents[sentence_index]
        out.append((themes[theme_index], sentence.start, sentence.end))
    return out
