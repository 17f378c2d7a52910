"""Rules for officials and quotes. Every text here is invented for these tests."""

from __future__ import annotations

import pytest

from vndiplo._extract import extract


def officials(text: str) -> dict[str, list[str]]:
    return {o["name"]: o["titles"] for o in extract(text).to_dict()["officials"]}


def quotes(text: str) -> list[tuple[str, str, str]]:
    return [(q.speaker, q.kind.value, q.text) for q in extract(text).quotes]


def test_names_lose_their_diacritics_and_keep_family_name_first() -> None:
    assert officials("Deputy Foreign Minister Đặng Thị Thu Hà spoke.") == {
        "Dang Thi Thu Ha": ["deputy-foreign-minister"]
    }


@pytest.mark.parametrize(
    ("title", "ids"),
    [
        ("Party General Secretary", ["general-secretary"]),
        ("General Secretary of the Communist Party of Vietnam", ["general-secretary"]),
        ("President", ["state-president"]),
        ("State President", ["state-president"]),
        ("President of Viet Nam", ["state-president"]),
        ("Prime Minister", ["prime-minister"]),
        ("PM", ["prime-minister"]),
        ("Permanent Deputy Prime Minister", ["deputy-prime-minister"]),
        ("Deputy PM", ["deputy-prime-minister"]),
        ("National Assembly Chairman", ["na-chairman"]),
        ("Chairwoman of the National Assembly", ["na-chairman"]),
        ("Minister of Foreign Affairs", ["foreign-minister"]),
        ("FM", ["foreign-minister"]),
        ("Vice Foreign Minister", ["deputy-foreign-minister"]),
        ("Deputy Minister of Foreign Affairs", ["deputy-foreign-minister"]),
        ("Minister for Foreign Affairs", ["foreign-minister"]),
        ("Deputy Minister for Foreign Affairs", ["deputy-foreign-minister"]),
        ("Permanent Deputy Foreign Minister", ["deputy-foreign-minister"]),
        ("VFF President", ["vff-president"]),
        ("President of the Vietnam Fatherland Front Central Committee", ["vff-president"]),
        ("Politburo member", ["politburo-member"]),
        ("Member of the Politburo", ["politburo-member"]),
        (
            "Deputy Prime Minister and Foreign Minister",
            ["deputy-prime-minister", "foreign-minister"],
        ),
        ("Deputy Prime Minister, Foreign Minister", ["deputy-prime-minister", "foreign-minister"]),
        (
            "Politburo member and Deputy Prime Minister",
            ["politburo-member", "deputy-prime-minister"],
        ),
        (
            "Deputy Prime Minister cum Foreign Minister",
            ["deputy-prime-minister", "foreign-minister"],
        ),
        ("Deputy Prime Minister/Foreign Minister", ["deputy-prime-minister", "foreign-minister"]),
        (
            "Politburo member, Secretary of the Party Central Committee and head of its "
            "Commission for External Relations",
            ["politburo-member"],
        ),
    ],
)
def test_title_variants_before_the_name(title: str, ids: list[str]) -> None:
    assert officials(f"Later, {title} Vũ Hữu Nghĩa visited the ministry.") == {"Vu Huu Nghia": ids}


@pytest.mark.parametrize(
    "title",
    [
        "President of the Vietnam Union of Friendship Organisations",
        "Chairman of the Hai Phong People’s Committee",
        "Ambassador to Japan",
        "Vice President",
        "Vice Chairwoman of the National Assembly",
        "Vice President of the Vietnam Fatherland Front Central Committee",
        "NA Vice Chairman",
    ],
)
def test_offices_outside_the_vocabulary_give_an_official_without_titles(title: str) -> None:
    assert officials(f"On Monday, {title} Vũ Hữu Nghĩa spoke.") == {"Vu Huu Nghia": []}


def test_a_title_in_apposition_after_the_name() -> None:
    text = "Trịnh Quốc Bảo, Deputy Foreign Minister, opened the session."
    assert officials(text) == {"Trinh Quoc Bao": ["deputy-foreign-minister"]}


def test_officials_named_in_passing_are_listed_in_text_order() -> None:
    text = (
        "Attending were President Lò Văn Phúc, Prime Minister Hà Quang Vinh and "
        "NA Chairwoman Tạ Thị Mai."
    )
    assert list(officials(text)) == ["Lo Van Phuc", "Ha Quang Vinh", "Ta Thi Mai"]


def test_foreign_officials_are_not_listed() -> None:
    text = (
        "Deputy Foreign Minister Vũ Hữu Nghĩa met Lao Deputy Prime Minister Somsak Inthavong "
        "and Chinese Foreign Minister Li Qiang."
    )
    assert list(officials(text)) == ["Vu Huu Nghia"]


def test_places_are_not_people() -> None:
    text = "Leaders of Ho Chi Minh City, Khanh Hoa and Ha Long Bay met in Ha Noi."
    assert officials(text) == {}


def test_a_given_name_is_the_last_word_of_the_name() -> None:
    text = (
        "Prime Minister Đinh Văn Minh and Deputy FM Lâm Minh Tuấn met. "
        "Tuấn said the ministry would work faster. Minh said reforms would continue."
    )
    speakers = [s for s, _, _ in quotes(text)]
    assert speakers == ["Lam Minh Tuan", "Dinh Van Minh"]


def test_said_that_spans_what_follows_that() -> None:
    text = "Deputy FM Lâm Minh Tuấn said that the ministry would open two consulates."
    assert quotes(text) == [("Lam Minh Tuan", "reported", "the ministry would open two consulates")]


def test_trailing_and_inverted_attributions() -> None:
    text = (
        "Deputy FM Lâm Minh Tuấn spoke first. The sector must serve businesses better, Tuấn said. "
        "Exports to Africa will double by 2030, said the Deputy FM. "
        "Missions will report every quarter, according to Tuấn."
    )
    assert [t for _, _, t in quotes(text)] == [
        "The sector must serve businesses better",
        "Exports to Africa will double by 2030",
        "Missions will report every quarter",
    ]


def test_according_to_opens_a_reported_statement() -> None:
    text = "Deputy FM Lâm Minh Tuấn spoke. According to Tuấn, the plan is ready."
    assert quotes(text) == [("Lam Minh Tuan", "reported", "the plan is ready")]


@pytest.mark.parametrize(
    "opener",
    [
        "In Tuấn’s view,",
        "In Tuan's opinion,",
        "In his view,",
        "In the view of Deputy FM Tuấn,",
        "As Tuấn put it,",
        "As Deputy FM Tuấn put it in his speech,",
        "As Tuấn noted,",
    ],
)
def test_a_view_or_as_x_put_it_opens_a_reported_statement(opener: str) -> None:
    text = f"Deputy FM Lâm Minh Tuấn spoke. {opener} the plan is ready."
    assert quotes(text) == [("Lam Minh Tuan", "reported", "the plan is ready")]


def test_in_her_view_is_the_last_woman_named() -> None:
    text = "Deputy FM Lâm Thị Hoa spoke. In her view, the plan is ready."
    assert quotes(text) == [("Lam Thi Hoa", "reported", "the plan is ready")]


def test_a_name_set_off_by_commas_after_its_title_speaks() -> None:
    text = (
        "The director of the ministry's Press Department, Lâm Minh Tuấn, said that the plan "
        "is ready. Ambassador to Peru, concurrently accredited to Bolivia, Đỗ Văn Hải, "
        "was quoted as saying that the embassy is open."
    )
    assert quotes(text) == [
        ("Lam Minh Tuan", "reported", "the plan is ready"),
        ("Do Van Hai", "reported", "the embassy is open"),
    ]


def test_a_numbered_summary_after_one_attribution_is_one_quote() -> None:
    text = (
        "At the meeting, Deputy FM Lâm Minh Tuấn outlined two priorities for the year: "
        "First, opening new markets. Second, protecting citizens abroad. Delegates applauded."
    )
    assert quotes(text) == [
        (
            "Lam Minh Tuan",
            "reported",
            "First, opening new markets. Second, protecting citizens abroad",
        )
    ]


def test_quoted_answers_in_an_interview_are_the_interviewees() -> None:
    text = (
        "Ambassador Lâm Minh Tuấn gave an interview to the press.\n\n"
        "Q: What are the priorities?\n\n"
        "A: “Opening new markets comes first.”\n\n"
        "Q: And the community?\n\n"
        "A: We will keep helping them.\n"
    )
    assert quotes(text) == [("Lam Minh Tuan", "direct", "Opening new markets comes first")]


def test_a_quoted_line_after_a_bare_question_line_is_the_interviewees() -> None:
    text = (
        "Ambassador Lâm Minh Tuấn gave an interview to the press.\n\n"
        "What are the priorities for next year?\n\n"
        "“Opening new markets comes first.”\n\n"
        "“The community matters too.”\n"
    )
    assert quotes(text) == [("Lam Minh Tuan", "direct", "Opening new markets comes first")]


def test_asked_someone_to_spans_from_the_someone() -> None:
    text = "Prime Minister Hà Quang Vinh asked the envoys to find new markets for farm produce."
    assert quotes(text) == [
        ("Ha Quang Vinh", "reported", "the envoys to find new markets for farm produce")
    ]


def test_adding_that_makes_a_second_quote() -> None:
    text = (
        "Prime Minister Hà Quang Vinh spoke. Trade is the priority, he said, adding that "
        "investment would follow."
    )
    assert [t for _, _, t in quotes(text)] == ["Trade is the priority", "investment would follow"]


def test_an_attribution_inside_a_sentence_makes_the_whole_sentence_the_quote() -> None:
    text = "Prime Minister Hà Quang Vinh spoke. Our standing, the PM noted, has never been higher."
    assert quotes(text) == [
        ("Ha Quang Vinh", "reported", "Our standing, the PM noted, has never been higher")
    ]


@pytest.mark.parametrize(
    ("open_", "close"), [("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’"), ("„", "“")]
)
def test_direct_quotes_in_any_quotation_mark_style(open_: str, close: str) -> None:
    text = f"Prime Minister Hà Quang Vinh arrived. {open_}We will not wait,{close} he said."
    assert quotes(text) == [("Ha Quang Vinh", "direct", "We will not wait")]


def test_a_quotation_over_several_paragraphs_is_one_direct_quote() -> None:
    text = (
        "General Secretary Kiều Văn Lộc said:\n\n“First paragraph of the speech.\n\n"
        "“Second paragraph of the speech.\n\n“Last paragraph of the speech.”\n\nHe left."
    )
    found = quotes(text)
    assert len(found) == 1
    speaker, kind, said = found[0]
    assert (speaker, kind) == ("Kieu Van Loc", "direct")
    assert said.startswith("First paragraph")
    assert said.endswith("Last paragraph of the speech")


def test_a_quotation_over_paragraphs_in_straight_marks_is_one_direct_quote() -> None:
    text = (
        'General Secretary Kiều Văn Lộc said:\n\n"First paragraph of the speech.\n\n'
        '"Second paragraph of the speech.\n\n"Last paragraph of the speech."\n\nHe left.'
    )
    found = quotes(text)
    assert [(s, k) for s, k, _ in found] == [("Kieu Van Loc", "direct")]
    assert found[0][2].startswith("First paragraph")
    assert found[0][2].endswith("Last paragraph of the speech")


def test_a_quoted_fragment_inside_reported_speech_stays_reported() -> None:
    text = "President Lò Văn Phúc said the envoys are the “eyes and ears” of the country."
    assert quotes(text) == [
        ("Lo Van Phuc", "reported", "the envoys are the “eyes and ears” of the country")
    ]


def test_unbalanced_quotation_marks_never_crash() -> None:
    text = "President Lò Văn Phúc said “we ” will ” go “ on “ and on."
    assert extract(text).officials


def test_pronouns_resolve_to_the_last_person_named_outside_quoted_content() -> None:
    text = (
        "Deputy FM Lâm Minh Tuấn spoke. Following the orders of President Lò Văn Phúc, "
        "the sector grew, he said. He added that it would grow more."
    )
    assert [s for s, _, _ in quotes(text)] == ["Lam Minh Tuan", "Lam Minh Tuan"]


def test_she_prefers_a_woman() -> None:
    text = (
        "Deputy FM Đặng Thị Thu Hà met Prime Minister Hà Quang Vinh. She said the visit was useful."
    )
    assert [s for s, _, _ in quotes(text)] == ["Dang Thi Thu Ha"]


def test_the_title_refers_back_to_the_last_official_with_it() -> None:
    text = (
        "Deputy FM Lâm Minh Tuấn and Prime Minister Hà Quang Vinh spoke. "
        "The Deputy FM said talks were useful. The PM said they would continue."
    )
    assert [s for s, _, _ in quotes(text)] == ["Lam Minh Tuan", "Ha Quang Vinh"]


def test_group_and_institution_statements_are_not_quotes() -> None:
    text = (
        "Participants agreed that the sector must reform. Delegates said the plan was good. "
        "The Ministry of Foreign Affairs announced that a new office would open."
    )
    assert quotes(text) == []


def test_a_foreign_speaker_is_not_quoted_and_blocks_pronouns() -> None:
    text = (
        "Deputy FM Lâm Minh Tuấn attended. Markus Lindqvist, a Nordic investor, said rules "
        "matter. He added that costs matter too."
    )
    assert quotes(text) == []


def test_an_act_is_not_a_statement() -> None:
    text = "On the occasion, Deputy FM Lâm Minh Tuấn announced the results of the contest."
    assert quotes(text) == []


def test_said_in_an_interview_is_a_trailing_attribution() -> None:
    text = (
        "Hanoi (VNA) – Diplomacy must open markets, Foreign Minister Mạc Văn Dũng said in an "
        "interview with the press."
    )
    assert quotes(text) == [("Mac Van Dung", "reported", "Diplomacy must open markets")]


def test_an_introductory_phrase_is_not_a_quote() -> None:
    text = "Asked about the sea, Foreign Minister Mạc Văn Dũng said Vietnam would act calmly."
    assert quotes(text) == [("Mac Van Dung", "reported", "Vietnam would act calmly")]


def test_decomposed_unicode_names_still_read() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Later, Deputy FM Nguyễn Thị Ánh Tuyết said trade grew.")
    assert quotes(text) == [("Nguyen Thi Anh Tuyet", "reported", "trade grew")]


@pytest.mark.parametrize(
    "prefix",
    [
        "Hanoi (VNA) – ",
        "Hanoi, December 15 (VNA) – ",
        "(VOVWORLD) - ",
        "HÀ NỘI — ",
        "NDO – ",
        "Da Nang, March 3 – ",
        "VietnamPlus Online - ",
        "VOV.VN - ",
    ],
)
def test_a_dateline_prefix_is_not_part_of_a_quote(prefix: str) -> None:
    text = f"{prefix}Trade must grow, Prime Minister Hà Quang Vinh said."
    assert quotes(text) == [("Ha Quang Vinh", "reported", "Trade must grow")]


@pytest.mark.parametrize(
    ("role", "speaker"),
    [("the Government leader", "Ha Quang Vinh"), ("the top legislator", "Ta Thi Mai")],
)
def test_descriptive_titles_refer_back(role: str, speaker: str) -> None:
    text = (
        f"Prime Minister Hà Quang Vinh met NA Chairwoman Tạ Thị Mai. "
        f"Afterwards {role} said reforms would continue."
    )
    assert [s for s, _, _ in quotes(text)] == [speaker]


def test_a_time_phrase_may_stand_between_speaker_and_verb() -> None:
    text = "General Secretary Tô Văn Hưng on December 20 asked envoys to work harder."
    assert quotes(text) == [("To Van Hung", "reported", "envoys to work harder")]


def test_the_leader_refers_back_to_the_last_top_leader() -> None:
    text = (
        "Deputy FM Lâm Minh Tuấn met General Secretary Tô Văn Hưng. "
        "The leader stressed that unity comes first."
    )
    assert [s for s, _, _ in quotes(text)] == ["To Van Hung"]


@pytest.mark.parametrize(
    "sentence",
    [
        "PM Hà Quang Vinh requested that ministries act faster.",
        "PM Hà Quang Vinh expressed his hope that ministries act faster.",
        "PM Hà Quang Vinh told the delegates that ministries act faster.",
        "PM Hà Quang Vinh said in his closing speech that ministries act faster.",
    ],
)
def test_that_clauses_after_a_request_or_an_object(sentence: str) -> None:
    assert quotes(sentence) == [("Ha Quang Vinh", "reported", "ministries act faster")]


def test_who_said_attributes_to_the_antecedent() -> None:
    text = "The event was attended by President Lò Văn Phúc, who said earlier that envoys matter."
    assert quotes(text) == [("Lo Van Phuc", "reported", "envoys matter")]


def test_told_a_named_outlet_that() -> None:
    text = "Later, PM Hà Quang Vinh told Vietnam News Agency that exports would rise."
    assert quotes(text) == [("Ha Quang Vinh", "reported", "exports would rise")]


def test_statements_of_documents_and_sources_are_not_quotes() -> None:
    text = (
        "The statement said the plan was adopted. Reports said 500 delegates came. "
        "The sector must improve, a source said."
    )
    assert quotes(text) == []


def test_institutions_named_after_people_are_not_officials() -> None:
    text = "Students of Tôn Đức Thắng University visited Nguyễn Văn Linh Street."
    assert officials(text) == {}


def test_adding_without_that_is_not_a_reporting_clause() -> None:
    text = "PM Hà Quang Vinh said farms must export more, adding value to rice."
    assert [t for _, _, t in quotes(text)] == ["farms must export more, adding value to rice"]


def test_inverted_attribution_with_apposition_then_adding_that() -> None:
    text = (
        "Exports rose, said Deputy FM Lâm Minh Tuấn, head of the board, adding that imports fell."
    )
    assert [t for _, _, t in quotes(text)] == ["Exports rose", "imports fell"]


def test_according_to_after_a_short_opener_reads_forward() -> None:
    text = "Deputy FM Lâm Minh Tuấn spoke. Meanwhile, according to Tuấn, the plan is ready."
    assert quotes(text) == [("Lam Minh Tuan", "reported", "the plan is ready")]


@pytest.mark.parametrize("joint", [":", ",", ""])
def test_a_quotation_after_said_in_the_same_sentence_is_direct(joint: str) -> None:
    text = f"Later, PM Hà Quang Vinh said{joint} “We must act now.”"
    assert quotes(text) == [("Ha Quang Vinh", "direct", "We must act now")]


def test_a_two_syllable_name_is_known_after_its_titled_mention() -> None:
    text = "General Secretary Tô Lâm opened the session. Later, Tô Lâm said unity matters."
    assert quotes(text) == [("To Lam", "reported", "unity matters")]
    assert officials("Tô Lâm said unity matters.") == {}


def test_the_official_refers_back_to_the_last_official_named() -> None:
    text = "Deputy FM Lâm Minh Tuấn met reporters. The official said that visas would be eased."
    assert quotes(text) == [("Lam Minh Tuan", "reported", "visas would be eased")]


def test_a_titled_foreign_official_blocks_a_following_pronoun() -> None:
    text = (
        "Prime Minister Hà Quang Vinh received Lao Prime Minister Khamla Vongsa. "
        "The Lao guest thanked Vietnam. He said trade would double."
    )
    assert quotes(text) == []


def test_a_request_then_saying_that_is_two_quotes() -> None:
    text = "President Lò Văn Phúc urged envoys to work harder, saying that times are hard."
    assert [t for _, _, t in quotes(text)] == ["envoys to work harder", "times are hard"]


def test_a_colon_without_quotation_marks_introduces_reported_speech() -> None:
    text = "Later, PM Hà Quang Vinh affirmed: Vietnam will stay the course."
    assert quotes(text) == [("Ha Quang Vinh", "reported", "Vietnam will stay the course")]


def test_a_reporting_verb_after_a_first_clause_of_the_same_subject() -> None:
    text = (
        "Deputy FM Lâm Minh Tuấn welcomed the visiting delegation to Hanoi and said "
        "trade would double by 2030."
    )
    assert quotes(text) == [("Lam Minh Tuan", "reported", "trade would double by 2030")]


def test_a_relative_clause_speaker_is_not_the_subject() -> None:
    text = "Deputy FM Lâm Minh Tuấn met a banker, who praised the plan and said rates would fall."
    assert quotes(text) == []


def test_an_unknown_object_does_not_block_the_subject_pronoun() -> None:
    text = (
        "Deputy FM Lâm Minh Tuấn congratulated the ambassador on the new post. "
        "He proposed that the two sides open more direct flights."
    )
    assert quotes(text) == [("Lam Minh Tuan", "reported", "the two sides open more direct flights")]


@pytest.mark.parametrize(
    ("verb", "said"),
    [
        ("proposed", "setting up a joint working group on rice"),
        ("suggested", "a joint working group on rice"),
        ("called for", "closer links between embassies and rice exporters"),
    ],
)
def test_proposals_and_calls_report_what_follows(verb: str, said: str) -> None:
    text = f"Prime Minister Hà Quang Vinh {verb} {said}."
    assert quotes(text) == [("Ha Quang Vinh", "reported", said)]


def test_the_vice_president_refers_back_without_a_vocabulary_title() -> None:
    text = (
        "Vice President Đặng Thị Thu Hà met envoys on Friday. The Vice President underlined "
        "that exports must grow. She asked the ministry to open two new trade offices."
    )
    result = extract(text)
    assert [(o.name, o.titles) for o in result.officials] == [("Dang Thi Thu Ha", ())]
    assert [(q.speaker, q.text) for q in result.quotes] == [
        ("Dang Thi Thu Ha", "exports must grow"),
        ("Dang Thi Thu Ha", "the ministry to open two new trade offices"),
    ]


def test_her_after_a_name_makes_a_woman_for_she() -> None:
    text = (
        "Vice President Đặng Thị Thu Hà attended. Director Lê Thu Lan said her office would "
        "help exporters. She noted that fairs would resume."
    )
    assert [s for s, _, _ in quotes(text)] == ["Le Thu Lan", "Le Thu Lan"]


def test_the_host_refers_back_to_the_official_who_received_a_guest() -> None:
    text = (
        "President Lò Văn Phúc received the visiting Nordic envoy on Friday. "
        "The host said the two countries should double their trade."
    )
    assert quotes(text) == [
        ("Lo Van Phuc", "reported", "the two countries should double their trade")
    ]


def test_the_host_country_is_not_a_person() -> None:
    text = "President Lò Văn Phúc spoke. The host country said visas would be eased."
    assert quotes(text) == []


def test_a_combined_title_refers_back_by_its_first_part() -> None:
    text = (
        "Deputy PM and FM Hà Quang Vinh spoke first. The Deputy PM and FM also noted that "
        "exports had risen."
    )
    assert quotes(text) == [("Ha Quang Vinh", "reported", "exports had risen")]


def test_quoted_as_saying_reports_speech() -> None:
    text = "General Secretary Tô Văn Hưng was quoted as saying that unity comes first."
    assert quotes(text) == [("To Van Hung", "reported", "unity comes first")]


def test_a_plural_title_covers_each_name_it_lists() -> None:
    text = "Deputy Prime Ministers Vũ Hữu Nghĩa, Lò Văn Phúc and Hà Quang Vinh attended."
    assert officials(text) == {
        "Vu Huu Nghia": ["deputy-prime-minister"],
        "Lo Van Phuc": ["deputy-prime-minister"],
        "Ha Quang Vinh": ["deputy-prime-minister"],
    }


def test_a_singular_title_covers_only_its_name() -> None:
    text = "Deputy FM Vũ Hữu Nghĩa and Lò Văn Phúc attended."
    assert officials(text) == {"Vu Huu Nghia": ["deputy-foreign-minister"], "Lo Van Phuc": []}


@pytest.mark.parametrize(
    ("clause", "said"),
    [
        ("expressed her belief that ties would deepen", "ties would deepen"),
        ("told her that Vietnam values the ties", "Vietnam values the ties"),
    ],
)
def test_a_that_clause_after_a_first_clause_of_the_same_subject(clause: str, said: str) -> None:
    text = f"Deputy FM Đặng Thị Thu Hà welcomed the envoy and {clause}."
    assert quotes(text) == [("Dang Thi Thu Ha", "reported", said)]


def test_thanks_after_a_first_clause_are_an_act() -> None:
    text = "Deputy FM Đặng Thị Thu Hà welcomed the envoy and expressed thanks for the support."
    assert quotes(text) == []


def test_the_occasion_of_a_statement_is_not_part_of_it() -> None:
    text = (
        "Prime Minister Hà Quang Vinh asked envoys to work harder, while addressing the "
        "opening session of the conference."
    )
    assert quotes(text) == [("Ha Quang Vinh", "reported", "envoys to work harder")]


@pytest.mark.parametrize(
    "occasion",
    [
        "at the 32nd Diplomatic Conference in Hà Nội on December 19",
        "in an interview with the press on the occasion of the new year",
        "in his speech at the opening session",
        "during a meeting with envoys",
    ],
)
def test_a_closing_occasion_is_not_part_of_the_statement(occasion: str) -> None:
    text = f"Prime Minister Hà Quang Vinh said the ministry would protect citizens, {occasion}."
    assert quotes(text) == [("Ha Quang Vinh", "reported", "the ministry would protect citizens")]


@pytest.mark.parametrize(
    "content",
    [
        "Vietnam would speak up, at the UN and other multilateral forums",
        "the sector must grow, in the spirit of the 13th National Party Congress's resolution",
    ],
)
def test_a_closing_phrase_of_substance_stays_in_the_statement(content: str) -> None:
    text = f"Prime Minister Hà Quang Vinh said {content}."
    assert quotes(text) == [("Ha Quang Vinh", "reported", content)]


def test_a_while_clause_of_substance_stays_in_the_quote() -> None:
    text = "Prime Minister Hà Quang Vinh said Vietnam defends its seas, while seeking dialogue."
    assert quotes(text) == [
        ("Ha Quang Vinh", "reported", "Vietnam defends its seas, while seeking dialogue")
    ]


@pytest.mark.parametrize("role", ["Vietnam's top diplomat", "Viet Nam's Foreign Minister"])
def test_vietnams_title_refers_back(role: str) -> None:
    text = f"Foreign Minister Lò Văn Phúc met envoys. {role} said ties were strong."
    assert quotes(text) == [("Lo Van Phuc", "reported", "ties were strong")]


def test_less_common_family_names_still_start_a_name() -> None:
    from vndiplo import extract

    text = (
        "Deputy Prime Minister Khuong Van Tao said the ministry would help localities. "
        "Ambassador Banh Thi Xuan said the embassy stood ready."
    )
    names = [o.name for o in extract(text).officials]
    assert names == ["Khuong Van Tao", "Banh Thi Xuan"]


def test_the_provincial_chairman_refers_back_to_the_chairman_named_earlier() -> None:
    text = (
        "Chairman of the provincial People's Committee Tao Van Binh opened the meeting. "
        "According to the provincial chairman, the province received 30 delegations last year."
    )
    assert quotes(text) == [
        ("Tao Van Binh", "reported", "the province received 30 delegations last year")
    ]


def test_but_said_after_a_first_reporting_clause_is_a_second_quote() -> None:
    text = (
        "Director of the provincial Department of Foreign Affairs Banh Thi Hoa reported that "
        "exports had grown strongly, but said that ports needed more investment."
    )
    assert quotes(text) == [
        ("Banh Thi Hoa", "reported", "exports had grown strongly"),
        ("Banh Thi Hoa", "reported", "ports needed more investment"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our reporter Vũ Thu Trà has the details.",
        "Lawyer Đỗ Minh Khang of a Hanoi firm recommended that workers read contracts.",
        "Đỗ Minh Khang, a lawyer with a Hanoi firm, said workers needed help.",
        "VNA correspondent Vũ Thu Trà reported that the talks went on late.",
    ],
)
def test_journalists_and_lawyers_are_not_officials(sentence: str) -> None:
    text = f"Deputy FM Lò Văn Phúc said the ministry would help. {sentence}"
    assert officials(text) == {"Lo Van Phuc": ["deputy-foreign-minister"]}
    assert [speaker for speaker, _, _ in quotes(text)] == ["Lo Van Phuc"]


def test_someone_who_told_reporters_is_still_an_official() -> None:
    text = "Ambassador Trịnh Thị Hồng Vân, who told reporters that trade grew, attended."
    assert officials(text) == {"Trinh Thi Hong Van": []}


def test_the_last_two_syllables_of_a_name_refer_back() -> None:
    text = (
        "Ambassador Phí Thị Ngọc Anh said the community had grown. "
        '"We must listen," Ms. Ngọc Anh said.'
    )
    assert quotes(text) == [
        ("Phi Thi Ngoc Anh", "reported", "the community had grown"),
        ("Phi Thi Ngoc Anh", "direct", "We must listen"),
    ]


def test_less_common_family_names_of_the_north() -> None:
    text = "Chairman of the People's Committee Bế Văn Thắng said the province grew."
    assert officials(text) == {"Be Van Thang": []}


def test_the_long_form_of_a_title_refers_back() -> None:
    text = (
        "Chairman of the National Assembly Lại Quốc Hưng attended. "
        "The Chairman of the National Assembly said parliamentary ties would grow."
    )
    assert quotes(text) == [("Lai Quoc Hung", "reported", "parliamentary ties would grow")]


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi, August 13\nBy Lê Hải Yến\n\nDeputy FM Lò Văn Phúc said the ministry would help.",
        "Photo: Vũ Thu Trà\nDeputy FM Lò Văn Phúc said the ministry would help.",
        "Trần Văn Lộc, director of a rice exporting company, said exporters needed data. "
        "Deputy FM Lò Văn Phúc said the ministry would help.",
        "Phí Thị Vân Anh, a researcher at an academy, said targets were fair. "
        "Deputy FM Lò Văn Phúc said the ministry would help.",
    ],
)
def test_bylines_business_people_and_researchers_are_not_officials(text: str) -> None:
    assert officials(text) == {"Lo Van Phuc": ["deputy-foreign-minister"]}


def test_the_byline_of_an_officials_own_article_is_an_official() -> None:
    text = "By Tăng Thị Hoài Thu*\n\nThe sector must act.\n\n*The author is a Director General."
    assert officials(text) == {"Tang Thi Hoai Thu": []}


def test_a_director_of_a_department_is_still_an_official() -> None:
    text = "Trần Văn Lộc, director of the provincial Department of Foreign Affairs, said so."
    assert officials(text) == {"Tran Van Loc": []}


def test_a_chain_of_titles_in_apposition_gives_every_title() -> None:
    text = (
        "Opening the event, Triệu Minh Khôi, Politburo member, Deputy Prime Minister and "
        "Foreign Minister, said that localities had become a driving force."
    )
    assert officials(text) == {
        "Trieu Minh Khoi": ["politburo-member", "deputy-prime-minister", "foreign-minister"]
    }
    assert quotes(text) == [
        ("Trieu Minh Khoi", "reported", "localities had become a driving force")
    ]


def test_a_line_opening_with_an_official_and_a_colon_is_what_they_said() -> None:
    text = (
        "FM Lò Văn Phúc: trade must grow\n\n"
        "Deputy Foreign Minister Trầm Thị Lan spoke to the press.\n\n"
        "What will the conference discuss?\n\n"
        "Deputy Foreign Minister Trầm Thị Lan: It will review five years of work.\n\n"
        "ANCHOR: Thank you for joining us tonight."
    )
    assert quotes(text) == [("Tram Thi Lan", "direct", "It will review five years of work")]


@pytest.mark.parametrize(
    "text",
    [
        "Chairwoman of the Can Tho municipal People's Committee Trần Thị Ngọc said so.",
        "Deputy FM Cấn Văn Tùng met the chairwoman of Can Tho.",
    ],
)
def test_a_city_that_opens_like_a_family_name_is_not_a_name(text: str) -> None:
    assert "Can Tho" not in officials(text)


def test_someone_who_runs_an_exporter_is_not_an_official() -> None:
    text = (
        "Trương Gia Khánh, general director of a seafood exporter, said firms needed help. "
        "Deputy FM Cấn Văn Tùng said the ministry would help."
    )
    assert officials(text) == {"Can Van Tung": ["deputy-foreign-minister"]}


@pytest.mark.parametrize(
    "woman",
    ["Deputy FM Tôn Nữ Hạnh Dung", "Deputy FM Lương Hạnh Dung. Ms. Dung"],
)
def test_she_is_the_woman_named_last(woman: str) -> None:
    text = (
        "Politburo member Châu Thị Mỹ Diễm praised the sector. "
        f"{woman} spoke to the press. Asked about 2024, she said visits would be substantive."
    )
    assert quotes(text)[-1] == (
        "Luong Hanh Dung" if "Lương" in woman else "Ton Nu Hanh Dung",
        "reported",
        "visits would be substantive",
    )


def test_van_may_be_a_family_name() -> None:
    text = "Deputy Foreign Minister Văn Đức Hòa said the sector would help localities."
    assert officials(text) == {"Van Duc Hoa": ["deputy-foreign-minister"]}
    assert officials("Deputy FM Nguyễn Văn Bình spoke.") == {
        "Nguyen Van Binh": ["deputy-foreign-minister"]
    }


def test_professors_are_not_officials() -> None:
    text = (
        "Associate Professor Đoàn Minh Quân said the vocabulary had changed. "
        "Deputy FM Lò Văn Phúc said so too."
    )
    assert officials(text) == {"Lo Van Phuc": ["deputy-foreign-minister"]}


def test_an_author_note_naming_an_occupation_keeps_the_byline_out() -> None:
    text = "By Lê Thị Ngọc Anh*\n\nThe sector must act.\n\n*The author is a lecturer in Hanoi."
    assert officials(text) == {}


def test_cung_is_a_family_name_and_airline_executives_are_not_officials() -> None:
    text = (
        "According to Cung Thị Ngọc Mai, director of the ministry's press department, coverage "
        "grew. Hà Thanh Tùng, deputy general director of Vietnam Airlines, said flights resumed."
    )
    assert officials(text) == {"Cung Thi Ngoc Mai": []}
