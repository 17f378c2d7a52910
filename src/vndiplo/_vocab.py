"""The controlled vocabulary: conference series, titles, themes and quote kinds.

The string value of each member is its public id; ids are stable API (renaming one is a
breaking change).  Labels and descriptions live beside the ids so that the docs'
vocabulary page is generated from this module rather than retyped.
"""

from __future__ import annotations

import enum


class _Labelled(enum.StrEnum):
    """A string enum whose members carry a human label and a description."""

    _label_: str
    _description_: str

    def __new__(cls, value: str, label: str = "", description: str = "") -> _Labelled:
        member = str.__new__(cls, value)
        member._value_ = value
        member._label_ = label
        member._description_ = description
        return member

    @property
    def label(self) -> str:
        """The canonical English label.

        >>> Theme.CITIZEN_PROTECTION.label
        'Citizen protection'
        """
        return self._label_

    @property
    def description(self) -> str:
        """What the id covers, in one sentence.

        >>> Format.HYBRID.description
        'In person plus online connecting points.'
        """
        return self._description_

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"


class Series(_Labelled):
    """A series of conferences (or congresses), by vocabulary id.

    >>> Series("diplomatic").label
    'National Diplomatic Conference'
    >>> Series.EXTERNAL_AFFAIRS.vietnamese
    'Hội nghị Ngoại vụ toàn quốc'
    """

    DIPLOMATIC = (
        "diplomatic",
        "National Diplomatic Conference",
        "Held roughly every two years since 1957 by the Ministry of Foreign Affairs; "
        "heads of missions abroad attend.",
    )
    EXTERNAL_AFFAIRS = (
        "external-affairs",
        "National Conference on External Affairs",
        "The localities' conference, held alongside the Diplomatic Conference.",
    )
    FOREIGN_AFFAIRS = (
        "foreign-affairs",
        "National Conference on Foreign Affairs",
        "The Party's conference; the first was held in December 2021.",
    )
    PARTY_CONGRESS = (
        "party-congress",
        "National Party Congress",
        "Not a diplomatic conference, but conferences implement its resolution.",
    )

    @property
    def vietnamese(self) -> str:
        """The series' name in Vietnamese.

        >>> Series.FOREIGN_AFFAIRS.vietnamese
        'Hội nghị Đối ngoại toàn quốc'
        """
        return _SERIES_VI[self]


_SERIES_VI: dict[Series, str] = {
    Series.DIPLOMATIC: "Hội nghị Ngoại giao",
    Series.EXTERNAL_AFFAIRS: "Hội nghị Ngoại vụ toàn quốc",
    Series.FOREIGN_AFFAIRS: "Hội nghị Đối ngoại toàn quốc",
    Series.PARTY_CONGRESS: "Đại hội Đảng toàn quốc",
}


class Title(_Labelled):
    """An official's title, by vocabulary id.

    >>> Title("foreign-minister").label
    'Minister of Foreign Affairs'
    """

    GENERAL_SECRETARY = (
        "general-secretary",
        "General Secretary of the Communist Party of Vietnam",
        "Head of the Communist Party of Vietnam.",
    )
    STATE_PRESIDENT = ("state-president", "President of Vietnam", "Head of State.")
    PRIME_MINISTER = ("prime-minister", "Prime Minister", "Head of Government.")
    DEPUTY_PRIME_MINISTER = (
        "deputy-prime-minister",
        "Deputy Prime Minister",
        "A deputy head of Government, permanent deputies included.",
    )
    NA_CHAIRMAN = (
        "na-chairman",
        "Chairman of the National Assembly",
        "Presides over the National Assembly.",
    )
    FOREIGN_MINISTER = (
        "foreign-minister",
        "Minister of Foreign Affairs",
        "Head of the Ministry of Foreign Affairs.",
    )
    DEPUTY_FOREIGN_MINISTER = (
        "deputy-foreign-minister",
        "Deputy Minister of Foreign Affairs",
        "A deputy head of the Ministry of Foreign Affairs, permanent deputies included.",
    )
    VFF_PRESIDENT = (
        "vff-president",
        "President of the Vietnam Fatherland Front Central Committee",
        "Heads the Vietnam Fatherland Front.",
    )
    POLITBURO_MEMBER = (
        "politburo-member",
        "Member of the Politburo",
        "A member of the Party Central Committee's Political Bureau.",
    )


class Theme(_Labelled):
    """A theme of diplomatic discourse, by vocabulary id.

    >>> Theme("economic-diplomacy").label
    'Economic diplomacy'
    >>> sorted(Theme)[0]
    Theme.BILATERAL_RELATIONS
    """

    PEACE_STABILITY = (
        "peace-stability",
        "Peaceful and stable environment",
        "Keeping a peaceful, stable environment for national development.",
    )
    SOVEREIGNTY = (
        "sovereignty",
        "Independence, sovereignty and territorial integrity",
        "Safeguarding independence, sovereignty, unity and territorial integrity, "
        "seas and islands included.",
    )
    INTERNATIONAL_INTEGRATION = (
        "international-integration",
        "International integration",
        "Proactive, comprehensive, extensive integration into the world.",
    )
    ECONOMIC_DIPLOMACY = (
        "economic-diplomacy",
        "Economic diplomacy",
        "Diplomacy serving the economy: investment, trade, free trade agreements, "
        "mobilising outside resources for development.",
    )
    MULTILATERAL_DIPLOMACY = (
        "multilateral-diplomacy",
        "Multilateral diplomacy",
        "Roles at the UN, ASEAN and other international organisations and forums; "
        "shaping common rules.",
    )
    CULTURAL_DIPLOMACY = (
        "cultural-diplomacy",
        "Cultural diplomacy and foreign information",
        "Culture, the national image, soft power, information work abroad.",
    )
    CITIZEN_PROTECTION = (
        "citizen-protection",
        "Citizen protection",
        "Protecting Vietnamese citizens and their legitimate interests abroad, fishermen included.",
    )
    OVERSEAS_VIETNAMESE = (
        "overseas-vietnamese",
        "Overseas Vietnamese",
        "Work with the Vietnamese community abroad.",
    )
    INTERNATIONAL_LAW = (
        "international-law",
        "International law and peaceful settlement",
        "Upholding international law; settling disputes by peaceful means.",
    )
    THREE_PILLARS = (
        "three-pillars",
        "Party, State and people's diplomacy",
        "The three pillars of diplomacy and the coordination between them.",
    )
    LOCAL_DIPLOMACY = (
        "local-diplomacy",
        "Local external affairs",
        "External work of provinces and cities; linking central and local diplomacy.",
    )
    DEFENCE_SECURITY = (
        "defence-security",
        "Defence and security cooperation",
        "Defence and security cooperation, peacekeeping, work with the defence and "
        "public security forces.",
    )
    SECTOR_MODERNISATION = (
        "sector-modernisation",
        "A modern diplomatic sector",
        "Quality, efficiency, organisation and personnel of the diplomatic service; "
        "modern, professional, comprehensive diplomacy.",
    )
    GREEN_DEVELOPMENT = (
        "green-development",
        "Green and sustainable development",
        "Green businesses and industrial parks, sustainable development, climate.",
    )
    NATIONAL_STANDING = (
        "national-standing",
        "International standing",
        "Raising the country's position and prestige; being a responsible member of the "
        "international community.",
    )
    BILATERAL_RELATIONS = (
        "bilateral-relations",
        "Bilateral partnerships",
        "Deepening relations with partners, strategic partners, major powers and neighbours.",
    )
    RESEARCH_FORECASTING = (
        "research-forecasting",
        "Research and forecasting",
        "Strategic research, forecasting and advice to the country's leaders.",
    )


class QuoteKind(_Labelled):
    """How a statement is reported.

    >>> QuoteKind("direct").label
    'Direct quotation'
    """

    DIRECT = ("direct", "Direct quotation", "The whole span stands inside quotation marks.")
    REPORTED = (
        "reported",
        "Reported speech",
        "Indirect speech, possibly with quoted fragments.",
    )


class Format(_Labelled):
    """How a conference met.

    >>> Format("hybrid").label
    'Hybrid'
    """

    IN_PERSON = ("in-person", "In person", "Delegates met in one place.")
    HYBRID = ("hybrid", "Hybrid", "In person plus online connecting points.")
