"""One ready-to-send message per reactivated client, in the language of the client's note,
signed by the studio."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Studio
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
    reply_to: str = ""


def compose(row: RowResult, record: PauseRecord, lex: Lexicon, studio: Studio = Studio(),
            catalogue: tuple[str, ...] = ()) -> Message:
    """``catalogue``: the product names as the studio's configuration writes them."""
    language = lex.language(record.statement.lang)
    out = language.output
    client = row.client
    product = _product(record.statement.product, record.statement.text, catalogue,
                       language.capitalised_nouns) or out["generic_product"]
    greeting = (out["greeting"].format(first_name=client.first_name) if client.first_name
                else out["greeting_no_name"])
    # validity that began before the run: the client can book right away, and is told so
    began = record.status == "overdue"
    body = out["body_overdue" if began else "body"].format(
        product=product, valid_from=language.long_date(record.new_valid_from),
        valid_until=language.long_date(record.new_valid_until))
    lines = [greeting, "", body]
    classes = record.statement.remaining_classes
    if classes:
        lines.append(out["classes_line_one"] if classes == 1
                     else out["classes_line"].format(classes=classes))
    lines += ["", out["closing"]]
    if studio.signature or studio.name:
        lines += ["", studio.signature or studio.name]
    subject = out["subject"].format(product=product)
    if studio.name:
        subject = f"{studio.name} – {subject}"
    return Message(client.email, client.first_name, client.last_name, client.customer_id,
                   language.code, subject, "\n".join(lines), studio.reply_to)


def _product(written: str, note: str, catalogue: tuple[str, ...],
             capitalised_nouns: bool) -> str:
    """The product as the catalogue writes it (the longest name the note holds), else as
    a sentence would: "votre pass mensuel", not "votre PASS MENSUEL"; a German noun keeps
    its capital."""
    written = " ".join(written.split())
    for name in sorted(catalogue, key=len, reverse=True):
        if written and name.casefold() in " ".join(note.split()).casefold():
            return name
    if capitalised_nouns:
        return " ".join(word[:1].upper() + word[1:].lower() if word.isupper() else word
                        for word in written.split())
    return written.lower()
