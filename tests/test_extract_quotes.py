"""Rules for quote attribution and spans. Every text here is invented for these tests."""

from __future__ import annotations

import pytest

from vndiplo._extract import extract


def quotes(text: str) -> list[tuple[str, str, str]]:
    return [(q.speaker, q.kind.value, q.text) for q in extract(text).quotes]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("noted that", "asked"),
        ("said", "urged"),
        ("affirmed that", "requested"),
        ("also stressed that", "called on"),
    ],
)
def test_a_request_after_a_statement_is_a_second_quote(first: str, second: str) -> None:
    text = (
        f"Deputy FM Lương Văn Khoa {first} exports to Chile had doubled, and {second} the "
        "trade offices to find new buyers for coffee."
    )
    assert quotes(text) == [
        ("Luong Van Khoa", "reported", "exports to Chile had doubled"),
        ("Luong Van Khoa", "reported", "the trade offices to find new buyers for coffee"),
    ]


def test_asked_without_a_request_to_stays_in_the_first_quote() -> None:
    # "and asked about ..." is no request of the speaker's: the clause is not cut there.
    text = (
        "Deputy FM Lương Văn Khoa said reporters had come to the port, and asked about "
        "the new ferry."
    )
    assert [t for _, _, t in quotes(text)] == [
        "reporters had come to the port, and asked about the new ferry"
    ]


@pytest.mark.parametrize("participle", ["urging", "asking", "requesting", "calling on"])
def test_a_request_in_a_participle_after_a_direct_quote(participle: str) -> None:
    text = (
        "“Rice farmers need buyers abroad,” Prime Minister Đoàn Minh Quý said, "
        f"{participle} the embassies to open trade desks this year."
    )
    assert quotes(text) == [
        ("Doan Minh Quy", "direct", "Rice farmers need buyers abroad"),
        ("Doan Minh Quy", "reported", "the embassies to open trade desks this year"),
    ]


def test_a_request_in_a_participle_after_reported_speech() -> None:
    text = (
        "Prime Minister Đoàn Minh Quý said rice exports were rising, urging the embassies "
        "to open trade desks."
    )
    assert [t for _, _, t in quotes(text)] == [
        "rice exports were rising",
        "the embassies to open trade desks",
    ]


@pytest.mark.parametrize("lead", ["", "In her speech, ", "On Tuesday, "])
def test_an_act_then_saying_reports_only_the_participle(lead: str) -> None:
    text = (
        f"{lead}Foreign Minister Vũ Thị Lan praised the work of the consulates, saying they "
        "had brought home 300 sailors."
    )
    assert quotes(text) == [("Vu Thi Lan", "reported", "they had brought home 300 sailors")]


def test_a_participle_after_an_object_named_first_is_not_the_objects() -> None:
    # The official is the object here; the participle belongs to the unnamed subject.
    text = "On Tuesday, envoys met Foreign Minister Vũ Thị Lan, saying trade would grow."
    assert quotes(text) == []


@pytest.mark.parametrize(
    "attribution",
    [
        "according to Mai Văn Phúc, head of the provincial external relations office, who said",
        "according to Mai Văn Phúc, who said that",
        "said Mai Văn Phúc, who added that",
    ],
)
def test_a_relative_clause_of_the_speaker_is_a_second_quote(attribution: str) -> None:
    text = (
        f"Border trade with Laos has doubled, {attribution} new checkpoints would open in spring."
    )
    assert quotes(text) == [
        ("Mai Van Phuc", "reported", "Border trade with Laos has doubled"),
        ("Mai Van Phuc", "reported", "new checkpoints would open in spring"),
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "with Deputy Prime Minister Lò Văn Sơn telling the governors that",
        "with Deputy Prime Minister Lò Văn Sơn saying",
        "with Deputy Prime Minister Lò Văn Sơn stressing that",
    ],
)
def test_with_x_telling_y_that_is_an_attribution(clause: str) -> None:
    text = f"The forum on border trade opened on Monday, {clause} the gates must stay open."
    assert quotes(text) == [("Lo Van Son", "reported", "the gates must stay open")]


def test_a_participle_after_a_name_without_with_is_no_attribution() -> None:
    text = "The photo shows Deputy Prime Minister Lò Văn Sơn saying goodbye to the governors."
    assert quotes(text) == []


@pytest.mark.parametrize(
    "between",
    ["at a year-end meeting with foreign envoys", "in a far-reaching speech", "on Saturday"],
)
def test_said_then_a_phrase_then_that(between: str) -> None:
    text = f"NA Chairwoman Tạ Thị Mai said {between} that ten treaties had been ratified."
    assert quotes(text) == [("Ta Thi Mai", "reported", "ten treaties had been ratified")]


@pytest.mark.parametrize("closing", ["she recalled", "she said", "she recalled in the interview"])
def test_a_relayed_statement_belongs_to_who_relays_it(closing: str) -> None:
    text = (
        "Deputy FM Hứa Thị Ngân spoke to the press. President Cù Văn Tài asked the envoys "
        f"to help farmers sell abroad, {closing}."
    )
    assert quotes(text) == [
        (
            "Hua Thi Ngan",
            "reported",
            "President Cù Văn Tài asked the envoys to help farmers sell abroad",
        )
    ]


def test_a_name_closing_the_sentence_without_a_verb_relays_nothing() -> None:
    text = (
        "President Cù Văn Tài asked the envoys to help farmers sell abroad, Deputy FM "
        "Hứa Thị Ngân among them."
    )
    assert [s for s, _, _ in quotes(text)] == ["Cu Van Tai"]


def test_a_bulleted_list_after_one_request_is_one_quote() -> None:
    text = (
        "The consular meeting closed on Friday.\n\n"
        "Closing the meeting, Foreign Minister Kiều Văn Lộc asked the consulates to:\n\n"
        "- Answer every hotline call within the hour;\n"
        "- Visit detained fishermen. Report each visit.\n"
        "- Keep lists of citizens up to date.\n\n"
        "The meeting then ended."
    )
    assert quotes(text) == [
        (
            "Kieu Van Loc",
            "reported",
            "the consulates to:\n\n- Answer every hotline call within the hour;\n"
            "- Visit detained fishermen. Report each visit.\n"
            "- Keep lists of citizens up to date",
        )
    ]


def test_a_numbered_list_after_said_colon_is_the_quote() -> None:
    text = (
        "The consular meeting closed on Friday.\n\n"
        "Foreign Minister Kiều Văn Lộc stressed:\n\n"
        "1. Citizens come first;\n"
        "2. Every call gets an answer.\n\n"
        "Delegates applauded."
    )
    assert quotes(text) == [
        (
            "Kieu Van Loc",
            "reported",
            "Citizens come first;\n2. Every call gets an answer",
        )
    ]


def test_a_list_after_a_sentence_with_no_quote_is_nobodys() -> None:
    text = (
        "The consular meeting closed on Friday.\n\n"
        "Foreign Minister Kiều Văn Lộc chaired the meeting, which covered:\n\n"
        "- hotline calls;\n"
        "- detained fishermen."
    )
    assert quotes(text) == []


@pytest.mark.parametrize(
    "occasion",
    ["as he addressed the opening session", "when he spoke at the forum", "as she opened it"],
)
def test_as_he_addressed_is_the_occasion_not_what_was_said(occasion: str) -> None:
    text = f"PM Hà Quang Vinh asked the envoys to court chip makers, {occasion}."
    assert quotes(text) == [("Ha Quang Vinh", "reported", "the envoys to court chip makers")]


def test_as_in_the_content_is_kept() -> None:
    text = "PM Hà Quang Vinh said exports grew, as he had predicted a year ago."
    assert [t for _, _, t in quotes(text)] == ["exports grew, as he had predicted a year ago"]


@pytest.mark.parametrize(
    ("said", "kind"),
    [("“No mission is too small to sell rice”", "direct"), ("no mission is too small", "reported")],
)
def test_as_x_told_y_introduces_what_follows(said: str, kind: str) -> None:
    text = (
        f"We will keep at it. As Foreign Minister Phùng Văn Hòa told the envoys in March, {said}."
    )
    assert quotes(text) == [("Phung Van Hoa", kind, said.strip("“”"))]


@pytest.mark.parametrize(
    "silence", ["but did not elaborate", "but declined to give a date", "but gave no details"]
)
def test_what_the_speaker_left_unsaid_is_not_in_the_span(silence: str) -> None:
    text = f"NA Chairman Lại Văn Hùng said that ties with Cuba would grow, {silence}."
    assert quotes(text) == [("Lai Van Hung", "reported", "ties with Cuba would grow")]


def test_but_in_what_was_said_is_kept() -> None:
    text = "NA Chairman Lại Văn Hùng said that ties would grow, but slowly."
    assert [t for _, _, t in quotes(text)] == ["ties would grow, but slowly"]


def test_the_writers_ordinal_before_a_point_is_not_said() -> None:
    text = (
        "PM Hà Quang Vinh set out his tasks. Secondly, ports must be modernised, he said. "
        "Thirdly, the PM asked the envoys to court investors."
    )
    assert [t for _, _, t in quotes(text)] == [
        "ports must be modernised",
        "the envoys to court investors",
    ]


def test_a_closing_attribution_by_the_same_person_relays_nothing() -> None:
    text = "Deputy FM Hứa Thị Ngân said that visas would be eased, Ngân added."
    assert [s for s, _, _ in quotes(text)] == ["Hua Thi Ngan"]


@pytest.mark.parametrize("lead", ["", "At the meeting, "])
def test_a_participle_after_a_relative_clause_is_not_the_subjects(lead: str) -> None:
    text = (
        f"{lead}Deputy FM Lương Văn Khoa received the envoy of Japan, who thanked Vietnam, "
        "saying ties were strong."
    )
    assert quotes(text) == []


@pytest.mark.parametrize(
    "said",
    [
        "“Rice needs buyers,” Prime Minister Đoàn Minh Quý said",
        "Rice needs buyers, Prime Minister Đoàn Minh Quý said",
        "Rice needs buyers, said Prime Minister Đoàn Minh Quý",
    ],
)
def test_and_asked_after_an_attribution_is_a_second_quote(said: str) -> None:
    text = f"{said}, and asked the embassies to open trade desks."
    assert [t for _, _, t in quotes(text)] == [
        "Rice needs buyers",
        "the embassies to open trade desks",
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "told delegates that, for the first time, envoys had come",
        "said, however, that envoys had come",
        "later told reporters that envoys had come",
        "pledged that envoys had come",
        "reminded the audience that envoys had come",
    ],
)
def test_more_ways_of_reporting_a_statement(clause: str) -> None:
    said = clause.split("that", 1)[1].lstrip(", ")
    assert quotes(f"Deputy FM Lương Văn Khoa {clause}.") == [("Luong Van Khoa", "reported", said)]


def test_an_object_before_adding_that_still_gives_a_second_quote() -> None:
    text = (
        "Ambassador Tăng Hữu Phước spoke. The embassy had handled many cases, Mr. Phước "
        "told reporters, adding that protecting interns was now its heaviest task."
    )
    assert quotes(text) == [
        ("Tang Huu Phuoc", "reported", "The embassy had handled many cases"),
        ("Tang Huu Phuoc", "reported", "protecting interns was now its heaviest task"),
    ]


def test_put_it_with_a_colon_introduces_a_quotation() -> None:
    text = 'Deputy FM Lý Hoàng Phi, who chaired the meeting, put it bluntly: "Words are not deeds."'
    assert quotes(text) == [("Ly Hoang Phi", "direct", "Words are not deeds")]


def test_an_as_clause_inside_a_sentence_makes_the_sentence_the_quote() -> None:
    text = (
        "Over five years, as Foreign Minister Kiều Quang Hưng reminded delegates yesterday, "
        "the country chaired ASEAN."
    )
    assert quotes(text) == [("Kieu Quang Hung", "reported", text[:-1])]


def test_an_as_clause_at_the_end_attributes_what_comes_before() -> None:
    text = "The sector grew fast, as Foreign Minister Kiều Quang Hưng said."
    assert quotes(text) == [("Kieu Quang Hung", "reported", "The sector grew fast")]


def test_a_proposal_after_a_statement_is_a_second_quote() -> None:
    text = (
        "Deputy FM Kim Thị Phương Thảo said evacuations had grown, and proposed that the "
        "protection fund be expanded."
    )
    assert quotes(text) == [
        ("Kim Thi Phuong Thao", "reported", "evacuations had grown"),
        ("Kim Thi Phuong Thao", "reported", "the protection fund be expanded"),
    ]
