"""Quotes: direct quotations and reported speech attributed to named officials.

Rules, as a reader of this register states them:

- Text inside quotation marks that opens a sentence (or follows "X said:") and carries an
  attribution ('..., he said', '..., said X') is a direct quote; a quotation that runs
  over several paragraphs opens each paragraph with a mark and closes only at its end.
- "X said (that) ...", "X stressed/noted/added/affirmed ... that ...", "X told the
  press that ..." report speech; so do "..., X said", "..., said X" and "..., according
  to X", and "According to X, ...", "In X's view, ...", "In the view of X, ...", "In his
  opinion, ...", "As X put it, ..." (what follows the comma).
- "The head of the department, X, said that ...": a name set off by commas speaks.
- "X asked/urged Y to ..." reports a request: the span runs from Y.
- "..., he said, adding that ..." is two quotes, one per reporting clause; so are
  "X reported that A, but said (that) B", "X noted that A, and asked Y to B",
  "..., X said, urging Y to ...", "..., according to X, director of Z, who said ..." and
  "In his speech, X praised the sector, saying ..." (the participle only).
- "..., with X telling Y that ..." attributes what follows "that".
- "X asked Y to ..., she recalled": the closing clause reports the whole sentence, so it
  is her quote. A bulleted list after "X requested Y to:" is one quote over the list.
- Not what was said: ", as he addressed the session" (the occasion), ", but did not
  elaborate", and a writer's "Secondly," before a point with a trailing attribution.
- "X laid out three tasks ...: First, ... Second, ... Third, ..." is one quote, from
  "First" to the end of the last point (the points are the content of one clause).
- An attribution in the middle of a sentence ("..., the President noted, has ...")
  makes the whole sentence the quote.
- A span covers what was said: after "that" or the opening mark, up to the last word,
  without the closing mark or trailing punctuation.
- A quote is direct only when its whole span is inside quotation marks.
- "X congratulated Y ... and said (that) ..." reports speech after a first clause of the
  same subject; "X proposed/suggested/called for ..." reports what follows, "that" or not.
- ", while addressing the opening session ..." is the occasion, not what was said.
- In Q&A copy, an answer wholly in quotation marks ('A: “...”', or a quoted line right
  after a question line) is the direct speech of the official named last before the
  first question.
- Groups, institutions and unnamed people ("participants agreed") are not speakers;
  a pronoun refers to the last person named outside what was quoted (an unknown person
  after a known one in the same sentence is an object and does not intervene).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from attrs import define

from vndiplo._extract import _rx
from vndiplo._extract._model import ExtractedQuote
from vndiplo._extract._people import People, Ref
from vndiplo._extract._segment import Locator, Sentence
from vndiplo._vocab import QuoteKind

_OPENING = "“«„"
_CLOSING = "”»"
_MARKS = '“”«»„"‘’'

_SAY_FREE = (
    "said|says|stressed|noted|added|affirmed|stated|emphasised|emphasized|underlined"
    "|underscored|reiterated|highlighted|asserted|elaborated|stresses|notes|adds|affirms"
    "|was quoted as saying|put it(?: [a-z]+ly)?"
)
_SAY_THAT = (
    "reported|responded|replied|concluded|announced|revealed|acknowledged|insisted|cautioned"
    "|warned|suggested|proposed|explained|confirmed|pointed out|recalled|observed|commented"
    "|remarked|believed|held|told|informed|assured|briefed|shared|expressed|predicted"
    "|estimated|admitted|argued|agreed|maintained|continued|wrote|recommended|called for"
    "|calls for|proposes|suggests|pledged|vowed|promised|reminded"
)
# Verbs of proposal report what follows them, with or without "that" ("X proposed
# setting up ...", "X called for closer links").
_PROPOSE = "proposed|suggested|recommended|called for|calls for|proposes|suggests"
_ASK = (
    "asked|urged|requested|called on|called upon|encouraged|instructed|requires|required|asks|urges"
)
# Verbs that may follow a first clause of the same subject: "X met Y and said ...".
_COORDINATED = rf"{_SAY_FREE}|{_PROPOSE}|{_ASK}|expressed|told|assured|pointed out"
_PARTICIPLES = (
    "noting|stressing|saying|emphasising|emphasizing|affirming|explaining|underlining"
    "|asserting|stating|highlighting|underscoring|reiterating|pointing out|stressing"
    # A request in a participle reports it as "asked Y to" does: "..., the PM said,
    # urging missions to report" spans from "missions".
    "|urging|asking|requesting|calling on|calling upon|calling for"
)
_PREPOSITIONS = frozenset(
    "in at on during while when after before with from through via as to for".split()
)
_OBJECT_WORDS = frozenset(
    "the press reporters journalists delegates participants him her them media a an his "
    "their its local foreign vietnamese visiting hope belief confidence conviction view "
    "opinion wish concern earlier later recently yesterday today last this again also "
    "repeatedly once".split()
)


@cache
def _verb_after_re() -> re.Pattern[str]:
    return re.compile(
        # An apposition, perhaps a chain of titles: "X, Politburo member, Deputy Prime
        # Minister and Foreign Minister, said".
        r"(?:(?P<paren>(?:,\s+[^,“”\"]{1,160}?){1,3},)|,\s+who\b)?"
        # "X on December 20 said", "X at the event also stressed"
        r"(?:\s+(?:on|at|in|during)\s+(?:[\w’'-]+\s+){0,3}?(?:[\w’'-]+))?"
        r"\s+(?:(?:has|had|have|also|then|further|again|once again|however|meanwhile|later"
        r"|earlier|separately|subsequently|previously)\s*,?\s+)*"
        rf"(?P<verb>{_SAY_FREE}|{_SAY_THAT}|{_ASK})\b"
    )


@cache
def _coordinated_re() -> re.Pattern[str]:
    # "X congratulated the ambassador on her new post and said (that) ...": the first
    # clause is an act of the same subject; the reporting clause follows "and".
    return re.compile(
        r"[^.;:“”\"()]{1,200}?\s+and\s+(?:also\s+|then\s+|further\s+)?"
        rf"(?P<verb>{_COORDINATED})\b"
    )


_INVERTED = rf"(?:,\s*[”\"’]?|[”\"]\s*,?)\s*(?:{_SAY_FREE}|{_SAY_THAT})\s+$"
_SAY_FREE_SPACE = rf"(?:{_SAY_FREE})\s+"


@cache
def _intro_colon_re() -> re.Pattern[str]:
    return re.compile(rf"(?::|\b(?:{_SAY_FREE}|continued),?)\s*$")


@cache
def _view_lead_re() -> re.Pattern[str]:
    return re.compile(r"(?P<as>As\s+)|In\s+(?P<of>the\s+(?:view|opinion|words)\s+of\s+)?")


@cache
def _view_tail_re() -> re.Pattern[str]:
    # After "In X" / "In his": "'s view, ", " opinion, ".
    return re.compile(r"(?:’s|'s)?\s+(?:view|opinion|assessment|words)\s*,\s*")


@cache
def _as_tail_re() -> re.Pattern[str]:
    # After "As X": " put it, ", " noted in his speech, ".
    return re.compile(
        rf"\s+(?:(?:has|had|also)\s+)*(?:put\s+it|{_SAY_FREE}|pointed\s+out|observed|explained"
        r"|told|reminded)"  # "As X told the review in July, ..."
        r"(?:\s+[^,.;“”\"]{1,60}?)?\s*,\s*"
    )


@cache
def _as_aside_re() -> re.Pattern[str]:
    return re.compile(r",\s+as\s+")


# After "..., as X": the verb of saying and what may follow it up to a comma or the end.
_AS_VERB = (
    rf"\s+(?:(?:has|had|also)\s+)*(?:put\s+it|{_SAY_FREE}|pointed\s+out|observed|explained"
    r"|reminded|recalled|told)(?:\s+[^,.;“”\"]{1,80}?)?"
)


@cache
def _as_aside_tail_re() -> re.Pattern[str]:
    # " reminded delegates in his closing remarks, " and the sentence goes on.
    return re.compile(rf"{_AS_VERB}\s*,\s+(?=\S)")


@cache
def _as_aside_end_re() -> re.Pattern[str]:
    # " said." closing the sentence.
    return re.compile(rf"{_AS_VERB}\s*[.!?]?\s*$")


@cache
def _occasion_re() -> re.Pattern[str]:
    # The occasion of a statement, not what was said: "..., while addressing the opening",
    # "..., as he addressed the opening session".
    return re.compile(
        r",\s+(?:(?:while|when)\s+(?:addressing|speaking\s+at|attending|chairing|co-chairing"
        r"|delivering|receiving|hosting|presiding\s+over|meeting\s+with|visiting|working\s+with)"
        r"|(?:while|when|as)\s+(?:he|she)\s+(?:addressed|spoke\s+(?:at|to)|was\s+speaking"
        r"|opened|closed|chaired|co-chaired|attended|delivered|received|hosted|presided"
        r"|met\s+with|visited|worked\s+with))\b"
    )


@cache
def _ordinal_lead_re() -> re.Pattern[str]:
    # "Secondly, Vietnam must ..., he said": a report that walks through a speech point by
    # point numbers the points itself; the ordinal is not what was said.
    return re.compile(r"(?:First|Second|Third|Fourth|Fifth|Sixth)(?:ly)?,\s+")


@cache
def _withheld_re() -> re.Pattern[str]:
    # "X said A, but did not elaborate / declined to give details": what the speaker left
    # unsaid is the writer's remark, not part of the statement.
    return re.compile(
        r",\s+but\s+(?:(?:did\s+not|didn[’']t|declined\s+to|refused\s+to|would\s+not)\s+"
        r"(?:elaborate|give|say|specify|comment|provide|name|disclose|detail)"
        r"|gave\s+no\s+(?:details|figures|date|timeline|timeframe))\b"
    )


@cache
def _occasion_tail_re() -> re.Pattern[str]:
    # Where a statement was made, closing the sentence: "..., at the 32nd Diplomatic
    # Conference in Hanoi on December 19", "..., in an interview with VNA".
    occasion = (
        r"conference|congress|meeting|session|event|ceremony|forum|workshop|seminar"
        r"|briefing|interview|speech|remarks|address|talks|dialogue|gathering|plenary"
    )
    return re.compile(
        r",\s+(?:(?:at|during|on\s+the\s+(?:sidelines|occasion)\s+of)\s+(?:the|a|an|this|his|her)"
        r"|in\s+(?:a|an|his|her))\s+"  # not "in the spirit of the Congress": that is content
        rf"(?:(?!and\b)[^,;.“”\"]){{0,60}}?\b(?:{occasion})\b"
        r"[^,;“”\"]{0,80}$",
        re.IGNORECASE,
    )


@cache
def _participle_re() -> re.Pattern[str]:
    # "adding" reports speech only with "that" ("adding value to exports" does not).
    return re.compile(rf",\s+(?:and\s+)?(?:adding\s+that|(?:{_PARTICIPLES})\s+(?:that\s+)?)\s*")


@cache
def _second_clause_re() -> re.Pattern[str]:
    # "X reported that A, but said (that) B": a second finite reporting verb of the same
    # subject after a comma opens a second quote. So does a request: "X noted that A, and
    # asked the ministry to B" (the second quote spans from "the ministry", as "asked Y to"
    # always does; the lookahead wants the "to" of the request in the same clause).
    return re.compile(
        r",\s+(?:but|and|yet)\s+(?:also\s+)?(?:(?:said|stressed|noted|added|warned|cautioned"
        r"|insisted|emphasised|emphasized|affirmed|underlined)\s+(?:that\s+)?"
        r"|(?:proposed|suggested|recommended)\s+that\s+"
        r"|(?:asked|urged|requested|called\s+on|called\s+upon|instructed)\s+"
        # "and asked about / whether ..." asks a question, not someone to do something.
        r"(?!(?:about|whether|if|how|why|what|after)\b)"
        r"(?:that\s+|(?=[^,;:.“”\"]{1,80}?\bto\b)))"
    )


@cache
def _then_re() -> re.Pattern[str]:
    # Right after an attribution, a second reporting clause of the same speaker: a
    # participle ("..., he said, adding that ...") or a finite verb ("..., he said, and
    # asked the envoys to ...").
    return re.compile(f"{_participle_re().pattern}|{_second_clause_re().pattern}")


@cache
def _with_speaking_re() -> re.Pattern[str]:
    # After the speaker of "with X telling Y that ...", "with X saying (that) ...": the
    # participle reports what follows (a request spans from its object, "urging Y to").
    return re.compile(
        r"\s+(?:also\s+)?(?:(?:telling|informing|assuring|reminding)\s+(?:[\w’'-]+\s+){1,8}?that"
        rf"|(?:{_PARTICIPLES})(?:\s+that)?)\s+"
    )


@cache
def _who_said_re() -> re.Pattern[str]:
    # "..., according to X, director of Y, who said (that) ...": a relative clause of the
    # speaker (after an optional apposition) reports a second statement.
    return re.compile(
        r"(?:,\s+[^,“”\"]{1,100}?)?,\s+who\s+(?:also\s+|further\s+)?"
        rf"(?:{_SAY_FREE})\s+(?:that\s+)?"
    )


@cache
def _appositive_re() -> re.Pattern[str]:
    return re.compile(rf"(?:,\s+[^,]{{1,100}}?)?(?=,\s+(?:and\s+)?(?:adding|{_PARTICIPLES}))")


@cache
def _foreign_titled_re() -> re.Pattern[str]:
    return re.compile(
        r"(?=[MPFASCKQGE])\b(?:Minister|President|PM|FM|Ambassador|Secretary|Chairman|Chairwoman|Premier"
        r"|Chancellor|King|Queen|Prince|Sultan|Senator|Governor|Mayor|Envoy|Speaker)\s+"
        r"(?P<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})"
    )


@cache
def _foreign_speaker_re() -> re.Pattern[str]:
    return re.compile(
        r"[A-Z](?<!\w.)[a-z]+(?:\s+[A-Z][a-z]+){1,3}(?:,\s+[^,]{1,160}?,)?\s+"
        r"(?:said|says|told|noted|stressed|added)\b"
    )


@define
class _Candidate:
    start: int
    end: int
    ref: Ref
    kind: QuoteKind | None = None  # None: decide from the quotation marks


def quote_regions(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans inside quotation marks (a multi-paragraph quotation is one region).

    Unbalanced marks are dropped, never an error.

    >>> quote_regions("He said “yes” and ”no", [(0, 21)])
    [(9, 12)]
    >>> quote_regions("‘Vietnam’s turn,’ he said", [(0, 25)])
    [(1, 16)]
    """
    regions: list[tuple[int, int]] = []
    open_at = -1
    marks = _mark_re()
    for index, (lo, hi) in enumerate(spans):
        for found in marks.finditer(text, lo, hi):
            pos = found.start()
            char = text[pos]
            if char == '"':
                if pos == lo and 0 <= open_at < lo:
                    continue  # a quotation over paragraphs reopens each one with a mark
                before = text[pos - 1] if pos > lo else " "
                opening = open_at < 0 and (before.isspace() or before in "([—–-")
            elif char == "“" and open_at >= 0 and text[open_at - 1] == "„":
                opening = False  # „German style“
            else:
                opening = char in _OPENING
            if opening:
                if open_at >= 0 and not (pos == lo and open_at < lo):
                    open_at = pos + 1  # a new quotation before the last closed
                elif open_at < 0:
                    open_at = pos + 1
            elif open_at >= 0:
                regions.append((open_at, pos))
                open_at = -1
        if open_at >= 0:
            following = spans[index + 1][0] if index + 1 < len(spans) else -1
            if following < 0 or text[following] not in '“«„"':
                open_at = -1
    if "‘" in text:
        regions += _single_regions(text, spans)
        regions.sort()
    return regions


def _single_regions(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations in single curly marks: ‘...’ (never an apostrophe: ’ before a letter)."""
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        open_at = -1
        for pos in range(text.find("‘", lo, hi), hi) if "‘" in text[lo:hi] else ():
            char = text[pos]
            if char == "‘" and (pos == lo or not text[pos - 1].isalnum()):
                open_at = pos + 1
            elif char == "’" and open_at >= 0:
                after = text[pos + 1] if pos + 1 < hi else " "
                if not after.isalnum():
                    out.append((open_at, pos))
                    open_at = -1
    return out


@cache
def _sentence_end_re() -> re.Pattern[str]:
    return re.compile(r"[.!?][”\"’]?\s|\n")


@cache
def _mark_re() -> re.Pattern[str]:
    return re.compile(r"[“”«»„\"]")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in '“«„"‘'):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in '.,;:!?”»"’/'):
        end -= 1
    return start, end


def find_quotes(
    text: str,
    sents: list[Sentence],
    people: People,
    spans: list[tuple[int, int]],
    skip_lines: set[int],
    regions: list[tuple[int, int]] | None = None,
) -> tuple[ExtractedQuote, ...]:
    """Direct and reported quotes attributed to the officials of *people*.

    *regions* are the spans inside quotation marks (:func:`quote_regions`), if known.
    """
    refs = list(people.refs)
    ref_starts = [r.left for r in refs]
    if regions is None:
        regions = quote_regions(text, spans)
    locate = Locator(sents)
    candidates: list[_Candidate] = []
    consumed: list[tuple[int, int]] = []
    foreign_marks: list[int] = []

    def ref_at(pos: int) -> Ref | None:
        index = bisect_left(ref_starts, pos)
        if index < len(refs) and refs[index].left == pos:
            return refs[index]
        return None

    def attribution_after(pos: int, limit: int) -> tuple[Ref, int] | None:
        """A '[,] he said' or '[,] said X' starting at *pos*; returns the ref and its end."""
        match = _rx.compiled(r"\s*,?\s*").match(text, pos, limit)
        at = match.end() if match else pos
        ref = ref_at(at)
        if ref is not None:
            verb = _verb_after_re().match(text, ref.end, limit)
            if verb and not verb.group("paren"):
                return ref, verb.end()
        inverted = _rx.compiled(_SAY_FREE_SPACE).match(text, at, limit)
        if inverted:
            ref = ref_at(inverted.end())
            if ref is not None:
                return ref, ref.end
        return None

    # Direct quotations.
    line_starts = [lo for lo, _ in spans]
    for qs, qe in regions:
        line = bisect_right(line_starts, qs - 1) - 1
        if line in skip_lines:
            continue
        lo = spans[line][0]
        sentence = locate.at(qs - 1)
        body = sentence.body if sentence else lo
        # Only the end of what precedes matters (and long sentences stay linear).
        before = text[max(body, qs - 1 - 200) : qs - 1]
        last_line = bisect_right(line_starts, qe) - 1
        line_end = spans[last_line][1]
        speaker: Ref | None = None
        tail_end = qe + 1
        if not before.strip() or _rx.search(r"[.!?][”\"]?\s+$", before):
            found = attribution_after(qe + 1, line_end)
            if found:
                speaker, tail_end = found
        if speaker is None:
            # "X said: “...”" (the verb or colon closes what precedes: its last characters).
            colon = _intro_colon_re().search(text, max(body, qs - 1 - 60), qs - 1)
            intro_lo, intro_hi = (body, qs - 1)
            if not colon and not before.strip() and line > 0:
                prev_lo, prev_hi = spans[line - 1]
                if text[prev_lo:prev_hi].rstrip().endswith(":"):
                    colon = _rx.search(":", ":")
                    intro_lo, intro_hi = prev_lo, prev_hi
                    prev_sentence = locate.at(prev_hi - 1)
                    if prev_sentence:
                        intro_lo = prev_sentence.start
            if colon:
                for ref in refs[bisect_left(ref_starts, intro_lo) :]:
                    if ref.left >= intro_hi:
                        break
                    verb = _verb_after_re().match(text, ref.end, intro_hi)
                    if verb:
                        speaker = ref
                        break
        if speaker is None:
            continue
        start, end = _trim(text, qs, qe)
        if end <= start:
            continue
        candidates.append(_Candidate(start, end, speaker, QuoteKind.DIRECT))
        stop = sentence.end if sentence else line_end
        sentence_end = locate.at(tail_end)
        if sentence_end is not None:
            stop = max(stop, sentence_end.end)
        rest = _then_re().match(text, tail_end, stop)
        if rest:
            a, b = _trim(text, rest.end(), stop)
            if b > a:
                candidates.append(_Candidate(a, b, speaker))
        consumed.append((qs - 1, stop))

    # Reported speech, sentence by sentence.
    consumed.sort()
    consumed_starts = [s for s, _ in consumed]
    reach = 0
    reach_to: list[int] = []
    for _, e in consumed:
        reach = max(reach, e)
        reach_to.append(reach)
    points_end = -1
    for number, sentence in enumerate(sents):
        if sentence.para in skip_lines or sentence.end <= points_end:
            continue
        index = bisect_left(consumed_starts, sentence.end) - 1
        if index >= 0 and reach_to[index] > sentence.start:
            continue
        points_end = _enumerated(text, sents, number, refs, ref_starts, candidates)
        if points_end >= 0:
            continue
        added = len(candidates)
        _reported(text, sentence, refs, ref_starts, candidates)
        points_end = _over_list(text, sents, number, refs, ref_starts, candidates, added)
        for match in _foreign_speaker_re().finditer(text, sentence.start, sentence.end):
            index = bisect_right(ref_starts, match.start()) - 1
            if index >= 0 and refs[index].end > match.start():
                continue
            if index + 1 < len(refs) and refs[index + 1].left < match.end():
                continue
            foreign_marks.append(match.start())

    # A foreign official named after a title ("Lao PM Khamla Vongsa thanked ...") is
    # someone a following "he" may mean: it blocks the pronoun.
    for match in _foreign_titled_re().finditer(text):
        index = bisect_right(ref_starts, match.start("who")) - 1
        if index >= 0 and refs[index].end > match.start("who"):
            continue
        if index + 1 < len(refs) and refs[index + 1].left < match.end():
            continue
        foreign_marks.append(match.start("who"))
    foreign_marks.sort()

    candidates += _interview_answers(text, spans, refs, people)
    candidates += _labelled_lines(text, spans, refs, people, skip_lines)
    candidates.sort(key=lambda c: (c.start, c.end))
    return _resolve(text, candidates, refs, people, regions, foreign_marks)


@cache
def _points_intro_re() -> re.Pattern[str]:
    # After the speaker: "laid out three tasks for the sector: First, ...".
    return re.compile(
        r"\s+(?:(?:also|then)\s+)?(?:laid\s+out|outlined|set\s+out|listed|identified"
        r"|proposed|suggested|pointed\s+out|highlighted|stressed|put\s+forward)"
        r"\s+[^:;.“”\"]{0,160}?:\s*(?=(?:First|Firstly|The\s+first)\b)"
    )


@cache
def _next_point_re() -> re.Pattern[str]:
    return re.compile(
        r"(?:Second|Secondly|Third|Thirdly|Fourth|Fourthly|Fifth|Fifthly|Sixth|Finally|Lastly"
        r"|The\s+(?:second|third|fourth|fifth|sixth|last))\b"
    )


def _enumerated(
    text: str,
    sents: list[Sentence],
    number: int,
    refs: list[Ref],
    ref_starts: list[int],
    out: list[_Candidate],
) -> int:
    """ "X laid out three tasks: First, ... Second, ... Third, ...": one quote of the points.

    The colon makes the numbered sentences that follow the content of the one reporting
    clause. Returns where the last point ends (-1 when the sentence is no such summary).
    """
    sentence = sents[number]
    lo, hi = sentence.start, sentence.end
    for ref in refs[bisect_left(ref_starts, lo) : bisect_left(ref_starts, hi)]:
        intro = _points_intro_re().match(text, ref.end, hi)
        if intro is None:
            continue
        last = number
        while last + 1 < len(sents) and _next_point_re().match(text, sents[last + 1].body):
            last += 1
        if last == number:
            return -1
        a, b = _trim(text, intro.end(), sents[last].end)
        out.append(_Candidate(a, b, ref))
        return sents[last].end
    return -1


@cache
def _bullet_re() -> re.Pattern[str]:
    # A list item opening a line: "- ", "• ", "1. ", "a) ".
    return re.compile(r"(?:[-–—•*▪●]|\d{1,2}[.)]|[a-z][.)])\s+(?=\S)")


def _list_after(text: str, sents: list[Sentence], number: int) -> int:
    """The last sentence of a list of items right after sentence *number*, which must end
    with a colon (-1 when there is none). Every paragraph of the list opens with a bullet."""
    if not text[sents[number].start : sents[number].end].rstrip().endswith(":"):
        return -1
    last = -1
    for index in range(number + 1, len(sents)):
        new_para = sents[index].para != sents[index - 1].para
        if new_para and not _bullet_re().match(text, sents[index].start):  # '1.' may end one
            break
        last = index
    return last


def _over_list(
    text: str,
    sents: list[Sentence],
    number: int,
    refs: list[Ref],
    ref_starts: list[int],
    out: list[_Candidate],
    added: int,
) -> int:
    """ "X requested the service to:" then a bulleted list: one quote over the list.

    The items are the content of the one reporting clause, so the quote the sentence gave
    (which ends at the colon) runs on to the end of the last item; after "X stressed:" the
    list alone is the quote. Returns where the list ends (-1 when there is none).
    """
    last = _list_after(text, sents, number)
    if last < 0:
        return -1
    sentence, stop = sents[number], sents[last].end
    if len(out) > added:
        if text[out[-1].end : sentence.end].strip() != ":":
            return -1  # the quote does not run to the colon
        cand = out[-1]
        out[-1] = _Candidate(cand.start, _trim(text, cand.start, stop)[1], cand.ref, cand.kind)
        return stop
    for ref in refs[
        bisect_left(ref_starts, sentence.start) : bisect_left(ref_starts, sentence.end)
    ]:
        verb = _verb_after_re().match(text, ref.end, sentence.end)
        if (
            verb
            and not verb.group("paren")
            and _rx.match(r"\s*:\s*$", text[verb.end() : sentence.end])
        ):
            bullet = _bullet_re().match(text, sents[number + 1].start, stop)
            a, b = _trim(text, bullet.end() if bullet else sents[number + 1].start, stop)
            out.append(_Candidate(a, b, ref))
            return stop
    return -1


@cache
def _question_re() -> re.Pattern[str]:
    return re.compile(r"\s*Q\s*[:.]\s+\S")


@cache
def _answer_re() -> re.Pattern[str]:
    # A whole answer in quotation marks, nothing else on the line.
    return re.compile(r"\s*A\s*[:.]\s*[“\"](?P<said>[^“”\"]+)[”\"]\s*")


@cache
def _bare_answer_re() -> re.Pattern[str]:
    return re.compile(r"\s*[“\"](?P<said>[^“”\"]+)[”\"]\s*")


def _is_question(text: str, lo: int, hi: int) -> bool:
    """A 'Q: ...' line, or a line of its own that asks a question (an interviewer's)."""
    if _question_re().match(text, lo, hi):
        return True
    line = text[lo:hi].strip()
    return 10 <= len(line) <= 200 and line.endswith("?") and line[:1] not in _MARKS


def _interview_answers(
    text: str, spans: list[tuple[int, int]], refs: list[Ref], people: People
) -> list[_Candidate]:
    """Q&A copy: an 'A: “...”' answer, or a line wholly in quotation marks right after a
    question line, is the interviewee's direct speech.

    The interviewee is the official named last before the first question (the lead or
    the caption names them). Unquoted answers carry no mark of speech and are left out.
    """
    if "?" not in text and "Q" not in text:
        return []  # no question in the text
    first = next((i for i, (a, b) in enumerate(spans) if _is_question(text, a, b)), -1)
    if first < 0:
        return []
    speaker: Ref | None = None
    for ref in refs:
        if ref.start >= spans[first][0]:
            break
        person = people.persons.get(ref.person or "")
        if ref.kind == "name" and person is not None and not person.foreign:
            speaker = ref
    if speaker is None:
        return []
    out: list[_Candidate] = []
    asked = True  # the line before was a question
    for a, b in spans[first + 1 :]:
        if not text[a:b].strip():
            continue
        answer = _answer_re().fullmatch(text, a, b)
        if answer is None and asked:
            answer = _bare_answer_re().fullmatch(text, a, b)
        asked = _is_question(text, a, b)
        if answer is not None:
            start, end = _trim(text, answer.start("said"), answer.end("said"))
            if end - start >= 3:
                out.append(_Candidate(start, end, speaker, QuoteKind.DIRECT))
    return out


def _labelled_lines(
    text: str, spans: list[tuple[int, int]], refs: list[Ref], people: People, skip: set[int]
) -> list[_Candidate]:
    """Interview and transcript copy: a line that opens with an official and a colon.

    "Deputy Minister X: We have received 267 proposals ..." is what X said, word for
    word, whether or not it stands in quotation marks: the rest of the line is a direct
    quote.  Labels that name no official ("ANCHOR:", "Q:") are not.
    """
    if ":" not in text:
        return []
    opening: dict[int, Ref] = {}
    for ref in refs:
        if ref.kind in ("name", "given") and ref.person is not None:
            opening.setdefault(ref.left, ref)
    out: list[_Candidate] = []
    for index, (a, b) in enumerate(spans):
        label = opening.get(a)
        if label is None or label.end >= b or index in skip:  # not a headline ("FM X: ...")
            continue
        person = people.persons.get(label.person or "")
        colon = _rx.compiled(r"\s*:\s*").match(text, label.end, b)
        if person is None or person.foreign or colon is None:
            continue
        start, end = _trim(text, colon.end(), b)
        if _words(text, start, end) >= 3:
            out.append(_Candidate(start, end, label, QuoteKind.DIRECT))
    return out


def _words(text: str, lo: int, hi: int) -> int:
    """How many words stand in ``text[lo:hi]``, counted up to three."""
    return min(3, len(text[max(lo, hi - 60) : hi].split()))


def _reported(
    text: str,
    sentence: Sentence,
    refs: list[Ref],
    ref_starts: list[int],
    out: list[_Candidate],
) -> None:
    lo, hi, body = sentence.start, sentence.end, sentence.body
    here = refs[bisect_left(ref_starts, lo) : bisect_left(ref_starts, hi)]
    here = [r for r in here if r.end <= hi]
    if not here:
        return

    def add(start: int, end: int, ref: Ref) -> None:
        occasion = _occasion_re().search(text, start, end)
        if occasion is not None:
            end = occasion.start()  # ", while addressing the session": the occasion
        if start == body:
            ordinal = _ordinal_lead_re().match(text, start, end)
            if ordinal is not None:
                start = ordinal.end()  # "Secondly, ..., he said": the writer's enumeration
        withheld = _withheld_re().search(text, start, end)
        if withheld is not None:
            end = withheld.start()  # ", but did not elaborate": the speaker's silence
        a, b = _trim(text, start, end)
        closing = _occasion_tail_re().search(text, a, b)
        if closing is not None and _words(text, a, closing.start()) >= 3:
            a, b = _trim(text, a, closing.start())  # "..., at the conference in Hanoi"
        if b - a >= 3:
            out.append(_Candidate(a, b, ref))

    def split_participle(start: int, ref: Ref) -> None:
        rest = _participle_re().search(text, start, hi)
        second = _second_clause_re().search(text, start, rest.start() if rest else hi)
        if second:  # "X reported that A, but said B": two reporting clauses
            add(start, second.start(), ref)
            start = second.end()
        if rest:
            add(start, rest.start(), ref)
            add(rest.end(), hi, ref)
        else:
            add(start, hi, ref)

    # "In X's view, ...", "In his opinion, ...", "As X put it, ...": what follows the comma.
    view = _view_lead_re().match(text, body, hi)
    if view:
        ref = next((r for r in here if r.left == view.end()), None)
        tail = None
        if ref is not None:
            tail_re = _as_tail_re() if view.group("as") else _view_tail_re()
            if view.group("of"):  # "In the view of X, ..."
                tail_re = _rx.compiled(r"\s*,\s*")
            tail = tail_re.match(text, ref.end, hi)
        if ref is not None and tail is not None:
            split_participle(tail.end(), ref)
            return

    # "Over five years, as X reminded delegates, Vietnam served ...": an attribution in
    # the middle of the sentence makes the whole sentence the quote.
    aside = _as_aside_re().search(text, body, hi)
    if aside:
        ref = next((r for r in here if r.left == aside.end()), None)
        if ref is not None and _as_aside_tail_re().match(text, ref.end, hi):
            add(body, hi, ref)
            return
        if ref is not None and _as_aside_end_re().match(text, ref.end, hi):
            add(body, aside.start(), ref)  # "The sector grew, as X said."
            return

    # "According to X, ..."
    opening = _rx.compiled(r"[Aa]ccording\s+to\s+").match(text, body, hi)
    if opening:
        ref = next((r for r in here if r.left == opening.end()), None)
        if ref is not None:
            comma = _rx.compiled(r"\s*,\s*").match(text, ref.end, hi)
            if comma:
                split_participle(comma.end(), ref)
                return

    for ref in here:
        if ref.left < body:
            continue
        window = max(body, ref.left - 200)
        before = text[window : ref.left]
        trailing = _rx.search(r"(?:,\s*[”\"’]?|[”\"]\s*,?)\s*$", before)
        inverted = _rx.search(_INVERTED, before)
        according = _rx.search(r",\s*according\s+to\s+$", before)
        if (inverted or according) and before.strip():
            cut = window + (inverted or according).start()  # type: ignore[union-attr]
            needed = 1 if inverted else 3
            if according and _words(text, body, cut) < 3:
                # "Meanwhile, according to X, ..." reads forward.
                comma = _rx.compiled(r"\s*,\s*").match(text, ref.end, hi)
                if comma:
                    split_participle(comma.end(), ref)
                    return
            if _words(text, body, cut) >= needed:
                add(body, cut, ref)
                tail = _appositive_re().match(text, ref.end, hi)
                rest = _then_re().match(text, tail.end() if tail else ref.end, hi)
                who = None if rest else _who_said_re().match(text, ref.end, hi)
                if rest:
                    add(rest.end(), hi, ref)
                elif who:  # "..., according to X, director of Y, who said ..."
                    split_participle(who.end(), ref)
                return
        verb = _verb_after_re().match(text, ref.end, hi)
        if verb is None:
            if ref is here[0] and ref.left == body:
                verb = _coordinated_re().match(text, ref.end, hi)
                if verb is not None and _rx.search(r"\bwho\b", verb.group()):
                    verb = None  # "X met Y, who ... and said": Y speaks
            if (
                verb is None
                and text[ref.end : ref.end + 1] == ","
                and (text[max(body, ref.left - 2) : ref.left].rstrip().endswith(","))
            ):
                # "The head of the department, X, said that ...": a name set off by commas.
                verb = _verb_after_re().match(text, ref.end + 1, hi)
            if verb is None and _rx.search(r"\bwith\s+$", text[max(body, ref.left - 6) : ref.left]):
                absolute = _with_speaking_re().match(text, ref.end, hi)
                if absolute:  # "..., with X telling the envoys that ..."
                    split_participle(absolute.end(), ref)
                    return
            if verb is None:
                continue
        name = " ".join(verb.group("verb").split())
        after = text[verb.end() : hi]
        colon = _rx.match(r"\s*:\s*", after)
        if colon:
            if verb.end() + colon.end() < hi and text[verb.end() + colon.end()] not in _MARKS:
                split_participle(verb.end() + colon.end(), ref)  # "He affirmed: Vietnam ..."
            return  # "X said: “...”" introduces a quotation
        told = name in ("told", "informed", "assured", "briefed")
        # "said at a year-end meeting with envoys that ...": the words between the verb and
        # "that" may be hyphenated.
        # "told delegates that, for the first time, ...": a comma may follow "that".
        that = _rx.match(r"\s+that,?\s+", after) or _rx.match(
            r"\s+(?:[\w’'-]+\s+){1,8}?that,?\s+", after
        )
        # "said, however, that ...": a connective set off by commas before "that".
        aside = _rx.match(
            r",\s+(?:however|though|moreover|therefore|nevertheless|meanwhile|in particular"
            r"|in addition|for example|for instance|once again|again|too),\s+that,?\s+",
            after,
        )
        if aside:
            that = aside
        elif that and "," not in that.group().rstrip().rstrip(","):
            lead = that.group().split()[0].lower()
            if lead != "that" and lead not in _PREPOSITIONS | _OBJECT_WORDS and not told:
                that = None
        elif that:
            that = None
        first = _rx.match(r"\s*[“\"]?([\w’']+)", after)
        forward = bool(that) or (
            first is not None
            and first.group(1).lower() not in _PREPOSITIONS
            and not told
            and any(_rx.fullmatch(verbs, name) for verbs in (_SAY_FREE, _ASK, _PROPOSE))
        )
        ends = _rx.match(r"\s*(?:[.;!?,]|$)", after)
        trailing_ok = bool(ends) or (first is not None and first.group(1).lower() in _PREPOSITIONS)
        trailing_ok = trailing_ok or (told and not that)
        if trailing and trailing_ok and not verb.group("paren") and not forward:
            cut = window + trailing.start()
            words_before = _words(text, body, cut)
            # "..., X told reporters, adding that ...": the verb's object comes first.
            heard = _rx.match(
                r"\s+(?:the\s+)?(?:press|media|reporters|journalists|delegates|participants"
                r"|conference|audience|meeting|him|her|them)\b",
                after,
            )
            participle = _then_re().match(text, verb.end() + (heard.end() if heard else 0), hi)
            continuation = _rx.match(r",\s+(?:and\s+)?([a-z]+)", after)
            if participle and words_before >= 3:
                add(body, cut, ref)
                add(participle.end(), hi, ref)
                return
            if continuation and not participle and continuation.group(1) not in _PREPOSITIONS:
                add(body, hi, ref)  # "..., the President noted, has raised ..."
                return
            if words_before >= 3:
                add(body, cut, ref)
                return
        last = here[-1]
        relayed = ref is not last and (ref.person is None or ref.person != last.person)
        if relayed and _closing_attribution(text, last, hi):
            continue  # "X asked Y to ..., she recalled": she reports the whole sentence
        # Forward: "X said (that) ...", "X told the press that ...", "X asked Y to ...".
        if _rx.fullmatch(_ASK, name):
            that_clause = _rx.match(r"\s+that\s+", after)
            if that_clause:  # "requested that ministries ..."
                split_participle(verb.end() + that_clause.end(), ref)
                return
            if _rx.search(r"\bto\b", after):
                split_participle(verb.end(), ref)
                return
            continue
        if that:
            split_participle(verb.end() + that.end(), ref)
            return
        if forward:
            split_participle(verb.end(), ref)
            return
    # "X then turned to ..., noting that ...", "In his speech, X acknowledged the efforts
    # of the sector, saying ...": what the subject did is no quote, the participle is.
    first_ref = here[0]
    if _opens_main_clause(text, body, first_ref):
        rest = _participle_re().search(text, first_ref.end, hi)
        # "X received the envoy, who thanked Vietnam, saying ...": the envoy is saying it.
        if rest and not _rx.compiled(r",\s+who\b").search(text, first_ref.end, rest.start()):
            add(rest.end(), hi, first_ref)


@cache
def _closing_tail_re() -> re.Pattern[str]:
    # What may follow the verb of an attribution that closes a sentence: nothing, or where
    # it was said ("..., she recalled in the interview.").
    return re.compile(r"(?:\s+(?:in|at|during|on)\s+[^,;“”\"]{1,60})?\s*[.!?]?\s*$")


def _closing_attribution(text: str, last: Ref, hi: int) -> bool:
    """Whether the sentence ends with "..., <last> said." (any verb of saying).

    Such a clause reports everything before it, even a statement of someone else's:
    in "The PM asked the sector to lead, she recalled" the words are hers to quote.
    """
    if not _rx.search(r",\s*[”\"’]?\s*$", text[max(0, last.left - 4) : last.left]):
        return False
    verb = _verb_after_re().match(text, last.end, hi)
    if verb is None or verb.group("paren") or _rx.fullmatch(_ASK, verb.group("verb")):
        return False
    return _closing_tail_re().match(text, verb.end(), hi) is not None


@cache
def _lead_phrase_re() -> re.Pattern[str]:
    # One short introductory phrase closed by a comma: "In his speech, ", "On Monday, ".
    return re.compile(r"[A-Z][^,.;:“”\"]{0,60},\s+")


def _opens_main_clause(text: str, body: int, ref: Ref) -> bool:
    """Whether *ref* is the subject of the sentence: at its start, or right after one
    introductory phrase ("In his speech, the PM ...")."""
    if ref.left == body:
        return True
    lead = _lead_phrase_re().match(text, body, ref.left)
    return lead is not None and lead.end() == ref.left


def _antecedent(
    events: list[tuple[int, str | None]], index: int, ref: Ref, people: People
) -> str | None:
    """The person a pronoun refers to: the last one named, of the right sex when known.

    "he" skips women (a "Thi" middle name, "Chairwoman"); "she" prefers the last woman
    among the few people named just before, else the last person. A foreign speaker in
    between leaves the pronoun unresolved.
    """
    fallback: str | None = None
    looked = 0
    while index >= 0 and looked < 8:
        who = events[index][1]
        if who is None:
            return fallback if ref.pronoun == "she" else None
        person = people.persons.get(who)
        index -= 1
        if person is None:
            continue
        looked += 1
        if ref.pronoun == "he":
            if not person.female:
                return who
            continue
        if person.female:
            return who
        fallback = fallback or who
    return fallback


def _resolve(
    text: str,
    candidates: list[_Candidate],
    refs: list[Ref],
    people: People,
    regions: list[tuple[int, int]],
    foreign_marks: list[int],
) -> tuple[ExtractedQuote, ...]:
    contents = sorted((c.start, c.end) for c in candidates)
    content_starts = [s for s, _ in contents]

    def inside_content(pos: int) -> bool:
        index = bisect_right(content_starts, pos) - 1
        return index >= 0 and contents[index][0] <= pos < contents[index][1]

    # Salience: people named outside quoted content, in text order.
    events: list[tuple[int, str | None]] = []
    named_end = -1  # where the last resolved reference ends
    for ref in refs:
        if ref.kind == "pronoun" or inside_content(ref.start):
            continue
        # "X congratulated the ambassador ...": an unknown person after a known one in the
        # same sentence is an object; the subject stays the one a pronoun means.
        if (
            ref.person is None
            and ref.kind == "role"
            and 0 <= named_end <= ref.start
            and _sentence_end_re().search(text, named_end, ref.start) is None
        ):
            continue
        events.append((ref.start, ref.person))
        if ref.person is not None:
            named_end = ref.end
    events += [(pos, None) for pos in foreign_marks]
    events.sort(key=lambda e: e[0])
    event_pos = [p for p, _ in events]

    out: list[ExtractedQuote] = []
    seen: set[tuple[int, int]] = set()
    region_starts = [s for s, _ in regions]
    for cand in candidates:
        key: str | None = cand.ref.person
        if cand.ref.kind == "pronoun":
            key = None
            key = _antecedent(events, bisect_left(event_pos, cand.ref.start) - 1, cand.ref, people)
        person = people.persons.get(key) if key else None
        if person is None or person.foreign:
            continue
        if (cand.start, cand.end) in seen:
            continue
        seen.add((cand.start, cand.end))
        kind = cand.kind
        if kind is None:
            index = bisect_right(region_starts, cand.start) - 1
            inside = index >= 0 and regions[index][0] <= cand.start
            inside = inside and cand.end <= regions[index][1]
            kind = QuoteKind.DIRECT if inside else QuoteKind.REPORTED
        said = text[cand.start : cand.end]
        out.append(ExtractedQuote(person.name, kind, cand.start, cand.end, said))
    return tuple(out)
