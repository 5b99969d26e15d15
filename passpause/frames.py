"""For people who work in pandas (the optional extra ``passpause[pandas]``): a run's
records and its review list as DataFrames with typed columns. The command line never
imports this module, so a run never loads pandas."""

from __future__ import annotations

from .models import ACTIONABLE, STATUSES, Result

_DATES = ("pause_start", "pause_end", "resume_date", "original_end", "new_valid_from",
          "new_valid_until")
_COUNTS = ("remaining_days", "remaining_classes", "source_row")


def _pandas():
    try:
        import pandas
    except ImportError:  # pragma: no cover - the extra is installed in the tests
        raise ImportError("DataFrames need pandas: pip install 'passpause[pandas]'") from None
    return pandas


def records_frame(result: Result, statuses: tuple[str, ...] = ACTIONABLE):
    """One row per record (overdue, due, upcoming, open by default): the client, the
    product, the dates (datetime64, midnight) and the counts (nullable integers)."""
    pd = _pandas()
    statuses = (statuses,) if isinstance(statuses, str) else tuple(statuses)
    unknown = set(statuses) - set(STATUSES)
    if unknown:
        raise ValueError(f"no status {sorted(unknown)}; the statuses are {', '.join(STATUSES)}")
    rows = [{
        "customer_id": row.client.customer_id, "first_name": row.client.first_name,
        "last_name": row.client.last_name, "email": row.client.email,
        "phone": row.client.phone, "status": record.status,
        "product": record.statement.product, "product_kind": record.product_kind,
        "pause_start": record.pause_start, "pause_end": record.pause_end,
        "resume_date": record.resume_date, "original_end": record.original_end,
        "new_valid_from": record.new_valid_from, "new_valid_until": record.new_valid_until,
        "remaining_days": record.remaining_days,
        "remaining_classes": record.statement.remaining_classes,
        "source_row": row.client.source_row, "comment": row.client.comment,
    } for row, record in result.records(*statuses)]
    return _typed(pd, pd.DataFrame(rows, columns=_RECORD_COLUMNS))


def review_frame(result: Result, lang: str | None = None):
    """One row per note to review: the client, how to reach them, the reasons in words
    (in ``lang``, default the run's language) and the note."""
    from .write.labels import Labels

    pd = _pandas()
    labels = Labels(lang or result.lang)
    rows = [{
        "customer_id": row.client.customer_id, "first_name": row.client.first_name,
        "last_name": row.client.last_name, "email": row.client.email,
        "phone": row.client.phone,
        "reasons": "\n".join(labels.problem(p) for p in record.problems),
        "comment": row.client.comment, "source_row": row.client.source_row,
    } for row, record in result.records("review")]
    frame = pd.DataFrame(rows, columns=["customer_id", "first_name", "last_name", "email",
                                        "phone", "reasons", "comment", "source_row"])
    return frame.astype({"source_row": "Int64"})


_RECORD_COLUMNS = ["customer_id", "first_name", "last_name", "email", "phone", "status",
                   "product", "product_kind", *_DATES[:4], "new_valid_from", "new_valid_until",
                   *_COUNTS[:2], "source_row", "comment"]


def _typed(pd, frame):
    for column in _DATES:
        frame[column] = pd.to_datetime(frame[column])
    return frame.astype({column: "Int64" for column in _COUNTS})
