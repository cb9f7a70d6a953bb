"""Derive English trigger rows from the PETRARCH2 CAMEO verb dictionary into our own format and frames.

Reads ``../shared/data/petrarch2/CAMEO.2.0.txt`` (MIT, Copyright (c) 2015 Open Event Data Alliance) and
writes ``src/warta/lang/en/triggers_cameo.tsv``: one row per verb that carries a code of its own (or its
block's) and one row per phrase pattern, in the format of ``lang/en/triggers.tsv``.

How the dictionary maps to our format:

- a verb block's synonyms become one position of alternatives (``<root>`` for regular verbs, irregular
  forms written out, multi-word verbs ``ASK_FOR`` joined with ``_``);
- the words after ``*`` become the rest of the pattern, each content item preceded by a gap ``~``
  (an object noun phrase may carry determiners and adjectives); ``{A B}`` is a fixed phrase, ``(P X)``
  a prepositional phrase (``p ~ x``), ``&SET`` the alternatives of a synonym set, with plural nouns; a synonym set
  inside a fixed phrase is one position of its members (``{&MILITARY AID}``: ``military|troops|... aid|aids``), a
  fixed phrase may stand inside a prepositional phrase (``(OF {CONSTITUTIONAL AMENDMENT})``), and a slash writes
  spellings (``(IN FAVOUR/FAVOR)``) (part BL: 78 rows new or widened, dev, tuning and blind unchanged);
- ``+`` (the target) and ``$`` (the source) end the pattern where they stand: our role layer finds the
  actors around a trigger by its frame.  A pattern with words before ``*``, a source after the verb, or
  words after an actor slot is dropped: our patterns cannot say where those actors stand;
- ``[a:b]`` codes the act ``a`` (``b`` is the reverse reading); ``a`` equal to ``b`` is a mutual act;
- the PLOVER type comes from the codebook (``knowledge/cameo.tsv``), except for the few codes that
  our hand lexicon, following GUIDELINES.md, types otherwise (163 sanctions: SANCTION; 192 occupy:
  ASSAULT); a code not in the codebook drops the row; the frame is ``mutual`` for symmetric codes, else the frame our hand lexicon uses for that
  code (``agent`` by default).

Our codebook vocabulary (``lang/en/triggers_codebook.tsv``, written code by code by
``scripts/codebook_triggers.py``) decides its own verbs: a single verb it lists alone is left out, and so is a
verb from a derived phrase that ends in a word the codebook's phrase of that verb ends in (the same words would
match both: the codebook's frame is the one its code needs, "claimed responsibility" stands without a target,
and its code the one it means, "resigned" is 0831).

Noise filters (measured on the dev gold, see the README): verbs and patterns of the bare statement code
010 (say, explain, repeat...) are left out, as are single-word verbs already in ``triggers.tsv`` (the hand
lexicon decides those), verbs listed in ``DROP_VERBS``, verbs our cues mark as changing an act's status
(``STATUS_KINDS``: "postponed its attack on" is no accusation) and codes in ``DROP_CODES``.  A synonym verb that only
inherits its block's code is left out ("serve", "head" under a cooperation block), except in the blocks of
``KEEP_SYNONYMS`` (CAMEO 111, criticise or denounce: rebuke, castigate, lambaste, lash out; measured: keeping
every block's synonyms added 4 dev and 5 blind false alarms and no event, keeping 111's added none), and the single
verbs of ``KEEP_SYNONYM_VERBS`` (the DEMAND block's exhort, entreat, clamour...).  A pattern whose object our hand
lexicon codes as another type is left out ("plan to visit"), except the refusals of ``KEEP_OBJECT_BLOCKS`` ("snubbed
Japan's offer", "flouted the ban": CAMEO 12x, the refusal is the act; part AB, measured: dev, tuning and blind
unchanged; 36 rows, without the verbs the hand lexicon codes alone as a refusal).  Verbs the filters drop that mean
their block's act before a preposition are kept in that frame only (``FRAMED_VERBS``: "disagreed with", "disapproved
of", "pushed for"; ``KEEP_PREP_PATTERNS``: "distanced itself from", "lobbied against", "lobbied ... for"; part BL,
measured: dev and tuning unchanged, blind English one event more and one false alarm less).

Usage: PYTHONPATH=src python scripts/derive_triggers.py [CAMEO.2.0.txt] [OUT.tsv]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from warta.lang.en.morphology import irregular_pasts, surface_forms
from warta.lexicon.coverage import TYPE_OVERRIDES

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT.parent / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt"
OUT = ROOT / "src" / "warta" / "lang" / "en" / "triggers_cameo.tsv"
HAND = ROOT / "src" / "warta" / "lang" / "en" / "triggers.tsv"
CODEBOOK = ROOT / "src" / "warta" / "lang" / "en" / "triggers_codebook.tsv"
CUES = ROOT / "src" / "warta" / "lang" / "en" / "cues.tsv"
# cue kinds of verbs that change the status of the act they govern ("prevented the attack", "postponed its visit"):
# such a verb is no act of the block it sits in (PETRARCH2's BLAME block lists delay, postpone, prevent ...)
STATUS_KINDS = {"prevent", "postpone"}
CAMEO = ROOT / "src" / "warta" / "knowledge" / "cameo.tsv"

DROP_CODES = {"010"}
# The roots' general codes: a verb alone that codes only "cooperate", "concede", "agree" ("aim", "allow",
# "serve") is too common in news to be an act by itself.
GENERAL_CODES = {f"{n:02d}0" for n in range(1, 21)}
# negations that open a hand pattern whose sense they are ("not|n't|never ruled out ~ military_action"): no head word
NEGATIONS = {"not", "n't", "never"}
FUNCTION_WORDS = {"to", "for", "with", "in", "on", "at", "of", "by", "from", "into", "over", "about", "up",
                  "down", "out", "off", "as", "against", "toward", "towards", "upon", "through", "forward"}
# Patterns (block, words after the verb) whose code we read otherwise: a refusal of entry is no protest
# (CAMEO 144 is obstruction by protesters; 160 stays); a verdict of guilt is CAMEO 116 (find guilty, an
# ACCUSE act, as GUIDELINES.md codes it), not an arrest (173); a "drive" boosted or stepped up is in news mostly a
# campaign ("boosting the Government's drive to combat rough sleeping", "a recruitment drive"), not an offensive
# (a false attack in the tuning set). A motion of censure or of no confidence, submitted, asks for the leader to go
# (CAMEO 1041, as the dictionary's own INTRODUCE row codes "introduced a censure motion"), not a rally of opposition
# (113) nor a cut of relations (160); foreigners evacuated from a war zone are rescued, no cut of relations (160) with
# anyone ("fled", "escaped" share the block); "returned to the oil market" (0311, a trade deal?) made "oil" a word of a
# pattern, and an office field so read no longer titles its minister ("Nigeria's oil minister, met his Saudi
# counterpart": tests/test_actors_BH.py). None = dropped.
PATTERN_FIX: dict[tuple[str, str], str | None] = {("REFUSE", "* ENTRY"): None, ("DISCOVER", "* GUILTY"): "116",
                                                  ("BOOST", "* DRIVE"): None,
                                                  ("SUBMIT", "* {CENSURE &PROPOSAL}"): "1041",
                                                  ("SUBMIT", "* {NO-CONFIDENCE &PROPOSAL}"): "1041",
                                                  ("EVACUATE", "* {FOREIGN &PEOPLE}"): None,
                                                  ("RETURN", "* (TO {OIL MARKET})"): None,
                                                  # (helper CT) the block's verbs before "work" read "stopped looking
                                                  # for work", "ended his work": a work stoppage is coded by the hand
                                                  # lexicon's labour words (triggers.tsv downtools: "stopped work")
                                                  ("CANCEL", "* WORK"): None}
# Verbs spelled like a common noun of news text: "state" matches "(United) States" before any verb; "interview"
# in news is a reporting setting ("said in an interview Thursday with CBC News"), not a request for information.
# "say" and "tell" report: "said it had no plans to send troops" announces no plan, the words after them are what
# was said (our hand lexicon and cues read reporting verbs).
DROP_VERBS: set[str] = {"state", "lecture", "interview", "say", "tell"}
# Verbs whose root and -s forms are mostly a common noun of news text ("a lifestyle brand", "pubs and bars"):
# alone, only their -ed and -ing forms are triggers ("branded", "barred"); their patterns keep every form.
NOUN_VERBS: set[str] = {"brand", "bar"}
KEEP_SYNONYMS = ("111",)  # blocks whose synonym verbs are kept (see the module docstring)
# Single synonym verbs of other blocks that mean their block's act in news and nothing else, kept alone even with their
# block's general code (the DEMAND block's "exhorted Kabul to", "entreated", "clamoured for"; not its "need", "push",
# "bid" or "campaign")
# (helper CC, session 23) and the occupation block's "overrun" ("forces overran the rebels' positions", "they have
# overrun all the Al Qaeda caves"), which means nothing else in news
KEEP_SYNONYM_VERBS = {"exhort", "entreat", "adjure", "clamor", "clamour", "overrun"}
# Blocks of refusal whose patterns name the thing refused, defied or shunned by an object our hand lexicon codes as
# another type ("snubbed Japan's offer", "flouted the ban", "stayed away from the summit", "shrugged off sanctions"):
# the refusal (CAMEO 12x) is the act, the object's own act is not done, so these patterns are kept.  Their verbs that
# read otherwise before such an object are left out of them: "denied talks" denies that talks were held (a cue of
# denial), "a slight increase in demand" is no snub; and so are the verbs our hand lexicon codes alone as a refusal
# ("rejected criticism from the committee": "rejected" finds the critic behind "from" by itself).
KEEP_OBJECT_BLOCKS = {"REBUFF", "REFUSE", "IGNORE", "SHRUG", "STAY", "VIOLATE"}
KEEP_OBJECT_SKIP = {"deny", "slight"}
# Verbs the filters above drop (a synonym with its block's code only, a root's general code alone) that mean their
# block's act only before a preposition: kept in that frame, with no gap ("disagreed with Canada's account",
# "disapproved of Sweden's handling", "pushed for an inquiry"; not "pushed up prices", "a rising tide of discontent").
FRAMED_VERBS = {"disagree": "with", "disapprove": "of", "push": "for"}
# Patterns of a verb and a preposition alone (dropped: "only a preposition after the verb") kept for the named verbs of
# their block, whose act the preposition names: "distanced itself from Washington" (110; not the block's "outpaced"),
# "lobbied against Turkey's purchase" (113), "lobbied the EU for tougher sanctions" (020).
KEEP_PREP_PATTERNS = {("DISTANCE", "* (FROM)"): {"distance"}, ("LOBBY", "* (AGAINST)"): {"lobby"},
                      ("LOBBY", "* (FOR)"): {"lobby"}}

HEADER = """# English event triggers derived from the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt,
# openeventdata/petrarch2 @ 676801c). The MIT License (MIT), Copyright (c) 2015 Open Event Data Alliance:
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction, including
# without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
# following conditions: The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF
# ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR
# A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
# FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
# FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
# Converted into our format and frames by scripts/derive_triggers.py (do not edit by hand: edit the
# script's filters and rerun it). Hand entries in triggers.tsv take precedence for single verbs.
"""


def load_codebook(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("code\t"):
            continue
        cells = line.split("\t")
        if len(cells) > 2 and len(cells[0]) >= 3:
            out[cells[0]] = cells[2]
    return out


def hand_lexicon(path: Path) -> tuple[dict[str, set[str]], dict[str, str], dict[str, str], dict[str, set[str]]]:
    """The hand lexicon's first words with the types they code, the frame and type it uses most per code, and its
    verbs that code alone (a one-word pattern) with their types."""
    heads: dict[str, set[str]] = {}
    alone: dict[str, set[str]] = {}
    frames: dict[str, Counter] = {}
    types: dict[str, Counter] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("id\t") or not line.strip():
            continue
        cells = line.split("\t")
        pattern, kind, code, frame = cells[1], cells[2], cells[3], cells[5]
        if pattern.split()[-1] == "between":
            # (helper BJ) a noun read only with its parties behind "between" ("the deal between X and Y") claims
            # none of the noun's other readings ("entered into an agreement", "denied the deal")
            continue
        frames.setdefault(code, Counter())[frame] += 1
        types.setdefault(code, Counter())[kind] += 1
        for alt in pattern.split()[0].split("|"):
            head = alt.strip("<>").removesuffix("!v").removesuffix("!n").lower()
            if head in NEGATIONS:
                continue  # (helper CG) a negation that is a pattern's sense ("not ruled out ~ military_action") heads no word
            heads.setdefault(head, set()).add(kind)
            if " " not in pattern.strip():
                alone.setdefault(head, set()).add(kind)
    top = {c: n.most_common(1)[0][0] for c, n in frames.items()}
    return heads, top, {c: n.most_common(1)[0][0] for c, n in types.items()}, alone


def status_verbs(path: Path) -> set[str]:
    """The one-word verbs our cues mark as changing an act's status (``STATUS_KINDS``), all their forms."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if not line.startswith("#") and len(cells) > 1 and cells[1] in STATUS_KINDS and " " not in cells[0]:
            out.add(cells[0].lower())
    return out


def codebook_verbs(path: Path) -> tuple[set[str], set[tuple[str, str]]]:
    """The codebook vocabulary's verbs: those it lists alone, and (verb, last word) of its phrases."""
    alone: set[str] = set()
    phrases: set[tuple[str, str]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("id\t") or not line.strip():
            continue
        cells = line.split("\t")
        positions = cells[1].split()
        verbs = {a.strip("<>").removesuffix("!v").lower() for a in positions[0].split("|")}
        if len(positions) == 1:
            alone |= verbs
        else:
            phrases.update((v, w) for v in verbs for w in positions[-1].split("|"))
    return alone, phrases


def parse(path: Path):
    """Yield ('synset', name, words) and ('block', name, code, verbs, patterns) from the dictionary."""
    synsets: dict[str, list[str]] = {}
    blocks = []
    current_set = None
    block = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("&"):
            current_set = line.strip()
            synsets[current_set] = []
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if m:
            current_set = None
            block = {"name": m.group(1), "code": m.group(2), "verbs": [], "patterns": []}
            blocks.append(block)
            continue
        if current_set and line.startswith("+"):
            synsets[current_set].append(line[1:].strip())
            continue
        if block is None:
            continue
        if line.startswith("-"):
            pm = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*$", line)
            if pm:
                block["patterns"].append((pm.group(1), pm.group(2)))
            continue
        vm = re.match(r"^(\+?[A-Z_'\-]+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line.strip())
        if vm:
            forms = vm.group(2)[1:-1].split() if vm.group(2) else []
            code = vm.group(3)[1:-1] if vm.group(3) else ""
            forms = [f.strip(",").lstrip("+") for f in forms]
            block["verbs"].append((vm.group(1), [f for f in forms if f], code))
    return synsets, blocks


def act_code(raw: str) -> tuple[str, bool] | None:
    raw = raw.strip()
    if not raw or raw.startswith("-"):
        return None
    first, _, second = raw.partition(":")
    if not first:
        return None
    return first, first == second


def plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def noun_alts(word: str) -> list[str]:
    """A noun of a pattern or a synonym set: itself and its plural ("_" at the end: no plural)."""
    if word.endswith("_"):
        return [word.rstrip("_").lower()]
    w = word.lower()
    return [w] if w.endswith("s") or "_" in w or w in FUNCTION_WORDS or w.endswith("ly") else [w, plural(w)]


def _inflected(word: str) -> bool:
    """A verb the dictionary writes already inflected: a regular past ("attacked") or an irregular past or participle
    that is no root of its own ("shot", "fought"; not "hit", "cut")."""
    rows = irregular_pasts()
    return (word.endswith("ed") and word not in rows) or (
        word not in rows and any(word in forms for forms in rows.values()))


def verb_alts(verb: str, forms: list[str]) -> list[str]:
    """One verb of a block as alternatives of our format."""
    v = verb.lstrip("+").lower()
    if "_" in v:  # a multi-word verb: its forms written out (ASK_FOR ASKED_FOR ...)
        head, _, rest = v.partition("_")
        if forms:
            return [v] + [f.lower() for f in forms]
        if _inflected(head):  # (lead, session 32) "KILLED_OR", "SHOT_AND": written in one form, no "killeded_or"
            return [v]
        return [f"{w}_{rest}" for w in surface_forms(head)]
    if forms:
        out = [v]
        for f in forms:
            f = f.lower()
            out.append(f if f.endswith(("ing", "s")) or f == v else f + "!v")
        return out
    return [f"<{v}>"]


def phrase_alts(word: str, synsets: dict[str, list[str]], last: bool) -> list[str]:
    """One word of a fixed phrase ``{...}`` as alternatives: a synonym set's members, a slash's spellings; the last
    word of the phrase with its plural."""
    words = synsets[word] if word.startswith("&") else word.split("/")
    if last:
        return list(dict.fromkeys(a for w in words for a in noun_alts(w)))
    return list(dict.fromkeys(w.rstrip("_").lower() for w in words))


def tokens(spec: str) -> list[str]:
    """Split the part of a pattern after the verb into items: WORD, {A B}, (P X), &SET, $, +, ^."""
    return re.findall(r"\{[^}]*\}|\([^)]*\)|[^\s(){}]+", spec)


def convert_items(items: list[str], synsets: dict[str, list[str]]) -> list[str] | None:
    """Our pattern positions for the words after the verb, or None when the pattern cannot be expressed."""
    out: list[str] = []
    for k, item in enumerate(items):
        if item in ("+", "$"):
            rest = [i for i in items[k + 1 :] if i not in ("+", "$", "^")]
            if item == "$" or rest:
                return None
            break
        if item == "^":
            continue
        if item.startswith("{"):
            words = item[1:-1].split()
            if not words or any(not re.fullmatch(r"&?[A-Z][A-Z'\-_]*(/[A-Z][A-Z'\-_]*)*", w) for w in words):
                return None
            if any(w.startswith("&") and not synsets.get(w) for w in words):
                return None
            # a synonym set inside a fixed phrase ({&MILITARY AID}) is one position of its members; the last word
            # carries its plural; a slash (FAVOUR/FAVOR) writes alternatives
            out += ["~"] + ["|".join(phrase_alts(w, synsets, last=k == len(words) - 1)) for k, w in enumerate(words)]
            continue
        if item.startswith("("):
            inner = tokens(item[1:-1])
            if not inner:
                return None
            prep, rest = inner[0], inner[1:]
            if rest and rest[-1] == "+":
                rest = rest[:-1]
                if k != len(items) - 1:
                    return None
            if any(r in ("$", "+") for r in rest) or not re.fullmatch(r"[A-Z]+", prep):
                return None
            out += ["~", prep.lower()]
            sub = convert_items(rest, synsets)
            if sub is None:
                return None
            out += sub
            continue
        if item.startswith("&"):
            members = synsets.get(item)
            if not members:
                return None
            alts = sorted({a for m in members for a in noun_alts(m)})
            out += ["~", "|".join(alts)]
            continue
        if re.fullmatch(r"[A-Z][A-Z'\-]*_?(/[A-Z][A-Z'\-]*_?)*", item):
            out += ["~", "|".join(phrase_alts(item, synsets, last=True))]  # a noun, with a slash's spellings
            continue
        return None
    return out


def derive(src: Path) -> tuple[list[tuple[str, ...]], Counter]:
    codebook = load_codebook(CAMEO)
    heads, frames, types, alone = hand_lexicon(HAND)
    cb_alone, cb_phrases = codebook_verbs(CODEBOOK)
    status = status_verbs(CUES)
    types.update(TYPE_OVERRIDES)
    synsets, blocks = parse(src)
    stats: Counter = Counter()
    rows: list[tuple[str, ...]] = []
    seen: set[tuple[str, str]] = set()

    def add(rid: str, pattern: str, code: str, mutual: bool) -> None:
        if code in DROP_CODES:
            stats["dropped: statement code 010"] += 1
            return
        if code not in codebook:
            stats["dropped: code not in the codebook"] += 1
            return
        if (pattern, code) in seen:
            stats["dropped: duplicate"] += 1
            return
        seen.add((pattern, code))
        frame = "mutual" if mutual else frames.get(code, frames.get(code[:3], "agent"))
        rows.append((rid, pattern, types.get(code, codebook[code]), code, "", frame, ""))
        stats["kept"] += 1

    for b, block in enumerate(blocks):
        name = f'{block["name"].lower().replace("_", "")}{b}'
        block_code = act_code(block["code"])
        verbs = [(v, f, c) for v, f, c in block["verbs"] if v.lstrip("+").lower() not in DROP_VERBS | status]
        for n, (verb, forms, own) in enumerate(verbs):
            code = act_code(own) or block_code
            if code is None:
                continue
            v = verb.lstrip("+").lower()
            if v in FRAMED_VERBS:
                stats["verb kept in its frame only"] += 1
                add(f"pc_{name}_f{n}", " ".join(["|".join(verb_alts(verb, forms)), FRAMED_VERBS[v]]), *code)
                continue
            if not act_code(own) and v.replace("_", "") != name.rstrip("0123456789") \
                    and not code[0].startswith(KEEP_SYNONYMS) and v not in KEEP_SYNONYM_VERBS:
                # a synonym that only inherits its block's code ("serve", "head", "join" under COOPERATE)
                stats["dropped: synonym verb with the block's code only"] += 1
                continue
            if "_" not in v and v in heads:
                stats["dropped: verb in the hand lexicon"] += 1
                continue
            if "_" not in v and v in cb_alone:
                stats["dropped: verb in the codebook vocabulary"] += 1
                continue
            if code[0] in GENERAL_CODES and v not in KEEP_SYNONYM_VERBS:
                stats["dropped: verb alone with a root's general code"] += 1
                continue
            alts = verb_alts(verb, forms)
            if v in NOUN_VERBS:
                alts = [f"{f}!v" if f.endswith("ed") else f for f in surface_forms(v, ("ed", "ing"))]
                stats["verb alone spelled like a noun: -ed/-ing forms only"] += 1
            add(f"pc_{name}_v{n}", "|".join(alts), *code)
        for n, (spec, raw_code) in enumerate(block["patterns"]):
            fix = PATTERN_FIX.get((block["name"], " ".join(spec.split())), raw_code)
            code = act_code(fix) if fix else None
            if code is None:
                stats["dropped: no code"] += 1
                continue
            pre, star, post = spec.partition("*")
            if not star or [t for t in pre.split() if t not in ("-", "$")]:
                stats["dropped: words before the verb"] += 1
                continue
            items = convert_items(tokens(post), synsets)
            if items is None:
                stats["dropped: actor slot we cannot place"] += 1
                continue
            words = {w for item in items for a in item.split("|") for w in a.split("_")} - {"~"}
            named = KEEP_PREP_PATTERNS.get((block["name"], " ".join(spec.split())))
            if named:
                stats["verb and preposition kept for the block's named verbs"] += 1
                head = "|".join(a for v, f, _ in verbs if v.lstrip("+").lower() in named for a in verb_alts(v, f))
                add(f"pc_{name}_p{n}", " ".join([head, *items]), *code)
                continue
            if words <= FUNCTION_WORDS:
                stats["dropped: only a preposition after the verb"] += 1
                continue
            kind = types.get(code[0], codebook.get(code[0]))
            other = any(kind not in heads[w] for w in words & set(heads))
            refusal = other and block["name"] in KEEP_OBJECT_BLOCKS and code[0].startswith("12")
            if other and not refusal:
                # "plan to visit", "ask for aid": the hand entry of the object codes the act, modality its status
                stats["dropped: object is a hand-lexicon trigger of another type"] += 1
                continue
            # a verb the hand lexicon codes alone as another type keeps the hand reading ("accuse ... of plans"; not
            # a verb it codes only with an object of its own: "accept ~ aid" leaves "accept ~ invitation")
            last = items[-1].split("|") if items else []
            keep = [(v, f) for v, f, _ in verbs if not alone.get(v.lstrip("+").lower(), {kind}) - {kind}
                    and not any((v.lstrip("+").lower(), w) in cb_phrases for w in last)
                    and not (refusal and (v.lstrip("+").lower() in KEEP_OBJECT_SKIP
                                          or kind in alone.get(v.lstrip("+").lower(), set())))]
            head = "|".join(a for v, f in keep for a in verb_alts(v, f))
            if not head:
                stats["dropped: every verb is a hand-lexicon verb of another type"] += 1
                continue
            add(f"pc_{name}_p{n}", " ".join([head, *items]), *code)
    return rows, stats


def main(src: Path = SRC, out: Path = OUT) -> None:
    rows, stats = derive(src)
    lines = [HEADER.rstrip("\n"), "id\tpattern\ttype\tcameo\tmode\tframe\taffixes"]
    lines += ["\t".join(r) for r in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for key, n in sorted(stats.items()):
        print(f"{key}: {n}", file=sys.stderr)
    print(f"wrote {len(rows)} rows to {out}", file=sys.stderr)


if __name__ == "__main__":
    main(*(Path(a) for a in sys.argv[1:3]))
