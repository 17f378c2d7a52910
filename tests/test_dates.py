"""Partial dates: parsing, printing and the range of days each one can mean."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vndiplo import PartialDate

days = st.dates(
    min_value=dt.date(1000, 1, 1), max_value=dt.date(9998, 12, 31)
)  # a day after it exists


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(days)
    known = draw(st.sampled_from(["year", "month", "day"]))
    if known == "year":
        return PartialDate(day.year)
    if known == "month":
        return PartialDate(day.year, day.month)
    return PartialDate.of(day)


@given(partial_dates())
def test_str_and_parse_round_trip(date: PartialDate) -> None:
    assert PartialDate.parse(str(date)) == date


@given(partial_dates())
def test_latest_is_the_last_day_of_what_is_known(date: PartialDate) -> None:
    first, last = date.earliest(), date.latest()
    assert first <= last
    assert (last.year, last.month if date.month else 12) == (date.year, date.month or 12)
    if date.day is None:
        following = last + dt.timedelta(days=1)
        # The next day starts another month (or year, when only the year is known).
        assert following.day == 1
        assert following.month == 1 or date.month is not None


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("2024-02", dt.date(2024, 2, 29)),
        ("2023-02", dt.date(2023, 2, 28)),
        ("1900-02", dt.date(1900, 2, 28)),
        ("2021-12", dt.date(2021, 12, 31)),
        ("2021-04", dt.date(2021, 4, 30)),
        ("2021", dt.date(2021, 12, 31)),
    ],
)
def test_latest_knows_month_lengths_and_leap_years(text: str, last: dt.date) -> None:
    assert PartialDate.parse(text).latest() == last


@pytest.mark.parametrize("text", ["2021-02-30", "2021-13", "2021-00", "2021-01-00", "21", "2021-1"])
def test_impossible_or_malformed_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="date"):
        PartialDate.parse(text)


def test_a_day_needs_a_month() -> None:
    with pytest.raises(ValueError, match="a day needs a month"):
        PartialDate(2021, None, 5)
