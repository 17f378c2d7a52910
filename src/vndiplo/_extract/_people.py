"""Officials: Vietnamese names, their titles, and every later reference to them.

Rules, as a reader of this register states them:

- A Vietnamese name is two to five capitalised syllables, family name first; a
  three-syllable (or longer) run that opens with a Vietnamese family name is a name, a
  two-syllable one only with a title or office in front of it.
- The titles of an official are the title words written right before the name (or in an
  apposition after it); "Deputy Prime Minister and Foreign Minister" is two titles.
- News copy refers back to a person by the given name (the last word of the name), by
  "the <title>" (the last person named with that title), or by a pronoun.
- A title with a foreign adjective ("Lao Deputy Prime Minister") names a foreign official.
- A plural title ("Deputy Prime Ministers A, B and C") covers each name it lists; a vice
  chair of a body is not its chair; "the Vice President", "the host", "Vietnam's top
  diplomat" and "the Deputy PM and FM" refer back; "X said her ..." is a woman.
- "the provincial (city, municipal, district) chairman / director / secretary" refers back
  to the last official named with that office of a local body.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from attrs import define

from vndiplo._extract import _rx
from vndiplo._text import fold
from vndiplo._vocab import Title

FAMILY = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong
    lam mai trinh dao cao ha luong luu ta tong chu quach vuong kieu lai mac bach ton phung
    khong ninh nghiem khuc thai doan tang lu la tieu thach giang hua au dam dieu kim lo ma
    nong quan tu ung vi lieu luc diep kha khuat chung chau phi thieu bien hau trieu tham
    man giap lang nham to uong mong tiet sam ong tra yen khuong banh han tao than vuu cu
    lac cam ky be mach thao vang sung can tram van cung""".split()
)

# Places (and one historical leader) that look like names.
_NOT_NAMES = frozenset(
    {"ho chi minh", "ha noi", "viet nam", "truong sa", "hoang sa"}
    # Provinces and cities whose first syllable is also a family name.
    | set(
        "can tho|ha long|ha tinh|ha giang|ha nam|ha tien|lam dong|ninh binh|ninh thuan|"
        "tra vinh|thai binh|thai nguyen|cao bang|cao lanh|lai chau|hau giang|mai chau|"
        "vinh phuc|quang ninh|quang binh|quang tri|quang nam|quang ngai".split("|")
    )
)
_PLACE_NOUNS = frozenset(
    "city province bay island islands street road square lake bridge district port "
    "mausoleum museum airport river mountain pass commune ward university school college "
    "academy institute hospital hall stadium centre center foundation award prize company "
    "corporation group bank pagoda temple park market".split()
)

FOREIGN = frozenset(
    """lao laos laotian chinese china cambodian cambodia thai thailand japanese japan korean
    korea russian russia american us u.s. indian india french france german germany british
    uk australian australia indonesian indonesia philippine philippines filipino malaysian
    malaysia singaporean singapore myanmar burmese chilean chile cuban cuba brazilian brazil
    canadian canada italian italy spanish spain dutch swiss swedish norwegian danish finnish
    polish hungarian czech ukrainian ukraine turkish turkey iranian iran israeli israel
    egyptian egypt saudi emirati qatari kuwaiti pakistani pakistan bangladeshi mongolian
    mongolia kazakh uzbek timorese bruneian brunei argentine argentinian mexican mexico
    peruvian venezuelan colombian african nigerian algerian moroccan belgian austrian greek
    portuguese irish zealand eu european""".split()
)

_CONNECTORS = frozenset(
    "of the and for to member head chief deputy vice permanent standing minister "
    "spokesperson spokesman spokeswoman ambassador chairman chairwoman president secretary "
    "general director governor leader in charge acting former its cum provincial municipal "
    "district city /".split()
)

_OPENERS = frozenset(
    "according as at in on with by from after before during earlier later meanwhile "
    "however also addressing speaking asked responding attending delivering welcoming "
    "receiving meeting talking chairing co-chairing opening closing concluding under while "
    "when then this that these those a an it his her their our we they he she".split()
)

ROLE_WORDS = frozenset(
    "spokesperson spokesman spokeswoman ambassador chairman chairwoman director governor "
    "minister secretary president head chief consul envoy".split()
)

_FEMALE_WORDS = frozenset({"chairwoman", "spokeswoman", "madam", "mrs", "ms"})

# Occupations of people who are named in the copy but hold no office: the reporter
# ("Our reporter X has the details"), the photographer, a lawyer or business person.
_NOT_OFFICIAL = frozenset(
    "reporter correspondent journalist anchor presenter editor photographer lawyer attorney "
    "businessman businesswoman entrepreneur student worker farmer fisherman researcher "
    "scholar analyst economist lecturer expert professor".split()
)


@cache
def _syllable_re() -> re.Pattern[str]:
    return re.compile(
        r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
    )


@cache
def _token_re() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]+")


@cache
def _appositive_re() -> re.Pattern[str]:
    return re.compile(r",\s+(?:the\s+)?([A-Z][^,.;:“”\"()]{2,80}?)(?=[,.;]|\s+(?:said|says)\b)")


@cache
def _occupation_after_re() -> re.Pattern[str]:
    # "X, a lawyer with the Hanoi Bar Association, said": an occupation in apposition.
    words = "|".join(sorted(_NOT_OFFICIAL))
    # An article may come with up to two words before the occupation ("a former"); with
    # none, the occupation comes first ("who told reporters" is not one).
    return re.compile(rf",\s+(?:(?:an?|the)\s+(?:[\w’'-]+\s+){{0,2}}?)?(?:{words})\b", re.I)


@cache
def _byline_re() -> re.Pattern[str]:
    # A credit at the start of a line: "By Le Thu Ha", "Photo: Tran Viet", "Text and photos:".
    return re.compile(
        r"(?:^|\n)[ \t]*(?:(?:Written|Reported|Story|Text|Photos?)\s+)?(?:[Bb]y"
        r"|(?:Photos?|Text|Story|Video|Reporter|Writer)(?:\s+and\s+[a-z]+)?\s*:)\s*$"
    )


@cache
def _author_note_re() -> re.Pattern[str]:
    return re.compile(r"\b[Tt]he (?:author|writer) is\b([^.]{0,160})")


@cache
def _business_after_re() -> re.Pattern[str]:
    # "X, director of a rice exporting company, said": someone who runs a business.
    return re.compile(
        r",\s+(?:the\s+)?(?:deputy\s+)?(?:general\s+)?(?:director|head|chairman|chairwoman|ceo|owner|manager"
        r"|founder|president)\s+of\s+(?:a|an|the)?\s*[^,.;]{0,60}?\b(?:company|firm|enterprise"
        r"|corporation|business|factory|JSC|Ltd|cooperative|exporter|importer|manufacturer"
        r"|producer|investor|developer|airlines|airways)\b",
        re.IGNORECASE,
    )


def _not_official(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is introduced by an occupation, not an office.

    >>> _not_official("Our reporter Lê Thu Hà has the details.", 13, 22)
    True
    >>> _not_official("Minister Lê Văn Bình, a former journalist, said", 9, 20)
    True
    >>> _not_official("Lê Văn Bình told reporters that", 0, 11)
    False
    """
    before = fold(text[max(0, start - 40) : start]).replace(".", " ").split()[-3:]
    if any(word in _NOT_OFFICIAL for word in before[-2:]) or (
        before[-1:] in (["mr"], ["ms"], ["mrs"]) and before[-2:-1] and before[-2] in _NOT_OFFICIAL
    ):
        return True
    if _byline_re().search(text, max(0, start - 30), start):
        # A byline is a journalist's, unless the piece says its author holds an office
        # ("*The author is Director General of ..."): an official's own article.  "The
        # author is a lecturer at ..." holds none.
        note = _author_note_re().search(text)
        return note is None or bool(_NOT_OFFICIAL & set(fold(note.group(1)).split()))
    return (
        _occupation_after_re().match(text, end, end + 80) is not None
        or _business_after_re().match(text, end, end + 120) is not None
    )


@cache
def _plural_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:Ministers|FMs|PMs)\b")


@cache
def _joint_re() -> re.Pattern[str]:
    return re.compile(r",?\s+(?:and\s+)?|,\s*")


@cache
def _her_after_re() -> re.Pattern[str]:
    # A name, perhaps an apposition, one verb, then "her": "X said her ministry ...".
    return re.compile(r"(?:,[^,.;]{1,80},)?\s+(?:also\s+)?(?:said|told|[a-z]+ed)\s+her\b")


@cache
def _capital_re() -> re.Pattern[str]:
    # Words that may open with a capital; _titlecase() decides.
    # Combining marks are allowed so that decomposed (NFD) text still reads.
    # (The capital first, then no letter before it: a fast first test.)
    return re.compile(r"[A-ZÀ-ÞĂĐĨŨƠƯẠ-ỹ](?<![^\W\d_].)(?:[^\W\d_]|[\u0300-\u036f])*")


@cache
def _letter_re() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]")


@cache
def _region_token_re() -> re.Pattern[str]:
    return re.compile(r"[\w’'.&-]+|[^\w\s]")


_STROKES = str.maketrans({"đ": "d", "Đ": "D"})


def ascii_name(text: str) -> str:
    """*text* without diacritics, case kept, single spaces.

    >>> ascii_name("Lưu  Đức Thịnh")
    'Luu Duc Thinh'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_STROKES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


def is_syllable(token: str) -> bool:
    """Whether *token* (any case, diacritics allowed) is one Vietnamese syllable.

    >>> is_syllable("Thịnh"), is_syllable("Minister"), is_syllable("Lindqvist")
    (True, False, False)
    """
    return _syllable_re().fullmatch(fold(token)) is not None


@lru_cache(maxsize=8192)
def _name_token(token: str) -> bool:
    """Whether *token* can be part of a Vietnamese name: a capitalised syllable."""
    return _titlecase(token) and len(token) <= 14 and is_syllable(token)


def _titlecase(token: str) -> bool:
    return token[0].isupper() and (len(token) == 1 or token[1:].islower())


# Title patterns, checked in order against the end of a title piece (folded text).
_FM = r"(?:foreign minister|fm|minister (?:of|for) foreign affairs|foreign affairs minister)"
_VIET = r"viet ?nam"
_TITLE_RULES: tuple[tuple[str, Title | None], ...] = (
    (r"vice (?:state )?president", None),
    # A vice chair of the Assembly or the Front is not its chair.
    (r"(?:vice|deputy)[- ](?:president|chair(?:man|woman)?)(?: of [\w' ]+)?", None),
    (rf"(?:(?:permanent|standing) )?(?:deputy|vice) {_FM}", Title.DEPUTY_FOREIGN_MINISTER),
    (r"(?:(?:permanent|standing) )?(?:deputy|vice) (?:prime minister|pm)",
     Title.DEPUTY_PRIME_MINISTER),
    (r"(?:deputy|vice|assistant) \w+(?: \w+)?", None),
    (_FM, Title.FOREIGN_MINISTER),
    (r"(?:prime minister|pm|premier)", Title.PRIME_MINISTER),
    (rf"(?:(?:party )?general secretary|secretary general of the communist party of {_VIET}"
     rf"|general secretary of the (?:communist party of {_VIET}|cpv(?: central committee)?"
     r"|party central committee)|party (?:chief|leader))", Title.GENERAL_SECRETARY),
    (r"(?:vff|fatherland front)(?: central committee)? (?:president|chair(?:man|woman))"
     r"|(?:president|chair(?:man|woman)) of the (?:central committee of the )?"
     rf"(?:vff|(?:{_VIET} )?fatherland front)(?: central committee)?", Title.VFF_PRESIDENT),
    (r"(?:na|national assembly) chair(?:man|woman)"
     rf"|chair(?:man|woman) of the national assembly(?: of {_VIET})?", Title.NA_CHAIRMAN),
    (rf"(?:state )?president(?: of (?:the socialist republic of )?{_VIET})?|vietnamese president",
     Title.STATE_PRESIDENT),
    (r"politburo member"
     r"|member of the (?:party central committee's )?(?:politburo|political bureau)",
     Title.POLITBURO_MEMBER),
)  # fmt: skip


@cache
def _title_res() -> tuple[tuple[re.Pattern[str], Title | None], ...]:
    return tuple((re.compile(rf"(?:^|[^a-z])(?:{p})$"), t) for p, t in _TITLE_RULES)


def classify_piece(piece: str) -> Title | None:
    """The title a title phrase ends with, if it is one of the vocabulary's.

    >>> classify_piece("Permanent Deputy Foreign Minister")
    Title.DEPUTY_FOREIGN_MINISTER
    >>> classify_piece("President of the Vietnam Union of Friendship Organisations") is None
    True
    """
    text = fold(piece).replace("’", "'").strip(" ,.")
    for pattern, title in _title_res():
        if pattern.search(text):
            return title
    return None


def parse_titles(region: str) -> tuple[list[Title], set[str], bool]:
    """Titles, role words and a foreign flag from the title phrase before a name.

    >>> [t.value for t in parse_titles("Deputy Prime Minister and Foreign Minister")[0]]
    ['deputy-prime-minister', 'foreign-minister']
    """
    titles: list[Title] = []
    roles: set[str] = set()
    region = _plural_re().sub(lambda m: m.group()[:-1], region)
    words = fold(region).replace("’", "'").replace("'s", " ").split()
    foreign = False
    roles.update(w for w in words if w in ROLE_WORDS or w in _FEMALE_WORDS)
    if _rx.search(r"\bvice (?:state )?president\b", " ".join(words)):
        roles.add("vice president")  # "the Vice President" refers back to them
    for piece in _rx.split(r"\s+(?:and|cum|&)\s+|\s*[,/]\s*", region):
        piece = _rx.sub(r"^[\d\s]+", "", piece)
        head = fold(piece).replace("’", "'").split()
        if head and head[0] == "the":
            head = head[1:]
        if head and (head[0] in FOREIGN or head[0].removesuffix("'s") in FOREIGN):
            foreign = True
        title = classify_piece(piece) if piece else None
        if title is not None and title not in titles:
            titles.append(title)
    return titles, roles, foreign


@define
class Person:
    """An official met in the text (mutable while the text is read)."""

    key: str  # folded full name
    name: str  # without diacritics, family first
    given: str  # folded last word
    start: int
    end: int
    titles: list[Title]
    roles: set[str]
    female: bool
    # Not a Vietnamese official: a foreigner, or someone named for an occupation rather
    # than an office (a journalist, a lawyer); neither listed nor quoted.
    foreign: bool = False


@define
class Ref:
    """A reference to a person: a full name, a given name, a title or a pronoun."""

    left: int  # where the reference phrase (title words included) starts
    start: int
    end: int
    kind: str  # "name", "given", "role", "pronoun"
    person: str | None  # Person.key; None when unresolved or foreign
    pronoun: str = ""  # "he" or "she" for pronouns


def _name_runs(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Runs of capitalised Vietnamese syllables separated by single spaces."""
    runs: list[tuple[int, int, list[tuple[int, int]]]] = []
    current: list[tuple[int, int]] = []
    for match in _capital_re().finditer(text):
        token = match.group()
        ok = _name_token(token)
        if ok and current and text[current[-1][1] : match.start()] in (" ", "\xa0"):
            current.append(match.span())
            continue
        if len(current) >= 2:
            runs.append((current[0][0], current[-1][1], current))
        current = [match.span()] if ok else []
    if len(current) >= 2:
        runs.append((current[0][0], current[-1][1], current))
    return runs


def _title_left(text: str, lo: int, start: int) -> tuple[int, bool]:
    """Where the title phrase in ``text[lo:start]`` begins, and whether it reached *lo*."""
    tokens = list(_region_token_re().finditer(text, lo, start))
    left = start
    for index in range(len(tokens) - 1, -1, -1):
        match = tokens[index]
        token = match.group()
        gap = text[match.end() : left]
        if "\n" in gap:
            return left, index == 0
        if token in ("’s", "'s") or (token in ("’", "'") and left != start):
            left = match.start()
            continue
        plain = token.strip("’'.")
        if not plain or (token.endswith(".") and plain.lower() not in ("mr", "mrs", "ms", "dr")):
            return left, index == 0
        if plain.lower() in _OPENERS:
            return left, index == 0
        if any(c.isupper() for c in plain) or plain.lower() in _CONNECTORS:
            left = match.start()
            continue
        return left, index == 0
    return left, True


def title_region(text: str, start: int, floor: int) -> int:
    """Where the title phrase before *start* begins (``start`` when there is none)."""
    lo = max(floor, start - 220)
    # Most title phrases are short: read the last 64 characters first, and the whole
    # stretch only when the phrase may run on before them.
    near = max(lo, start - 64)
    left, reached = _title_left(text, near, start)
    if reached and near > lo:
        left, _ = _title_left(text, lo, start)
    # A title phrase does not open with a connector.
    while left < start:
        word = _rx.match(r"(?:and|of|the|to|for|in)\s+", text[left:start], re.IGNORECASE)
        if not word:
            break
        left += word.end()
    return left


@cache
def _role_ref_re() -> re.Pattern[str]:
    phrases = sorted(
        """party general secretary|general secretary|party leader|party chief|state president|
        president|vietnamese president|prime minister|pm|premier|deputy prime minister|deputy pm|
        permanent deputy prime minister|foreign minister|fm|minister of foreign affairs|minister|
        deputy minister|deputy foreign minister|deputy fm|vice foreign minister|
        permanent deputy foreign minister|na chairman|na chairwoman|national assembly chairman|
        national assembly chairwoman|chairman of the national assembly|
        chairwoman of the national assembly|deputy minister of foreign affairs|
        vff president|politburo member|spokesperson|spokesman|
        spokeswoman|ambassador|chairman|chairwoman|diplomat|envoy|governor|director|head|
        government leader|government chief|cabinet leader|top legislator|legislative leader|
        state leader|head of state|top diplomat|vietnamese top diplomat|leader|
        vietnamese leader|official|vietnamese official|vice president|
        vice state president|host""".replace("\n", "").split("|"),
        key=len,
        reverse=True,
    )
    alternation = "|".join(re.escape(p.strip()).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(
        # "the provincial chairman": a local body's office refers back by its role word.
        rf"(?:[Tt]he|Viet\s?[Nn]am(?:’|')s)\s+(?:(?:provincial|municipal|city|district)\s+)?"
        rf"(?:(?P<role>(?i:{alternation}))"
        rf"|(?P<foreign>[A-Z][a-z]+|U\.?S\.?|EU)\s+(?P<role2>(?i:{alternation})))\b"
        # "the Deputy PM and FM": a combined title refers back by its first part.
        rf"(?:\s+and\s+(?i:{alternation})\b)?"
        r"(?!\s+(?:of\b|[A-ZĐ]|(?:country|countries|city|nation|government|side|province)\b))"
    )


@cache
def _pronoun_re() -> re.Pattern[str]:
    return re.compile(
        r"(?=[SsHhAaI])\b"
        r"(?:(?P<she>[Ss]he)|(?P<he>[Hh]e)|[Aa]ccording to (?:(?P<him>him)|(?P<her>her))"
        # "In his view, ...": the owner of a view or an opinion is a speaker.
        r"|In (?:(?P<his>his)|(?P<hers>her))(?= (?:view|opinion|assessment|words)\b))\b"
    )


_ROLE_TITLES: dict[str, Title] = {
    "party general secretary": Title.GENERAL_SECRETARY,
    "general secretary": Title.GENERAL_SECRETARY,
    "party leader": Title.GENERAL_SECRETARY,
    "party chief": Title.GENERAL_SECRETARY,
    "state president": Title.STATE_PRESIDENT,
    "president": Title.STATE_PRESIDENT,
    "vietnamese president": Title.STATE_PRESIDENT,
    "prime minister": Title.PRIME_MINISTER,
    "pm": Title.PRIME_MINISTER,
    "premier": Title.PRIME_MINISTER,
    "deputy prime minister": Title.DEPUTY_PRIME_MINISTER,
    "deputy pm": Title.DEPUTY_PRIME_MINISTER,
    "permanent deputy prime minister": Title.DEPUTY_PRIME_MINISTER,
    "foreign minister": Title.FOREIGN_MINISTER,
    "fm": Title.FOREIGN_MINISTER,
    "minister of foreign affairs": Title.FOREIGN_MINISTER,
    "minister": Title.FOREIGN_MINISTER,
    "deputy minister": Title.DEPUTY_FOREIGN_MINISTER,
    "deputy foreign minister": Title.DEPUTY_FOREIGN_MINISTER,
    "deputy fm": Title.DEPUTY_FOREIGN_MINISTER,
    "vice foreign minister": Title.DEPUTY_FOREIGN_MINISTER,
    "permanent deputy foreign minister": Title.DEPUTY_FOREIGN_MINISTER,
    "na chairman": Title.NA_CHAIRMAN,
    "na chairwoman": Title.NA_CHAIRMAN,
    "national assembly chairman": Title.NA_CHAIRMAN,
    "national assembly chairwoman": Title.NA_CHAIRMAN,
    "chairman of the national assembly": Title.NA_CHAIRMAN,
    "chairwoman of the national assembly": Title.NA_CHAIRMAN,
    "deputy minister of foreign affairs": Title.DEPUTY_FOREIGN_MINISTER,
    "vff president": Title.VFF_PRESIDENT,
    "politburo member": Title.POLITBURO_MEMBER,
    "government leader": Title.PRIME_MINISTER,
    "government chief": Title.PRIME_MINISTER,
    "cabinet leader": Title.PRIME_MINISTER,
    "top legislator": Title.NA_CHAIRMAN,
    "legislative leader": Title.NA_CHAIRMAN,
    "state leader": Title.STATE_PRESIDENT,
    "head of state": Title.STATE_PRESIDENT,
    "top diplomat": Title.FOREIGN_MINISTER,
    "vietnamese top diplomat": Title.FOREIGN_MINISTER,
}


_LEADERS = frozenset(
    {
        Title.GENERAL_SECRETARY,
        Title.STATE_PRESIDENT,
        Title.PRIME_MINISTER,
        Title.NA_CHAIRMAN,
        Title.VFF_PRESIDENT,
    }
)


@define
class People:
    """The officials of one text and every reference to them, in text order."""

    persons: dict[str, Person]
    refs: list[Ref]


def _split_run(text: str, run: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The name inside a run of capitalised syllables: it opens with a family name."""
    words = [fold(text[s:e]) for s, e in run]
    if len(run) > 5:
        for first in range(len(run) - 3, -1, -1):
            if words[first] in FAMILY and len(run) - first in (3, 4):
                return first, len(run)
        return None
    for first in range(len(run) - 1):
        if words[first] in FAMILY:
            return first, len(run)
    return None


def find_people(text: str) -> People:
    """Find the officials named in *text* and the references to them.

    >>> people = find_people("Deputy Foreign Minister Lê Văn Bình spoke. Bình said so.")
    >>> [(p.name, [t.value for t in p.titles]) for p in people.persons.values()]
    [('Le Van Binh', ['deputy-foreign-minister'])]
    >>> [r.kind for r in people.refs]
    ['name', 'given']
    """
    persons: dict[str, Person] = {}
    refs: list[Ref] = []
    name_spans: list[tuple[int, int]] = []
    untitled: list[tuple[int, int, int, str]] = []
    floor = 0
    shared: tuple[int, tuple[Title, ...]] | None = None  # a plural title and where it ends
    for _, _, run in _name_runs(text):
        split = _split_run(text, run)
        if split is None:
            continue
        first, last = split
        start, end = run[first][0], run[last - 1][1]
        surface = text[start:end]
        key = fold(surface)
        if key in _NOT_NAMES or any(key.startswith(n + " ") for n in _NOT_NAMES):
            continue
        after = _rx.match(r"\s+([A-Za-z]+)", text[end : end + 20])
        if after and after.group(1).lower() in _PLACE_NOUNS:
            continue
        if any(word in _PLACE_NOUNS for word in key.split()[1:]):
            continue
        left = title_region(text, start, floor)
        # "Deputy Prime Minister, Foreign Minister X": a comma between two titles.
        while True:
            joint = _rx.search(r",\s*$", text[max(floor, left - 3) : left])
            if not joint or left - 3 < floor:
                break
            comma = left - 3 + joint.start() if left >= 3 else joint.start()
            earlier = title_region(text, comma, floor)
            if earlier >= comma or not parse_titles(text[earlier:comma])[0]:
                break
            left = earlier
        region = text[left:start]
        titles, roles, foreign = parse_titles(region) if region else ([], set(), False)
        if not region and shared is not None and _joint_re().fullmatch(text, shared[0], start):
            # "Deputy Foreign Ministers A and B": a plural title covers each name it lists.
            titles, roles, foreign = list(shared[1]), set(), False
            shared = (end, shared[1])
        elif _plural_re().search(region):
            shared = (end, tuple(titles))
        else:
            shared = None
        if last - first == 2 and not titles and not roles:
            untitled.append((left, start, end, key))
            continue
        # An apposition: "Nguyen Van A, Deputy Foreign Minister, said", perhaps a chain
        # of titles ("X, Politburo member, Deputy Prime Minister and Foreign Minister,").
        appo = _appositive_re().match(text, end, end + 90)
        while appo and not _name_runs(appo.group(1)):
            more, _, more_foreign = parse_titles(appo.group(1))
            if not more or more_foreign:
                break
            titles += [t for t in more if t not in titles]
            appo = _appositive_re().match(text, appo.end(1), appo.end(1) + 90)
        floor = end
        name_spans.append((start, end))
        person = persons.get(key)
        if person is None:
            name = ascii_name(surface)
            name = " ".join(w[:1].upper() + w[1:].lower() for w in name.split())
            person = Person(
                key=key,
                name=name,
                given=key.split()[-1],
                start=start,
                end=end,
                titles=[],
                roles=set(),
                # Thị, and Nữ in Tôn Nữ, mark a woman's name.
                female=bool({"thi", "nu"} & set(key.split()[1:-1])) or bool(roles & _FEMALE_WORDS),
                foreign=foreign or _not_official(text, start, end),
            )
            persons[key] = person
        person.titles += [t for t in titles if t not in person.titles]
        person.roles |= roles
        person.female = person.female or bool(roles & _FEMALE_WORDS)
        if not person.female and _her_after_re().match(text, end, end + 120):
            person.female = True  # "X said her department ...": a woman
        refs.append(Ref(left, start, end, "name", key))

    # A two-syllable name needs a title once ("General Secretary To Lam"); after that,
    # "To Lam" alone is the same person.
    for left, start, end, key in untitled:
        if key in persons:
            refs.append(Ref(left, start, end, "name", key))
            name_spans.append((start, end))
    name_spans.sort()
    given: dict[str, list[str]] = {}
    for person in persons.values():
        given.setdefault(person.given, []).append(person.key)
    # Given names standing alone ("Minh said"), titles ("the Deputy FM"), pronouns.
    extra: list[Ref] = []
    if given:
        surfaces = {text[r.start : r.end].split()[-1] for r in refs}
        surfaces |= {ascii_name(w) for w in surfaces}
        surfaces |= {w.upper() for w in surfaces} | {w.title() for w in surfaces}
        alternation = "|".join(sorted(map(re.escape, surfaces), key=len, reverse=True))
        span_index = 0
        for match in re.finditer(rf"(?:{alternation})(?![^\W\d_])", text):
            if match.start() and _letter_re().match(text, match.start() - 1):
                continue  # inside a word
            token = match.group()
            if not _titlecase(token):
                continue
            word = fold(token)
            if word not in given:
                continue
            pos = match.start()
            while span_index < len(name_spans) and name_spans[span_index][1] <= pos:
                span_index += 1
            if span_index < len(name_spans) and name_spans[span_index][0] <= pos:
                continue  # inside a full name
            before = _rx.search(r"([^\W\d_]+)\s$", text[max(0, pos - 20) : pos])
            after = _rx.match(r"\s([^\W\d_]+)", text[match.end() : match.end() + 20])
            if (
                before
                and _titlecase(before.group(1))
                and is_syllable(before.group(1))
                and before.group(1).lower() not in _OPENERS  # "In Minh's view"
            ):
                # "Ms. Ngoc Anh said": the last two syllables of a name refer back too.
                pair = f"{fold(before.group(1))} {word}"
                if not any(key.endswith(" " + pair) for key in given[word]):
                    continue
                pos -= len(before.group())
            if after and _titlecase(after.group(1)) and is_syllable(after.group(1)):
                continue
            left = title_region(text, pos, 0)
            extra.append(Ref(left, pos, match.end(), "given", word))
    for match in _role_ref_re().finditer(text):
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "_"):
            continue
        role = " ".join((match.group("role") or match.group("role2")).lower().split())
        role = role.replace("vice state president", "vice president")
        adjective = match.group("foreign")
        foreign_role = adjective is not None and adjective.lower().replace(".", "") in FOREIGN
        target = None if foreign_role else "?" + role
        extra.append(Ref(match.start(), match.start(), match.end(), "role", target))
    for match in _pronoun_re().finditer(text):
        which = "she" if (match.group("she") or match.group("her") or match.group("hers")) else "he"
        start = match.start("he") if match.group("he") else match.start()
        for group in ("he", "she", "him", "her", "his", "hers"):
            if match.group(group):
                start = match.start(group)
                break
        extra.append(Ref(start, start, match.end(), "pronoun", None, which))
    refs += extra
    refs.sort(key=lambda r: (r.left, r.end))
    _resolve(refs, persons, given)
    # "Ms. Dung said": a woman, whatever her name shows.
    for ref in refs:
        if (
            ref.kind == "given"
            and ref.person in persons
            and _rx.search(
                r"\b(?:Ms|Mrs|Madam|Madame)\.?\s+$", text[max(0, ref.left - 8) : ref.start]
            )
        ):
            persons[ref.person].female = True
    return People(persons, refs)


def _resolve(refs: list[Ref], persons: dict[str, Person], given: dict[str, list[str]]) -> None:
    """Resolve given names and titles to the most recently named person who fits."""
    recent: list[str] = []
    for ref in refs:
        if ref.kind == "given" and ref.person is not None:
            candidates = given.get(ref.person, [])
            ref.person = next((k for k in reversed(recent[-200:]) if k in candidates), None) or (
                candidates[0] if candidates else None
            )
        elif ref.kind == "role" and ref.person is not None:
            role = ref.person[1:]
            title = _ROLE_TITLES.get(role)

            def fits(key: str, role: str = role, title: Title | None = title) -> bool:
                person = persons[key]
                if role in ("leader", "vietnamese leader"):
                    return any(t in _LEADERS for t in person.titles)
                if role in ("official", "vietnamese official", "host"):
                    return True  # the last official named ("the host" receives a guest)
                if title is not None and title in person.titles:
                    return True
                return title is None and role in person.roles

            ref.person = next((k for k in reversed(recent[-200:]) if fits(k)), None)
            if ref.person is None and title is Title.FOREIGN_MINISTER and role == "minister":
                ref.person = next(
                    (k for k in reversed(recent[-200:]) if "minister" in persons[k].roles), None
                )
        if ref.person is not None and ref.kind != "pronoun":
            if ref.person in persons and persons[ref.person].foreign:
                ref.person = None
                continue
            recent.append(ref.person)
