"""Quantities in text: a number, its unit (the following noun or a currency) and a qualifier.

Vocabulary is data: ``lang/<lang>/numbers.tsv`` (number words, scales, vague
plurals, qualifiers, context that rules a number out) and ``lang/<lang>/units.tsv``
(unit nouns and currencies).  Years, dates, times, percentages and ordinals are
not quantities: dates are ruled out by the language's date grammar
(:mod:`warta.pipeline.when`), the rest by ``skip_before``/``skip_after`` context and
by the shape of the number.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from warta.model import Quantity, QuantityMention
from warta.pipeline.numbers import NUMERAL, alternation, number_lexicon
from warta.pipeline.when import DateSpan, when_finder
from warta.tsv import read_tsv, resource_path

__all__ = ["QuantityFinder", "civilian_units", "currency_units"]

_UNIT_KINDS = ("noun", "classifier", "currency", "currency_prefix")
_UNIT_ALLOWED = {"kind": _UNIT_KINDS, "class": ("person", "civilian", "duration", "frequency")}
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")


@dataclass(frozen=True, slots=True)
class _Unit:
    unit: str
    kind: str
    where: str
    person: bool = False
    measure_only: bool = False  # a duration or frequency: the number is not a quantity


@cache
def _unit_rows(lang: str) -> tuple:
    """The rows of ``lang``'s units.tsv (form, unit, kind, class), read once per language."""
    return tuple(read_tsv(resource_path(f"warta.lang.{lang}", "units.tsv"), ["form", "unit", "kind"], ["class"],
                          allowed=_UNIT_ALLOWED))


@cache
def currency_units(lang: str) -> frozenset[str]:
    """The units of money of a language (units.tsv kinds currency and currency_prefix: "USD", "IDR")."""
    return frozenset(row["unit"] for row in _unit_rows(lang) if row["kind"] in ("currency", "currency_prefix"))


@cache
def civilian_units(lang: str) -> frozenset[str]:
    """The canonical units of the rows of class civilian in ``lang``'s units.tsv: counted people whom an act that
    kills or wounds them makes civilian victims ("menewaskan 17 orang", "killed seventeen people"; practice.victims)."""
    return frozenset(row["unit"] for row in _unit_rows(lang) if row.get("class") == "civilian")


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


class QuantityFinder:
    """Finds quantities in the text of one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.nums = nums = number_lexicon(lang)
        self.dates = when_finder(lang)
        self.units: dict[str, _Unit] = {}
        prefixes: dict[str, _Unit] = {}
        for row in _unit_rows(lang):
            u = _Unit(row["unit"], row["kind"], row.where, row.get("class") in ("person", "civilian"),
                      row.get("class") in ("duration", "frequency"))
            if u.kind == "currency_prefix":
                prefixes[row["form"]] = u
            else:
                self.units[" ".join(row["form"].lower().split())] = u
        self.prefixes = {k.lower(): v for k, v in prefixes.items()}
        pre = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
        cur = rf"(?:(?-i:{pre})\s?)" if pre else "(?!)"
        self.number_re = re.compile(
            rf"(?<![\w.,$€£¥])(?<!\d[-–/:])(?:(?P<qual>{nums.qualifier_re})\s+)?(?P<cur>{cur})?"
            rf"(?:(?P<approx>{nums.approx_re})(?!\w)"
            rf"|(?P<numeral>{NUMERAL})(?:\s?(?P<big>{nums.big_re})|(?P<bigat>{nums.big_attached_re}))?"
            rf"(?![\w])(?![.,]\d)(?![-–/:]\d)"
            rf"|(?P<words>{nums.words_re}))",
            re.IGNORECASE,
        )
        unit_alt = alternation(list(self.units))
        gap = ""
        if nums.unit_gap:
            stop = alternation(list(nums.gap_stop)) if nums.gap_stop else "(?!)"
            word = alternation(list(nums.gap_words)) if nums.gap_words else r"[^\W\d_][\w'-]*"
            gap = rf"(?:(?!{stop}(?!\w)|{unit_alt}(?!\w)){word}\s+){{0,{nums.unit_gap}}}"
        self.unit_re = re.compile(rf"\s*(?:{nums.link_re}\s+)?{gap}(?P<unit>{unit_alt})(?!\w)", re.I)
        self.noun_re = re.compile(rf"\s+(?P<unit>{unit_alt})(?!\w)", re.I)
        after = list(nums.qualifiers_after)
        self.post_re = re.compile(rf"\s+({alternation(after)})(?!\w)", re.I) if after else None
        self.conj_re = re.compile(rf"\s+{nums.conj_re}\s+(?P<unit>{unit_alt})(?!\w)", re.I)

    def _unit_at(self, text: str, pos: int) -> tuple[_Unit, int] | None:
        m = self.unit_re.match(text, pos)
        if not m:
            return None
        u = self.units[" ".join(m.group("unit").lower().split())]
        end = m.end()
        if u.kind == "classifier":
            n = self.noun_re.match(text, end)
            if n:
                nu = self.units[" ".join(n.group("unit").lower().split())]
                if nu.kind == "noun":
                    return nu, n.end()
            return u, end
        if u.kind == "noun":
            c = self.conj_re.match(text, end)
            if c:
                cu = self.units[" ".join(c.group("unit").lower().split())]
                if cu.kind == "noun" and u.person and cu.person and cu.unit != u.unit:
                    return _Unit(f"{u.unit} and {cu.unit}", "noun", u.where, True), c.end()
        return u, end

    def find(self, text: str, date_spans: list[DateSpan] | None = None) -> list[QuantityMention]:
        """Quantities of ``text`` in order; ``text`` of each is the covered span.  Numbers inside
        date expressions are not quantities: pass ``date_spans`` when the dates of ``text`` are known."""
        matches = list(self.number_re.finditer(text))
        if not matches:
            return []
        dates = bytearray(len(text))  # characters inside a date expression
        for span in self.dates.spans(text) if date_spans is None else date_spans:
            if span.op == "name":
                continue  # a bare year or day/month names an act; "2000 troops" is still counted
            dates[span.start:span.end] = b"\x01" * (span.end - span.start)
        out: list[QuantityMention] = []
        for m in matches:
            q = self._quantity(text, m, dates)
            if q is not None:
                out.append(q)
        return out

    def _quantity(self, text: str, m: re.Match[str], dates: bytearray) -> QuantityMention | None:
        start, end = m.start(), m.end()
        num_start = m.start("cur") if m.group("cur") else (
            m.start("approx") if m.group("approx") else m.start("numeral") if m.group("numeral") else m.start("words"))
        if dates.find(1, start, end) != -1:
            return None
        if self.nums.skip_before.search(text, max(0, num_start - 20), num_start):
            return None
        if self.nums.skip_after and self.nums.skip_after.match(text, end):
            return None
        qualifier = self.nums.qualifiers.get(" ".join(m.group("qual").lower().split())) if m.group("qual") else None
        value: float | None
        if m.group("approx"):
            entry = self.nums.approx[" ".join(m.group("approx").lower().split())]
            value = entry.value
            qualifier = qualifier or entry.label
        elif m.group("numeral"):
            value = self.nums.parse_cardinal(m.group("numeral") + " " + (m.group("big") or m.group("bigat") or ""))
        else:
            value = self.nums.parse_words(m.group("words"))
        if value is None or not math.isfinite(value):
            return None  # a number too large for a float ("1" and 400 zeros) is no quantity
        unit: str | None = None
        entry_id = ""
        if m.group("cur"):
            cu = self.prefixes[m.group("cur").strip().lower()]
            unit, entry_id = cu.unit, cu.where
        post = self.post_re.match(text, end) if self.post_re else None
        if post and not qualifier:  # "10.000 lebih pasukan", "500 or more"
            qualifier, end = self.nums.qualifiers_after[" ".join(post.group(1).lower().split())], post.end()
        found = self._unit_at(text, end)
        if found is not None and found[0].measure_only:
            return None
        if found is not None and (unit is None or found[0].kind == "currency"):
            u, uend = found
            if unit is None or u.unit == unit:
                unit, entry_id, end = u.unit, u.where, uend
                post = self.post_re.match(text, end) if self.post_re and not qualifier else None
                if post:  # "300 orang lebih"
                    qualifier, end = self.nums.qualifiers_after[" ".join(post.group(1).lower().split())], post.end()
        bare = unit is None and not (m.group("big") or m.group("bigat") or m.group("approx"))
        if bare and m.group("numeral") and _YEAR.fullmatch(m.group("numeral")):
            return None
        if bare and m.group("words") and value <= 1:
            return None
        if bare and m.group("cur") is None and m.group("qual") and not m.group("numeral") and not m.group("words"):
            return None
        quantity = Quantity(_number(value), unit, qualifier, text[start:end])
        return QuantityMention(quantity, start, end, entry_id)
