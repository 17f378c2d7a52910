"""Rules for conferences: series, ordinals, back-references, dates, places, subjects.

Every text here is invented for these tests (people, words and events).
"""

from __future__ import annotations

import datetime as dt

import pytest

from vndiplo._extract import extract
from vndiplo._vocab import Series

D = dt.date


def confs(text: str, published: dt.date | None = None) -> dict[tuple[str, int], dict[str, object]]:
    return {
        (c["series"], c["ordinal"]): c for c in extract(text, published).to_dict()["conferences"]
    }


@pytest.mark.parametrize(
    ("phrase", "series"),
    [
        ("the 29th Diplomatic Conference", Series.DIPLOMATIC),
        ("the 29th National Diplomatic Conference", Series.DIPLOMATIC),
        ("the 29th diplomatic conference", Series.DIPLOMATIC),
        ("the 18th National External Affairs Conference", Series.EXTERNAL_AFFAIRS),
        ("the 18th National Conference on External Relations", Series.EXTERNAL_AFFAIRS),
        ("the 18th National Conference on External Affairs", Series.EXTERNAL_AFFAIRS),
        ("the 18th National Conference on Local Diplomacy", Series.EXTERNAL_AFFAIRS),
        ("the 18th Conference on External Affairs", Series.EXTERNAL_AFFAIRS),
        ("the 18th Conference on External Relations", Series.EXTERNAL_AFFAIRS),
        ("the first National Conference on Foreign Affairs", Series.FOREIGN_AFFAIRS),
        ("the 12th National Party Congress", Series.PARTY_CONGRESS),
        ("the 12th Party Congress", Series.PARTY_CONGRESS),
        ("the Party's 12th National Congress", Series.PARTY_CONGRESS),
    ],
)
def test_every_series_variant_maps_to_its_id(phrase: str, series: Series) -> None:
    found = extract(f"Officials met before {phrase} to agree on an agenda.").conferences
    assert [c.series for c in found] == [series]


@pytest.mark.parametrize(
    "ordinal", ["31st", "thirty-first", "Thirty-First", "thirty first", "XXXI"]
)
def test_ordinals_as_digits_words_or_roman_numerals(ordinal: str) -> None:
    found = extract(f"Envoys will gather for the {ordinal} Diplomatic Conference.").conferences
    assert [(c.series, c.ordinal) for c in found] == [(Series.DIPLOMATIC, 31)]


def test_each_conference_is_listed_once_in_order_of_first_mention() -> None:
    text = (
        "The 30th Diplomatic Conference follows the 12th National Party Congress. "
        "Delegates to the 30th Diplomatic Conference will also meet at the 19th National "
        "External Affairs Conference."
    )
    keys = [(c.series.value, c.ordinal) for c in extract(text).conferences]
    assert keys == [("diplomatic", 30), ("party-congress", 12), ("external-affairs", 19)]


def test_a_numbered_national_conference_of_foreign_affairs_is_the_localities_one() -> None:
    text = "Mayors will attend the 19th national conference of foreign affairs next week."
    assert ("external-affairs", 19) in confs(text)


def test_talk_of_localities_makes_it_the_localities_conference() -> None:
    text = (
        "The second national conference of foreign affairs will gather leaders of the 63 "
        "provinces to share their experience."
    )
    assert ("external-affairs", 2) in confs(text)


def test_the_first_national_conference_on_foreign_affairs_is_the_partys() -> None:
    text = "The first National Conference on Foreign Affairs was convened by the Politburo."
    assert ("foreign-affairs", 1) in confs(text)


def test_a_foreign_countrys_diplomatic_conference_is_not_vietnams() -> None:
    text = (
        "Vietnamese diplomats followed news that Cambodia opened its 11th Diplomatic "
        "Conference, while Vietnam prepared the 30th Diplomatic Conference."
    )
    assert list(confs(text)) == [("diplomatic", 30)]


def test_an_article_about_another_countrys_diplomacy_yields_nothing() -> None:
    text = (
        "Vientiane (VNA) – Laos opened its tenth Diplomatic Conference on Monday. "
        "Lao Foreign Minister Khamphet Sisavath said Lao diplomats must attract investment. "
        "The Lao conference gathered heads of Lao missions. Laos values its ties with Vietnam."
    )
    result = extract(text).to_dict()
    assert result["conferences"] == result["officials"] == result["quotes"] == []
    assert result["themes"] == []


def test_another_language_yields_empty_lists() -> None:
    text = "Hội nghị Ngoại giao lần thứ 32 đã khai mạc tại Hà Nội với sự tham dự của các đại sứ."
    assert extract(text).to_dict()["conferences"] == []


def test_a_range_takes_its_year_from_the_publication_date() -> None:
    text = "The 30th Diplomatic Conference will take place in Hanoi on August 13-17."
    c = confs(text, D(2018, 8, 12))[("diplomatic", 30)]
    assert (c["start"], c["end"]) == ("2018-08-13", "2018-08-17")


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("on 13-17/8", "2018-08-13", "2018-08-17"),
        ("(13-17/8)", "2018-08-13", "2018-08-17"),
        ("from 30/7-3/8", "2018-07-30", "2018-08-03"),
        ("on 13-17/8/2018", "2018-08-13", "2018-08-17"),
        ("on Aug 13-17", "2018-08-13", "2018-08-17"),
    ],
)
def test_day_first_dates_in_figures(written: str, start: str, end: str) -> None:
    text = f"The 30th Diplomatic Conference takes place in Hanoi {written}, officials said."
    c = confs(text, D(2018, 8, 12))[("diplomatic", 30)]
    assert (c["start"], c["end"]) == (start, end)


def test_a_single_day_first_date_and_not_round_the_clock() -> None:
    text = "On 12/8, the 20th National Conference on External Affairs met in Hanoi."
    c = confs(text, D(2018, 8, 20))[("external-affairs", 20)]
    assert (c["start"], c["end"]) == ("2018-08-12", "2018-08-12")
    text = "The 20th National Conference on External Affairs set up a 24/7 hotline in Hanoi."
    assert confs(text, D(2018, 8, 20))[("external-affairs", 20)]["start"] is None


def test_from_to_ranges_and_the_year_boundary() -> None:
    text = (
        "The conference, held in Hanoi from December 15 to 18, was the 31st Diplomatic Conference."
    )
    # Published in January: December belongs to the year before.
    c = confs(
        "The 31st Diplomatic Conference was held in Hanoi from December 15 to 18.", D(2022, 1, 4)
    )
    assert (c[("diplomatic", 31)]["start"], c[("diplomatic", 31)]["end"]) == (
        "2021-12-15",
        "2021-12-18",
    )
    assert ("diplomatic", 31) in confs(text, D(2022, 1, 4))


def test_last_year_shifts_the_year() -> None:
    text = (
        "The 31st Diplomatic Conference recalled the 13th National Party Congress, which met "
        "from January 25 to February 1 last year."
    )
    c = confs(text, D(2022, 1, 10))[("party-congress", 13)]
    assert (c["start"], c["end"]) == ("2021-01-25", "2021-02-01")


def test_weekdays_count_back_in_past_tense_copy() -> None:
    # Published on a Friday: "opened on Wednesday" is two days earlier.
    text = (
        "Envoys attending the 31st Diplomatic Conference, which opened in Hanoi on Wednesday, met."
    )
    assert confs(text, D(2021, 12, 17))[("diplomatic", 31)]["start"] == "2021-12-15"


def test_weekdays_count_forward_when_the_copy_looks_ahead() -> None:
    text = "The 31st Diplomatic Conference, which opens on Wednesday, will last four days."
    assert confs(text, D(2021, 12, 14))[("diplomatic", 31)]["start"] == "2021-12-15"


def test_runs_through_a_weekday_is_the_end() -> None:
    text = "The 31st Diplomatic Conference opened in Hanoi on Wednesday and runs through Saturday."
    c = confs(text, D(2021, 12, 17))[("diplomatic", 31)]
    assert (c["start"], c["end"]) == ("2021-12-15", "2021-12-18")


def test_concluded_after_five_working_days_counts_back_with_the_saturday() -> None:
    text = "The 32nd Diplomatic Conference concluded on Saturday after five working days in Hanoi."
    c = confs(text, D(2023, 12, 23))[("diplomatic", 32)]
    assert (c["start"], c["end"]) == ("2023-12-19", "2023-12-23")


def test_five_days_ending_on_friday_start_on_monday() -> None:
    text = "The 30th Diplomatic Conference ended on August 17 after five days of sitting."
    c = confs(text, D(2018, 8, 18))[("diplomatic", 30)]
    assert (c["start"], c["end"]) == ("2018-08-13", "2018-08-17")


def test_without_a_publication_date_the_register_gives_the_year() -> None:
    text = "Speaking after the 31st Diplomatic Conference, which concluded on December 18, he left."
    c = confs(text)[("diplomatic", 31)]
    assert c["end"] == "2021-12-18"


def test_a_one_day_conference_starts_and_ends_on_its_date() -> None:
    text = "The 21st National Conference on External Affairs will convene in Hanoi on December 22."
    c = confs(text, D(2023, 12, 18))[("external-affairs", 21)]
    assert (c["start"], c["end"]) == ("2023-12-22", "2023-12-22")


def test_opens_on_is_a_start_only() -> None:
    text = "The 32nd Diplomatic Conference opens on December 19, the ministry said."
    c = confs(text, D(2023, 12, 15))[("diplomatic", 32)]
    assert (c["start"], c["end"]) == ("2023-12-19", None)


def test_the_conference_refers_back_to_the_main_conference() -> None:
    text = (
        "Envoys praised the 28th Diplomatic Conference. Thanh said the conference, which "
        "opened on December 16, was frank."
    )
    assert confs(text, D(2013, 12, 20))[("diplomatic", 28)]["start"] == "2013-12-16"


def test_a_date_of_a_persons_act_is_not_the_conferences() -> None:
    text = "President Lê Văn Tám on August 14 received envoys at the 30th Diplomatic Conference."
    c = confs(text, D(2018, 8, 14))[("diplomatic", 30)]
    assert (c["start"], c["end"]) == (None, None)


def test_a_speaker_between_mention_and_date_blocks_the_date() -> None:
    text = (
        "The 30th Diplomatic Conference will review the 12th National Party Congress’ tenure, "
        "Deputy Foreign Minister Đỗ Thị Hoa told the press on Sunday."
    )
    for c in confs(text, D(2018, 8, 12)).values():
        assert c["start"] is None


def test_location_only_when_the_text_places_the_conference() -> None:
    text = "Hanoi (VNA) – The 30th Diplomatic Conference reviewed external work."
    c = confs(text)[("diplomatic", 30)]
    assert c["location"] is None


def test_location_is_normalised_to_hanoi() -> None:
    text = "HA NOI – The 31st National Diplomatic Conference opened in Ha Noi on Wednesday."
    assert confs(text, D(2021, 12, 15))[("diplomatic", 31)]["location"] == "Hanoi"


def test_headline_and_placed_conferences_are_subjects_passing_ones_are_not() -> None:
    text = (
        "Dec 18, 2023 / 15:20\n\n32nd Diplomatic Conference to open on Tuesday\n\n"
        "Hanoi (VNA) – The conference will review work since the 31st Diplomatic Conference "
        "and the 13th National Party Congress. The 21st National Conference on External "
        "Affairs will convene in Hanoi on December 22."
    )
    c = confs(text)
    assert c[("diplomatic", 32)]["subject"] is True
    assert c[("external-affairs", 21)]["subject"] is True
    assert c[("diplomatic", 31)]["subject"] is False
    assert c[("party-congress", 13)]["subject"] is False


def test_a_conference_held_within_the_framework_of_the_subject_is_a_subject() -> None:
    text = (
        "31st Diplomatic Conference wraps up\n\n"
        "Within the framework of the 31st Diplomatic Conference, the 20th National Conference "
        "on External Affairs was held for leaders of localities."
    )
    assert confs(text)[("external-affairs", 20)]["subject"] is True


def test_co_held_conferences_share_a_stated_range_and_place() -> None:
    text = (
        "The minister spoke on the eve of the 29th Diplomatic Conference and the 18th National "
        "Conference on External Relations taking place in Hanoi on August 21-26."
    )
    c = confs(text, D(2016, 8, 20))
    for key in (("diplomatic", 29), ("external-affairs", 18)):
        assert (c[key]["start"], c[key]["end"], c[key]["location"]) == (
            "2016-08-21",
            "2016-08-26",
            "Hanoi",
        )
        assert c[key]["subject"] is True


def test_a_tenure_is_not_a_congress() -> None:
    text = (
        "The 29th Diplomatic Conference will review the diplomatic work in the 11th Party tenure."
    )
    assert list(confs(text)) == [("diplomatic", 29)]


def test_the_nth_national_congress_is_the_partys_unless_another_partys() -> None:
    assert list(confs("Envoys studied the Resolution of the 13th National Congress.")) == [
        ("party-congress", 13)
    ]
    assert (
        confs("Laos held the 11th National Congress of the Lao People’s Revolutionary Party.") == {}
    )


def test_an_article_on_ties_with_a_neighbour_is_still_vietnams_diplomacy() -> None:
    text = (
        "Prime Minister Hà Quang Vinh held talks with Lao Prime Minister Khamla Vongsa. "
        "Vinh said Vietnam values its ties with Laos. The Lao PM said Laos wants more trade. "
        "Lao firms and Lao banks will join a forum in Vientiane. Laos will host it."
    )
    result = extract(text)
    assert [o.name for o in result.officials] == ["Ha Quang Vinh"]
    assert [q.speaker for q in result.quotes] == ["Ha Quang Vinh"]


def test_a_congress_in_the_headline_is_not_the_subject_of_a_conference_article() -> None:
    text = (
        "Diplomats to carry out 13th National Party Congress resolution\n\n"
        "Hanoi (VNA) – The 31st Diplomatic Conference opened in Hanoi on Wednesday."
    )
    c = confs(text, D(2021, 12, 15))
    assert c[("party-congress", 13)]["subject"] is False
    assert c[("diplomatic", 31)]["subject"] is True


def test_following_n_working_days_counts_back_too() -> None:
    text = "The 30th Diplomatic Conference closed on August 17 following five working days."
    c = confs(text, D(2018, 8, 17))[("diplomatic", 30)]
    assert c["start"] == "2018-08-13"


def test_first_as_an_adjective_of_rank_is_not_an_ordinal() -> None:
    text = (
        "This was the first Diplomatic Conference held after the 13th National Party Congress, "
        "and the first National Conference on Foreign Affairs came a day earlier."
    )
    assert list(confs(text)) == [("party-congress", 13), ("foreign-affairs", 1)]


def test_a_section_label_before_the_headline_does_not_hide_it() -> None:
    text = (
        "Dec 18, 2023 / 15:20\n\nPolitics\n\n32nd Diplomatic Conference to open\n\n"
        "Hanoi (VNA) – Envoys arrived for the 32nd Diplomatic Conference."
    )
    assert confs(text)[("diplomatic", 32)]["subject"] is True


@pytest.mark.parametrize("name", ["the XIII Congress", "the XIII Party Congress"])
def test_a_roman_numeral_before_congress_is_the_party_congress(name: str) -> None:
    found = confs(f"Envoys will carry out the foreign policy set out by {name}.")
    assert list(found) == [("party-congress", 13)]


def test_a_date_and_place_for_a_named_conference_are_its_own() -> None:
    text = (
        "The 33rd Diplomatic Conference opens in Hanoi on December 10. Before the conference "
        "opens, governors of all provinces will meet in Hanoi on December 9 for the 22nd "
        "National Conference on External Affairs."
    )
    found = confs(text, D(2025, 12, 1))
    assert found[("diplomatic", 33)]["start"] == "2025-12-10"
    ext = found[("external-affairs", 22)]
    assert (ext["start"], ext["end"], ext["location"], ext["subject"]) == (
        "2025-12-09",
        "2025-12-09",
        "Hanoi",
        True,
    )


def test_a_date_opening_a_sentence_is_that_of_the_conference_it_names() -> None:
    text = (
        "The 33rd Diplomatic Conference opened in Hanoi on Monday. "
        "On Sunday, on the eve of the conference, governors joined envoys at the 22nd "
        "National Conference on External Affairs."
    )
    found = confs(text, D(2025, 12, 8))
    assert found[("diplomatic", 33)]["start"] == "2025-12-08"
    assert found[("external-affairs", 22)]["start"] == "2025-12-07"


def test_a_date_opening_a_sentence_is_not_that_of_the_conference_after_before() -> None:
    text = "On Sunday, two days before the 33rd Diplomatic Conference, envoys arrived."
    assert confs(text, D(2025, 12, 8))[("diplomatic", 33)]["start"] is None


def test_a_stated_length_after_the_opening_gives_the_end() -> None:
    text = (
        "The 33rd Diplomatic Conference opened in Hanoi on Monday for a four-day review "
        "of the sector's work."
    )
    found = confs(text, D(2025, 12, 8))[("diplomatic", 33)]
    assert (found["start"], found["end"]) == ("2025-12-08", "2025-12-11")


@pytest.mark.parametrize(
    ("place", "location"),
    [
        ("in the capital", "Hanoi"),
        ("in the capital, Hanoi,", "Hanoi"),
        ("in the capital of Laos", None),
        ("in the capital, Vientiane,", None),
    ],
)
def test_the_capital_with_no_country_named_is_hanoi(place: str, location: str | None) -> None:
    text = f"The 33rd Diplomatic Conference will take place {place} on December 8-12."
    assert confs(text, D(2025, 11, 30))[("diplomatic", 33)]["location"] == location


def test_a_conference_placed_only_in_a_closing_one_line_paragraph_is_background() -> None:
    text = (
        "Governors meet for 22nd National Conference on External Affairs\n\n"
        "Hanoi (VNA) – Governors of all provinces met in Hanoi on Sunday for the 22nd National "
        "Conference on External Affairs.\n\n"
        "They discussed how to attract investment.\n\n"
        "They also shared experience in twinning with foreign cities.\n\n"
        "The 33rd Diplomatic Conference will take place in the capital on December 8-12./."
    )
    found = confs(text, D(2025, 12, 7))
    assert found[("external-affairs", 22)]["subject"] is True
    dip = found[("diplomatic", 33)]
    assert (dip["location"], dip["subject"]) == ("Hanoi", False)


def test_a_framework_partner_over_before_the_host_opened_is_background() -> None:
    text = (
        "The 33rd Diplomatic Conference opened in Hanoi on Monday. Officials said the 22nd "
        "National Conference on External Affairs had taken place on Sunday within the "
        "framework of the 33rd Diplomatic Conference."
    )
    found = confs(text, D(2025, 12, 8))
    assert found[("diplomatic", 33)]["subject"] is True
    assert found[("external-affairs", 22)]["subject"] is False


def test_without_a_publication_date_a_weekday_is_read_from_the_register() -> None:
    text = (
        "The 29th Diplomatic Conference concluded in Hanoi on Friday after five working days. "
        "On Sunday, on the eve of the conference, governors met at the 18th National "
        "Conference on External Relations."
    )
    found = confs(text)
    dip, ext = found[("diplomatic", 29)], found[("external-affairs", 18)]
    assert (dip["start"], dip["end"]) == ("2016-08-22", "2016-08-26")
    assert (ext["start"], ext["end"]) == ("2016-08-21", "2016-08-21")


def test_a_weekday_the_register_cannot_place_stays_unknown() -> None:
    assert (
        confs("The 29th Diplomatic Conference ended on Sunday.")[("diplomatic", 29)]["end"] is None
    )


@pytest.mark.parametrize(
    ("act", "field"),
    [("attended the opening session of", "start"), ("chaired the closing of", "end")],
)
def test_the_day_someone_attends_an_opening_or_closing_is_the_conferences(
    act: str, field: str
) -> None:
    text = f"Prime Minister Hà Quang Vinh on August 14 {act} the 30th Diplomatic Conference."
    c = confs(text, D(2018, 8, 14))[("diplomatic", 30)]
    assert c[field] == "2018-08-14"


def test_ahead_of_the_opening_is_not_the_opening_day() -> None:
    text = "Envoys arrived on August 12, ahead of the opening of the 30th Diplomatic Conference."
    assert confs(text, D(2018, 8, 14))[("diplomatic", 30)]["start"] is None


def test_one_of_vietnams_conferences_makes_it_vietnams_diplomacy_whatever_else_is_named() -> None:
    text = (
        "The 32nd Diplomatic Conference discussed ties with China. Delegates said China is "
        "the largest trading partner, China is a neighbour and China matters."
    )
    assert list(confs(text)) == [("diplomatic", 32)]


@pytest.mark.parametrize("written", ["Dec 19-23", "Dec. 19-23", "December 19-23", "19-23 Dec"])
def test_month_names_may_be_cut_short_with_or_without_a_dot(written: str) -> None:
    c = confs(f"The 32nd Diplomatic Conference will take place on {written}.", D(2023, 12, 11))
    assert (c[("diplomatic", 32)]["start"], c[("diplomatic", 32)]["end"]) == (
        "2023-12-19",
        "2023-12-23",
    )


def test_a_cpv_national_congress_is_the_party_congress() -> None:
    assert list(confs("Envoys studied the resolution of the 13th CPV National Congress.")) == [
        ("party-congress", 13)
    ]


def test_a_range_of_weekdays_counts_on_from_the_first() -> None:
    text = "The 32nd Diplomatic Conference took place in Hanoi from Tuesday to Saturday."
    c = confs(text, D(2023, 12, 24))[("diplomatic", 32)]
    assert (c["start"], c["end"]) == ("2023-12-19", "2023-12-23")


def test_a_stated_length_before_the_conferences_name() -> None:
    text = "The five-day 32nd Diplomatic Conference opened on Tuesday."
    c = confs(text, D(2023, 12, 19))[("diplomatic", 32)]
    assert (c["start"], c["end"]) == ("2023-12-19", "2023-12-23")


def test_a_conference_named_only_inside_a_quotation_is_not_the_subject() -> None:
    text = (
        "Deputy FM Vũ Hữu Nghĩa receives Nordic envoy\n\n"
        "Hanoi (VNA) – Deputy FM Vũ Hữu Nghĩa received the Nordic envoy on Friday.\n\n"
        "“At the 32nd Diplomatic Conference in Hanoi we agreed to open new markets,” Nghĩa said."
    )
    found = confs(text, D(2024, 3, 1))[("diplomatic", 32)]
    assert (found["location"], found["subject"]) == ("Hanoi", False)


def test_viet_nam_with_diacritics_counts_as_vietnam() -> None:
    text = (
        "Việt Nam and Japan pledged to expand trade. Việt Nam will host a Japan business "
        "forum, Việt Nam officials said, adding that Japan firms and Japan funds were welcome. "
        "Việt Nam wants more investment."
    )
    assert extract(text).themes


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Hội nghị Ngoại giao lần thứ 33", ("diplomatic", 33)),
        ("Hoi nghi Ngoai giao lan thu 33", ("diplomatic", 33)),
        ("Hội nghị Ngoại vụ toàn quốc lần thứ 22", ("external-affairs", 22)),
        ("Hội nghị Đối ngoại toàn quốc lần thứ nhất", ("foreign-affairs", 1)),
        ("Đại hội XIV", ("party-congress", 14)),
        ("Đại hội Đảng toàn quốc lần thứ 14", ("party-congress", 14)),
    ],
)
def test_the_vietnamese_name_of_a_series_is_that_series(name: str, key: tuple[str, int]) -> None:
    text = (
        f"Envoys and officials gathered in the morning for the meeting, known in Vietnamese as "
        f"the {name}, to review the work of the past years and to set out the tasks ahead."
    )
    assert list(confs(text)) == [key]


def test_the_only_date_of_a_sentence_on_an_opening_session_is_its_day() -> None:
    text = (
        "Prime Minister Hà Quang Vinh on December 9 asked envoys to work harder, while "
        "addressing the opening session of the 33rd Diplomatic Conference in Hanoi."
    )
    assert confs(text, D(2025, 12, 9))[("diplomatic", 33)]["start"] == "2025-12-09"


def test_a_vietnamese_guest_at_another_countrys_conference_does_not_make_it_vietnams() -> None:
    text = (
        "Phnom Penh (VNA) - The 11th Diplomatic Conference opened in Phnom Penh on Monday. "
        "Cambodian Prime Minister Hun Manet addressed the event, Cambodia's ministry said. "
        "Vietnamese Ambassador to Cambodia Vũ Hữu Nghĩa attended as a guest and said Vietnam "
        "wished Cambodia success."
    )
    result = extract(text)
    assert result.conferences == ()
    assert [o.name for o in result.officials] == ["Vu Huu Nghia"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Envoys studied the resolution of the 13th Congress.", [("party-congress", 13)]),
        (
            "Envoys studied the 13th Congress of the Communist Party of Vietnam.",
            [("party-congress", 13)],
        ),
        ("Envoys attended the 10th Congress of the Vietnam Women's Union.", []),
        ("Laos held its 11th Congress last month.", []),
    ],
)
def test_the_nth_congress_alone_is_the_party_congress(
    text: str, keys: list[tuple[str, int]]
) -> None:
    assert list(confs(text)) == keys


def test_the_framework_of_the_series_is_the_articles_conference_not_one_named_before() -> None:
    text = (
        "The 30th Diplomatic Conference will open in Hanoi on August 13, officials said.\n\n"
        "It will review the resolution of the 29th Diplomatic Conference.\n\n"
        "The 19th National Conference on External Affairs, to be held on August 16 within the "
        "framework of the Diplomatic Conference, will discuss trade fairs."
    )
    c = confs(text, D(2018, 8, 10))
    assert c[("external-affairs", 19)]["subject"] is True
    assert c[("diplomatic", 29)]["subject"] is False


def test_a_sentence_opening_date_passes_a_person_who_chairs_the_conference() -> None:
    text = (
        "The 31st Diplomatic Conference opened in Hanoi on 15/12.\n\n"
        "On 14/12, General Secretary Lâm Văn Tùng chaired the first National Conference on "
        "Foreign Affairs, which set the course."
    )
    c = confs(text, D(2021, 12, 19))[("foreign-affairs", 1)]
    assert (c["start"], c["end"]) == ("2021-12-14", "2021-12-14")
    said = "On 14/12, General Secretary Lâm Văn Tùng said the first National Conference on "
    text = f"{said}Foreign Affairs had set the course."
    assert confs(text, D(2021, 12, 19))[("foreign-affairs", 1)]["start"] is None


def test_a_conference_recalled_as_over_in_a_relative_clause_is_background() -> None:
    text = (
        "Provinces told to court green investors\n\n"
        "DA NANG — The 22nd National Conference on External Affairs opened in Da Nang on "
        "Tuesday, bringing together leaders of all provinces and cities.\n\n"
        "The two-day meeting follows the 33rd Diplomatic Conference, which ended in the "
        "capital last week.\n\n"
        "Deputy Prime Minister Banh Van Toai said localities must act faster.\n\n"
        "In a later session, the ministry's new plan was discussed at length by delegates."
    )
    found = confs(text, D(2024, 12, 17))
    assert found[("external-affairs", 22)]["subject"] is True
    assert found[("diplomatic", 33)]["subject"] is False


def test_a_conference_held_in_a_past_month_is_not_the_occasion_of_a_review() -> None:
    text = (
        "A busy year for the diplomatic service\n\n"
        "HANOI — As the year ends, the foreign ministry is taking stock of twelve months of "
        "activity at home and abroad, officials said on Monday.\n\n"
        "The 33rd Diplomatic Conference, held in Hanoi in December 2024, set the tasks "
        "for the years ahead.\n\n"
        "Deputy Foreign Minister Tao Thi Minh said the ministry had met most of them.\n\n"
        "Observers expect another demanding year for the whole service."
    )
    found = confs(text, D(2025, 12, 22))
    assert found[("diplomatic", 33)]["subject"] is False
    assert found[("diplomatic", 33)]["location"] == "Hanoi"
    same_month = confs(text.replace("December 2024", "December 2025"), D(2025, 12, 22))
    assert same_month[("diplomatic", 33)]["subject"] is True


@pytest.mark.parametrize(
    "lead",
    [
        "HANOI, Dec 18, 2021 – ",
        "Hanoi, December 18, 2021 (VNA) - ",
        "HANOI, Dec. 18, 2021 - ",
        "HANOI, 18 December 2021 – ",
    ],
)
def test_a_lead_opening_with_place_and_full_date_dates_the_story_not_the_conference(
    lead: str,
) -> None:
    found = extract(lead + "The 30th Diplomatic Conference opened on Monday.")
    assert found.published == dt.date(2021, 12, 18)
    (conference,) = found.conferences
    # Monday before the publication date, not the dateline's day; no place from the lead.
    assert (conference.start, conference.location) == (dt.date(2021, 12, 13), None)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("(03-09-2019)", D(2019, 9, 3)),
        ("Updated: 10:05, 07/04/2022", D(2022, 4, 7)),
        ("Wednesday, 08:30, 17/11/2021", D(2021, 11, 17)),
        ("RADIO2 | 21/03/2015 07:00", D(2015, 3, 21)),
    ],
)
def test_a_dateline_in_brackets_after_a_label_or_after_the_time_dates_the_story(
    line: str, day: dt.date
) -> None:
    text = f"{line}\n\nEnvoys meet\n\nThe 30th Diplomatic Conference opened on Monday."
    assert extract(text).published == day


def test_a_label_with_a_bar_but_no_date_is_not_a_dateline() -> None:
    assert extract("Politics | World\n\nEnvoys meet\n\nEnvoys met on Monday.").published is None


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("this morning", D(2019, 3, 12)),
        ("this afternoon", D(2019, 3, 12)),
        ("today", D(2019, 3, 12)),
        ("yesterday", D(2019, 3, 11)),
        ("tomorrow", D(2019, 3, 13)),
    ],
)
def test_a_day_named_relative_to_publication_dates_the_conference(
    phrase: str, day: dt.date
) -> None:
    text = f"The 40th Diplomatic Conference opened in Da Nang {phrase}, with envoys from afar."
    found = confs(text, D(2019, 3, 12))
    assert found[("diplomatic", 40)]["start"] == day.isoformat()
    # Without a publication date a relative day means nothing.
    assert confs(text)[("diplomatic", 40)]["start"] is None


def test_a_sentence_opening_with_yesterday_dates_the_conference_it_names() -> None:
    text = "Yesterday, the 25th National Conference on External Affairs drew provincial leaders."
    found = confs(text, D(2030, 6, 4))
    assert found[("external-affairs", 25)]["start"] == "2030-06-03"
    assert found[("external-affairs", 25)]["end"] == "2030-06-03"


def test_today_s_is_not_a_date() -> None:
    text = "Today's 40th Diplomatic Conference will chart the sector's course."
    assert confs(text, D(2019, 3, 12))[("diplomatic", 40)]["start"] is None


def test_last_and_next_weekday_point_back_and_ahead_whatever_the_tense() -> None:
    # Published on a Wednesday.
    back = confs(
        "The 40th Diplomatic Conference, which will be reviewed, closed last Wednesday.",
        D(2019, 3, 13),
    )
    assert back[("diplomatic", 40)]["end"] == "2019-03-06"
    ahead = confs("The 40th Diplomatic Conference was planned to open next Monday.", D(2019, 3, 13))
    assert ahead[("diplomatic", 40)]["start"] == "2019-03-18"


def test_a_second_weekday_keeps_the_sentences_future_tense_past_a_passive_participle() -> None:
    # Published on a Thursday; both days are ahead of it.
    text = (
        "Governors will join the 25th National Conference on External Affairs on Friday and "
        "the second National Conference on Foreign Affairs, convened by the Politburo, on "
        "Monday, an official said."
    )
    found = confs(text, D(2031, 5, 1))
    assert found[("external-affairs", 25)]["start"] == "2031-05-02"
    assert found[("foreign-affairs", 2)]["start"] == "2031-05-05"


def test_a_past_verb_between_two_weekdays_still_turns_the_second_back() -> None:
    text = (
        "Governors will hear about the 25th National Conference on External Affairs, "
        "which opened on Friday."
    )
    assert confs(text, D(2031, 5, 1))[("external-affairs", 25)]["start"] == "2031-04-25"


def test_a_conference_in_a_fronted_before_phrase_is_not_a_partner_of_the_date() -> None:
    text = (
        "The 40th Diplomatic Conference opened in Hue on March 4. Before the 39th Diplomatic "
        "Conference, the 26th National Conference on External Affairs met on March 2."
    )
    found = confs(text, D(2035, 3, 5))
    assert found[("external-affairs", 26)]["start"] == "2035-03-02"
    assert found[("diplomatic", 39)]["start"] is None


def test_coordinated_conferences_still_share_a_date() -> None:
    text = (
        "The 40th Diplomatic Conference and the 26th National Conference on External Affairs "
        "met on March 2."
    )
    found = confs(text, D(2035, 3, 5))
    assert found[("external-affairs", 26)]["start"] == "2035-03-02"
    assert found[("diplomatic", 40)]["start"] == "2035-03-02"


def test_a_date_before_the_conference_takes_its_role_from_the_verb_after_the_name() -> None:
    text = (
        "On the evening of 9 May 2040, the 41st Diplomatic Conference wrapped up in Hue "
        "after four working days of debate."
    )
    found = confs(text, D(2040, 5, 10))[("diplomatic", 41)]
    # Wednesday 9 May back over four working days: the weekend of 5-6 May does not count.
    assert (found["start"], found["end"]) == ("2040-05-04", "2040-05-09")
    opened = confs("On 7 May, the 41st Diplomatic Conference opened in Hue.", D(2040, 5, 10))
    assert (opened[("diplomatic", 41)]["start"], opened[("diplomatic", 41)]["end"]) == (
        "2040-05-07",
        None,
    )


def test_the_congress_refers_back_to_the_party_congress_named_before() -> None:
    text = (
        "The year opened with the 15th National Party Congress. The congress, which met in "
        "Hanoi from January 8 to 14, set the line for the 35th Diplomatic Conference."
    )
    found = confs(text, D(2031, 11, 28))
    congress = found[("party-congress", 15)]
    # Past-tense copy: January before the November publication date, not the next one.
    assert (congress["start"], congress["end"], congress["location"]) == (
        "2031-01-08",
        "2031-01-14",
        "Hanoi",
    )
    # Placed, but a conference is named: the congress is what it implements, not the occasion.
    assert congress["subject"] is False


def test_the_congress_of_another_body_is_no_back_reference() -> None:
    text = (
        "The 15th National Party Congress set the line. The congress of the youth union "
        "met in Hanoi on May 3."
    )
    assert confs(text, D(2031, 5, 5))[("party-congress", 15)]["start"] is None


def test_a_date_before_by_the_nth_belongs_to_that_conference() -> None:
    text = (
        "The 40th Diplomatic Conference was preceded on 2 March by the 26th National "
        "Conference on External Affairs."
    )
    found = confs(text, D(2035, 3, 20))[("external-affairs", 26)]
    assert (found["start"], found["end"]) == ("2035-03-02", "2035-03-02")


def test_will_be_held_looks_ahead_across_the_new_year() -> None:
    text = "The 40th Diplomatic Conference will be held in Hue from January 6 to 9."
    found = confs(text, D(2034, 12, 20))[("diplomatic", 40)]
    assert (found["start"], found["end"]) == ("2035-01-06", "2035-01-09")


@pytest.mark.parametrize(
    "clause",
    [
        "the 40th Diplomatic Conference held in Hue last month",
        "the 40th Diplomatic Conference, which met in Hue on November 30 last year",
        "the 40th Diplomatic Conference, which met in Hue on 30 November last year",
    ],
)
def test_a_conference_recalled_in_a_clause_with_last_month_or_last_year_is_background(
    clause: str,
) -> None:
    text = (
        f"Hue city leaders on Monday reviewed their external work, drawing on {clause}.\n\n"
        "Chairman Vo Van Tam said the city would court more investors."
    )
    found = confs(text, D(2036, 1, 8))[("diplomatic", 40)]
    assert (found["location"], found["subject"]) == ("Hue", False)


def test_a_conference_that_closed_in_a_city_last_week_without_a_recall_clause_is_the_subject() -> (
    None
):
    text = "The 40th Diplomatic Conference closed in Hue last week with a call for reform."
    assert confs(text, D(2036, 1, 8))[("diplomatic", 40)]["subject"] is True


def test_an_indefinite_conference_is_another_meeting_not_a_back_reference() -> None:
    text = (
        "The city will apply the 40th Diplomatic Conference's conclusions, its chairman told "
        "a conference reviewing the city's external work on January 7."
    )
    assert confs(text, D(2036, 1, 8))[("diplomatic", 40)]["start"] is None


def test_a_length_stated_in_a_later_sentence_gives_the_missing_first_day() -> None:
    text = (
        "The 40th Diplomatic Conference closed in Hue on Friday, March 7. "
        "The three-day event drew 300 delegates."
    )
    found = confs(text, D(2036, 3, 10))[("diplomatic", 40)]
    assert (found["start"], found["end"]) == ("2036-03-05", "2036-03-07")


def test_a_length_stated_in_a_later_sentence_gives_the_missing_last_day() -> None:
    text = (
        "The 40th Diplomatic Conference opened in Hue on March 3. "
        "Delegates praised the five-day conference's agenda."
    )
    found = confs(text, D(2036, 3, 4))[("diplomatic", 40)]
    assert (found["start"], found["end"]) == ("2036-03-03", "2036-03-07")


def test_a_body_that_convened_the_conference_on_a_day_dates_it() -> None:
    text = (
        "The Secretariat on 4 March convened the second National Conference on Foreign "
        "Affairs, its largest meeting of the year."
    )
    found = confs(text, D(2036, 3, 5))[("foreign-affairs", 2)]
    assert (found["start"], found["end"]) == ("2036-03-04", "2036-03-04")


def test_a_person_who_attended_on_a_day_does_not_date_a_conference_by_that_alone() -> None:
    text = "The minister on 4 March praised the 40th Diplomatic Conference's preparations."
    assert confs(text, D(2036, 3, 5))[("diplomatic", 40)]["start"] is None


def test_an_ordinal_and_conference_alone_is_in_the_series_the_article_names() -> None:
    text = (
        "The 23rd National Conference on External Affairs opened in Hanoi on Monday. "
        "Provinces reported on their work since the 22nd conference two years ago."
    )
    assert list(confs(text)) == [("external-affairs", 23), ("external-affairs", 22)]
    assert confs(text)[("external-affairs", 22)]["subject"] is False


def test_a_bare_ordinal_takes_the_series_whose_ordinal_is_nearest() -> None:
    text = (
        "Envoys will attend the 34th Diplomatic Conference after the 23rd National "
        "Conference on External Affairs. Much has changed since the 33rd conference."
    )
    assert ("diplomatic", 33) in confs(text)
    assert ("external-affairs", 33) not in confs(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegates also recalled the 12th conference of the Party Central Committee.",
        "The city hosted the 32nd conference on tourism promotion last year.",
        "The 15th conference between the two ministries was postponed.",
        "A ministry spokesman said the third conference would be shorter.",
        "Laos' 31st conference took place in Vientiane.",
    ],
)
def test_a_bare_ordinal_of_another_meeting_names_no_conference(sentence: str) -> None:
    text = f"The 33rd Diplomatic Conference opened in Hanoi. {sentence}"
    assert list(confs(text)) == [("diplomatic", 33)]


def test_a_bare_ordinal_far_from_any_named_one_names_no_conference() -> None:
    text = "The 33rd Diplomatic Conference opened. It followed the 12th conference in 1980."
    assert list(confs(text)) == [("diplomatic", 33)]


@pytest.mark.parametrize(
    "lead",
    [
        "VIENTIANE – The Lao Foreign Ministry this week opened its 30th Diplomatic Conference.",
        "Thailand's foreign ministry on Tuesday convened its 31st Diplomatic Conference.",
    ],
)
def test_its_conference_after_a_foreign_subject_opening_the_sentence_is_not_vietnams(
    lead: str,
) -> None:
    assert confs(lead) == {}


def test_its_conference_stays_vietnams_when_vietnam_is_the_subject() -> None:
    text = (
        "After talks with Lao counterparts, Vietnam's foreign ministry opened its 30th "
        "Diplomatic Conference in Hanoi."
    )
    assert ("diplomatic", 30) in confs(text)


def test_a_dateline_after_an_outlet_and_a_section_label_dates_the_article() -> None:
    text = (
        "NTV | World News | 11/12/2029 | 08:15\n\n"
        "Envoys gather\n\n"
        "The 36th Diplomatic Conference opened in Hanoi on Monday."
    )
    result = extract(text)
    assert result.published == D(2029, 12, 11)
    assert result.conferences[0].start == D(2029, 12, 10)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "Minister Hoang Van Son delivers the closing speech at the 35th Diplomatic "
            "Conference in Hanoi on December 20, 2029.",
            None,
            "2029-12-20",
        ),
        (
            "Minister Hoang Van Son spoke at the opening plenary session of the 35th "
            "Diplomatic Conference in Hanoi on December 16, 2029.",
            "2029-12-16",
            None,
        ),
        (
            "Minister Hoang Van Son attended the closing ceremony of the 35th Diplomatic "
            "Conference, which opened in Hanoi on December 16, 2029.",
            "2029-12-16",
            None,
        ),
    ],
)
def test_a_date_after_the_closing_speech_at_a_conference_is_its_last_day(
    sentence: str, start: str | None, end: str | None
) -> None:
    conf = confs(sentence)[("diplomatic", 35)]
    assert (conf["start"], conf["end"]) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "And from Tuesday until yesterday, the 35th Diplomatic Conference, held in Hanoi, "
            "drew up a plan of action.",
            "2029-12-18",
            "2029-12-21",
        ),
        (
            "The 35th Diplomatic Conference sat from Wednesday until December 21.",
            "2029-12-19",
            "2029-12-21",
        ),
    ],
)
def test_from_a_weekday_until_a_day_given_otherwise_is_a_range(
    sentence: str, start: str, end: str
) -> None:
    conf = confs(sentence, D(2029, 12, 22))[("diplomatic", 35)]
    assert (conf["start"], conf["end"]) == (start, end)


def test_a_weekday_and_another_day_without_from_are_not_a_range() -> None:
    text = "The 35th Diplomatic Conference closed on December 21. Envoys left on Sunday and Monday."
    conf = confs(text, D(2029, 12, 26))[("diplomatic", 35)]
    assert (conf["start"], conf["end"]) == (None, "2029-12-21")


def test_it_opening_a_sentence_with_a_closing_verb_refers_to_the_conference_before() -> None:
    text = "The 35th Diplomatic Conference opened in Hanoi on Monday. It will close on Friday."
    conf = confs(text, D(2029, 12, 18))[("diplomatic", 35)]
    assert (conf["start"], conf["end"]) == ("2029-12-17", "2029-12-21")


def test_it_refers_back_only_when_the_sentence_before_opens_with_a_conference() -> None:
    text = (
        "The 35th Diplomatic Conference opened in Hanoi on Monday. Minister Hoang Van Son "
        "arrived from Tokyo on Tuesday. It will close on Friday."
    )
    assert confs(text, D(2029, 12, 18))[("diplomatic", 35)]["end"] is None


def test_a_place_for_two_coordinated_conferences_places_both() -> None:
    text = (
        "More than 700 envoys will gather in Hanoi next week for the 35th Diplomatic "
        "Conference and the 24th National Conference on External Affairs, the ministry said."
    )
    found = confs(text)
    assert found[("diplomatic", 35)]["location"] == "Hanoi"
    assert found[("external-affairs", 24)]["location"] == "Hanoi"


def test_a_place_before_an_act_of_a_person_is_not_the_conferences() -> None:
    text = (
        "Minister Hoang Van Son was in Hanoi next week and praised the 35th Diplomatic Conference."
    )
    assert confs(text)[("diplomatic", 35)]["location"] is None


def test_the_following_morning_is_the_day_after_the_last_date_written() -> None:
    text = (
        "The 24th National Conference on External Affairs will take place on Sunday, "
        "December 16. The 35th Diplomatic Conference will open the following morning and "
        "run through Friday, December 21."
    )
    conf = confs(text, D(2029, 12, 14))[("diplomatic", 35)]
    assert (conf["start"], conf["end"]) == ("2029-12-17", "2029-12-21")


def test_the_next_day_opening_a_sentence_dates_the_conference_it_names() -> None:
    text = (
        "Provincial leaders met in Hanoi on December 16, 2029. The next day, the 35th "
        "Diplomatic Conference opened."
    )
    assert confs(text)[("diplomatic", 35)]["start"] == "2029-12-17"


def test_the_following_day_after_a_range_is_no_date() -> None:
    text = (
        "Envoys toured Ha Long from December 10 to 12, 2029. The 35th Diplomatic Conference "
        "opened the following day."
    )
    assert confs(text)[("diplomatic", 35)]["start"] is None


def test_the_following_day_is_not_the_day_after_the_dateline() -> None:
    text = (
        "December 16, 2029 08:15\n\nEnvoys gather\n\n"
        "Envoys reached Hanoi. The following day, the 35th Diplomatic Conference opened."
    )
    assert confs(text)[("diplomatic", 35)]["start"] is None


def test_a_day_in_the_possessive_dates_the_conference_it_possesses() -> None:
    text = (
        "The 35th Diplomatic Conference opened in Hanoi on Monday. It follows Sunday’s "
        "24th National Conference on External Affairs."
    )
    found = confs(text, D(2029, 12, 18))
    assert found[("external-affairs", 24)]["start"] == "2029-12-16"
    assert found[("diplomatic", 35)]["start"] == "2029-12-17"


def test_a_conference_that_brought_delegates_to_a_city_is_placed_there() -> None:
    text = (
        "The 24th National Conference on External Affairs brought 500 delegates from all "
        "provinces to Hanoi on December 16, 2029."
    )
    assert confs(text)[("external-affairs", 24)]["location"] == "Hanoi"


@pytest.mark.parametrize(
    "sentence",
    [
        "After the 35th Diplomatic Conference, the ambassadors flew to Da Nang.",
        "The 35th Diplomatic Conference gathered envoys in Hanoi; some then went to Da Nang.",
    ],
)
def test_a_trip_to_a_city_does_not_place_a_conference(sentence: str) -> None:
    assert confs(sentence)[("diplomatic", 35)]["location"] in (None, "Hanoi")
    assert confs(sentence)[("diplomatic", 35)]["location"] != "Da Nang"


@pytest.mark.parametrize(
    "verb",
    ["follows the", "followed the", "came a day after the", "comes after the", "follows Sunday's"],
)
def test_a_placed_conference_that_another_follows_is_background(verb: str) -> None:
    text = (
        "The 35th Diplomatic Conference opened on Monday with 400 envoys in attendance. "
        f"The conference {verb} 24th National Conference on External Affairs, which "
        "gathered provincial leaders in Hanoi."
    )
    found = confs(text, D(2029, 12, 18))
    assert found[("external-affairs", 24)]["location"] == "Hanoi"
    assert found[("external-affairs", 24)]["subject"] is False
    assert found[("diplomatic", 35)]["subject"] is True


def test_a_placed_conference_followed_by_another_stays_a_subject() -> None:
    text = (
        "The 24th National Conference on External Affairs met in Hanoi on Sunday. It was "
        "followed by the 35th Diplomatic Conference."
    )
    assert confs(text, D(2029, 12, 18))[("external-affairs", 24)]["subject"] is True


def test_days_after_or_before_another_conference_date_it_from_the_sentences_first() -> None:
    text = (
        "The second National Conference on Foreign Affairs took place in Hanoi on December "
        "14, 2029. The conference came one day after the 24th National Conference on "
        "External Affairs, and two days before the opening of the 35th Diplomatic Conference."
    )
    found = confs(text)
    assert (found[("external-affairs", 24)]["start"], found[("external-affairs", 24)]["end"]) == (
        "2029-12-13",
        "2029-12-13",
    )
    assert (found[("diplomatic", 35)]["start"], found[("diplomatic", 35)]["end"]) == (
        "2029-12-16",
        None,
    )


def test_a_conference_dated_only_by_counting_days_dates_no_other() -> None:
    text = (
        "The 35th Diplomatic Conference closed on December 20, 2029, after four working "
        "days. It came one day after the second National Conference on Foreign Affairs."
    )
    assert confs(text)[("foreign-affairs", 2)]["start"] is None


def test_a_day_without_a_year_takes_the_registers_year_for_a_known_conference() -> None:
    # Written almost two years on: December 18 nearest to publication would be 2024, but
    # the register knows the 21st conference met in December 2023.
    text = (
        "The 21st National Conference on External Affairs, held in Hanoi on December 18, "
        "brought provinces and missions together."
    )
    (conf,) = extract(text, dt.date(2025, 8, 28)).conferences
    assert (conf.ordinal, conf.start, conf.end) == (
        21,
        dt.date(2023, 12, 18),
        dt.date(2023, 12, 18),
    )


def test_a_day_of_another_month_keeps_the_year_nearest_publication() -> None:
    text = "The 32nd Diplomatic Conference will review its plan on March 3."
    (conf,) = extract(text, dt.date(2024, 2, 20)).conferences
    assert conf.start in (None, dt.date(2024, 3, 3))


def test_a_date_after_a_sentence_adverb_opens_the_sentence() -> None:
    text = (
        "Earlier, on August 21, heads of missions attended the 18th National Conference on "
        "External Affairs."
    )
    (conf,) = extract(text, dt.date(2016, 8, 26)).conferences
    assert (conf.start, conf.end) == (dt.date(2016, 8, 21), dt.date(2016, 8, 21))


def test_national_foreign_affairs_conference_with_a_localities_ordinal() -> None:
    text = "The 19th National Foreign Affairs Conference took place in Hanoi on August 12."
    (conf,) = extract(text, dt.date(2018, 8, 12)).conferences
    assert (conf.series, conf.ordinal) == (Series.EXTERNAL_AFFAIRS, 19)


def test_a_conference_named_as_a_point_in_time_does_not_take_the_date() -> None:
    text = (
        "The 27th Diplomatic Conference opened in Hanoi on Monday. The conference, the first "
        "since the 11th National Party Congress in January, will last until December 19."
    )
    found = {c.ordinal: c for c in extract(text, dt.date(2011, 12, 12)).conferences}
    assert found[27].end == dt.date(2011, 12, 19)
    assert found[11].end is None


def test_an_interview_label_may_stand_before_the_opening_date() -> None:
    text = (
        "What happened before the 28th Diplomatic Conference?\n\n"
        "Deputy FM Lò Văn Tiến: On December 15, on the eve of the Diplomatic Conference, "
        "leaders of provinces attended the 17th National Conference on External Affairs."
    )
    found = {c.ordinal: c for c in extract(text, dt.date(2013, 12, 24)).conferences}
    assert found[17].start == dt.date(2013, 12, 15)


def test_a_partner_placed_in_one_sentence_of_a_report_is_background() -> None:
    text = (
        "33rd Diplomatic Conference opens in Hanoi\n\n"
        "Hanoi (VNA) – The 33rd Diplomatic Conference opened in Hanoi on December 8, with "
        "envoys from 95 missions abroad.\n\n"
        "The Prime Minister asked the conference to turn partnerships into projects.\n\n"
        "Earlier, on December 7, the 22nd National Conference on External Affairs gathered "
        "provincial leaders in Hanoi.\n\n"
        "The conference runs until December 12."
    )
    found = confs(text, D(2025, 12, 8))
    assert found[("diplomatic", 33)]["subject"] is True
    local = found[("external-affairs", 22)]
    assert (local["location"], local["start"], local["subject"]) == ("Hanoi", "2025-12-07", False)


def test_a_partner_the_report_goes_on_about_is_a_subject() -> None:
    text = (
        "33rd Diplomatic Conference opens in Hanoi\n\n"
        "Hanoi (VNA) – The 33rd Diplomatic Conference opened in Hanoi on December 8, with "
        "envoys from 95 missions abroad.\n\n"
        "Earlier, on December 7, the 22nd National Conference on External Affairs gathered "
        "provincial leaders in Hanoi. Deputy Foreign Minister Le Van Ba, who chaired that "
        "meeting, said provinces wanted help in finding partners."
    )
    assert confs(text, D(2025, 12, 8))[("external-affairs", 22)]["subject"] is True


def test_a_preview_announces_the_partner_it_places_in_one_sentence() -> None:
    text = (
        "33rd Diplomatic Conference to open next week\n\n"
        "Hanoi (VNA) – The 33rd Diplomatic Conference will open in Hanoi on December 8, "
        "the ministry said.\n\n"
        "The day before, the 22nd National Conference on External Affairs will gather "
        "provincial leaders in Hanoi.\n\n"
        "The conference will run until December 12."
    )
    assert confs(text, D(2025, 12, 2))[("external-affairs", 22)]["subject"] is True


def test_a_conference_recalled_in_a_month_of_last_year_is_background() -> None:
    text = (
        "Ministry reviews a year of diplomacy\n\n"
        "Hanoi (VNA) – The ministry held its annual review on Monday. At the 33rd Diplomatic "
        "Conference, which took place in Hanoi in December last year, the sector set itself "
        "new goals."
    )
    assert confs(text, D(2026, 1, 12))[("diplomatic", 33)]["subject"] is False


def test_a_conference_recalled_with_the_year_of_its_dates_is_background() -> None:
    text = (
        "Ten years of economic diplomacy\n\n"
        "The 33rd Diplomatic Conference, held in Hanoi from December 8 to 12, 2025, made "
        "economic diplomacy its theme. Missions have since reported their results."
    )
    assert confs(text, D(2027, 3, 2))[("diplomatic", 33)]["subject"] is False
    assert confs(text, D(2025, 12, 12))[("diplomatic", 33)]["subject"] is True


def test_a_sentence_on_the_series_does_not_report_the_partner() -> None:
    text = (
        "Localities meet for 22nd National Conference on External Affairs\n\n"
        "Hanoi (VNA) – The 22nd National Conference on External Affairs took place in Hanoi "
        "on December 7. It was held on the eve of the 33rd Diplomatic Conference, which opens "
        "in Hanoi on December 8. The localities' conference has been held alongside the "
        "Diplomatic Conference since 2011.\n\n"
        "Provinces asked missions abroad for help in attracting investment."
    )
    found = confs(text, D(2025, 12, 7))
    assert found[("external-affairs", 22)]["subject"] is True
    assert found[("diplomatic", 33)]["subject"] is False


def test_a_conference_placed_but_over_months_before_publication_is_background() -> None:
    text = (
        "A year of diplomacy in review\n\n"
        "The minister singled out the 33rd Diplomatic Conference, which met in Hanoi from 8 "
        "to 12 August, as the moment the sector set its course."
    )
    assert confs(text, D(2025, 12, 30))[("diplomatic", 33)]["subject"] is False
    assert confs(text, D(2025, 8, 14))[("diplomatic", 33)]["subject"] is True


def test_a_commentary_placing_a_long_past_conference_does_not_make_it_the_subject() -> None:
    text = (
        "Eighty years of diplomacy\n\n"
        "Hanoi (VNA) – Diplomacy has changed a great deal. On December 18, the 21st National "
        "Conference on External Affairs brought the leaders of provinces to Hanoi."
    )
    assert confs(text, D(2025, 8, 28))[("external-affairs", 21)]["subject"] is False
    assert confs(text, D(2023, 12, 19))[("external-affairs", 21)]["subject"] is True


def test_a_partner_described_once_as_held_within_the_framework_is_background() -> None:
    text = (
        "33rd Diplomatic Conference closes\n\n"
        "Hanoi (VNA) – The 33rd Diplomatic Conference closed in Hanoi on December 12.\n\n"
        "Provinces had sent 150 proposals to the 22nd National Conference on External Affairs, "
        "held within the framework of the Diplomatic Conference, the minister said."
    )
    found = confs(text, D(2025, 12, 12))
    assert found[("diplomatic", 33)]["subject"] is True
    assert found[("external-affairs", 22)]["subject"] is False


def test_a_partner_held_within_the_framework_as_the_clause_subject_stays_a_subject() -> None:
    text = (
        "33rd Diplomatic Conference closes\n\n"
        "Hanoi (VNA) – The 33rd Diplomatic Conference closed in Hanoi on December 12.\n\n"
        "Within the framework of the 33rd Diplomatic Conference, the 22nd National Conference "
        "on External Affairs was held for leaders of localities."
    )
    assert confs(text, D(2025, 12, 12))[("external-affairs", 22)]["subject"] is True


def test_a_preview_that_goes_on_about_the_dated_partner_makes_it_a_subject() -> None:
    text = (
        "33rd Diplomatic Conference to open next week\n\n"
        "Hanoi (VNA) – The 33rd Diplomatic Conference will take place in Hanoi from December "
        "8 to 12, the ministry said.\n\n"
        "The 22nd National Conference on External Affairs will take place on Sunday, December "
        "7. It will bring together leaders of all provinces.\n\n"
        "The sector will also discuss citizen protection."
    )
    assert confs(text, D(2025, 12, 2))[("external-affairs", 22)]["subject"] is True


def test_a_preview_naming_the_dated_partner_once_leaves_it_in_passing() -> None:
    text = (
        "33rd Diplomatic Conference to open next week\n\n"
        "Hanoi (VNA) – The 33rd Diplomatic Conference will take place in Hanoi from December "
        "8 to 12, the ministry said.\n\n"
        "On December 7, the day before the opening, the 22nd National Conference on External "
        "Affairs will bring together leaders of all provinces.\n\n"
        "The sector will also discuss citizen protection."
    )
    assert confs(text, D(2025, 12, 2))[("external-affairs", 22)]["subject"] is False


def test_the_localities_conference_described_not_named_is_still_reported() -> None:
    text = (
        "Prime Minister Lã Văn Khoa speaks at the opening of the 29th Diplomatic Conference "
        "in Hanoi on Monday.\n\n"
        "HANOI — Diplomats and provincial leaders have spent two days at two linked "
        "meetings in the capital: the 18th National Conference on External Affairs, which "
        "took place on Sunday, and the 29th Diplomatic Conference, which opened on Monday.\n\n"
        "The localities’ conference, held at the ministry on Sunday, brought together "
        "leaders of provinces and heads of missions.\n\n"
        "Participants at the localities’ conference agreed to vet projects more strictly."
    )
    found = {c.ordinal: c for c in extract(text, dt.date(2016, 8, 22)).conferences}
    assert found[29].subject
    assert found[18].subject
