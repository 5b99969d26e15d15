"""The studio's catalogue: its products, and which one a pause note is about. Read from
``passpause.toml`` by config.py; used by the date rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import normalize
from .models import Duration


@dataclass(frozen=True)
class Product:
    """One product of the studio's catalogue."""

    name: str
    kind: str  # pack | pass
    validity: Duration
    action: str  # extend | reissue

    @property
    def key(self) -> str:
        return " ".join(normalize(self.name).split())

    def named_in(self, text: str) -> bool:
        """Whether a note (or the product it names) means this product."""
        pattern = r"(?<![a-z0-9])" + r"\s+".join(map(re.escape, self.key.split())) + \
            r"(?![a-z0-9])"
        return re.search(pattern, normalize(text)) is not None


def product_for(products, product_text: str, note: str) -> Product | None:
    """The catalogue entry a note is about: the product it names, else any product whose
    name appears in the note (longest name first)."""
    if not products:
        return None
    key = " ".join(normalize(product_text).split())
    for product in products:
        if product_text and product.key == key:
            return product
    for product in sorted(products, key=lambda p: -len(p.key)):
        if product.named_in(note):
            return product
    return None
