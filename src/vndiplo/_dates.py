"""Partial dates: a year, a month or a day, as sources state them."""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen

__all__ = ["PartialDate"]

_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@frozen
class PartialDate:
    """A date known to the year, the month or the day.

    Register facts are often known only in part ("2011", "2021-03"); a partial date keeps
    exactly what the source states.

    :param year: the year.
    :param month: the month (1-12), or ``None``.
    :param day: the day of the month, or ``None`` (requires a month).

    >>> d = PartialDate.parse("2021-03")
    >>> d, str(d), d.earliest(), d.latest()
    (PartialDate('2021-03'), '2021-03', datetime.date(2021, 3, 1), datetime.date(2021, 3, 31))
    >>> PartialDate.parse("2021-12-15").date
    datetime.date(2021, 12, 15)
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        # Raises ValueError for impossible dates such as 2021-02-30, or month or day 0.
        dt.date(
            self.year, 1 if self.month is None else self.month, 1 if self.day is None else self.day
        )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        :param text: the ISO form.
        :returns: the partial date.
        :raises ValueError: when *text* is not one of the three forms or no such date exists.

        >>> PartialDate.parse("2011")
        PartialDate('2011')
        """
        match = _ISO_PARTIAL.fullmatch(text)
        if not match:
            raise ValueError(f"not a date as YYYY, YYYY-MM or YYYY-MM-DD: {text!r}")
        year, month, day = match.groups()
        try:
            return cls(int(year), int(month) if month else None, int(day) if day else None)
        except ValueError as exc:
            raise ValueError(f"no such date: {text!r} ({exc})") from None

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        """The partial date that is exactly *day*.

        :param day: a calendar day.

        >>> import datetime
        >>> PartialDate.of(datetime.date(2016, 8, 22))
        PartialDate('2016-08-22')
        """
        return cls(day.year, day.month, day.day)

    @property
    def date(self) -> dt.date | None:
        """The exact day, or ``None`` when only the year or month is known.

        >>> PartialDate.parse("2021-12-15").date, PartialDate.parse("2021-12").date
        (datetime.date(2021, 12, 15), None)
        """
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def earliest(self) -> dt.date:
        """The first day this partial date can mean.

        >>> PartialDate.parse("2011").earliest()
        datetime.date(2011, 1, 1)
        """
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day this partial date can mean.

        >>> PartialDate.parse("2024-02").latest()
        datetime.date(2024, 2, 29)
        """
        if self.day is not None:
            return dt.date(self.year, self.month or 12, self.day)
        if self.month is None or self.month == 12:
            return dt.date(self.year, 12, 31)
        # The day before the first of the next month (calendar costs a millisecond to import).
        return dt.date(self.year, self.month + 1, 1) - dt.timedelta(days=1)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __repr__(self) -> str:
        return f"PartialDate('{self}')"
