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
    """Written directly: the format is a few escaped, folded lines, and a calendar library
    made this step slower than reading a 200,000-row workbook. Tests read it back with the
    icalendar package."""
    stamp = (stamp or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//passpause//reactivations//EN",
             "CALSCALE:GREGORIAN", f"X-WR-CALNAME:{_text(labels['calendar_name'])}"]
    for row, record in records:
        if record.status not in CALENDAR_STATUSES or record.resume_date is None:
            continue  # a pause that has not begun has no day to reactivate yet
        client = row.client
        name = " ".join(p for p in (client.first_name, client.last_name) if p)
        who = f"{name} ({client.customer_id})" if client.customer_id else name
        description = labels["calendar_description"].format(
            product=record.statement.product or "-",
            valid_from=labels.date(record.new_valid_from),
            valid_until=labels.date(record.new_valid_until),
            row=client.source_row)  # never the note: its reason (an injury) stays private
        lines += [
            "BEGIN:VEVENT", f"UID:{_uid(row, record)}", f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{record.resume_date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{record.resume_date + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_text(labels['calendar_summary'].format(who=who))}",
            f"DESCRIPTION:{_text(description)}", "TRANSP:TRANSPARENT", "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    path.write_bytes(b"".join(_fold(line) for line in lines))


def _text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> bytes:
    """Lines of at most 75 octets, continued after CRLF and a space, never inside a
    character."""
    data = line.encode("utf-8")
    pieces, start, width = [], 0, 75
    while len(data) - start > width:
        cut = start + width
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: cut before its lead
            cut -= 1
        pieces.append(data[start:cut])
        start, width = cut, 74  # a continuation line starts with a space
    pieces.append(data[start:])
    return b"\r\n ".join(pieces) + b"\r\n"


def _uid(row: RowResult, record: PauseRecord) -> str:
    # stable from week to week, and never a fingerprint of the note (it may be guessed)
    seed = f"{row.client.customer_id}|{row.client.key}|{record.pause_start}|{record.resume_date}"
    return hashlib.sha1(seed.encode()).hexdigest() + "@passpause"
