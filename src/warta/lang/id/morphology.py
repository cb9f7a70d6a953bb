"""Indonesian derivational morphology: generate surface forms from a root.

Pure functions, no data beyond the affix rules of the language.  Each generated
form carries its voice: ``active`` (meN-, ber-, bare root), ``passive`` (di-, ter-)
or ``noun`` (peN-an, per-an, ke-an, -an); ``bare`` for the unaffixed root (and root-kan) of a verb whose
unaffixed root is not listed as a form of its own: the headline and colloquial active ("KPK Tahan Bupati",
"Polisi tangkap pelaku", "Jokowi Keluarkan Perppu"), kept only where a subject stands right before it (the gate
``bare-root`` of pipeline/conventions.py).
"""

from __future__ import annotations

__all__ = ["AFFIXES", "DEFAULT_AFFIXES", "guess_voice", "literal_forms", "nasal_prefix", "surface_forms"]

VOWELS = "aiueo"

# affix set name -> (prefix kind, suffix, voice)
AFFIXES: dict[str, tuple[str, str, str]] = {
    "root": ("", "", "lit"),  # an unaffixed root ("protes", "unjuk rasa", "kritik") may be a noun or a verb
    "meN": ("meN", "", "active"),
    "meN-kan": ("meN", "kan", "active"),
    "meN-i": ("meN", "i", "active"),
    "memper-kan": ("memper", "kan", "active"),
    "memper-i": ("memper", "i", "active"),
    "ber": ("ber", "", "active"),
    "ber-an": ("ber", "an", "active"),
    "di": ("di", "", "passive"),
    "di-kan": ("di", "kan", "passive"),
    "di-i": ("di", "i", "passive"),
    "diper-kan": ("diper", "kan", "passive"),
    "ter": ("ter", "", "passive"),
    "peN-an": ("peN", "an", "noun"),
    "per-an": ("per", "an", "noun"),
    "ke-an": ("ke", "an", "noun"),
    "an": ("", "an", "noun"),
    "peN": ("peN", "", "agent"),
}
DEFAULT_AFFIXES = ("root", "meN", "meN-kan", "meN-i", "di", "di-kan", "di-i", "ter", "peN-an", "an")
CLITICS = ("", "nya", "lah", "pun")
BARE_I_FROM = frozenset({"meN-i", "di-i"})  # verbs of -i, whose bare form keeps the suffix ("temui", "tembaki")


def nasal_prefix(prefix: str, root: str) -> str:
    """meN-/peN- with nasal assimilation: kirim→mengirim, serang→menyerang, tuduh→menuduh, bantu→membantu."""
    base = prefix[:-1]  # "me" / "pe"
    if len(_syllables(root)) == 1:
        return base + "nge" + root  # bom → mengebom
    return _assimilate(base, root)


def nasal_variants(prefix: str, root: str) -> list[str]:
    """The standard meN-/peN- form, and for one-syllable roots also the common assimilated one
    (bom → mengebom and membom, pengeboman and pemboman)."""
    out = [nasal_prefix(prefix, root)]
    if len(_syllables(root)) == 1:
        out.append(_assimilate(prefix[:-1], root))
    return out


def _assimilate(base: str, r: str) -> str:
    first = r[0]
    if first in "kpts" and len(r) > 1 and r[1] not in VOWELS and not r.startswith(("ng", "ny", "sy")):
        # loanwords with a consonant cluster keep it: kritik→mengkritik, protes→memprotes, transfer→mentransfer
        return base + {"k": "ng", "p": "m", "t": "n", "s": "n"}[first] + r
    if r.startswith(("ng", "ny")) or first in "lmnrwy":
        return base + r
    if first in VOWELS or first in "gh":
        return base + "ng" + r
    if first == "k":
        return base + "ng" + r[1:]
    if first == "p":
        return base + "m" + r[1:]
    if first in "bfv":
        return base + "m" + r
    if first == "t":
        return base + "n" + r[1:]
    if first in "dcjz":
        return base + "n" + r
    if first == "s":
        return base + "ny" + r[1:]
    return base + r


def _syllables(word: str) -> list[str]:
    out, cur = [], ""
    for ch in word:
        cur += ch
        if ch in VOWELS:
            out.append(cur)
            cur = ""
    if cur and out:
        out[-1] += cur
    return out or [word]


def _suffix(stem: str, suffix: str) -> str:
    return stem + suffix


# function words spelt like a ter- passive: prepositions and determiners, never a verb ("kecewa terhadap Singapura",
# "kapal tersebut", "termasuk Rusia")
_TER_FUNCTION_WORDS = frozenset({"terhadap", "tersebut", "termasuk", "terutama", "tertentu"})


def guess_voice(word: str) -> str:
    """Voice of a word written out in the lexicon (not generated from a root), from its prefix."""
    w = word.lower()
    if w.endswith("!n"):
        return "noun"
    if w.endswith("!v"):
        return "active"  # "terbang!v": a ter- word that is no passive
    if w.startswith(("meng", "meny", "mem", "men", "me", "ber", "be")) and len(w) > 5:
        return "active"
    if w in _TER_FUNCTION_WORDS:
        return "lit"  # (helper BN) "geram terhadap X": a preposition, no ter- passive (the target follows it)
    if w.startswith(("di", "ter")) and len(w) > 5:
        return "passive"
    if w.endswith("an") and not w.endswith("kan") and len(w) > 5:
        return "noun"
    return "lit"


def surface_forms(root: str, affixes: tuple[str, ...] = DEFAULT_AFFIXES) -> dict[str, str]:
    """Map every surface form (lower case, with clitics -nya/-lah/-pun) to its voice."""
    root = root.lower()
    forms: dict[str, str] = {}
    for name in affixes:
        prefix, suffix, voice = AFFIXES[name]
        if prefix in ("meN", "peN"):
            stems = nasal_variants(prefix, root)
        elif prefix in ("ber", "ter", "per") and root.startswith("r"):
            stems = [prefix[:-1] + root]
        elif prefix == "ber" and _first_syllable_ends_in_er(root):
            stems = ["be" + root]  # kerja → bekerja, ternak → beternak, serta → beserta
        else:
            stems = [prefix + root]
        for stem in stems:
            word = _suffix(stem, suffix)
            for clitic in CLITICS:
                forms.setdefault(word + clitic, voice)
            if voice in ("noun", "lit"):
                for plural in _reduplicated(word):
                    forms.setdefault(plural, voice)
    if " " not in root and "root" not in affixes:
        # the verb's bare forms: its root where it has a meN- form, its root-kan where it has a meN-kan form
        for name, bare in (("meN", root), ("meN-kan", _suffix(root, "kan"))):
            if name in affixes:
                forms.setdefault(bare, "bare")
    if BARE_I_FROM.intersection(affixes) and " " not in root and not root.endswith("i"):
        # an -i verb written without its prefix keeps its suffix: the imperative and the headline form ("Polisi
        # Tembaki Perampok", "Jokowi Kunjungi Papua"); active or passive, decided in context like a bare root. (A verb
        # with no -i form gets none: "pukuli" of "memukul" is a re-affixing error of augmented corpora, not news.)
        for clitic in CLITICS:
            forms.setdefault(root + "i" + clitic, "lit")
    return forms


def _first_syllable_ends_in_er(root: str) -> bool:
    return len(root) > 4 and root[0] not in VOWELS and root[1:3] == "er" and root[3:4] not in VOWELS


def _reduplicated(noun: str) -> list[str]:
    """A plural by reduplication (serangan-serangan, sanksi-sanksi), with the clitic on the second half."""
    return [f"{noun}-{noun}{clitic}" for clitic in ("", "nya")]


def literal_forms(word: str) -> list[str]:
    """A word written out in a pattern, with the forms it takes in running text: a possessive or focus
    clitic (menarik pasukan → menarik pasukannya) and, for a noun, the reduplicated plural."""
    w = word.lower()
    out = [w] + [w + clitic for clitic in CLITICS if clitic]
    if " " not in w and "-" not in w and guess_voice(w) in ("noun", "lit"):
        out += _reduplicated(w)
    return out
