"""The dashboard as data, kept from one close to the next start: the texts that hold on any day
(the city's name and figures) and the dates the day's texts are counted from (the calls'
deadlines, the open tasks' due dates, the members' leaving days). The page computes the day's
texts from these with the same functions whether they come from the services or from the file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


def today() -> dt.date:
    """The day the dashboard counts deadlines from."""
    return dt.date.today()


@dataclass(frozen=True)
class ApplicationLine:
    """One application on the dashboard: what holds on any day around its deadline."""

    head: str
    deadline: dt.date | None
    tail: str


@dataclass(frozen=True)
class PartnershipDays:
    """The partnership's dates behind the day's counts of active members and overdue tasks."""

    members_left_on: tuple[dt.date | None, ...] = ()
    tasks_due_on: tuple[dt.date | None, ...] = ()


@dataclass(frozen=True)
class DashboardLook:
    texts: dict[str, str]
    partnership: PartnershipDays
    applications: tuple[ApplicationLine, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "texts": self.texts,
            "members_left_on": [_day(day) for day in self.partnership.members_left_on],
            "tasks_due_on": [_day(day) for day in self.partnership.tasks_due_on],
            "applications": [
                [line.head, _day(line.deadline), line.tail] for line in self.applications
            ],
        }

    @classmethod
    def from_json(cls, stored: dict[str, object]) -> DashboardLook | None:
        """The look kept in ``stored``; ``None`` when anything in it is not as written."""
        try:
            texts = stored["texts"]
            if not isinstance(texts, dict) or not all(
                isinstance(name, str) and isinstance(text, str) for name, text in texts.items()
            ):
                return None
            partnership = PartnershipDays(
                tuple(_parse_day(day) for day in _listed(stored["members_left_on"])),
                tuple(_parse_day(day) for day in _listed(stored["tasks_due_on"])),
            )
            applications = tuple(_line(_listed(row)) for row in _listed(stored["applications"]))
        except (KeyError, TypeError, ValueError):
            return None
        return cls(texts, partnership, applications)


def _line(row: list[object]) -> ApplicationLine:
    head, deadline, tail = row
    return ApplicationLine(_text(head), _parse_day(deadline), _text(tail))


def _day(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _parse_day(stored: object) -> dt.date | None:
    if stored is None:
        return None
    return dt.date.fromisoformat(_text(stored))


def _text(stored: object) -> str:
    if not isinstance(stored, str):
        raise TypeError(stored)
    return stored


def _listed(stored: object) -> list[object]:
    if not isinstance(stored, list):
        raise TypeError(stored)
    return stored
