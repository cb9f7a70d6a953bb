"""Numbers of one language: numerals, number words, vague plurals, qualifiers.

Data comes from ``lang/<lang>/numbers.tsv``; this module only knows the kinds
(word, teen, scale, big, approx, qualifier, link, conj, skip_before, skip_after,
setting, gap_stop, gap_word, joiner, qualifier_after, big_attached) and how to combine them.  Numerals are read without a
locale: a separator followed by exactly three digits groups thousands
(``10.000``, ``10,000``), otherwise it is the decimal mark (``1,5``, ``1.5``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.tsv import LexiconError, read_tsv, resource_path

__all__ = ["NUMERAL", "NumberLexicon", "alternation", "number_lexicon", "parse_numeral"]

KINDS = (
    "word", "teen", "scale", "big", "approx", "qualifier", "link", "conj",
    "skip_before", "skip_after", "setting", "gap_stop", "gap_word", "joiner", "qualifier_after",
    "big_attached",
)

#: A numeral with optional digit grouping / decimal part.
NUMERAL = r"\d+(?:[.,]\d+)*"


def alternation(forms: list[str] | set[str], cased: bool = False) -> str:
    """Regex alternation of literal phrases, longest first; spaces match any whitespace."""
    parts = []
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        pat = r"\s+".join(re.escape(w) for w in form.split())
        parts.append(f"(?-i:{pat})" if cased else pat)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def parse_numeral(s: str, decimal_before_scale: str = "") -> float | None:
    """``10.000`` -> 10000, ``1,5`` -> 1.5, ``10,000.5`` -> 10000.5; None if malformed.

    ``decimal_before_scale`` is the language's decimal mark when a scale word follows
    the numeral: then ``58,546`` (triliun) is read as a decimal, not as thousands.
    """
    seps = [c for c in s if c in ".,"]
    if not seps:
        return float(s)
    if len(set(seps)) == 2:
        dec = s.rstrip("0123456789")[-1]
        grp = "," if dec == "." else "."
        s = s.replace(grp, "").replace(dec, ".")
    else:
        sep = seps[0]
        groups = s.split(sep)
        three = len(groups[1]) == 3 and groups[0] != "0" and sep != decimal_before_scale
        if len(groups) > 2 or three:
            if any(len(g) != 3 for g in groups[1:]):
                return None
            s = s.replace(sep, "")
        else:
            s = s.replace(sep, ".")
    try:
        return float(s)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Entry:
    form: str
    kind: str
    value: float
    label: str
    where: str


class NumberLexicon:
    """The number vocabulary of one language, with compiled helpers."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        path = resource_path(f"warta.lang.{lang}", "numbers.tsv")
        self.entries: dict[str, list[Entry]] = {k: [] for k in KINDS}
        self.word_values: dict[str, Entry] = {}
        for row in read_tsv(path, ["form", "kind"], ["value", "label"], {"kind": KINDS}):
            raw = row.get("value", "0")
            try:
                value = float(raw)
            except ValueError as exc:
                raise LexiconError(f"{row.where}: value {raw!r} is not a number") from exc
            entry = Entry(row["form"].lower(), row["kind"], value, row.get("label"), row.where)
            self.entries[entry.kind].append(entry)
            if entry.kind in ("word", "teen", "scale", "big", "joiner"):
                self.word_values[entry.form] = entry
        settings = {e.form: e.value for e in self.entries["setting"]}
        self.unit_gap = int(settings.get("unit_gap", 0))
        marks = [e.label for e in self.entries["setting"] if e.form == "decimal_mark"]
        self.decimal_mark = marks[0] if marks else ""
        self.qualifiers = {e.form: e.label for e in self.entries["qualifier"]}
        self.qualifiers_after = {e.form: e.label for e in self.entries["qualifier_after"]}
        self.approx = {e.form: e for e in self.entries["approx"]}
        self.big = {e.form: e for e in self.entries["big"]}
        #: scale letters written against the digits only ("$35m", "$1.5bn")
        self.big_attached = {e.form: e for e in self.entries["big_attached"]}
        # regex fragments (used inside patterns compiled with re.IGNORECASE)
        units = [e.form for k in ("word", "teen", "scale", "big") for e in self.entries[k]]
        joiners = [e.form for e in self.entries["joiner"]]
        w = r"(?<![\w])" + alternation(units) + r"(?!\w)"
        j = rf"(?:\s+|-)(?:{alternation(joiners)}\s+)?" if joiners else r"(?:\s+|-)"
        self.words_re = rf"{w}(?:{j}{w})*"
        self.big_re = alternation(list(self.big))
        self.big_attached_re = alternation(list(self.big_attached))
        self.approx_re = alternation(list(self.approx))
        self.qualifier_re = alternation(list(self.qualifiers))
        self.cardinal_re = rf"(?:{NUMERAL}(?:\s?{self.big_re}(?!\w))?|{self.words_re})"
        self.link_re = alternation([e.form for e in self.entries["link"]])
        links = {w for e in self.entries["link"] + self.entries["joiner"] for w in e.form.split()}
        #: single words that only count: number words and the words of vague amounts ("tens", "thousands",
        #: "puluhan"), not their links ("of")
        self.count_words = frozenset(
            {e.form for k in ("word", "teen", "scale", "big") for e in self.entries[k] if " " not in e.form}
            | {w for e in self.entries["approx"] for w in e.form.split() if w not in links})
        self.conj_re = alternation([e.form for e in self.entries["conj"]])
        self.gap_stop = {e.form for e in self.entries["gap_stop"]}
        self.gap_words = {e.form for e in self.entries["gap_word"]}
        skip_b = [e.form for e in self.entries["skip_before"]]
        skip_a = [e.form for e in self.entries["skip_after"]]
        self.skip_before = re.compile(rf"(?<!\w){alternation(skip_b)}[\s-]*$", re.I)
        self.skip_after = re.compile(rf"\s*{alternation(skip_a)}(?!\w)", re.I) if skip_a else None

    def parse_words(self, s: str) -> float | None:
        """Value of a number-word sequence (``tiga ratus ribu``, ``twenty-five``)."""
        total = 0.0  # closed groups (thousands, millions ...)
        current = 0.0  # the open group below the next big scale
        term = 0.0  # digits waiting for a small scale ("dua" in "dua puluh")
        seen = False
        tokens = re.split(r"(\s+|-)", s.lower())
        first = self.word_values.get(tokens[0])
        if first is None or first.kind not in ("word",):
            return None  # "juta", "hundred" alone are not numbers
        for i, tok in enumerate(tokens):
            if i % 2:
                if tok == "-":  # only "twenty-one": tens before, a digit after
                    left, right = self.word_values.get(tokens[i - 1]), self.word_values.get(tokens[i + 1])
                    if not (left and right and left.value >= 20 and left.value % 10 == 0 and right.value < 10):
                        return None
                continue
            e = self.word_values.get(tok)
            if e is None:
                return None
            if e.kind == "word":
                if e.value >= 100:  # seratus, seribu: a whole term of its own
                    current += e.value
                else:
                    term += e.value
            elif e.kind == "teen":
                if term == 0:
                    return None
                term += e.value
            elif e.kind == "scale":
                current += (term or 1) * e.value
                term = 0
            elif e.kind == "big":
                total += ((current + term) or 1) * e.value
                current = term = 0
            seen = seen or e.kind != "joiner"
        return total + current + term if seen else None

    def parse_cardinal(self, s: str) -> float | None:
        """Value of a numeral (with optional scale word) or of number words."""
        s = s.strip()
        m = re.match(NUMERAL, s)
        if m:
            rest = s[m.end():].strip().lower()
            value = parse_numeral(m.group(0), self.decimal_mark if rest else "")
            if value is None:
                return None
            if rest:
                big = self.big.get(rest) or self.big_attached.get(rest)
                if big is None:
                    return None
                value *= big.value
            return value
        return self.parse_words(s)


@cache
def number_lexicon(lang: str) -> NumberLexicon:
    """The (cached) number lexicon of ``lang``."""
    return NumberLexicon(lang)
