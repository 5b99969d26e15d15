"""reactivations_<as-of>.ics: one all-day event per due or upcoming reactivation (RFC 5545)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ..models import PauseRecord, RowResult
from .labels import Labels

CALENDAR_STATUSES = ("due", "upcoming")


def write_calendar(path: Path, records: list[tuple[RowResult, PauseRecord]], labels: Labels,
                   stamp: datetime | None = None) -> None:
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//passpause//reactivations//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", labels["calendar_name"])
    stamp = stamp or datetime.now(timezone.utc)
    for row, record in records:
        if record.status not in CALENDAR_STATUSES:
            continue
        client = row.client
        name = " ".join(p for p in (client.first_name, client.last_name) if p)
        who = f"{name} ({client.customer_id})" if client.customer_id else name
        event = Event()
        event.add("uid", _uid(row, record))
        event.add("dtstamp", stamp)
        event.add("dtstart", record.resume_date)
        event.add("dtend", record.resume_date + timedelta(days=1))
        event.add("summary", labels["calendar_summary"].format(who=who))
        event.add("description", labels["calendar_description"].format(
            product=record.statement.product or "-",
            valid_from=labels.date(record.new_valid_from),
            valid_until=labels.date(record.new_valid_until),
            row=client.source_row, comment=client.comment))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    path.write_bytes(calendar.to_ical())


def _uid(row: RowResult, record: PauseRecord) -> str:
    seed = f"{row.client.customer_id}|{row.client.source_row}|{record.statement.text}"
    return hashlib.sha1(seed.encode()).hexdigest() + "@passpause"
