"""One ready-to-send message per reactivated client, in the language of the client's note."""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import Lexicon
from ..models import PauseRecord, RowResult


@dataclass(frozen=True)
class Message:
    email: str
    first_name: str
    last_name: str
    customer_id: str
    lang: str
    subject: str
    body: str


def compose(row: RowResult, record: PauseRecord, lex: Lexicon) -> Message:
    language = lex.language(record.statement.lang)
    out = language.output
    client = row.client
    product = record.statement.product or out["generic_product"]
    greeting = (out["greeting"].format(first_name=client.first_name) if client.first_name
                else out["greeting_no_name"])
    body = out["body"].format(product=product,
                              valid_from=language.long_date(record.new_valid_from),
                              valid_until=language.long_date(record.new_valid_until))
    lines = [greeting, "", body]
    if record.statement.remaining_classes:
        lines.append(out["classes_line"].format(classes=record.statement.remaining_classes))
    lines += ["", out["closing"]]
    return Message(client.email, client.first_name, client.last_name, client.customer_id,
                   language.code, out["subject"].format(product=product), "\n".join(lines))
