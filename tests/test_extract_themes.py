"""Rules for themes: one sentence of substance tags a theme. Texts invented for the tests."""

from __future__ import annotations

import pytest

from vndiplo._extract import extract
from vndiplo._vocab import Theme

SENTENCES = {
    Theme.PEACE_STABILITY: "Envoys must help keep a peaceful and stable environment for growth.",
    Theme.SOVEREIGNTY: "The navy and diplomats together defend the seas and islands of the nation.",
    Theme.INTERNATIONAL_INTEGRATION: "The country will pursue deeper international integration.",
    Theme.ECONOMIC_DIPLOMACY: "Missions abroad should help farmers find export markets.",
    Theme.MULTILATERAL_DIPLOMACY: "Hanoi will play a bigger role in ASEAN and at the UN.",
    Theme.CULTURAL_DIPLOMACY: "Embassies will use films to build the country's soft power.",
    Theme.CITIZEN_PROTECTION: "Consulates will protect Vietnamese citizens caught in the floods.",
    Theme.OVERSEAS_VIETNAMESE: "The Vietnamese community in Poland sent aid to the homeland.",
    Theme.INTERNATIONAL_LAW: "Disputes must be handled in line with international law.",
    Theme.THREE_PILLARS: "State diplomacy and people-to-people diplomacy must act in concert.",
    Theme.LOCAL_DIPLOMACY: "Localities will twin with cities abroad to draw tourists.",
    Theme.DEFENCE_SECURITY: "More officers will join UN peacekeeping missions in Africa.",
    Theme.SECTOR_MODERNISATION: "The ministry will streamline its departments next year.",
    Theme.GREEN_DEVELOPMENT: "Partners will finance green industrial parks in the delta.",
    Theme.NATIONAL_STANDING: "These efforts have raised the country's prestige worldwide.",
    Theme.BILATERAL_RELATIONS: "Both sides agreed to deepen ties with neighbouring countries.",
    Theme.RESEARCH_FORECASTING: "Analysts must forecast shifts among the major economies.",
}


@pytest.mark.parametrize("theme", list(Theme))
def test_one_sentence_of_substance_tags_a_theme(theme: Theme) -> None:
    text = f"Deputy FM Lâm Minh Tuấn spoke on Monday. {SENTENCES[theme]}"
    result = extract(text)
    assert theme in result.themes
    evidence = [e for e in result.evidence if e.theme is theme]
    assert text[evidence[0].start : evidence[0].end] == SENTENCES[theme]


def test_themes_are_sorted_ids() -> None:
    text = " ".join(SENTENCES.values())
    ids = extract(text).to_dict()["themes"]
    assert ids == sorted(ids)
    assert len(ids) == len(Theme)


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        ("The province improved its investment climate.", Theme.GREEN_DEVELOPMENT),
        (
            "The 76 years of national defence and construction were recalled.",
            Theme.DEFENCE_SECURITY,
        ),
        (
            "Five permanent members of the UN Security Council were invited.",
            Theme.MULTILATERAL_DIPLOMACY,
        ),
        ("Economic dependence on one market is a risk.", Theme.ECONOMIC_DIPLOMACY),
        ("Leaders of provinces and cities will attend a meeting on Friday.", Theme.LOCAL_DIPLOMACY),
        ("The ministry's budget grew by a tenth.", Theme.SECTOR_MODERNISATION),
    ],
)
def test_words_out_of_context_do_not_tag(sentence: str, theme: Theme) -> None:
    assert theme not in extract(sentence).themes


def test_protecting_the_rights_of_citizens_is_citizen_protection() -> None:
    text = "Missions must protect the legitimate rights of Vietnamese citizens abroad."
    assert Theme.CITIZEN_PROTECTION in extract(text).themes
    assert Theme.CITIZEN_PROTECTION not in extract("Citizens voted on Sunday.").themes


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        ("Both sides pledged to keep peace, stability and development.", Theme.PEACE_STABILITY),
        ("Embassies will promote Vietnamese culture in Latin America.", Theme.CULTURAL_DIPLOMACY),
        ("The two armies will step up defence diplomacy.", Theme.DEFENCE_SECURITY),
        ("Partners will fund the energy transition of the country.", Theme.GREEN_DEVELOPMENT),
        ("Hanoi will chair a WTO panel next year.", Theme.MULTILATERAL_DIPLOMACY),
    ],
)
def test_more_ways_of_saying_a_theme(sentence: str, theme: Theme) -> None:
    assert theme in extract(sentence).themes


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        ("The visits helped raise Vietnam's position in the world.", Theme.NATIONAL_STANDING),
        ("The ministry will improve the quality of diplomatic staff.", Theme.SECTOR_MODERNISATION),
    ],
)
def test_possessives_and_staff_quality(sentence: str, theme: Theme) -> None:
    assert theme in extract(sentence).themes


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        ("Leaders of ministries, sectors and localities attended.", Theme.LOCAL_DIPLOMACY),
        (
            "The Chairman of the State Committee for Overseas Vietnamese came.",
            Theme.OVERSEAS_VIETNAMESE,
        ),
    ],
)
def test_attendance_lists_and_titles_do_not_tag(sentence: str, theme: Theme) -> None:
    assert theme not in extract(sentence).themes


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        ("Today the nation's voice carries more weight in world affairs.", Theme.NATIONAL_STANDING),
        ("Hanoi now has a stronger voice in regional forums.", Theme.NATIONAL_STANDING),
        (
            "The ministry will assess the results of every embassy each year.",
            Theme.SECTOR_MODERNISATION,
        ),
        (
            "Inspectors will review the work of each mission against targets.",
            Theme.SECTOR_MODERNISATION,
        ),
        ("The academy will step up training of young diplomats.", Theme.SECTOR_MODERNISATION),
        ("The ministry will raise the quality of its staff.", Theme.SECTOR_MODERNISATION),
        ("Embassies helped repatriate stranded nationals in the floods.", Theme.CITIZEN_PROTECTION),
        ("Dozens of repatriation flights were organised last year.", Theme.CITIZEN_PROTECTION),
        ("Missions gave consular assistance to fishermen's families.", Theme.CITIZEN_PROTECTION),
        ("Think tanks should be advising the leadership on risks.", Theme.RESEARCH_FORECASTING),
    ],
)
def test_more_ways_this_register_speaks_of_a_theme(sentence: str, theme: Theme) -> None:
    assert theme in extract(f"Deputy FM Lâm Minh Tuấn spoke on Monday. {sentence}").themes


@pytest.mark.parametrize(
    "sentence",
    [
        "Missions must make enterprises and localities the focus of trade promotion.",
        "Missions must help localities and businesses find partners.",
    ],
)
def test_localities_listed_among_beneficiaries_are_not_local_diplomacy(sentence: str) -> None:
    result = extract(f"Deputy FM Lâm Minh Tuấn spoke on Monday. {sentence}")
    assert Theme.LOCAL_DIPLOMACY not in result.themes


@pytest.mark.parametrize(
    "sentence",
    [
        "The community wants consular services at weekends in more cities.",
        "Deputy FM Hà Quang Vinh, in charge of consular affairs, attended.",
    ],
)
def test_consular_paperwork_or_a_title_is_not_citizen_protection(sentence: str) -> None:
    assert Theme.CITIZEN_PROTECTION not in extract(sentence).themes


def themes(text: str) -> list[str]:
    return [t.value for t in extract(text).themes]


@pytest.mark.parametrize(
    "navigation",
    [
        "Related news\nKorean community sends aid to the homeland\nEnvoys open markets in Peru",
        "Read more\nKorean community sends aid to the homeland",
        "• Korean community sends aid to the homeland",
        "Tags: overseas community   homeland   export markets",
        "HOME   NEWS   Community   Export markets   Sports",
    ],
)
def test_navigation_of_a_web_page_tags_no_theme(navigation: str) -> None:
    body = "The ambassador met the press in the capital on Monday. The meeting was brief."
    assert themes(f"{body}\n\n{navigation}\n") == []
    assert themes(f"{navigation}\n\n{body}\n") == []


def test_a_bullet_that_ends_a_sentence_is_article_text() -> None:
    text = "The plan has two parts.\n• Missions abroad should help farmers find export markets.\n"
    assert themes(text) == ["economic-diplomacy"]


def test_theme_patterns_match_the_same_after_the_speed_rewrite() -> None:
    import re

    from vndiplo._extract._themes import _RULES, _letter_first

    text = " ".join(SENTENCES.values()).lower() + " untrade retrade, trade-offs (exports) asean."
    for pattern in _RULES.values():
        plain, fast = re.compile(pattern), re.compile(_letter_first(pattern))
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


def test_a_provinces_international_image_is_not_the_national_image() -> None:
    assert themes("The fair helped Lam Son province build its international image.") == []
    assert themes("Envoys will polish the national image abroad.") == ["cultural-diplomacy"]


def test_localities_sharing_experience_is_local_diplomacy() -> None:
    text = "The meeting let provinces share experience in drawing foreign tourists."
    assert themes(text) == ["local-diplomacy"]


def test_renewables_as_one_sector_of_investment_are_not_green_development() -> None:
    text = "Embassies drew investment in chips, renewable energy and tourism."
    assert "green-development" not in themes(text)
    assert "green-development" in themes("Embassies drew investment in renewable energy.")


def test_major_powers_are_bilateral_only_as_partners() -> None:
    assert themes("Hanoi keeps balanced ties with the major powers.") == ["bilateral-relations"]
    assert "bilateral-relations" not in themes("Analysts watch moves by the major powers.")


def test_bilateral_talks_are_bilateral_relations() -> None:
    assert themes("The minister held bilateral talks with her Peruvian peer.") == [
        "bilateral-relations"
    ]


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        (
            "Missions must turn upgraded strategic partnerships into deals.",
            Theme.BILATERAL_RELATIONS,
        ),
        ("The special relationship with Cambodia has stood firm.", Theme.BILATERAL_RELATIONS),
        ("Relations with other nations are now broader than ever.", Theme.BILATERAL_RELATIONS),
        (
            "The nation is seen as a responsible and trusted member of the world.",
            Theme.NATIONAL_STANDING,
        ),
        (
            "The service will improve the quality of its contingent of diplomatic staff.",
            Theme.SECTOR_MODERNISATION,
        ),
        (
            "The ministry will change how diplomats are recruited and assessed.",
            Theme.SECTOR_MODERNISATION,
        ),
        (
            "The consulate helped bring home 40 citizens stuck at the border.",
            Theme.CITIZEN_PROTECTION,
        ),
        (
            "Close coordination between the border guards and diplomats settled it.",
            Theme.DEFENCE_SECURITY,
        ),
        (
            "Provinces should give priority to green and high-tech investment.",
            Theme.GREEN_DEVELOPMENT,
        ),
        (
            "Leaders of provinces met to discuss how localities can twin with towns abroad.",
            Theme.LOCAL_DIPLOMACY,
        ),
    ],
)
def test_wordings_seen_in_unseen_copy(sentence: str, theme: Theme) -> None:
    assert theme in extract(f"Deputy FM Lâm Minh Tuấn spoke on Monday. {sentence}").themes


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        ("Officials named localities with foreign partners in a list.", Theme.BILATERAL_RELATIONS),
        (
            "Envoys warned of challenges such as pandemics and climate change.",
            Theme.GREEN_DEVELOPMENT,
        ),
        (
            "The 20th National Conference on Local Diplomacy was held alongside.",
            Theme.LOCAL_DIPLOMACY,
        ),
        (
            "She urged ministries, sectors and localities to share data with embassies.",
            Theme.LOCAL_DIPLOMACY,
        ),
        ("Diplomacy must serve the restructuring of the economy.", Theme.SECTOR_MODERNISATION),
    ],
)
def test_names_lists_and_threats_do_not_tag(sentence: str, theme: Theme) -> None:
    assert theme not in extract(f"Deputy FM Lâm Minh Tuấn spoke on Monday. {sentence}").themes


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        (
            "Directors were invited so that central and local external work moves in step.",
            Theme.LOCAL_DIPLOMACY,
        ),
        (
            "Provinces must share in protecting Vietnamese workers sent abroad.",
            Theme.CITIZEN_PROTECTION,
        ),
        (
            "The ambassador will watch over the rights of 9,000 workers from the province.",
            Theme.CITIZEN_PROTECTION,
        ),
        ("The sector will focus on the quality of its own staff.", Theme.SECTOR_MODERNISATION),
        (
            "The programme sets measurable targets for each mission abroad.",
            Theme.SECTOR_MODERNISATION,
        ),
        ("The country's position in the world has never been higher.", Theme.NATIONAL_STANDING),
        (
            "The border is one of friendship and cooperation with neighbouring countries.",
            Theme.BILATERAL_RELATIONS,
        ),
    ],
)
def test_wordings_seen_in_more_unseen_copy(sentence: str, theme: Theme) -> None:
    assert theme in extract(f"Deputy FM Lâm Minh Tuấn spoke on Monday. {sentence}").themes


def test_who_attended_is_not_multilateral_diplomacy() -> None:
    sentence = (
        "Also present were representatives of foreign missions and international "
        "organisations in the country."
    )
    assert Theme.MULTILATERAL_DIPLOMACY not in extract(sentence).themes


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        (
            "The parties must respect the country's sovereign rights and jurisdiction.",
            Theme.SOVEREIGNTY,
        ),
        ("Localities should promote their cultural heritage abroad.", Theme.CULTURAL_DIPLOMACY),
        ("Missions must help promote the country's image to the world.", Theme.CULTURAL_DIPLOMACY),
        ("Each mission abroad will work directly with several provinces.", Theme.LOCAL_DIPLOMACY),
        ("The sector needs to train a new generation of diplomats.", Theme.SECTOR_MODERNISATION),
        (
            "The conference will focus on renewing thinking and working methods.",
            Theme.SECTOR_MODERNISATION,
        ),
        ("Envoys must give the Party timely and accurate advice.", Theme.RESEARCH_FORECASTING),
    ],
)
def test_wordings_from_the_last_held_out_sets(sentence: str, theme: Theme) -> None:
    assert theme in extract(f"Deputy FM Lâm Minh Tuấn spoke on Monday. {sentence}").themes


def test_working_with_localities_and_businesses_is_economic_not_local() -> None:
    sentence = "Missions worked with localities and businesses to find markets."
    assert Theme.LOCAL_DIPLOMACY not in extract(sentence).themes
