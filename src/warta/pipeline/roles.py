"""Find who did it (source) and to whom (target) for a trigger, from its frame and voice.

Frames (from the trigger lexicon): ``agent`` — subject acts on the object or a
prepositional object; ``theme`` — the object is the thing moved, the target comes
through a preposition (or is a full actor object); ``mutual`` — every party acts
on every other (meetings, talks, clashes); ``recv`` — the subject receives, the
source comes after "dari"/"from"; ``intrans`` — no target.
Voices: active, passive (di-/ter-, "was Xed by"), noun (nominalisations, whose
agent is a genitive or possessor: "serangan Israel", "Erdogan's visit").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from warta.knowledge.actor_code import ActorCode
from warta.knowledge.countries import implied_agents
from warta.knowledge.event_types import event_types
from warta.pipeline.analysis import CLAUSE_PUNCT, ActorSlot, SentenceView
from warta.pipeline.relations import frames
from warta.pipeline.triggers import TriggerMatch, ends_in_clitic

__all__ = ["Roles", "bare_noun", "between", "find_roles", "handed_to", "is_coordinated", "left_bound", "new_clause_speaker", "right_bound", "subject_of"]

RIGHT_WINDOW = 14
_CLAUSE_OPENERS = frozenset({"complementizer", "hypothetical"})
_CLAUSE_ENDS = frozenset({"relative", "subordinator", "say_after", "according_to"})
AGENT_WINDOW = 11  # tokens from an act's noun to its "by" agent
NOUN_WINDOW = 3


@dataclass(frozen=True, slots=True)
class Roles:
    pairs: tuple[tuple[ActorSlot, ActorSlot | None], ...]
    event_object: bool = False  # the object is itself an event ("menolak seruan sanksi", "dismissed calls")
    act_named: bool = False  # (helper DP) the object is an act or a plan, whether a target was found or not


def left_bound(view: SentenceView, i: int) -> int:
    """First token of the clause that holds token ``i`` (looking left); walked once per token and view (the
    conventions ask for the same clauses again: 2,357 asks of the dev gold's sentences, 663 different)."""
    start = view.clause_starts.get(i)
    if start is None:
        start = view.clause_starts[i] = _left_bound(view, i)
    return start


def _left_bound(view: SentenceView, i: int) -> int:
    k = min(i, view.n) - 1
    while k >= 0:
        kinds = view.kinds(k)  # (one look-up per word: this walk is the role finder's most frequent)
        if view.low[k] in CLAUSE_PUNCT or not _CLAUSE_OPENERS.isdisjoint(kinds) or (
                "say_before" in kinds and not ("light_verb" in kinds and _noun_phrase_gap(view, k + 1, i))):
            return k + 1  # ("menyatakan dukungan", "announced an arms embargo": a saying verb that carries a noun)
        k -= 1
    return 0


def _noun_phrase_gap(view: SentenceView, lo: int, hi: int) -> bool:
    """Tokens lo..hi-1 can open the noun phrase of the word at hi: at most three words, no actor ("an arms")."""
    return hi - lo <= 3 and all(view.actor_at(j) is None and view.low[j][:1].isalnum() for j in range(lo, hi))


def right_bound(view: SentenceView, i: int) -> int:
    """End (exclusive) of the clause that holds token ``i`` (looking right); walked once per token and view while the
    view's triggers stay (it reads them)."""
    key = (i, view.trigger_starts)
    end = view.clause_ends.get(key)
    if end is None:
        end = view.clause_ends[key] = _right_bound(view, i)
    return end


def _right_bound(view: SentenceView, i: int) -> int:
    k = i
    limit = min(view.n, i + RIGHT_WINDOW)
    while k < limit:
        kinds = view.kinds(k)
        if view.low[k] in CLAUSE_PUNCT or view.low[k] == "," or not _CLAUSE_ENDS.isdisjoint(kinds):
            return k
        if k > i and "conj" in kinds and k + 1 in view.trigger_starts:
            return k  # "menewaskan 30 orang serta memaksa ...": a coordinated act has its own objects
        k += 1
    return limit




def _relative_head(view: SentenceView, lo: int, m: TriggerMatch) -> ActorSlot | None:
    """"Honduras, yang telah menerima bantuan": a trigger inside a relative clause acts for the clause's head."""
    for r in range(m.start - 1, lo - 1, -1):
        if view.actor_at(r) is not None:
            return None
        if view.has(r, "relative"):
            k = r - 1
            if k >= 0 and view.low[k] == ",":
                k -= 1
            return view.actor_at(k) if k >= 0 else None
    return None


def _thing_relative(view: SentenceView, lo: int, m: TriggerMatch) -> bool:
    """(helper BV) "released its report into the crash, which killed eight people", "a report on the bombing, which
    killed eight civilians": a trigger right after a relative word set off by a comma (its auxiliaries between)
    whose head is a plain noun, no actor, has that thing or unnamed person for its subject, not the main clause's."""
    r = m.start - 1
    while r > lo and view.is_word(r, "aux"):
        r -= 1
    if r <= lo or not view.has(r, "relative") or m.voice not in ("active", "past"):
        return False
    k = r - 2  # set off by a comma (a restrictive "yang" after a plain noun may hide the actor it qualifies: measured)
    return k >= lo and view.low[r - 1] == "," and view.actor_at(k) is None and view.is_common_noun(k)


def _relative_spans(view: SentenceView, lo: int, hi: int) -> list[tuple[int, int]]:
    """Token spans of relative clauses ", who/yang ... ," between lo and hi: their actors are not the subject."""
    spans = []
    for k in range(lo, hi):
        if view.has(k, "relative") and k > 0:
            end = k + 1
            while end < hi and view.low[end] != "," and not view.has(end, "subordinator"):
                end += 1
            while end < hi and view.actor_at(end - 1) is not None and view.actor_at(end + 1) is not None:
                # (helper AX) over a name set off by commas after the clause's last actor: "Gates, yang juga melakukan
                # pembicaraan dengan panglima militer Jordan, Jenderal Khalid al-Sarayreh, diperkirakan akan ..."
                after = view.actor_at(end + 1)
                if after.end >= hi or view.low[after.end] != ",":
                    break
                end = after.end
            spans.append((k, end))  # to the comma, a subordinator ("..., yang tegang setelah ... sementara FBI
            #                          menyelidikinya") or the trigger: "musisi Vietnam yang ... dijatuhi"
    return spans


def _participle_spans(view: SentenceView, lo: int, hi: int) -> list[tuple[int, int]]:
    """"Protesters demanding the prime minister's resignation torched ...": an act in -ing right after an actor
    opens a reduced relative clause; its actors are not the subject of the verb after it."""
    suffix = view.settings.get("participle_suffix", "none")  # lang/<code>/settings.tsv
    if suffix == "none":
        return []
    for k in range(lo + 1, hi):
        before = view.actor_at(k - 1)
        if before is not None and view.low[k].endswith(suffix) and (
                k in view.trigger_starts or _participle_phrase(view, k, before)):
            return [(k, hi)]
    return []


def _participle_phrase(view: SentenceView, k: int, before: ActorSlot) -> bool:
    """(helper BZ) A participle that is no act opens a reduced relative clause too when it takes a complement: a
    lower-case word right after the actor's last word, no preposition (cue prep_*, word class ing_preposition:
    "during", "including"), before "to", a determiner, a preposition or an actor ("Israeli troops trying to arrest a
    Hamas member in Hebron shot ...", "Turkish soldiers searching for Kurdish militants killed ..."); not a noun in a
    compound ("Chinese fishing boats")."""
    if before.end != k or not view.tokens[k].text.islower() or view.is_word(k, "ing_preposition") \
            or view.actor_at(k) is not None or _preposition(view.kinds(k)):
        return False
    return view.actor_at(k + 1) is not None or bool(view.kinds(k + 1) & {"determiner", "purpose"}) \
        or _preposition(view.kinds(k + 1))


def _preposition(kinds: frozenset[str]) -> bool:
    """Any of ``kinds`` is a preposition's cue kind (prep_target, prep_agent ...)."""
    return any(kind.startswith("prep_") for kind in kinds)


def _fronted_subordinate(view: SentenceView, lo: int, hi: int) -> list[tuple[int, int]]:
    """"Saat mendukung Serbia, Moskow ...": the fronted clause holds no subject of the main clause."""
    k = lo
    while k < hi and (view.low[k] in {",", '"', "“"} or not view.low[k][:1].isalnum() or view.kinds(k) & {"conj"}):
        k += 1
    for j in range(k, min(hi, k + 3)):
        if view.has(j, "subordinator"):
            end = j + 1
            while end < hi and view.low[end] != ",":
                end += 1
            return [(j, end)] if end < hi else []
    return []


def _closed_subordinates(view: SentenceView, lo: int, hi: int) -> list[tuple[int, int]]:
    """(helper AX) Subordinate clauses closed by a comma before the trigger ("Berbicara di hadapan Kabinet tak lama
    setelah pasukan Jerman menyeberangi batas, Chamberlain menyalahkan ...", "Usai polisi menangkap dua aktivis,
    Presiden ..."): their actors are their own clause's, not the subject of the act after the comma; a clause with a
    verb of its own by the parse, so not a comma that sets off a name ("saat salah seorang penasihat kampanye Trump,
    Jim Acosta, memperingatkan")."""
    spans = []
    for j in range(lo, hi):
        if view.has(j, "subordinator"):
            end = j + 1
            while end < hi and view.low[end] != ",":
                end += 1
            if end < hi and any(lo <= a.start < end for a in view.actors):
                # (parsed only when an actor stands where the span would start or in it: else no subject is skipped)
                parse = view.parse if view.parseable else None
                if parse is not None and any(parse.upos[k] == "VERB" for k in range(j + 1, end)):
                    # (and the phrase that opens the clause with a verb before it: "Addressing parliament shortly
                    # after ..., Halvorsen blamed": the one addressed is no subject either)
                    spans.append((lo if parse.upos[lo] == "VERB" else j, end))
    return spans


def _parenthetical(view: SentenceView, lo: int, start: int) -> list[tuple[int, int]]:
    """"Macron, speaking in Paris alongside the Lebanese prime minister, called on ...", "Prabowo, dalam pidato di
    depan PM Malaysia, meminta ...": a span set off by commas right before the verb, after a named actor, is an
    aside; its actors are not the subject."""
    k = _before_aux(view, start, lo)
    if k <= lo or view.low[k] != ",":
        return []
    j = k - 1
    while j > lo and view.low[j] != "," and not view.is_punct(j):
        j -= 1
    if j <= lo or view.low[j] != "," or k - j < 3:
        return []
    before = view.actor_at(j - 1)
    return [(j, k)] if before is not None and before.end == j and not view.kinds(j + 1) & {"conj"} else []


def _open_bracket(view: SentenceView, lo: int, start: int) -> int | None:
    """The "(" before ``start`` (from ``lo`` on) that is not closed before it."""
    for k in range(start - 1, lo - 1, -1):
        if view.low[k] == ")":
            return None
        if view.low[k] == "(":
            return k
    return None


def is_coordinated(view: SentenceView, m: TriggerMatch) -> bool:
    """"... and has urged the EU", "... dan membantu Serbia": a verb phrase sharing the clause's subject."""
    k = _before_aux(view, m.start, 0)
    return k >= 0 and view.has(k, "conj")


def _subordinator_before(view: SentenceView, lo: int, start: int) -> int | None:
    """The last subordinator ("when", "saat") before token ``start``, from ``lo`` on; None for none."""
    return next((k for k in range(start - 1, lo - 1, -1) if view.has(k, "subordinator")), None)


def _fronted_participle(view: SentenceView, lo: int, m: TriggerMatch) -> bool:
    """(helper CX) The trigger is a present participle (lang settings participle_suffix) that opens its clause and takes
    an object (an actor or a determiner right after it): an adjunct whose doer is the subject of the main clause after
    its comma ("Accusing Israel of war crimes, the Turkish president ..."); not a noun in -ing ("Shelling of Kharkiv
    continued", "Fighting between the army and rebels")."""
    suffix = view.settings.get("participle_suffix", "none")
    return suffix != "none" and m.start == lo and m.voice == "active" and view.low[m.start].endswith(suffix) \
        and (view.actor_at(m.end) is not None or view.has(m.end, "determiner"))


def _before_aux(view: SentenceView, start: int, lo: int) -> int:
    """The token before ``start`` past auxiliaries and words of plan, attempt or negation (not before ``lo``)."""
    k = start - 1
    while k >= lo and (view.is_word(k, "aux") or view.kinds(k) & {"plan", "attempt", "negation"}):
        k -= 1
    return k


def subject_of(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """The subject of a trigger's clause (skipping relative clauses and prepositional phrases)."""
    lo = left_bound(view, m.start)
    best = None
    # (helper DS) a passive right after a subordinator and its auxiliary, "X killed Y before being killed by the army",
    # "after being arrested": done to the subject of the verb before it (of its relative clause too: "one of two
    # Palestinians who shot the settler before being killed"), not to that verb's object
    subordinate_passive = m.start > 1 and view.has(m.start - 1, "passive_aux") and view.has(m.start - 2, "subordinator")
    if subordinate_passive:
        verb = max((k for k in view.verb_trigger_starts if lo <= k < m.start - 2), default=None)
        if verb is not None:
            return subject_of(view, TriggerMatch(m.entry, verb, verb + 1, "active"))
    # ("X said that Y had provoked it, blaming Manila": a verb right after a comma, with no subject of its own,
    # shares the main clause's)
    # (helper DU) ... as does a light verb before a trigger noun: "opened a meeting after placing blame for the attacks
    # on Arafat"
    coordinated = is_coordinated(view, m) or view.has(m.start - 1, "subordinator") or (
        m.voice == "active" and m.start > 1 and view.low[m.start - 1] == ",") or subordinate_passive or (
        m.start > 1 and view.has(m.start - 2, "subordinator") and view.has(m.start - 1, "light_verb"))
    if coordinated and not any(view.is_word(k, "copula") for k in range(lo, m.start)):
        # "X demanded that ..., and has called on", "X referred ... after accusing": the main subject; after a word
        # of contrast that opens a clause with a subject of its own, that clause's ("Iran mengklaim ..., namun Inggris
        # menyatakan ... dan menuntut"; not "accused firms of snapping up land but not using it, and urged May")
        lo = next((k + 1 for k in range(m.start - 1, -1, -1) if view.is_word(k, "contrast")
                   and any(k < s.start < m.start for s in view.actors)), 0)
        # (not after a copula's predicate: "X mengatakan peluncuran ini adalah provokatif dan melanggar ...")
    bracket = _open_bracket(view, lo, m.start)
    if bracket is not None:
        # "the Trump show (picking a fight with the NFL, praising Kim Jong-un)": an aside in brackets with no
        # actor of its own before the trigger is about the actor just before it (or none), not the clause's subject
        if not any(bracket < s.start and s.end <= m.start for s in view.actors):
            before = [s for s in view.actors if bracket - NOUN_WINDOW <= s.end <= bracket]
            return view.compound(before[-1], -1) if before else []
        lo = bracket + 1
    head = _relative_head(view, lo, m)
    if head is not None:
        return view.compound(head, -1)
    if _thing_relative(view, lo, m):
        return []
    if _participle_spans(view, m.start - 1, m.start + 1) and not coordinated:
        # "fired tear gas at protesters demanding the president's resignation": a reduced relative's subject is
        # the actor it follows
        return view.compound(view.actor_at(m.start - 1), -1)
    origin = _weapon_origin(view, lo, m)
    if origin is not None:
        return [origin]
    if _thing_subject(view, lo, m) or _definite_thing_after_comma(view, m):
        return []
    skipped = _relative_spans(view, lo, m.start) + _participle_spans(view, lo, m.start) + _parenthetical(view, lo, m.start)
    if coordinated:
        skipped += _fronted_subordinate(view, lo, m.start)
    skipped += _closed_subordinates(view, lo, m.start)
    for slot in view.actors:
        if slot.end > m.start or slot.start < lo or any(a <= slot.start < b for a, b in skipped):
            continue
        kinds = view.prep_before(slot)
        if (kinds & {"prep_place", "prep_source", "prep_target", "prep_agent", "prep_between"}
                and not _document_author(view, lo, slot, m.start)) \
                or view.is_word(slot.start - 1, "backer"):  # ("milisi dukungan Iran menyerang": the militia acts)
            continue
        if m.voice == "active" and _goods_origin(view, slot):
            continue  # "Produk ponsel asal China menyerbu pasar Indonesia": where the goods come from (part W)
        if _made_in(view, slot):
            continue  # (helper DS) "US-made Apaches blasted a building": the state the craft was made in
        if view.is_word(view.prep_index(slot.start), "addressing_verb"):
            continue  # "X told reporters after talks with Y": the one told is no subject (lead, session 13)
        if best is not None and view.is_word(view.prep_index(slot.start), "channel"):
            continue  # (helper BD) "Pemerintah Indonesia melalui Kementerian Luar Negeri mengecam": the body it acts
            # through is no subject of its own, the one named before it is
        best = slot
        if coordinated and not _headless_title(view, slot):
            break
    if best is not None and not coordinated and _unlisted_name_subject(view, best.end, m.start):
        return []
    if best is None and lo > 0 and view.has(lo - 1, "say_before") and not view.has(lo - 1, "light_verb") \
            and m.start - lo <= 3 and not any(view.actor_at(k) is not None for k in range(lo, m.start)):
        # "Suriah mengatakan bersedia menarik ...": a complement with no subject of its own has the speaker's
        return subject_of(view, TriggerMatch(m.entry, lo - 1, lo, "active"))
    if best is None:
        # "Saat mendukung Rusia, Xi ...": a fronted subordinate clause takes the main clause's subject
        sub = _subordinator_before(view, lo, m.start)
        if sub is None and _fronted_participle(view, lo, m):
            sub = m.start  # (helper CX) "Blaming Kyiv for the strike, the Kremlin vowed ...": as a subordinate clause
        if sub is None or "," in view.low[sub:m.start]:
            return []  # (part X) not when that clause closed before the act: "As a result of X, staff are meeting ..."
        k = m.end
        while k < view.n and view.low[k] != ",":
            if view.is_punct(k):
                return []
            k += 1
        return _listed(view, next((s for s in view.actors if k < s.start <= k + 3), None))
    subjects = view.compound(best, -1)
    if coordinated and m.voice in ("active", "past") and view.has(m.start - 1, "conj"):
        # (helper CX) "Sharon and Arafat met Mr Zinni and urged him to ...": a verb coordinated under a listed subject
        # is every member's act (the search stops at the list's first member)
        subjects += [s for s in view.compound(best, +1) if s not in subjects and s.end < m.start]
    if coordinated and view.low[m.start - 1] == ",":
        listed = view.compound(best, +1)
        if len(listed) > 1 and max(s.end for s in listed) == m.start - 1:
            # (part AR) "Kedua menteri, Retno Marsudi dan Marise Payne, membahas ...": a list set off by commas right
            # before the verb is its subject, every one of it
            subjects += [s for s in listed if s not in subjects]
    k = best.end + (best.end < view.n and view.low[best.end] == ",")
    if view.is_word(k, "comitative"):
        # "Retno Marsudi, along with Penny Wong, signed", "Retno bersama dengan Menlu Jepang menandatangani": the
        # companion (behind a preposition the subject search skips) is a subject too
        subjects += [s for s in view.compound(best, +1) if s not in subjects]
    return _after_object(view, subjects)


def _headless_title(view: SentenceView, slot: ActorSlot) -> bool:
    """(helper CY) A title of no code of its own right before the body it heads ("Deputi Komisioner OJK", "Kepala
    Biro Humas Depkeu"): the subject is that body, also where a verb after an aside set off by commas takes the
    first actor of its clause ("Deputi Komisioner OJK, usai rapat di Jakarta, mengkritik ...")."""
    nxt = view.actor_at(slot.end)
    return not slot.code and slot.mention.kind == "title" and nxt is not None and nxt is not slot and bool(nxt.code)


def _document_author(view: SentenceView, lo: int, slot: ActorSlot, start: int) -> bool:
    """(helper BO) "A report by Human Rights Watch accused the army", "An editorial in the Global Times lambasted
    Australia": the author behind a preposition after a text that opens the clause (word class authored_doc, only
    determiners and plain words before it, no subordinator: not "After a complaint from Japan, ...") is its
    subject, with no comma before the verb."""
    p = view.prep_index(slot.start)
    doc = p - 1
    if not view.prep_before(slot) & {"prep_place", "prep_source", "prep_agent"} or not view.is_word(doc, "authored_doc"):
        return False
    if any(view.low[k] == "," for k in range(lo, start)) or view.any_kind("subordinator", lo, doc):
        return False
    return all(view.has(k, "determiner") or view.is_plain_word(k) for k in range(lo, doc))


def _unlisted_name_subject(view: SentenceView, lo: int, start: int) -> bool:
    """"After German forces crossed the border, Chamberlain blamed Germany": a capitalised name that no list knows
    stands between a comma and the verb, so the clause's subject is that unknown one, not an actor before the
    comma (with no actor of its own the act has no source). Not a date before the verb, nor a name set off by commas
    right before it (an aside, a place, an apposition: "Menteri Pertahanan AS, Robert Gates, Selasa bertemu",
    "Police in Kent, Ohio, arrested"), nor a name right after an actor."""
    k = _before_aux(view, start, lo)
    while k > lo and view.is_date_word(k):
        k -= 1
    if view.low[k] == ",":
        return False
    j = k
    while j > lo and view.tokens[j].text[:1].isupper() and view.actor_at(j) is None:
        j -= 1
    return lo < j < k and view.low[j] == "," and view.actor_at(j - 1) is None


def _thing_subject(view: SentenceView, lo: int, m: TriggerMatch) -> bool:
    """"Two soldiers died when a roadside bomb hit their convoy", "tewas ketika bom menghantam konvoi mereka": a verb
    of a subordinate clause whose own subject is a weapon or a craft, no actor, has no source; the actor before the
    subordinator belongs to the main clause."""
    if m.voice not in ("active", "past"):
        return False
    sub = _subordinator_before(view, lo, m.start)
    if sub is None:
        return False
    own = range(sub + 1, _before_aux(view, m.start, sub + 1) + 1)  # its subject: a thing, no preposition
    return any(view.is_word(k, "weapon_noun") or view.is_word(k, "craft") for k in own) \
        and not any(sub < s.start < m.start for s in view.actors) \
        and all(view.low[k][:1].isalnum() and not _preposition(view.kinds(k)) for k in own)


def _definite_thing_after_comma(view: SentenceView, m: TriggerMatch) -> bool:
    """(helper CO) "Reuters melaporkan, keputusan itu memberikan Rusia keuntungan", "New York Times menyebut, akuisisi
    itu memberikan China kendali": a clause opened after a comma by a definite noun phrase of no actor (one or two
    plain words and "itu/tersebut") has that thing as its subject; the speaker before the comma is not its agent."""
    if m.voice != "active":
        return False
    k = m.start - 1
    while view.is_word(k, "aux"):
        k -= 1
    if not view.has(k, "definite"):
        return False
    j = k - 1
    while j >= k - 2 and view.is_common_noun(j) and view.actor_at(j) is None:
        j -= 1
    return j < k - 1 and j >= 0 and view.low[j] == ","


def _weapon_origin(view: SentenceView, lo: int, m: TriggerMatch) -> ActorSlot | None:
    """"Roket yang ditembakkan dari Gaza menghantam ...", "Rockets fired from southern Lebanon struck ...": a weapon
    that opens the clause with no actor before it, sent from a state's land (a source preposition at most two words
    before the state, the only actor before the trigger, or inside a pattern headed by the weapon), is that state's
    act."""
    hi = m.end - 1 if view.is_word(m.start, "weapon_noun") else m.start  # a pattern headed by it holds the origin
    w = next((k for k in range(lo, hi) if view.is_word(k, "weapon_noun")), None)
    if w is None:
        return None
    before = [s for s in view.actors if lo <= s.start < hi]
    if len(before) != 1 or before[0].start < w or ActorCode(before[0].code).is_sector:
        return None
    slot = before[0]
    if slot.mention.kind not in ("country", "capital", "place") \
            or not view.any_kind("prep_source", max(w + 1, slot.start - 3), slot.start):
        return None
    return slot


def _after_object(view: SentenceView, subjects: list[ActorSlot]) -> list[ActorSlot]:
    """"Rusia menyerang Ukraina dan Georgia segera mengecam ...": a list running back into the object of a verb
    begins after that object."""
    ordered = sorted(subjects, key=lambda s: s.start)
    cut = [i for i, s in enumerate(ordered[:-1])
           if any(b == s.start and a not in view.noun_trigger_starts for a, b in view.trigger_spans)]
    return [s for s in subjects if s in ordered[cut[-1] + 1:]] if cut else subjects


def _objects(view: SentenceView, start: int, frame: str, allow_place: bool, head: int | None = None,
             content_target: bool = False, closed: bool = False, shared: bool = False) -> list[ActorSlot]:
    """First actor right of the trigger (``start`` = its end) in the clause; with ``head``, an actor that
    begins inside a multi-word trigger and runs past it ("mengusir pasukan Ukraina") counts too; with ``closed``,
    none after a word that only opens a content clause ("bahwa": what is denied, not the one it is aimed at); with
    ``shared``, a verb coordinated with the next (_shared_object) takes its object."""
    hi = right_bound(view, start)
    if hi < view.n and view.low[hi] == "," and hi - 1 >= start and view.is_word(hi - 1, "counterpart") \
            and view.actor_at(hi + 1) is not None:
        # (helper CY) the counterpart named in an apposition set off by a comma: "bertemu mitranya, Presiden Filipina
        # Ferdinand Marcos Jr., di Istana Bogor"
        hi = right_bound(view, hi + 1)
    if frame == "theme" and hi < view.n and view.low[hi] == ",":
        hi = right_bound(view, _enumeration_end(view, hi))  # "sent weapons, ammunition and tanks to Ukraine"
    if frame == "theme" and hi < view.n and view.has(hi, "relative"):
        hi = _past_relative(view, hi)  # "menyerahkan wilayah yang direbutnya kepada Ukraina"
    if head is not None:
        # the author of what a pattern's gap names, behind "by"/"oleh", before any party it was done to (part AT):
        # "said the arrest of two British journalists by Iranian police was unjustified", "mengatakan penahanan
        # nelayan Indonesia oleh Malaysia tidak dapat dibenarkan"
        author = next((slot for slot in view.actors if head < slot.start < start
                       and "prep_agent" in view.prep_before(slot) and view.prep_index(slot.start) > head), None)
        if author is not None:
            return _list_before_verb(view, view.compound(author, +1))
    skipped: set[int] = set()
    for slot in view.actors:
        inside = head is not None and head < slot.start < start
        if (slot.start < start and not inside) or slot.start >= hi or (frame == "labelled" and not inside):
            continue  # (a labelled one stands inside the pattern: "said Israel violated [UN resolutions]")
        if closed and any(view.is_word(k, "content_opener") for k in range(start, slot.start)):
            return []
        if not content_target and frame != "theme" and not (shared and _shared_object(view, start)) \
                and any(start <= k < min(slot.start, start + 2) and not view.is_word(k - 1, "accord_noun")
                        and not view.is_word(k, "accord_noun") for k in view.trigger_starts):
            # "menolak seruan sanksi terhadap Iran": the actor belongs to the inner event (but not a tie that only names
            # what an accord is about, part AW: "menandatangani perjanjian kerja sama pertahanan dengan Australia"; nor
            # the parties of an accord, helper BJ: "mendukung perjanjian damai antara Armenia dan Azerbaijan" endorses
            # them, as the dev gold codes an accord backed)
            return []
        kinds = view.prep_before(slot)
        if inside and "prep_agent" in kinds:
            # "called the sanctions imposed by Washington a crime", "said the remarks by X were reckless": the
            # author of what a pattern's gap names is the one it is aimed at
            return _list_before_verb(view, view.compound(slot, +1))
        own = view.prep_index(slot.start) < start  # "by" as the trigger's own last word: "stood by Armenia"
        if content_target and "prep_source" in kinds and any(
                event_types().has(t, "answered") and start <= e <= view.prep_index(slot.start) <= e + 1
                for e, t in view.trigger_ends):
            # the author of an attack a threat answers, behind "dari/from" (part AM): "bersumpah akan membalas serangan
            # roket dari Gaza", "vowed to retaliate for the rocket attacks from Gaza"
            return view.compound(slot, +1)
        if "prep_source" in kinds or ("prep_agent" in kinds and not own) or _behind_topic(view, slot.start, start):
            skipped.update(id(s) for s in view.compound(slot, +1))  # "mediated by Qatar and Egypt"
            continue
        if id(slot) in skipped:
            continue
        if "prep_place" in kinds and not allow_place and "prep_target" not in kinds and not _own_preposition(view, slot, start):
            continue  # ("fired missiles at Israel": a word for both place and target)
        if frame == "theme" and not slot.country and not (kinds & {"prep_target"}):
            continue  # "mengirim pasukan ke Rusia": the troops are the theme, not the target
        listed = view.compound(slot, +1)
        if new_clause_speaker(view, slot, listed):
            return []  # "melarang impor unggas dan Financial Times melaporkan ...": a new clause's speaker
        # (part AD) the parties a demand or threat names before its content all do the content: "mendesak Amerika
        # Serikat dan Inggris menghentikan pasokan senjata ke Israel" urges both
        return listed if content_target else _list_before_verb(view, listed)
    return []


def _past_relative(view: SentenceView, k: int) -> int:
    """(helper BQ) Past a relative clause that qualifies the thing handed over, up to the preposition of a recipient
    ("menyerahkan wilayah yang direbutnya kepada Ukraina", "mengirim senjata yang dijanjikannya ke Ukraina"): the
    clause's end behind that preposition when the relative clause names no actor and no punctuation comes first;
    else ``k`` (the relative word ends the object)."""
    for j in range(k + 1, min(view.n, k + 8)):
        if view.low[j] in CLAUSE_PUNCT or view.low[j] == "," or view.actor_at(j) is not None:
            return k
        if view.has(j, "prep_target"):
            return right_bound(view, j + 1)
    return k


def _enumeration_end(view: SentenceView, k: int) -> int:
    """(lead, session 18) Past a list of things given, from its comma at ``k``: lower-case words (nouns of
    acts too: "relief supplies", "visa bans"; things named as bare sectors: "kendaraan lapis baja") and commas up to a
    conjunction, then such words up to the preposition of a recipient ("sent weapons, ammunition and armoured vehicles
    to Ukraine", "mengirimkan senjata, amunisi dan kendaraan lapis baja ke Ukraina"): the index of that preposition;
    else ``k`` (the comma ends the clause)."""
    j, conj = k, False
    while j < min(view.n, k + 12) and not view.has(j, "prep_target"):
        slot = view.actor_at(j)
        if view.has(j, "conj"):
            conj = True
        elif not (view.low[j] == "," or view.is_plain_word(j) and (slot is None or not slot.country)
                  and _CLAUSE_ENDS.isdisjoint(view.kinds(j))):
            return k
        j += 1
    return j if conj and view.has(j, "prep_target") else k


def _shared_object(view: SentenceView, start: int) -> bool:
    """(helper BD) The trigger ending at ``start`` is a verb coordinated with the verb right after it, with no object
    of its own: the two share the object after the second ("menangkap dan menahan tiga warga Australia", "arrested and
    charged two Palestinian men"), not an act the object names ("menolak seruan sanksi terhadap Iran"); read for a
    verb of the frames agent and direct in the active voice only (not "agreed and urged the US to ...": a mutual
    act)."""
    return view.has(start, "conj") and start + 1 in view.trigger_starts and start + 1 not in view.noun_trigger_starts


def new_clause_speaker(view: SentenceView, slot: ActorSlot, listed: list[ActorSlot] | None = None) -> bool:
    """The actor opens a new clause as its speaker: right after a conjunction and right before a verb of saying
    ("melarang impor unggas dan Financial Times melaporkan, bahwa ...", "banned imports and Reuters reported");
    ``listed``: the actors joined to it, when the caller has them."""
    listed = listed if listed is not None else view.compound(slot, +1)
    return view.has(slot.start - 1, "conj") and bool(view.kinds(listed[-1].end) & {"say_before", "say_after"})


def _list_before_verb(view: SentenceView, objects: list[ActorSlot]) -> list[ActorSlot]:
    """"mengakui pemberontak dan perdana menteri Thailand serta Malaysia secara terbuka mendukung ...": a list
    of objects that runs into a verb ends at its first conjunction; the parties after it are that verb's subject;
    not a verb two parties do together, which the whole list does ("mendesak Israel dan Hamas menyepakati gencatan
    senjata": both are urged; part AD)."""
    k = objects[-1].end if len(objects) > 1 else view.n
    skipped = 0
    while k < view.n and k not in view.trigger_starts and skipped < 2 and view.actor_at(k) is None \
            and view.low[k][:1].isalpha() and not view.kinds(k) - {"negation", "plan"}:
        k, skipped = k + 1, skipped + int(not view.is_word(k, "aux"))
    return objects[:1] if k < view.n and k in view.trigger_starts and k not in view.noun_trigger_starts \
        and k not in view.mutual_verb_starts else objects


def _noun_head(view: SentenceView, m: TriggerMatch) -> bool:
    """The trigger's first word is a noun or a plain word, not a verb form ("drone ~ menghantam")."""
    head = dict(m.entry.voices[0]).get(view.low[m.start], "lit") if m.entry.voices else "lit"
    return head in ("noun", "lit") and len(m.entry.pattern) > 1


def _own_preposition(view: SentenceView, slot: ActorSlot, end: int) -> bool:
    """The preposition before an actor ends the trigger itself ("latihan militer di sekitar Taiwan", a pattern
    ending in "di sekitar"): it introduces the trigger's object, not a place beside the act."""
    return 0 <= view.prep_index(slot.start) < end


_PREPS = frozenset({"prep_target", "prep_agent", "prep_source", "prep_place", "prep_topic", "prep_patient"})


def _genitive_patient(view: SentenceView, m: TriggerMatch, slot: ActorSlot) -> bool:
    """People right after a noun of force or coercion are its patients, not its agents: "penangkapan aktivis",
    "pembunuhan warga sipil", "the killing of civilians" (but "serangan Israel", "Russian shelling"); so is any
    actor there when the agent follows it behind "oleh"/"by"."""
    if not event_types().has(m.entry.type, "patient_genitive") or slot.start < m.end or view.prep_before(slot):
        return False
    if any(view.is_word(k, "passive_light") for k in range(m.end, slot.start)):
        return False  # "penangkapan ... dilakukan jajaran Polres": the agent of a passive light verb
    if ActorCode(slot.code).of_class("people"):
        return True
    if view.has(slot.end, "prep_agent") and view.actor_at(slot.end + 1) is not None:
        return True  # "penangkapan 15 personel Angkatan Laut Inggris oleh Iran": an agent named behind "oleh"/"by"
    # a person named, or anyone right after a word of arrest: "penangkapan 15 personel Angkatan Laut Inggris"
    return event_types().has(m.entry.type, "named_patient") and (slot.mention.kind in ("leader", "name") or view.is_word(m.start, "arrest_act"))


def _patient_after(view: SentenceView, m: TriggerMatch) -> ActorSlot | None:
    """"the invasion of Ukraine", "the banning of opposition rallies": the actor behind a patient marker right
    after a noun of an act done to someone (over a determiner)."""
    if m.entry.frame == "intrans" or not view.has(m.end, "prep_patient"):
        return None
    slot = view.actor_after(m.end + 1)
    if slot is None or (view.is_common_noun(slot.end) and slot.end not in view.trigger_starts):
        return None  # "the invasion of a US spy drone": a state name qualifying a thing, not the one invaded
    return slot


def _behind_topic(view: SentenceView, k: int, lo: int) -> bool:
    """"mengenai krisis pengungsi Irak", "about Syrian refugees": what the act is about, not a party."""
    return view.any_kind("prep_topic", max(lo, k - 3), k)


def _after_complementizer(view: SentenceView, m: TriggerMatch, start: int) -> list[ActorSlot]:
    """"menuduh bahwa Beijing ...": the accused is the complement's subject; "warned that there would be no
    money for Yemen": the one warned about is the complement's first actor (within the type's complement_reach
    words, for a type with the fact complement)."""
    types = event_types()
    if types.has(m.entry.type, "complement") and view.has(start, "complementizer"):
        reach = types.complement_reach.get(m.entry.type, 1)
        for k in range(start + 1, min(view.n, start + 1 + reach)):
            slot = view.actor_at(k)
            if slot is not None:
                return [slot]
    return []


def _after_prep(view: SentenceView, start: int, kind: str) -> list[ActorSlot]:
    """The first actor behind a preposition of ``kind`` — also with one common noun between them
    ("terhadap kamp pengungsi", "against the camp's refugees"), or two (part AD: "dari negara-negara anggota ASEAN")."""
    hi = right_bound(view, start)
    for slot in view.actors:
        if not start <= slot.start < hi:
            continue
        k = slot.start - 1
        if kind in view.prep_before(slot) or (
            k > start and view.is_common_noun(k) and kind in view.prep_before_token(k)
        ) or (k - 1 >= start and view.is_common_noun(k) and view.is_plain_word(k - 1)
              and kind in view.prep_before_token(k - 1)) or (kind == "prep_agent" and k - 1 > start and view.has(k, "prep_patient") and view.is_common_noun(k - 1)
              and kind in view.prep_before_token(k - 1)) \
                or _described(view, start, slot.start, kind):
            # ("stabbed by a group of men", "by a gang of youths": the clause before _described; "dari politikus Partai
            # Demokrat Marzuki Alie": _described)
            return view.compound(slot, +1)
    return []


def _described(view: SentenceView, start: int, at: int, kind: str) -> bool:
    """(helper DW) A person named behind a preposition of ``kind`` after a word for their role and the name of a body
    of no code: "mendapat kritikan dari politikus Partai Demokrat Marzuki Alie" (a common noun right behind the
    preposition, then at most three capitalised words, none a cue, before the actor at ``at``)."""
    names = 0
    k = at - 1
    while k > start and names < 3 and view.tokens[k].text[:1].isupper() and view.low[k].isalpha() \
            and not view.kinds(k) and view.actor_at(k) is None:
        names += 1
        k -= 1
    return names > 0 and k > start and view.is_common_noun(k) and kind in view.prep_before_token(k)


def handed_to(view: SentenceView, m: TriggerMatch) -> ActorSlot | None:
    """"menolak menyerahkan wilayah Ukraina kepada Rusia", "refused to cede territory to Russia": the one a refused
    handing-over (word class handover_verb, right after the refusal or its "untuk/to") would go to, behind
    "kepada/ke/to" in the same clause."""
    k = m.end + view.has(m.end, "purpose")
    to = _after_prep(view, k + 1, "prep_target") if view.is_word(k, "handover_verb") else []
    return to[0] if to else None


def _goods_origin(view: SentenceView, slot: ActorSlot) -> bool:
    """A state named after a word of origin behind goods ("produk ponsel asal China", "mobil buatan Jepang"): where
    they come from, not an agent."""
    k = slot.start - 1
    return view.is_word(k, "origin") and any(view.is_word(j, "trade_noun") for j in range(max(0, k - 3), k))


def _made_in(view: SentenceView, slot: ActorSlot) -> bool:
    """(helper DS) A state joined by a hyphen to a word of origin in one token ("US-made", "Russian-built", word class
    origin): where the weapon or goods after it were made, not an agent."""
    parts = view.low[slot.end - 1].split("-")
    return len(parts) > 1 and parts[-1] in view.word_classes["origin"]


def goods_of(view: SentenceView, start: int, slot: ActorSlot) -> bool:
    """"pajak kepada barang ekspor kunci Tiongkok", "larangan impor daging sapi Australia": a state right after goods
    named from ``start`` on is where the goods come from, not an agent (a bare "ekspor" may be the state's own:
    "larangan ekspor nikel Indonesia")."""
    trade = [k for k in range(start, slot.start) if view.is_word(k, "trade_noun")]
    return bool(slot.country) and any(not view.is_word(k, "export_noun") for k in trade)


def _including_from(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """One of several authors named after a noun of reaction: "drew criticism (online), including from Ari
    Fleischer", "menuai kecaman, termasuk dari Partai Republik"."""
    sourced = False
    for k in range(m.end, min(view.n - 1, m.end + 6)):
        if view.is_word(k, "including") and view.has(k + 1, "prep_source") and view.actor_at(k + 2) is not None:
            return view.compound(view.actor_at(k + 2), +1)
        if sourced and view.is_word(k, "including") and view.actor_at(k + 1) is not None:
            # (helper AY) "menuai kecaman dari berbagai negara, termasuk Indonesia", "drew criticism from several
            # governments, including Japan's"
            return view.compound(view.actor_at(k + 1), +1)
        if view.actor_at(k) is not None or k in view.trigger_starts or (k >= m.end + 3 and not sourced):
            break
        sourced = sourced or view.has(k, "prep_source")
    return []


def _including_with(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """One of several sides of talks named after them: "mengadakan sejumlah pertemuan, di antaranya dengan Presiden
    Bank Dunia", "hold a number of meetings, including with the President of the World Bank"."""
    for k in range(m.end, min(view.n - 1, m.end + 3)):
        if view.is_word(k, "including"):
            return _objects(view, k + 1, "agent", False)
        if not (view.low[k] == "," or view.has(k, "prep_place")):
            break
    return []


def _charging(view: SentenceView, k: int) -> bool:
    """(helper AV) A one-word trigger at ``k`` that charges the act before it (event_types.tsv fact ``charges``), a
    passive word of suspicion right before a passive light verb and that act's agent: "Serangan terhadap pos militer
    itu dituding dilakukan oleh Taliban Pakistan"."""
    ends = [e for s, e in view.trigger_spans if s == k]
    return len(ends) == 1 and ends[0] == k + 1 and all(
        event_types().has(t, "charges") for e, t in view.trigger_ends if e == ends[0]) \
        and view.is_word(k + 1, "passive_light")  # (not "The blockade was condemned by Turkey": Turkey condemned)


def _noun_agent(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    origin = _weapon_origin(view, m.start, m) if m.end - m.start > 2 else None  # "Rockets fired from Gaza hit"
    if origin is not None:
        return [origin]
    # genitive after the noun: "kunjungan (kontroversial) Presiden Erdogan", "serangan Israel"
    for slot in view.actors:
        # "serangan drone Rusia", "serangan rudal Rusia": a weapon right before the agent is no preposition
        armed = view.is_word(slot.start - 1, "weapon_noun") and all(view.is_word(k, "weapon_noun") for k in range(m.end, slot.start))
        # (an adverb of the class aux adds to the window: "serangan udara yang kembali dilancarkan Israel")
        aux = sum(1 for k in range(m.end, min(slot.start, m.end + NOUN_WINDOW + 2)) if view.is_word(k, "aux"))
        # (the noun's own word classes are no preposition: "Kritik China terhadap Filipina", "kritik" an abstract object;
        # so are those of a word of force qualifying it, "Operasi militer Israel"; but a thing named last in a longer
        # pattern has its own author: "tidak setuju dengan rencana Singapura", "sejalan dengan pandangan Selandia Baru")
        own = view.prep_index(slot.start) == m.end - 1 and not view.prep_before(slot) & _PREPS \
            and (m.end - m.start == 1 or view.has(m.end - 1, "force"))
        if m.end <= slot.start <= m.end + NOUN_WINDOW - 1 + aux and (armed or own or not view.prep_before(slot)):
            if _instrument(view, m, slot):
                break
            gap = range(m.end, slot.start)
            # "sanctions on six Iranian officials": a preposition before a number is no genitive
            # ... and no other act between: "a roadside bomb killed four police officers"
            # ... nor a clause opened between: "penyelidikan apakah kampanye Trump ..." (whether)
            if all(view.low[k][:1].isalnum() and not view.kinds(k) & (_PREPS | {"hypothetical", "complementizer"})
                   and (k not in view.trigger_starts or view.is_word(k, "weapon_noun")) for k in gap) \
                    and not goods_of(view, m.start, slot):
                return [slot]
            break
    # agent through "dari"/"from": "kecaman dari Korea Selatan", "condemnation from Japan"
    k = next((k for k in (m.end, m.end + 1) if view.has(k, "prep_source")), None)
    if k is not None and (slot := view.actor_after(k + 1)) is not None:  # "condemnation from the United States"
        return view.compound(slot, +1)
    including = _including_from(view, m)
    if including:
        return including
    # agent through "oleh"/"by" a little further: "unjuk rasa di jalanan ... oleh warga Rusia"; (helper AV) over a
    # passive's auxiliary and participle: "The attack on a Pakistani army checkpoint was carried out by the Taliban"
    for k in range(m.end, min(view.n, m.end + AGENT_WINDOW)):
        if view.is_punct(k) or view.low[k] == "," or k in view.trigger_starts and not _charging(view, k) \
                or view.is_word(k, "incident_noun"):
            break  # "a truce mediated by Qatar", "an investigation into killings by police": the agent of another act
        if view.has(k, "prep_agent"):
            # (over a determiner, part AM: "sanctions against Iran were announced by the European Union")
            # ... but not a state qualifying another act: "provoked by the US assault on Fallujah")
            agent = view.actor_after_determiner(k + 1)
            if agent is not None and not (agent.start == k + 2 and agent.end in view.trigger_starts
                                          or _reporter(view, agent)):
                return view.compound(agent, +1)
        if k > m.end and view.is_word(k, "passive_light"):
            # "Penangkapan terhadap tiga tersangka dilakukan (jajaran) Polres Jakarta Utara": the agent right after
            # a passive light verb whose subject is the act (over one plain noun)
            agent = view.actor_at(k + 1) or (view.actor_at(k + 2) if view.is_common_noun(k + 1) else None)
            if agent is not None:
                return view.compound(agent, +1)
    # possessor or adjective before the noun: "Erdogan's (controversial) visit", "Russian attack", "a Russian drone
    # attack" (over weapon nouns)
    for slot in reversed(view.actors):
        # (helper DS: over a weapon's qualifier or craft too, "an Israeli air strike on", "a Russian naval blockade")
        gap = [view.low[k] for k in range(slot.end, m.start) if not (
            view.is_word(k, "weapon_noun") or view.is_word(k, "weapon_qualifier") or view.is_word(k, "craft"))]
        if slot.end <= m.start and (not gap or (view.is_word(slot.end, "possessive") and len(gap) <= 2)):
            joined = all(view.low[k][:1].isalnum() or view.is_word(k, "possessive") for k in range(slot.end, m.start))
            # (a preposition before "a Taliban attack", "North Korean missile launches" governs the whole noun
            # phrase, not the modifier)
            # ... but a possessor stays the agent behind one ("in PM Abe's working visit to Jakarta")
            if joined and (view.has(slot.start - 1, "determiner") or not gap or view.is_word(slot.end, "possessive")
                           or not view.prep_before(slot) & {"prep_place", "prep_source", "prep_target"}):
                return [slot]
            break
    return []


def _instrument(view: SentenceView, m: TriggerMatch, slot: ActorSlot) -> bool:
    """"Houthi melancarkan serangan pesawat nirawak terhadap ...", "Israel melancarkan serangan pesawat tempur ke
    Gaza": a craft of no state right behind a noun that a light verb's subject carries out is its means, not its
    agent (the subject is; not people: "melakukan serangan teroris")."""
    return slot.start == m.end and view.is_word(slot.start, "craft") and not slot.country \
        and _after_light_verb(view, m) and not undergone(view, m) and bool(subject_of(view, m))


def between(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """The parties "antara X dan Y", "between X and Y" a little after a trigger (two or more, else none); further
    on across words that name no actor, act or clause ("pertemuan sebelumnya pada hari yang sama di Yerusalem
    antara ..."); the second party also behind a word of the class `between_with` ("antara X dengan Y")."""
    clean = True
    # (helper BJ) a pattern that ends in "antara/between" names its parties right behind it ("the deal between X and Y")
    first = m.end - 1 if m.end - m.start > 1 and view.has(m.end - 1, "prep_between") else m.end
    for k in range(first, min(view.n, m.end + 10)):
        if view.has(k, "prep_between") and (k < m.end + 6 or clean):
            for slot in view.actors:
                if slot.start > k and slot.start <= k + 4:
                    group = view.compound(slot, +1)
                    if len(group) == 1:
                        with_ = next((j for j in range(slot.end, min(view.n, slot.end + 3))
                                      if view.is_word(j, "between_with")), None)
                        other = view.actor_after(with_ + 1) if with_ is not None else None
                        group += _listed(view, other)
                    return group if len(group) > 1 else []
        clean = clean and not (view.low[k] == "," or (view.actor_at(k) is not None and not view.has(k - 1, "prep_place"))
                               or (k > m.start and k in view.trigger_starts))  # (a capital behind "di" is a place)
    return []


def _noun_addressee(view: SentenceView, k: int, type_: str) -> list[ActorSlot]:
    """The target of a noun of a saying after its genitive agent at ``k``: the author of the plan or call it is
    aimed at ("penolakan Kamboja terhadap usulan Thailand"), or the one asked to act ("permintaan Ukraina agar Korea
    Selatan mengirim senjata")."""
    types = event_types()
    if k + 1 >= view.n:
        return []
    if types.has(type_, "at_author") and view.has(k, "prep_target") and (
            view.is_word(k + 1, "plan_noun") or view.has(k + 1, "event_noun")):
        return _listed(view, view.actor_at(k + 2)) or author_of(view, k + 1)  # its genitive, else its author
    if types.has(type_, "holds_content") and types.has(type_, "speech_act") and view.has(k, "purpose") \
            and view.actor_at(k + 1) is not None:
        return view.compound(view.actor_at(k + 1), +1)
    return []


def _behest_of(view: SentenceView, m: TriggerMatch, after: int) -> list[ActorSlot]:
    """"Atas permintaan Kenya, Dewan Keamanan PBB menggelar sidang": a request named as the reason of the clause's
    act (behind a word of the class `behest`; its agent ends at ``after``) was made to the clause's subject, fronted
    or not."""
    k = view.prep_index(m.start)
    if not event_types().has(m.entry.type, "behest") or not view.is_word(k, "behest"):
        return []
    if after < view.n and view.low[after] == "," and (k == 0 or view.is_punct(k - 1) or view.low[k - 1] == ","):
        return _listed(view, view.actor_after(after + 1))  # fronted: the subject of the clause after it
    return [s for s in subject_of(view, m) if s.end <= k]


def _pairs(m: TriggerMatch, sources: list[ActorSlot], targets: list[ActorSlot]) -> list[tuple[ActorSlot, ActorSlot | None]]:
    """Every source with every target of another code, or of the same code when they are two parties of the act
    (two_parties)."""
    if not targets:
        return [(s, None) for s in sources]
    return [(s, t) for s in sources for t in targets if t.code != s.code or two_parties(m, s, t)]


def met_organs(view: SentenceView, m: TriggerMatch, a: ActorSlot, b: ActorSlot) -> bool:
    """(helper BA) Two differently named organs of one state, neither a bare office nor the state's name, as the
    parties of an act whose type has the fact `met_organs`, told after a word that opens a clause of time ("kata Menko
    Perekonomian Boediono usai rapat terbatas dengan Presiden Susilo Bambang Yudhoyono", "said after a meeting with";
    not "Trump meeting with Rosenstein may be delayed"); kept only where the act took place (conventions.py
    _self_target). An office with no state of its own is of the other's state only when the other is a person the
    actor knowledge knows ("Menteri Pertanian Amran Sulaiman ... dengan Menteri Keuangan Sri Mulyani"), not an office
    named with its state ("Menteri Perdagangan Budi Santoso ... dengan Menteri Perdagangan Malaysia": a foreign one)."""
    return event_types().has(m.entry.type, "met_organs") \
        and all(x.country or y.mention.kind == "leader" for x, y in ((a, b), (b, a))) \
        and not {a.mention.kind, b.mention.kind} & {"country", "sector"} and two_organs(a, b) \
        and view.any_kind("subordinator", max(0, m.start - 3), m.start)


def two_parties(m: TriggerMatch, a: ActorSlot, b: ActorSlot, type_: str = "") -> bool:
    """Two actors of one code who are two parties of this act (of type ``type_``, the trigger's by default): two
    organs of one state named apart where the act's type or frame allows it (organs_are_parties; with the fact
    `named_organs`, when they are not two bare sector nouns), a state's police, forces or courts and their own
    members in a type with the fact `own_ranks` ("Propam menahan dua anggota Polres"), or two groups of
    civilians named apart in a type with the fact `between_people` ("Massa menghajar seorang pencuri")."""
    type_ = type_ or m.entry.type
    if two_people(a, b):
        return True
    if type_ == m.entry.type and two_organs(a, b) and (organs_are_parties(m) or (
            event_types().has(type_, "named_organs") and not (unnamed_office(a) and unnamed_office(b)))):
        return True
    if type_ == m.entry.type and event_types().has(type_, "own_ranks") and ActorCode(a.code).of_class("ranks") \
            and two_organs(a, b) and not (unnamed_office(a) and unnamed_office(b)):
        return True  # (part AH) "Propam menahan dua anggota Polres", "Kodam menahan empat prajurit"
    return event_types().has(type_, "between_people") and a.start != b.start and ActorCode(a.code).last_sector == "CVL"


def two_people(a: ActorSlot, b: ActorSlot) -> bool:
    """Two different persons named by the actor knowledge, one of them out of office (a bare state code), are two
    parties ("Giuliani accused Clinton": USA twice); two office-holders of one sector stay as two_organs decides."""
    x, y = a.mention, b.mention
    return x.kind == y.kind == "leader" and x.name != y.name and "" in (ActorCode(a.code).rest, ActorCode(b.code).rest)


def bare_noun(a: ActorSlot) -> bool:
    """A sector noun or a title naming no one ("the foreign ministry", "pemerintah", "duta besar Swiss"), not a person
    nor a body known by name."""
    return a.mention.kind in ("sector", "title") and not a.mention.known_organisation()


def unnamed_office(a: ActorSlot) -> bool:
    """A bare noun (bare_noun) that is not the title of one town's or province's office: "Wali Kota Surabaya" and
    "Gubernur Jawa Barat" are two office-holders ("Wali Kota Surabaya mengkritik Gubernur Jawa Barat"), while two
    titles of a state ("Menteri", "duta besar Swiss") may name one body twice."""
    return bare_noun(a) and not a.mention.local_office


def organs_are_parties(m: TriggerMatch) -> bool:
    """Whether two organs of one state may be the two parties of this act (knowledge/event_types.tsv facts
    between_organs, mutual_organs)."""
    types = event_types()
    return types.has(m.entry.type, "between_organs") or (
        m.entry.frame == "mutual" and types.has(m.entry.type, "mutual_organs"))


def two_organs(a: ActorSlot, b: ActorSlot) -> bool:
    """Two differently named organs of one state sector ("Menteri Keuangan" and "Presiden Joko Widodo": IDNGOV
    twice), or two bodies of one list of a state's organs ("KPU dan Bawaslu"): two parties of an act whose type
    has the fact `between_organs` (knowledge/event_types.tsv)."""
    code, (x, y) = ActorCode(a.code), (a.mention, b.mention)
    listed = x.kind == y.kind == "sector"  # named by a row of several bodies, or by sector nouns
    # (part V) two parties of one state, bare state codes named apart, are two organs ("Republicans accused Democrats")
    parties = not code.is_org and all(z.known_organisation() for z in (x, y))
    return bool(code.sectors or code.is_sector or parties) and (listed or x.name.lower() != y.name.lower()) \
        and x.text.lower() != y.text.lower() and "pronoun" not in (x.kind, y.kind)


@cache
def _pattern_words(pattern: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The words of a trigger pattern's alternatives ("_" joins the words of one), once per pattern."""
    return frozenset(w for alts in pattern for a in alts for w in a.replace("_", " ").split())


def find_roles(view: SentenceView, m: TriggerMatch) -> Roles:
    """Source/target pairs for a trigger; bare sector nouns inside the trigger ("latihan militer") are no party,
    unless they stand in a gap of a verb's pattern ("memukuli sejumlah tahanan hingga tewas": the ones beaten; but
    "a possible military strike") or own what the act is about ("met protesters' demands"); nor are those
    qualifying a word of another trigger ("threatened to cut off military aid"; not "to dissolve the opposition
    party", nor unnamed people whose act the other trigger names: "menolak tuntutan para demonstran agar ...")."""
    words = _pattern_words(m.entry.pattern)
    verb = m.voice in ("active", "passive", "past")
    inner = [s for s in view.actors if not s.country and (
        (m.start <= s.start < m.end and s.start != m.start and (view.low[s.start] in words or not verb)
         and not view.is_word(s.end, "possessive"))
        or (not ActorCode(s.code).of_class("people")
            and any(a <= s.start and s.end < b for a, b in view.trigger_spans if (a, b) != (m.start, m.end))))
        # (helper CX) nor is the owner pronoun inside the pattern ("expressed his disappointment at"): its speaker;
        # but in a pattern whose gap holds the party acted on (frame labelled) it is that party: "reported its
        # findings to the UN" reports no one
        or (m.start < s.start and s.end < m.end and s.end - s.start == 1 and m.entry.frame != "labelled"
            and view.is_word(s.start, "owner_pronoun"))]
    if inner:
        view = view.without(inner)
    return _find_roles(view, m)


def _verdict(view: SentenceView, m: TriggerMatch) -> Roles:
    """Frame verdict (part AN), a label a speaker named apart from it passes on a party ("'Trump's decision is a
    betrayal,' Pelosi said", "Pelosi said the decision by Trump to pull troops out of Syria was reckless"): the
    speaker of the clause is the source, the first party named in the clause before the verdict the target, not one
    behind a word of the class not_judged (a partner or a place of the thing judged: "the agreement with Mexico was a
    mistake"); no speaker, no event (the reporter's own words)."""
    from warta.pipeline.attribution import find_attribution  # (attribution reads roles: imported on use)

    attr = find_attribution(view, m)
    if attr is None or attr.speaker is None:
        return Roles(())
    speaker = attr.speaker
    start = attr.cue + 1 if attr.cue < m.start else 0
    for k in range(m.start - 1, start - 1, -1):
        if view.low[k] in ('"', "“", "‘", ";", ":") or view.has(k, "complementizer"):
            start = k + 1  # the quoted clause, or the one after "that" (helper DI: "told CNN that Mr Sharon was
            break  # trying to torpedo ...": not the one told)
    named = [a for a in view.actors if start <= a.start < m.start and a.code and a.code != speaker.code
             and not (speaker.start <= a.start < speaker.end)
             and not (a.start > 0 and view.is_word(a.start - 1, "not_judged"))]
    # the author of the act judged, behind "by"/"oleh", is the one judged, not the people it was done to (part AT:
    # "penangkapan 15 personel Angkatan Laut Inggris oleh Iran tidak bisa dibenarkan", "the arrest of British sailors
    # by Iran was unjustified")
    party = next((a for a in named if a.start > 0 and view.has(a.start - 1, "prep_agent")), None) \
        or next(iter(named), None)
    if view.is_word(m.end - 1, "failing_noun"):
        # the owner of a failing named right after it is the one judged (part AZ: "kasus itu merupakan bukti
        # ketidakberpihakan pemerintah terhadap rakyat", not a place or a party of the case named before)
        owner = view.actor_at(m.end)
        party = owner if owner is not None and owner.code and owner.code != speaker.code else None
    return Roles(((speaker, party),) if party is not None else ())


def _find_roles(view: SentenceView, m: TriggerMatch) -> Roles:
    """The roles of the first reader of the table _READERS whose test the trigger passes (its frame or voice)."""
    roles = next(read(view, m) for test, read in _READERS if test(view, m))
    return _fought_with(view, m, roles) if m.entry.frame == "agent" and m.voice in ("active", "past") else roles


def _fought_with(view: SentenceView, m: TriggerMatch, roles: Roles) -> Roles:
    """(helper BZ) A fight with a party (a verb of a type with the fact clash, its other side behind "with/dengan",
    word class comitative_with) is mutual as a clash is: "Hamas militants fought gun battles with Palestinian security
    forces", each side acting on the other; not a craft or weapon it is done with ("menyerang Kharkiv dengan pesawat
    nirawak")."""
    if not event_types().has(m.entry.type, "clash"):
        return roles
    back = [(t, s) for s, t in roles.pairs if t is not None and (t, s) not in roles.pairs
            and view.is_word(t.start - 1 - view.has(t.start - 1, "determiner"), "comitative_with")
            and not any(view.is_word(k, "craft") or view.is_word(k, "weapon_noun") for k in range(t.start, t.end))]
    return Roles(roles.pairs + tuple(back), roles.event_object, roles.act_named) if back else roles


def _roles(m: TriggerMatch, sources: list[ActorSlot], targets: list[ActorSlot], event_object: bool = False) -> Roles:
    return Roles(tuple(_pairs(m, sources, targets)), event_object)


def _listed(view: SentenceView, slot: ActorSlot | None) -> list[ActorSlot]:
    """An actor and those listed with it after it ("Rusia, China dan Iran"); none for no actor."""
    return view.compound(slot, +1) if slot is not None else []


def _right_behind(view: SentenceView, k: int, kind: str) -> list[ActorSlot]:
    """The actor behind a preposition of ``kind`` that stands at token ``k`` itself ("kecaman dari Jepang")."""
    return _after_prep(view, k, kind) if view.has(k, kind) else []


@cache
def _case(frame: str, voice: str, role: str) -> str:
    """The case-marker kind of the first oblique knowledge/frames.tsv names for a frame row's ``role`` (source or
    target): ``obl:prep_source`` gives prep_source, the preposition the window readers look behind."""
    return next(spec.partition(":")[2] for spec in getattr(frames()[frame, voice], role) if spec.startswith("obl:prep_"))


def _each_other(m: TriggerMatch, parties: list[ActorSlot], organs: bool = True) -> Roles:
    """Every party of a mutual act with every other of another code (or, with ``organs``, two parties of one:
    two_parties)."""
    return Roles(tuple((a, b) for a in parties for b in parties
                       if a is not b and (a.code != b.code or organs and two_parties(m, a, b))))


def _in_backdrop(view: SentenceView, m: TriggerMatch) -> bool:
    return view.any_kind("backdrop", max(0, m.start - 2), m.start)


def _backdrop(view: SentenceView, m: TriggerMatch) -> Roles:
    """"di tengah protes berkepanjangan", "amid protests": a setting, nobody's act here; unless it names its parties
    ("menyusul pertemuan di Yerusalem antara Olmert dan Abbas": a meeting held)."""
    return _each_other(m, between(view, m) if m.entry.frame == "mutual" else [], organs=False)


def _mutual(view: SentenceView, m: TriggerMatch) -> Roles:
    """Frame mutual ("bertemu", "talks", "clashed"): the parties "antara X dan Y", else the subject or the noun's
    agent on one side and the object on the other, each acting on the other; one group of parties ("Turki dan Jerman
    bertemu"): every one with every other; one party alone has its other side still to find ("China agreed to
    resume imports from Japan")."""
    parties = between(view, m) or hyphen_pair(view, m)
    if not parties:
        left, right = _mutual_sides(view, m)
        if left and right:
            pairs = _pairs(m, left, right)
            pairs += [(a, b) for a in left for b in right if a.code == b.code and (a, b) not in pairs
                      and met_organs(view, m, a, b)]  # (helper BA) two organs of one state who met
            if event_types().cameo_has(m.entry.cameo, "one_way"):
                return Roles(tuple(pairs))  # ("Kim is willing to meet Trump": Kim's wish)
            return Roles(tuple(pairs + [(b, a) for a, b in pairs]))
        parties = left or right
    return _each_other(m, parties) if len(parties) != 1 else Roles(((parties[0], None),))


def hyphen_pair(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """(part AR) The parties of a noun of talks written as one hyphenated word right after or right before it:
    "pertemuan Trump-Kim", "KTT AS-Korea Utara", "the Trump-Kim summit", "the US-North Korea talks" (two actors of
    different codes that share the word); talks only, not a deal or a tie named as a thing ("penyelesaian
    kesepakatan perdagangan AS-China", "the US-China trade deal")."""
    if not is_noun(m, view) or not event_types().has(m.entry.type, "talks"):
        return []
    for k in (m.end, m.start - 1):
        if 0 <= k < view.n and "-" in view.tokens[k].text.strip("-"):
            group = [s for s in view.actors if s.start <= k < s.end]
            if len(group) > 1 and len({s.code for s in group}) > 1 and all(s.code for s in group):
                return group
    return []


def _purpose_act_between(view: SentenceView, lo: int, hi: int) -> bool:
    """(part AR) An act opened by a word of purpose between tokens lo and hi ("bertemu di Osaka untuk membahas program
    nuklir Korea Utara", "met in Tokyo to discuss Iran"): what stands behind it is that act's, not the other side."""
    return any(j in view.trigger_starts and view.has(j - 1, "purpose") for j in range(lo + 1, hi))


def _mutual_sides(view: SentenceView, m: TriggerMatch) -> tuple[list[ActorSlot], list[ActorSlot]]:
    """The two sides of a mutual act named apart: its subject or the noun's agent, and its object."""
    left = _noun_agent(view, m) if is_noun(m, view) else []
    if left and not any(s.country for s in left) and _after_light_verb(view, m) and subject_of(view, m):
        left = []  # "A dan B menjalin kerja sama pengembangan pesawat tempur": the thing worked on, not a party
    if is_noun(m, view) and undergone(view, m) and subject_of(view, m):
        left = subject_of(view, m)  # (helper AY) "Xi received a phone call from Macron": the one called is a side
    if not left and (not is_noun(m, view) or _after_light_verb(view, m)):
        left = subject_of(view, m)
    # "accepted an invitation from China": the other side behind "dari/from" right after the act
    right = _objects(view, m.end, "agent", _visit(m)) or _right_behind(view, m.end, "prep_source") \
        or _including_with(view, m)
    # an unnamed other side counts in a clash ("clashed with police", "bentrok dengan polisi"), not in talks ("met
    # officials") nor in a clash named as a thing ("a scheduling clash with the summit"), unless a light verb makes the
    # thing an act ("terlibat baku tembak dengan kelompok bersenjata")
    clash = event_types().has(m.entry.type, "clash") and (m.voice != "noun" or _after_light_verb(view, m)) \
        and not view.has(m.start - 1, "determiner")
    right = [r for r in right if r not in left and (r.country or not left or clash or _other_branch(view, m, left, r))
             and r.code  # a name of no code is no other side ("in the disputed Galwan Valley")
             and not view.is_word(view.prep_index(r.start), "mutual_topic")  # "sharing on North Korea"
             and not _purpose_act_between(view, m.end, r.start)]
    if not left and right and event_types().has(m.entry.type, "talks") and (view.has(right[0].start - 1, "prep_target") or (
            view.prep_index(right[0].start) == m.end and view.has(m.end, "prep_target") and right[0].country)):
        # "berjanji dalam pertemuan dengan Moon", "after a meeting with Perry": the subject met them (also a party of
        # a state past a determiner: "after talks with his Turkish counterpart"; not "para penculik")
        left = [s for s in subject_of(view, m) if s not in right]
    if left and not right and is_noun(m, view) and event_types().has(m.entry.type, "talks") \
            and view.has(m.end, "prep_source") and all(s.start > m.end for s in left):
        # (helper BA) a call or message had from someone ("received a phone call from the Emirati president",
        # "menerima telepon dari Presiden Prancis"): the clause's subject is the other side
        right = [s for s in subject_of(view, m) if s not in left]
    if not left and not right and event_types().has(m.entry.type, "talks") and is_noun(m, view) \
            and talks_setting(view, m) and view.trigger_starts - view.noun_trigger_starts - {m.start}:
        # (part AR) "Erdogan and Trump agreed in a phone call to ...": the subjects of the clause's act had it (not
        # with no act beside it: "Australia, Meksiko dan India juga dalam proses perundingan", each with others);
        # fronted ("In a phone call on Monday, Abe and Trump agreed"), those right after the comma that closes it
        left = subject_of(view, m) or _after_fronted(view, m)
    inside = _gap_side(view, m)
    if inside and all(s.start >= m.end for s in left + right):
        # (helper BF) "rapat kerja Komisi XI DPR dengan Menteri Keuangan", "rapat kerja Kementerian BUMN dengan
        # Komisi VI": the side named inside the gap of a meeting's pattern that ends in "dengan/with" is one party,
        # the one after it the other
        left, right = inside, right or left
    return left, right


def _gap_side(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """(helper BF) The actors of a code inside the gap of a noun of talks whose pattern ends in a word that brings the
    other side ("rapat kerja Komisi I DPR dengan"): none for a pattern with no such gap."""
    if not (is_noun(m, view) and m.end - m.start > 2 and view.has(m.end - 1, "prep_target")
            and event_types().has(m.entry.type, "talks")):
        return []
    return [s for s in view.actors if m.start < s.start and s.end <= m.end - 1 and s.code]


def _other_branch(view: SentenceView, m: TriggerMatch, left: list[ActorSlot], r: ActorSlot) -> bool:
    """(helper BA) An unnamed branch of the state behind "dengan/with", met by an organ of another branch named with
    its state ("Indonesia's finance minister held a working meeting with parliament's budget committee"): talks at
    home, as practice.home_dyad has them; not unnamed officials ("met officials"), nor a branch named in what is
    discussed ("DPR membahas rancangan undang-undang pemilihan kepala daerah")."""
    t = ActorCode(r.code)
    return event_types().has(m.entry.type, "home_talks") and t.is_sector and t.of_class("branch") \
        and view.has(view.prep_index(r.start), "prep_target") and any(
        a.country and ActorCode(a.code).of_class("branch") and ActorCode(a.code).last_sector != t.last_sector
        for a in left)


def _after_fronted(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """The actors listed right after the comma that closes a phrase of talks opening the sentence with the trigger
    ("In a phone call on Monday, Abe and Trump agreed"), no actor before that comma."""
    if not (m.start <= 3 and view.is_word(0, "talks_setting")):
        return []
    return _after_closing_comma(view, m, 6, lambda k: view.actor_at(k) is not None)


def _after_closing_comma(view: SentenceView, m: TriggerMatch, width: int, blocks: Callable[[int], bool]) -> list[ActorSlot]:
    """The actors listed right after the first comma within ``width`` tokens after the trigger (that closes the phrase
    it opens the sentence with); none past a clause's punctuation or a token that ``blocks`` before it."""
    for k in range(m.end, min(view.n, m.end + width)):
        if blocks(k) or view.is_punct(k):
            return []
        if view.low[k] == ",":
            # (helper DS: over a determiner, "During his visit to China, the Pakistani president said")
            return _listed(view, view.actor_after_determiner(k + 1))
    return []


def _word_behind(start: int, width: int, found: Callable[[int], bool], blocks: Callable[[int], bool]) -> bool:
    """Whether a token ``found`` stands among the ``width`` tokens before ``start``, walking left and stopping at
    the first token that ``blocks``."""
    for k in range(start - 1, max(-1, start - width - 1), -1):
        if found(k):
            return True
        if blocks(k):
            return False
    return False


def talks_setting(view: SentenceView, m: TriggerMatch) -> bool:
    """(part AR) A noun of talks behind a word of the class talks_setting, over a determiner or a plain word ("in a
    phone call", "dalam percakapan telepon", "during their talks")."""
    return _word_behind(m.start, 4, lambda k: view.is_word(k, "talks_setting"),
                        lambda k: view.actor_at(k) is not None or not view.low[k][:1].isalpha()
                        or bool(view.kinds(k) - {"determiner"}))


def _recv(view: SentenceView, m: TriggerMatch) -> Roles:
    """Frame recv: the subject receives from the giver behind "dari/from" ("received aid from Japan"), inside the
    pattern ("received American aid"), a genitive right after it ("menerima bantuan Jepang"), behind "of" right
    after it ("won the backing of American farmers") or behind "oleh/by" ("dihujani kritik oleh Partai Republik")."""
    sources = _after_prep(view, m.end, _case("recv", "active", "source")) \
        or [a for a in view.actors if m.start < a.start < m.end] \
        or [a for a in view.actors if a.start == m.end and not _behind_prep(view, a)] \
        or _right_behind(view, m.end, "prep_patient") or _after_prep(view, m.end, "prep_agent")
    if event_types().has(m.entry.type, "reaction") and _subject_thing(view, m.start) is not None:
        return _thing_received(view, m, m.start, sources, subject_of(view, m))  # ("Kebijakan itu menuai kritik dari")
    # (helper DO) a noun that opens its pattern with no subject before it names whom it is aimed at inside its gap,
    # behind "terhadap/against": "Kecaman terhadap Myanmar datang dari Indonesia"
    return _roles(m, sources, subject_of(view, m) or [
        a for a in view.actors if m.start < a.start < m.end and "prep_target" in view.prep_before(a)][:1])


def _is_passive(view: SentenceView, m: TriggerMatch) -> bool:
    """A passive form, or a past form read as one: after a passive auxiliary, right before "by", a reduced relative
    or a charge's participle."""
    return m.voice == "passive" or (
        m.voice == "past" and (has_passive_aux(view, m.start) or (m.end - m.start == 1 and view.has(m.end, "prep_agent"))
                               or _agent_in_gap(view, m) or _reduced_relative(view, m) or _charge_participle(view, m)))


def _agent_in_gap(view: SentenceView, m: TriggerMatch) -> bool:
    """(helper DI) A past form whose pattern goes on after a gap that opens with "by" and a party is a participle, its
    agent in the gap: "The Saudi-born Islamist accused by Washington of ordering the September 11 attacks" (not a
    "by" of the pattern's own: "stood by")."""
    pattern = m.entry.pattern
    # (helper DS) also "by" as the pattern's own word before its gap, in a reduced relative: "a convoy hit by Russian
    # drones" (the pattern "hit by ~ drones" is a passive with its agent named, not an active verb of the convoy)
    return m.end - m.start > 2 and len(pattern) > 1 and (pattern[1] == () or view.low[m.start + 1] in pattern[1]) \
        and view.has(m.start + 1, "prep_agent") and view.actor_at(m.start + 2) is not None \
        and not view.is_word(m.start - 1, "aux")


def _passive(view: SentenceView, m: TriggerMatch) -> Roles:
    """Passive voice: the agent behind "oleh/by" acts on the subject; an act condemned is aimed at its author, and a
    plan or call rejected at its author (none named: no target, the object an event)."""
    agents = _after_prep(view, m.end, _case("agent", "passive", "source")) or [
        # "dilaporkan ke KPK oleh ICW atas dugaan ...": the agent behind "oleh/by" in the gap of the pattern
        a for a in view.actors if m.start < a.start < m.end and "prep_agent" in view.prep_before(a)][:1]
    if not agents and m.voice == "passive" and m.end - m.start > 1:
        # "dinilai Ruhut hanya pencitraan", "dianggap DPR lamban": the bare agent right after the passive verb that
        # opens the pattern, inside its gap (part AZ)
        # (a member or a body's title before it: "dinilai anggota DPRD hanya pencitraan")
        agents = [a for a in view.actors if m.start < a.start <= m.start + 2 and a.end < m.end
                  and not view.prep_before(a)][:1]
    if not agents and m.voice == "passive":
        # "dikecam Jepang": an agent right after a passive verb of its own form (Indonesian di-); an English passive
        # names its agent only behind "by" ("was accused of killing protesters": the killed)
        nxt = next((s for s in view.actors if m.end <= s.start <= m.end + 1), None)
        agents = [nxt] if nxt and not view.prep_before(nxt) else []
        if not agents and event_types().has(m.entry.type, "weapon_agent"):
            agents = _weapon_agent(view, m)
    if not agents and m.voice in ("passive", "past"):
        agents = _far_agent(view, m) or _fight_partner(view, m)
    if m.entry.frame == "intrans":
        # one party only: "troops were deployed" names the deployed, who stand for the deployer
        return _roles(m, agents or subject_of(view, m), [])
    types = event_types()
    act = _subject_act(view, m) if types.has(m.entry.type, "act_object") else None
    if act is not None:
        # "Israel's strike on a school in Gaza was condemned by Indonesia": an act condemned is aimed at its author
        # (none named: no target, not the place or the victims named in the subject)
        return _roles(m, agents, [a for a in author_of(view, act) if a.end <= m.start])
    subject = subject_of(view, m)
    authors = _plan_author_before(view, m.start) \
        if types.has(m.entry.type, "event_object") or types.has(m.entry.type, "plan_author") else []
    if authors and (not subject or min(s.start for s in subject) >= max(a.end for a in authors)):
        # "Usulan yang diajukan Prancis ditolak oleh Israel"; a party named after the author is in the plan's content,
        # not its subject ("Ukraine's request to join NATO was rejected by Hungary": Ukraine; part AF)
        return _roles(m, agents, authors)
    if not subject and types.has(m.entry.type, "from_target"):
        # (helper BJ) a thing asked for or refused that is the passive verb's subject, with its giver behind
        # "dari/from": "Bantuan dari Korea Selatan ditolak oleh Pyongyang", "Aid from Seoul was rejected by Pyongyang"
        act = _subject_act(view, m)
        givers = [] if act is None else [a for a in view.actors if act < a.start and a.end <= m.start
                                         and "prep_source" in view.prep_before(a)][:1]
        if givers and agents:
            return _roles(m, agents, view.compound(givers[0], +1))
    if not subject and types.has(m.entry.type, "event_object") and _plan_before(view, m.start):
        return _roles(m, agents, [], True)  # "the plan was rejected by Hamas": an event object
    return _roles(m, agents, subject)


_WEAPON_GAP = 3  # words of a weapon or craft between a passive verb and its agent ("jet tempur", "pesawat nirawak")


def _weapon_agent(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """(helper DD) The agent of a passive verb of force named behind its weapon or craft with no "oleh" ("diserang
    drone Rusia", "dihantam rudal Houthi", "dibombardir pesawat tempur Israel"): a state or group right after at most a
    few words of weapons, craft and their qualifiers (word classes weapon_noun, craft, weapon_qualifier), at least one
    a weapon or a craft (a pattern that ends in its weapon: "dihantam rudal")."""
    k = next((i for i in range(m.start + 1, m.end) if view.is_word(i, "weapon_noun") or view.is_word(i, "craft")), m.end)
    j = max(k, m.end)
    while j < min(view.n, k + _WEAPON_GAP) and view.actor_at(j) is None and (
            view.is_word(j, "weapon_noun") or view.is_word(j, "craft") or view.is_word(j, "weapon_qualifier")):
        j += 1
    slot = view.actor_at(j)
    if j == k or slot is None or slot.start != j or not any(
            view.is_word(i, "weapon_noun") or view.is_word(i, "craft") for i in range(k, j)):
        return []
    return view.compound(slot, +1)


_FIGHT_GAP = 3  # words between a passive verb and the noun of the fight it happened in ("in a fierce gun battle")


def _fight_partner(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """(helper DS) The agent of a passive of force with none named: the other side of the fight it happened in, behind
    "with" (word class comitative_with) right after the fight's noun, a trigger of the same type with the fact clash
    ("a Palestinian, killed in a firefight with Israeli forces", "were wounded in clashes with Turkish troops"); not
    a craft or weapon ("killed in an attack with drones")."""
    types = event_types()
    for (a, b), (_, t) in zip(view.trigger_spans, view.trigger_ends, strict=False):
        if not (m.end < a <= m.end + _FIGHT_GAP and t == m.entry.type and types.has(t, "clash")):
            continue
        if not all(view.low[k][:1].isalpha() and view.actor_at(k) is None for k in range(m.end, a)):
            return []
        if b < view.n and view.is_word(b, "comitative_with"):
            slot = view.actor_after_determiner(b + 1)
            if slot is not None and not any(view.is_word(k, "craft") or view.is_word(k, "weapon_noun")
                                            for k in range(slot.start, slot.end)):
                return view.compound(slot, +1)
        return []
    return []


def _gap_agent(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """The agent of an act's noun named behind "by"/"oleh" right after the noun, inside the gap of its pattern before
    the preposition of its target: "the strikes by Israel on Lebanon", "Egypt condemned the air strikes by Israeli
    jets on Beirut" (Israel's strikes, not Egypt's, and not on Israel)."""
    if not _by_gap(view, m):
        return []
    agent = view.actor_after_determiner(m.start + 2)
    return view.compound(agent, +1) if agent is not None and agent.end < m.end else []


def _by_gap(view: SentenceView, m: TriggerMatch) -> bool:
    """The pattern's gap opens with "by"/"oleh" right after its head and the pattern ends with the preposition of
    its target: "strikes by Israel on", "attacks by Ukrainian drones on"."""
    return m.end - m.start >= 4 and view.has(m.start + 1, "prep_agent") and view.has(m.end - 1, "prep_target")


def _far_agent(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """(helper BD) The agent behind "oleh/by" past an adjunct of time or place that ends the clause window ("dipukuli
    saat unjuk rasa di Tbilisi oleh polisi Georgia"): the first "oleh/by" within AGENT_WINDOW words, with no comma,
    relative word or trigger in a verb form before it (a noun or a bare root may stand there: "unjuk rasa",
    "protest"; not the agent of another act: "ditahan saat unjuk rasa yang dibubarkan oleh polisi")."""
    for k in range(m.end, min(view.n, m.end + AGENT_WINDOW)):
        if view.low[k] in CLAUSE_PUNCT or view.low[k] in (",", '"', "“", "”") or view.has(k, "relative") \
                or k in view.verb_trigger_starts:
            return []
        if view.has(k, "prep_agent"):
            slot = view.actor_at(k + 1)
            return view.compound(slot, +1) if slot is not None and slot.start == k + 1 else []
    return []


def _away(view: SentenceView, m: TriggerMatch) -> Roles:
    """Frame away: "menarik pasukannya dari Georgia", "withdrew its troops from Georgia": the place left is the
    target."""
    agents = _noun_agent(view, m) if is_noun(m, view) and not _after_light_verb(view, m) else subject_of(view, m)
    return _roles(m, agents, _after_prep(view, m.end, _case("away", "active", "target")))


def _noun(view: SentenceView, m: TriggerMatch) -> Roles:
    """A nominal trigger: the noun's agent (genitive, possessor, "dari/by" phrase) and what it is aimed at; with none,
    the clause's subject after a light verb ("menjatuhkan sanksi", "held talks"), read as an active verb's."""
    types = event_types()
    if undergone(view, m):
        # "Ukraina mendapat serangan dari Rusia", "came under attack from Russia": the subject is the target (the
        # receiving verb's: not a modifier of the noun, "came under Russian attack")
        u = _undergo_at(view, m)
        subject = subject_of(view, TriggerMatch(m.entry, u, u + 1, "active")) if u is not None else []
        agents = _after_prep(view, m.end, "prep_source") or _after_prep(view, m.end, "prep_agent") \
            or _including_from(view, m)
        if u is not None and types.has(m.entry.type, "reaction") and _subject_thing(view, u) is not None:
            return _thing_received(view, m, u, agents, subject)
        if subject or not types.has(m.entry.type, "reaction"):  # ("a move that drew condemnation from Japan": below)
            agents = agents or _received_from(view, m)
            return _roles(m, agents, [s for s in subject if s not in agents])
    inner = _gap_agent(view, m)
    if inner:
        after = view.actor_after_determiner(m.end)
        return _roles(m, inner, view.compound(after, +1) if after is not None else [])
    sources = _noun_agent(view, m)
    if not sources and view.has(m.end, "prep_patient") and view.actor_after(m.end + 1) is not None:
        # "at the request of Kenya, the Security Council ...": its author behind "of"
        agents = view.compound(view.actor_after(m.end + 1), +1)
        behest = _behest_of(view, m, agents[-1].end)
        if behest:
            return _roles(m, agents, behest)
    patient = sources[0] if sources and _genitive_patient(view, m, sources[0]) else _patient_after(view, m)
    if patient is not None:
        # "penahanan warga Australia", "the arrest of activists", "(Russia's) invasion of Ukraine": the ones named are
        # those it is done to; its agent is a possessor, a "by" phrase or the subject
        patients = view.compound(patient, +1)
        agents = ([s for s in sources if s.end <= m.start] or _after_prep(view, patients[-1].end, "prep_agent")
                  or ([] if _reacted_to(view, m) else subject_of(view, m)))
        agents = [a for a in agents if not _reporter(view, a)]
        return _roles(m, [s for s in agents if s not in patients], patients)
    if sources and sources[0].start >= m.end:
        if view.any_kind("prep_source", m.end, sources[0].start) and types.has(m.entry.type, "reaction"):
            # "condemnation from Canada and Mexico" (of what the clause's subject did)
            patients = subject_of(view, m) or [a for a in view.actors[:1] if a.start < m.start]
            return _roles(m, sources, [p for p in patients if p not in sources])
        return _roles(m, sources, _after_genitive(view, m, sources[0]) or _target_before_agent(view, m, sources[0]))
    if not sources and _possessed(view, m):
        # (helper AX) "dalam kunjungannya ke Beijing, Anwar ...", "Anwar memuji ... dalam kunjungannya ke Beijing": a
        # noun owned by a clitic is the act of the subject of the verb before it, or of the one named right after a
        # phrase opening the sentence with it
        verb = max((k for k in view.trigger_starts if k < m.start and k not in view.noun_trigger_starts), default=None)
        agents = subject_of(view, TriggerMatch(m.entry, verb, verb + 1, "active")) if verb is not None \
            else subject_of(view, m) or _after_opening_phrase(view, m)
        if agents:
            return _active(view, m, agents)
    if not sources and (not _after_light_verb(view, m) and m.entry.frame != "intrans"
                        or view.has(view.prep_index(m.start), "subordinator")):
        # a bare noun ("pertemuan", "sanksi") is an event of the clause's subject only after a light verb:
        # "mengadakan pertemuan", "menjatuhkan sanksi", "held talks", "imposed sanctions"; not an event that dates
        # the clause: "detained 200 people after the protest"
        return Roles(())
    return _active(view, m, sources)


def _possessed(view: SentenceView, m: TriggerMatch) -> bool:
    """(helper AX) A noun owned by a clitic that ends it ("kunjungannya", word class possessor_clitic), set as the
    clause's setting behind a word of the class talks_setting or a subordinator ("dalam kunjungannya", "usai
    pertemuannya"; not an object: "Rusia mengecam kunjungannya ke Kyiv", someone else's); talks and visits only (an
    attack so owned may be the object's: "membantu Alfonso dalam serangannya terhadap Algeciras")."""
    word = view.low[m.end - 1]
    # (helper CY) also the subject of a speaker's complement right after the verb of saying: "Marles menyebut
    # kunjungannya ke Jakarta sangat produktif", "Anwar mengatakan lawatannya ke Beijing membuahkan hasil" (the
    # speaker's own visit; not the object of an act, "Rusia mengecam kunjungannya ke Kyiv")
    said = view.has(m.start - 1, "say_before") and not view.has(m.start - 1, "light_verb") \
        and m.start - 1 not in view.trigger_starts
    if m.start >= 2 and view.is_word(m.start - 1, "owner_pronoun"):
        # (helper DS) an owner pronoun before the noun, as the clitic: "During his visit to China, the Pakistani
        # president said", "X praised Y during her visit to Jakarta" (the setting word before the pronoun)
        return is_noun(m, view) and event_types().has(m.entry.type, "talks") and (
            view.is_word(m.start - 2, "talks_setting") or view.has(m.start - 2, "subordinator"))
    return is_noun(m, view) and event_types().has(m.entry.type, "talks") and (
        view.is_word(m.start - 1, "talks_setting") or view.has(m.start - 1, "subordinator") or said) \
        and ends_in_clitic(word, view.word_classes["possessor_clitic"])


def _after_opening_phrase(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """(helper AX) The actors named right after the comma that closes a phrase opening the sentence with the trigger
    behind at most one preposition ("Dalam kunjungannya ke Beijing, Perdana Menteri Malaysia Anwar Ibrahim ...")."""
    owned = m.start == 2 and view.is_word(1, "owner_pronoun")  # (helper DS) "During his visit to Beijing, ..."
    return _after_closing_comma(view, m, 8, lambda k: k in view.trigger_starts) if m.start <= 1 or owned else []


def _after_genitive(view: SentenceView, m: TriggerMatch, agent: ActorSlot) -> list[ActorSlot]:
    """The target of a noun named after its agent ``agent``: behind "terhadap/against", the one between the noun and
    an agent behind a light verb, the author of the plan it answers or the one asked to act, one a request was made
    to, a complement's subject, or for a visit a place."""
    after = agent.end
    if m.entry.frame == "intrans":
        return _after_complementizer(view, m, after)
    return _before_light_agent(view, m, agent) or _after_prep(view, after, "prep_target") \
        or _noun_addressee(view, after, m.entry.type) or _behest_of(view, m, after) \
        or _after_complementizer(view, m, after) or (_after_prep(view, after, "prep_place") if _visit(m) else [])


def _before_light_agent(view: SentenceView, m: TriggerMatch, agent: ActorSlot) -> list[ActorSlot]:
    """The act's own target between the noun and its agent behind "oleh"/"by" after a light verb (part AM): "Sanksi
    baru terhadap Iran diumumkan oleh Uni Eropa", "sanctions against Iran were announced by the EU" (not the one who
    reports it: "Serangan terhadap Suriah dilaporkan oleh media Turki")."""
    verb = view.prep_index(agent.start)
    verb -= 1 if "prep_agent" in view.prep_before(agent) else 0
    def light(k: int) -> bool:
        return view.has(k, "light_verb") or view.is_word(k, "passive_light")
    if not light(verb) and view.is_plain_word(verb) and light(verb - 1):
        verb -= 1  # (helper AV) a verb's particle: "the attack on a Pakistani army checkpoint was carried out by"
    if verb > m.end and light(verb):
        return [t for t in _after_prep(view, m.end, "prep_target") if t.end <= agent.start]
    return []


def _target_before_agent(view: SentenceView, m: TriggerMatch, agent: ActorSlot) -> list[ActorSlot]:
    """(helper BM) The act's own target between the noun and its agent right behind "oleh"/"by" in one noun phrase:
    "Penyerangan terhadap pos polisi oleh kelompok separatis", "the attack on a police post by separatist gunmen"
    (no verb, clause mark or other act between the target and "oleh": not "serangan terhadap Suriah yang dikecam
    oleh Turki")."""
    oleh = view.prep_index(agent.start)
    if "prep_agent" not in view.kinds(oleh) or oleh <= m.end:
        return []
    targets = [t for t in _after_prep(view, m.end, "prep_target") if t.end <= oleh]
    if not targets or oleh - targets[-1].end > 1 or any(
            view.is_punct(k) or view.low[k] == "," or k in view.trigger_starts for k in range(m.end, oleh)):
        return []
    return targets


def aimed_at(view: SentenceView, m: TriggerMatch, agents: list[ActorSlot]) -> list[ActorSlot]:
    """Whom a noun's act is aimed at when its agents are named outside its phrase ("claimed responsibility for a drone
    attack on Saudi oil facilities": the claimants; conventions._claimed_act), as an active verb's objects."""
    return list(dict.fromkeys(t for _, t in _active(view, m, agents).pairs if t is not None))


def _active(view: SentenceView, m: TriggerMatch, sources: list[ActorSlot] | None = None) -> Roles:
    """Active voice (and a noun with ``sources``, its agents found): the subject acts on the object the frame reads
    right of the trigger; an object that is itself an act, a plan or an incident is aimed at its author or suspect."""
    owner_inside = False
    if not sources:
        sources, owner_inside = _verb_sources(view, m)
    targets = _verb_targets(view, m, sources, owner_inside)
    if targets and is_noun(m, view) and _instrument(view, m, targets[0]):
        # ("melancarkan serangan pesawat nirawak terhadap ...": the target follows the means)
        targets = _verb_targets(view, TriggerMatch(m.entry, m.start, targets[0].end, m.voice), sources, True)
    targets, act_named = _object_act(view, m, targets)
    pairs = _pairs(m, sources, targets)
    if not pairs and m.voice != "past":
        # its only target is itself: none named ("Kim berjanji ... semenanjung Korea"); a source found only after the
        # verb is its object ("The sanctions freeze any assets the officials hold"), not its subject
        pairs = _pairs(m, [s for s in sources if s.start < m.start], [])
    return Roles(tuple(pairs), act_named and not targets, act_named)


def _verb_sources(view: SentenceView, m: TriggerMatch) -> tuple[list[ActorSlot], bool]:
    """The clause's subject; else the agent phrase of a bare form ("ada unjuk rasa ... oleh warga Rusia"); else the
    owner a pattern headed by a noun holds in its gap ("Drone Rusia menghantam ...": True with it)."""
    sources = subject_of(view, m)
    topic = view.prep_index(m.start)
    if sources and view.has(topic, "prep_topic") and any(sources[-1].end <= a.start < topic for a in view.actors):
        # an act named as what an act on another party is about is not the subject's: "Uni Eropa menjatuhkan sanksi
        # terhadap Belarus terkait tindakan keras terhadap demonstran" (not "Israel stepped up hints about a strike")
        sources = []
    if not sources and m.voice == "lit":
        sources = _noun_agent(view, m)
    if not sources and _noun_head(view, m):
        owner = [s for s in view.actors if m.start < s.start and s.end <= m.end and s.country][:1]
        return owner, bool(owner)
    return sources, False


def _verb_targets(view: SentenceView, m: TriggerMatch, sources: list[ActorSlot], owner_inside: bool) -> list[ActorSlot]:
    """The object the frame reads right of the trigger (for a threat or demand, the one its content acts on: "vowed
    to respond by attacking Israel"; for a pledge, that of the aid it names: "menjanjikan bantuan ... untuk
    Ukraina"); else a complement's subject, or the one behind "dari/from" of an act of the fact from_target."""
    types, frame = event_types(), m.entry.frame
    content = types.has(m.entry.type, "content_target") or (types.has(m.entry.type, "noun_content") and m.end in view.noun_trigger_starts)
    targets = [] if frame == "intrans" else _objects(view, m.end, frame, _visit(m), None if owner_inside else m.start,
                                                     content, types.has(m.entry.type, "closed_content"),
                                                     frame in ("agent", "direct") and m.voice in ("active", "past"))
    if frame == "direct":
        targets = _direct(view, m, targets)
    if types.has(m.entry.type, "victims"):
        targets = [o for o in (_other_owner(view, t, sources) for t in targets) if o is not None]
    targets = targets or _after_complementizer(view, m, m.end)
    if types.has(m.entry.type, "speech_act") and all(view.prep_before(t) for t in targets):
        # (helper BF) a saying's addressee named in a phrase opening the sentence, before any object behind a
        # preposition: "Kepada Dewan Keamanan PBB, Duta Besar Palestina mendesak ...", "To the UN, the envoy appealed"
        targets = [t for t in _fronted_addressee(view, m) if t not in sources] or targets
    if types.has(m.entry.type, "from_target") and m.voice != "noun" and (
            not targets or all(_for_beneficiary(view, t) for t in targets)):
        # "meminta bantuan keuangan dari China", "rejected humanitarian aid from the UN": the one it comes from (not
        # one inside its content: "refused to withdraw its troops from Ukraine" is the content's); (helper BJ) also
        # when it is asked for or refused for others: the giver, not those it is for ("menolak bantuan kemanusiaan
        # dari PBB untuk korban gempa", "requested aid for the flood victims from Japan")
        targets = [t for t in _after_prep(view, m.end, "prep_source") if t not in sources
                   and not any(m.end <= k < t.start for k in view.trigger_starts)] or targets
    return targets


def _for_beneficiary(view: SentenceView, slot: ActorSlot) -> bool:
    """(helper BJ) The party stands behind a word of the class beneficiary_prep, over up to two common nouns
    ("untuk korban gempa", "for the cyclone victims")."""
    k = view.prep_index(slot.start)
    for _ in range(2):
        if not view.is_common_noun(k):
            break
        k = view.prep_index(k)
    return view.is_word(k, "beneficiary_prep")


def _fronted_addressee(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """(helper BF) The actors behind a word of the class addressee_prep ("kepada", "to") that opens the sentence (after
    at most a word of contrast or a conjunction: "Sedangkan kepada ...", "Sementara kepada ..."; not "According to"),
    closed by a comma before the trigger; not the press (sector class press: "Kepada wartawan, ...", whom it was said
    to, not whom it is aimed at)."""
    for k in (0, 1):
        if not view.is_word(k, "addressee_prep") or "according_to" in view.kinds(0) | view.kinds(k):
            continue
        if k == 1 and not (view.is_word(0, "contrast") or view.kinds(0) & {"subordinator", "simultaneous", "conj"}):
            continue
        slot = view.actor_after(k + 1)
        if slot is None or slot.start > k + 3:
            return []
        group = view.compound(slot, +1)
        comma = next((j for j in range(group[-1].end, min(view.n, group[-1].end + 3)) if view.low[j] == ","), None)
        if comma is None or comma >= m.start or any(view.is_punct(j) for j in range(k, comma)):
            return []
        return [g for g in group if g.code and not ActorCode(g.code).of_class("press")]
    return []


def _other_owner(view: SentenceView, target: ActorSlot, sources: list[ActorSlot]) -> ActorSlot | None:
    """"Taliban fighters attacked their convoy", "Chinese ships fired water cannon at its supply boat": a possessive
    pronoun read as the attacker is the party named before the attacker (the soldiers, the coast guard), if any."""
    if not (target.mention.kind == "anaphor" and view.has(target.start, "determiner")
            and any(target.code == s.code for s in sources)):
        return target
    first = min(s.start for s in sources)
    return next((a for a in reversed(view.actors) if a.end <= first and a.mention.kind != "anaphor" and a.code
                 and all(a.code != s.code for s in sources)), None)


def _direct(view: SentenceView, m: TriggerMatch, targets: list[ActorSlot]) -> list[ActorSlot]:
    """Frame direct: the object at once (past determiners, and a plain modifier before a state's adjective: "struck
    the northern Israeli town of ..."), and the parties listed with it ("mendorong Rusia dan Ukraina untuk")."""
    k = m.end
    while k < view.n and view.has(k, "determiner"):
        k += 1
    lead = view.actor_at(k + 1)
    if view.is_common_noun(k) and lead is not None and lead.start == k + 1 and lead.mention.kind == "country":
        k += 1
    direct: list[ActorSlot] = []
    for t in sorted(targets, key=lambda t: t.start):
        if t.start == k or (direct and all(view.has(j, "conj") or view.low[j] == "," for j in range(direct[-1].end, t.start))):
            direct.append(t)
    return direct


def _object_act(view: SentenceView, m: TriggerMatch, targets: list[ActorSlot]) -> tuple[list[ActorSlot], bool]:
    """The targets when the object is itself an act, a plan or an incident, and whether it is one: "menolak seruan
    PBB", "mengecam serangan Israel", "rejected calls by France" are aimed at the author of what is rejected or
    condemned; "menolak rencana tersebut" at no party; an inquiry at its suspect."""
    types = event_types()
    inner = [k for k in view.trigger_starts if m.end <= k <= m.end + 2 and not _behind_topic(view, k, m.end)]
    # "menolak usulan itu", "rejected the ceasefire proposal": the object is a plan or a call (in the pattern too)
    plan = next((k for k in range(m.start + 1, min(view.n, m.end + 3)) if view.is_word(k, "plan_noun")
                 or view.is_word(k, "report_noun")), None) if types.has(m.entry.type, "event_object") else None
    if plan is None and m.end - m.start > 1 and types.cameo_has(m.entry.cameo, "proposal"):
        plan = m.end - 1  # (helper CS) "ruled out any further negotiations": what its pattern names is a proposal
    # (helper DI) ... or a party's act judged by its word (word class judged_act, in the pattern too): "criticised the
    # remarks by the Indian prime minister", "objected to the remarks by Italy" are aimed at its author
    nouns = inner + ([plan] if plan is not None else []) or [  # "rejected calls by France"
        k for k in range(m.start + 1, min(view.n, m.end + 3)) if k >= m.end and (
            view.has(k, "event_noun") or view.is_word(k, "plan_noun")) or view.is_word(k, "judged_act")]
    if not nouns and m.end - m.start > 1 and types.has(m.entry.type, "event_object") and (
            view.is_word(m.end, "author_verb") or view.has(m.end, "relative") and view.is_word(m.end + 1, "author_verb")):
        # the act named in the pattern itself, its author right after it: "menolak gencatan senjata yang diusulkan
        # Israel", "rejected the ceasefire proposed by Israel"
        nouns = [m.end - 1]
    # (helper DJ) a refusal to stop or end something refuses an act, not a party: "Iran menolak menghentikan
    # pengayaan uranium", "refused to end the blockade" (with no party named, target "": GUIDELINES)
    # (helper DP) so does a refusal of one's own move: "Presiden Brasil menolak hadir dalam KTT G20", "refused to step
    # down" (word class own_move; a party named in it is still the target: "menolak bergabung dengan koalisi AS")
    ceased = not nouns and types.has(m.entry.type, "event_object") and m.entry.frame != "intrans" and any(
        view.is_word(m.end, kind) or view.has(m.end, "purpose") and view.is_word(m.end + 1, kind)
        for kind in ("cease_verb", "own_move"))
    # named, the author is the target before any party named further on in its content ("rejected calls from the
    # opposition to halt exports to Israel"; not "menuduh Iran mendanai serangan Hizbullah"); not an act named behind a
    # preposition: "protest in support of Hezbollah" is no protest at its backers; an act with no object aims at no
    # act after it ("mogok kerja menuntut hak-hak ...")
    nouns = [k for k in nouns if not view.has(k - 1, "prep_place")] if m.entry.frame != "intrans" else []
    if nouns and types.has(m.entry.type, "at_author") and (not targets or min(t.start for t in targets) > min(nouns)):
        # ... the first of its nouns that names one ("menepis usulan gencatan senjata Rusia": the ceasefire's author)
        targets = next((a for k in sorted(set(nouns)) if (a := author_of(view, k))), None) or targets
    # "menolak rencana tersebut", "rejected the plan": the object is an act or a plan (one named before: definite)
    planned = any(view.has(k, "event_noun") and (view.has(k - 1, "definite") or view.has(k + 1, "definite"))
                  for k in range(m.end, min(view.n, m.end + 3)))
    incident = _incident(view, m) if types.cameo_has(m.entry.cameo, "inquiry") or types.has(m.entry.type, "act_object") \
        else None
    if incident is not None:
        # "investigating the death of a man", "penyelidikan atas dugaan korupsi"; "condemned the killing of its
        # leader": the victims of a condemned incident are not its target either
        targets = _suspects(view, incident, targets)
    elif not targets and types.cameo_has(m.entry.cameo, "inquiry"):
        targets = _reported_suspect(view, m)
    # (helper BB) an inquiry into a question or into nothing named looks into no party: "Polisi masih menyelidiki
    # granat itu berasal dari mana", "polisi langsung melakukan penyelidikan dan olah TKP", "Police are investigating."
    unnamed = incident is None and not targets and types.cameo_has(m.entry.cameo, "inquiry") \
        and (view.has(m.end, "conj") or _inquiry_question(view, m.end))  # (nothing as its object: "... dan olah TKP")
    return targets, bool(inner) or planned or plan is not None or incident is not None or unnamed or ceased


def _reported_suspect(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """(helper DI) An inquiry into reports or allegations that a party did something looks into that party, the
    subject of the clause after "that" (word class news_report, cue complementizer): "is investigating reports that
    another Australian has been fighting for the Taliban", "investigating allegations that the Indonesian army" (none
    past a comma or another trigger)."""
    k = next((k for k in range(m.end, min(view.n, m.end + 3)) if view.is_word(k, "news_report")), None)
    if k is None or k + 1 >= view.n or not view.has(k + 1, "complementizer"):
        return []
    for j in range(k + 2, min(view.n, k + 6)):
        slot = view.actor_at(j)
        if slot is not None and slot.start == j:
            return view.compound(slot, +1)
        if view.is_punct(j) or view.low[j] == "," or j in view.trigger_starts:
            return []
    return []


def _inquiry_question(view: SentenceView, k: int) -> bool:
    """An indirect question opens within a few words of ``k`` (word class inquiry_question), no party nor clause
    break before it: "menyelidiki bagaimana api menyebar", "investigating why the bridge collapsed"."""
    for j in range(k, min(view.n, k + 6)):
        if view.is_word(j, "inquiry_question"):
            return True
        if view.actor_at(j) is not None or view.is_punct(j) or view.low[j] == ",":
            return False
    return False


def _visit(m: TriggerMatch) -> bool:
    """A visit (CAMEO facts visit): its place may be its target."""
    return event_types().cameo_has(m.entry.cameo, "visit")


_READERS: tuple[tuple[Callable[[SentenceView, TriggerMatch], bool], Callable[[SentenceView, TriggerMatch], Roles]], ...] = (
    (_in_backdrop, _backdrop),
    (lambda view, m: m.entry.frame == "verdict", _verdict),
    (lambda view, m: m.entry.frame == "mutual", _mutual),
    (lambda view, m: m.entry.frame == "recv", _recv),
    (_is_passive, _passive),
    (lambda view, m: m.entry.frame == "away", _away),
    (lambda view, m: is_noun(m, view), _noun),
    (lambda view, m: True, _active),
)  # (frame or voice test, reader), tried in order


def _plan_before(view: SentenceView, end: int) -> bool:
    """A plan, a call or a report among the few words of the clause right before ``end`` (a passive verb's
    subject: "Usulan itu ditolak", "The proposal was rejected"), no actor nor a comma, colon or semicolon after it."""
    def plan(k: int) -> bool:
        return view.actor_at(k) is None and (view.is_word(k, "plan_noun") or view.is_word(k, "report_noun"))
    return _word_behind(end, 4, plan, lambda k: view.low[k] in ",;:" or view.actor_at(k) is not None)


def _plan_author_before(view: SentenceView, end: int) -> list[ActorSlot]:
    """(part AD) The author of a plan or call that is a passive verb's subject, named with it in the clause right
    before ``end``: "Usulan gencatan senjata yang diajukan Prancis ditolak oleh Israel", "Permintaan Washington
    ditolak Beijing" (the one whose plan is rejected is the target). (Helper DM) So is the author of an accusation or
    a report so denied or rejected (word class report_noun), before the clause that tells its content: "Accusations
    by Azerbaijan that Armenian forces shelled its positions were denied by Yerevan" (Azerbaijan, not the accused)."""
    for k in range(end - 1, max(-1, end - 12), -1):
        if view.low[k] in ",;:" or view.is_punct(k):
            return []
        if (view.is_word(k, "plan_noun") or view.is_word(k, "report_noun")) \
                and not view.kinds(k - 1) & {"prep_target", "prep_topic"}:
            return [a for a in author_of(view, k) if a.end <= end]
    return []


def _reacted_to(view: SentenceView, m: TriggerMatch) -> bool:
    """The act noun is what a reaction right before it is about ("mengecam penangkapan mahasiswa", "condemned the
    arrest of"): the one who reacts is not its agent."""
    types = event_types()
    return any(m.start - 2 <= end <= m.start and types.has(t, "reaction") for end, t in view.trigger_ends)


def act_agent(view: SentenceView, indices) -> tuple[str, str] | None:
    """The sector and name of the agent a word among ``indices`` implies when none is named (knowledge/sector_codes.tsv
    implied_by, implied_as): a court's act (a sentence, a trial) the courts', an arrest the police's."""
    return next(((sector, name) for word_class, sector, name in implied_agents()
                 if any(view.is_word(k, word_class) for k in indices)), None)


def _unnamed_author(view: SentenceView, k: int, patients: ActorSlot | None) -> ActorSlot | None:
    """The agent an arrest or a court's act named by a noun and done to people implies when none is named (the
    police, the courts of the people's state), as for a passive with no agent; None for other acts or patients."""
    agent = act_agent(view, (k,))
    if agent is None or patients is None or not ActorCode(patients.code).of_class("people") \
            or not (k in view.noun_trigger_starts or view.has(k - 1, "determiner")):
        # a noun ("penangkapan", "the arrest"), not "refused to free detained protesters"
        return None
    # ... of the state it was done in, when one is named right after them ("the arrest of two Indonesian fishermen
    # in Malaysia": Malaysia's police)
    where = next((a for a in view.actors if patients.end <= a.start <= patients.end + 3 and a.country
                  and a.mention.kind in ("country", "capital") and "prep_place" in view.prep_before(a)), None)
    return view.implied((where or patients).country + agent[0], agent[1], k, k + 1, "rule:unnamed-author")


def _subject_act(view: SentenceView, m: TriggerMatch) -> int | None:
    """The act or incident a passive verb's subject opens with ("Israel's strike on ... was condemned", "Serangan
    Israel ke ... dikecam", "The killing of ... was condemned"): a trigger or an incident word after nothing but
    determiners, a possessor and at most one other word ("the latest attack")."""
    lo, other = left_bound(view, m.start), 0
    for k in range(lo, min(m.start, lo + 6)):
        if k in view.trigger_starts or view.is_word(k, "incident_noun"):
            return k
        slot = view.actor_at(k)
        if slot is not None and view.is_word(slot.end, "possessive"):
            continue
        if not (view.has(k, "determiner") or view.is_word(k, "possessive")):
            other += 1
            if other > 1 or slot is not None:
                return None
    return None


def _incident(view: SentenceView, m: TriggerMatch) -> int | None:
    """The word of the incident an inquiry looks into, the last of a run ("dugaan kejahatan", "alleged fraud")."""
    k = next((k for k in range(m.start + 1, min(view.n, m.end + 4)) if view.is_word(k, "incident_noun")), None)
    if k is None:  # (part X) past a longer run of qualifiers with no actor: "the systematic human rights violations"
        k = next((j for j in range(m.end + 4, min(view.n, m.end + 7)) if view.is_word(j, "incident_noun")), None)
        if k is not None and any(view.is_punct(j) or view.low[j] == "," or view.actor_at(j) is not None
                                 or j in view.trigger_starts or view.kinds(j) - {"determiner", "definite"} for j in range(m.end, k)):
            k = None
    while k is not None and k + 1 < view.n and view.is_word(k + 1, "incident_noun"):
        k += 1
    return k


def _suspects(view: SentenceView, k: int, targets: list[ActorSlot]) -> list[ActorSlot]:
    """Whom an inquiry into the incident at ``k`` is aimed at.  People right after the incident's word are its
    victims ("kematian seorang turis", "the killing of a driver"); its suspect stands behind "by/oleh" or
    "against/terhadap", as a state's genitive ("kejahatan perang Israel") or as the body it happened in
    ("korupsi di Kementerian Pertanian", "corruption at the agriculture ministry").  None named: no target."""
    near = range(k + 1, k + 5)
    # (part X) ... and those listed with them ("the deaths of the security guards and police")
    victims = {id(v) for t in view.actors if t.start in near for v in view.compound(t, +1)}
    # ... and unnamed people a little after another incident word ("the violence against peaceful demonstrators")
    victims |= {id(t) for t in targets if not t.country and ActorCode(t.code).of_class("people")
                and any(view.is_word(j, "incident_noun") for j in range(max(0, t.start - 4), t.start))}
    kept = [t for t in targets if view.prep_before(t) & {"prep_target", "prep_agent"} if t.start in near] + [
        t for t in targets if t.start not in near and id(t) not in victims]
    if kept:
        return kept
    agent = [t for t in view.actors if t.start in near and "prep_agent" in view.prep_before(t)]
    # (helper BB) the one a harm befell is its victim, not its author: "menyelidiki kematian pengusaha itu",
    # "pembunuhan seorang pengusaha" (word class harm_noun; "korupsi Kementerian Pertanian" keeps its author)
    author = [t for t in author_of(view, k) if not ActorCode(t.code).of_class("people")
              and not (view.is_word(k, "harm_noun") and id(t) in victims
                       and not view.any_kind("prep_agent", k + 1, t.start))]
    body = [t for t in view.actors if t.start in near and (not t.country or ActorCode(t.code).sectors)
            and view.any_kind("prep_place", k + 1, t.start)]  # (a named organ too: "di Kemensos")
    return (agent or author or body)[:1]


_AUTHOR_GAP = frozenset({"force", "determiner"})


def author_of(view: SentenceView, k: int) -> list[ActorSlot]:
    """The genitive, possessor or 'oleh/by' agent of the event noun at token ``k`` ("seruan PBB",
    "Washington's call", "launch by North Korea"), over a word of force qualifying the noun ("operasi militer
    Israel") or, for unnamed people, a determiner ("tuntutan para demonstran"; not "invasi sebuah pesawat"; not the
    people an arrest or attack is done to, "penahanan para aktivis oleh otoritas Mesir").  A noun of several words is
    read from its last ("latihan militer gabungan Amerika Serikat")."""
    done_to = any(a == k and event_types().has(t, "patient_genitive")
                  for (a, _), (_, t) in zip(view.trigger_spans, view.trigger_ends, strict=False))
    # "of" names the author of an act of a known kind not done to anyone ("the joint drills of Japan and the
    # Philippines"), the patient of one that is ("the arrest of activists"; "Sharon's murder of Yassin")
    possessed = k >= 2 and view.is_word(k - 1, "possessive")
    gap = _AUTHOR_GAP if done_to or possessed or k not in view.trigger_starts else _AUTHOR_GAP | {"prep_patient"}
    for start in dict.fromkeys([k + 1, max([b for a, b in view.trigger_spans if a == k] + [k + 1])]):
        j = start
        while j < view.n and view.low[j][:1].isalpha() and view.actor_at(j) is None \
                and (j <= start and not view.kinds(j) - gap or j > k + 1 and view.has(j, "definite")):
            j += 1  # (and a definite article after "of": "the request of the United States")
        slot = view.actor_at(j) if j < view.n else None
        people = ActorCode(slot.code).of_class("people") if slot is not None else False
        agent = _unnamed_author(view, k, slot) if done_to and slot is not None \
            and not view.prep_before(slot) - gap else None
        if agent is not None:  # "mengecam penangkapan puluhan mahasiswa": the arrest is the police's
            return _after_prep(view, k + 1, "prep_agent") or [agent]  # (unless named: "... oleh otoritas Mesir")
        if slot is not None and not view.prep_before(slot) - gap and not (done_to and people) and (
                not any(view.has(i, "determiner") and not view.has(i, "definite") for i in range(k + 1, j)) or people):
            # (joint authors each: "latihan militer gabungan Korea Selatan dan Amerika Serikat")
            return view.compound(slot, +1)
    if k >= 2 and view.is_word(k - 1, "possessive") and view.low[k - 1] != "'" and view.actor_at(k - 2) is not None:
        return [view.actor_at(k - 2)]
    # "mengecam peluncuran rudal oleh Korea Utara", "condemned the missile launch by North Korea", "tuntutan
    # dari buruh", "invitation from China"
    # ... and a little further, past the rest of its noun phrase: "permintaan bantuan tambahan dari Ukraina",
    # "demands for political reform from Hong Kong activists"
    for j in range(k + 1, min(view.n, k + 6)):
        if view.is_word(j, "author_verb") or (view.has(j, "relative") and view.is_word(j + 1, "author_verb")):
            # "usulan yang diajukan Israel", "the proposal put forward by France": the verb names its author
            a = j + 1 if view.is_word(j, "author_verb") else j + 2
            for _ in range(2):
                if a < view.n and view.actor_at(a) is None and (view.has(a, "prep_agent") or view.has(a + 1, "prep_agent")
                                                                or view.has(a, "determiner")):
                    a += 1  # (helper DJ) past a determiner too: "penipuan yang dilakukan sebuah perusahaan asal China"
            if view.actor_at(a) is not None:
                return view.compound(view.actor_at(a), +1)
            break
        if view.is_punct(j) or view.low[j] == "," or view.actor_at(j) is not None or view.kinds(j) & {"relative", "conj"}:
            break
        if view.has(j, "prep_source") and view.actor_after(j + 1) is not None:  # "dari para aktivis"
            return view.compound(view.actor_after(j + 1), +1)
    named = _after_prep(view, k + 1, "prep_agent") or _right_behind(view, k + 1, "prep_source")
    # "condemned the arrest of dozens of students", "mengecam penangkapan terhadap aktivis"
    if not named and done_to and (view.has(k + 1, "prep_patient") or view.has(k + 1, "prep_target")):
        agent = _unnamed_author(view, k, next((a for a in view.actors if k + 2 <= a.start <= k + 4), None))
        return [agent] if agent is not None else []
    return named


def is_noun(m: TriggerMatch, view: SentenceView) -> bool:
    """Nominal use: a noun form, or an ambiguous form ("attack", "sanctions") after a determiner,
    a light verb or an actor ("Russian attack", "Erdogan's visit")."""
    if m.voice == "noun":
        return True
    k = m.start - 1
    if m.voice == "active" and k >= 0 and view.has(k, "determiner"):
        return True  # a verb form after a determiner is a gerund: "the killing of civilians", "the shelling"
    suffix = view.settings.get("participle_suffix", "none")  # lang/<code>/settings.tsv
    if (m.voice == "lit" or (m.voice == "active" and suffix != "none" and view.low[m.end - 1].endswith(suffix))) \
            and undergone(view, m):
        return True  # (helper AY) so behind a receiving verb: "received a stern warning from", "came under Russian attack"
    if m.voice != "lit":
        return False
    if view.is_word(m.start, "weapon_noun") and m.end - m.start > 1:
        return True  # a pattern headed by a weapon: "missile launches", "drone strikes"
    if view.settings.get("ambiguous_reading") == "verb":
        # (a bare form opening the sentence names the act, no command: "Kritik China terhadap Filipina muncul ...")
        return k < 0 or view.has(k, "determiner") or view.has(k, "light_verb") or view.has(k, "undergo")
    # an ambiguous form reads as a verb only right after its subject, an auxiliary, a modal or "to"
    if k < 0 or (view.has(k, "determiner") and _by_gap(view, m)):
        return True  # (a determiner before it, "by" and its agent in its gap: "condemned the strikes by Israel on Lebanon")
    j = k
    while j > 0 and (view.is_word(j, "weapon_noun") or view.is_word(j, "weapon_qualifier")):  # (DS: "an Israeli air strike")
        j -= 1
    before = view.actor_at(j)
    if (j < k and view.has(j, "determiner")) or (before is not None and view.has(before.start - 1, "determiner")):
        return True  # "a drone attack", "a Taliban attack", "a Russian drone attack": a modifier after a determiner
    if view.actor_at(k) is not None or view.is_word(k, "aux") or view.has(k, "negation"):
        return False
    j = k
    while j > 0 and view.tokens[j].text[:1].isupper() and view.actor_at(j) is None and not view.has(j, "determiner"):
        j -= 1
    if j < k and view.has(j, "determiner"):
        return True  # (helper DN) a name of no actor after a determiner: "the Woomera detention centre", as "a Taliban attack"
    if view.tokens[k].text[:1].isupper() and k > 0:
        return False  # right after a name: "British PM May accuses"
    nxt = m.end
    while nxt < view.n and view.has(nxt, "determiner"):
        nxt += 1
    if view.actor_at(nxt) is not None and not view.prep_before(view.actor_at(nxt)) & {"prep_agent", "prep_source"}:
        return False  # a verb takes its object: "allies suspect Iran", "Syria tells US ... forces"
    if any(view.actor_at(j) is not None for j in range(m.start + 1, m.end)):
        return False  # "suspect Iran of": an object inside the pattern
    return not (view.kinds(k) & {"plan", "attempt", "negation", "purpose", "conj", "modal_obligation", "relative"})


def _reduced_relative(view: SentenceView, m: TriggerMatch) -> bool:
    """"a woman arrested in Saudi Arabia", "two Canadians detained in China": a participle of an act done to people
    (event_types.tsv patient_genitive: arrests, attacks), right after the people it names and before a place, is a
    passive with no agent (not "North Korea pledged in a meeting")."""
    if m.end - m.start != 1 or m.entry.frame != "agent" or not event_types().has(m.entry.type, "patient_genitive"):
        return False
    if view.low[m.start - 1:m.start] == [","] and bool(view.kinds(m.end) & _PREPS) and _named_up_to(view, m.start - 1):
        # (helper BV) set off by a comma after the people it names and followed by a preposition, not an object: "a
        # Palestinian, killed in a firefight with Israeli forces", "a Russian journalist, arrested in Minsk last week"
        return True
    place = view.actor_after(m.end + 1) if view.has(m.end, "prep_place") else None  # (not "detained at least 20")
    return place is not None and bool(place.country) and _named_up_to(view, m.start) \
        and not view.is_word(m.start - 1, "aux")


def _named_up_to(view: SentenceView, k: int) -> bool:
    """An actor named by the text (not a pronoun) ends right before token ``k``: the people a participle after it
    names ("a woman arrested in ...", "four villagers suspected of ...")."""
    return any(s.end == k and s.mention.kind != "anaphor" for s in view.actors)


def _charge_participle(view: SentenceView, m: TriggerMatch) -> bool:
    """(part AH) "four villagers suspected of helping rebels", "a man blamed for the fire": a charge's verb in the
    past right after the people it names, its pattern's gap (the object: "suspected them of") left empty, is a
    participle, a passive with no agent; its people (an actor or a plain noun: "herders") are the ones charged, not
    the accusers. The pattern ends in the charge's preposition ("of", "for"; not "expressed disappointment")."""
    # (helper DI) so is one of a longer pattern whose gap after the verb is empty, the charge's preposition (or "of")
    # right after it: "militants from extremist groups accused of staging an attack on India's parliament" (helper DM:
    # not an infinitive's "to", the content of a vote or a move: "The US House of Representatives voted to impeach")
    # (helper DU) not a pattern headed by verbs of saying ("said|claimed|complained ~ ~ meddling"): "The Iranian
    # foreign ministry complained of meddling by Britain" is said by the ministry, no one charged it
    # (the pattern's head forms are read last: a verb of saying heads dozens of them, and most matches fail before)
    pattern = m.entry.pattern
    return m.voice == "past" and event_types().has(m.entry.type, "charges") and len(pattern) >= 3 and pattern[1] == () \
        and m.end - m.start >= 2 and (view.low[m.start + 1] in pattern[2] or view.has(m.start + 1, "prep_patient")) \
        and bool(view.kinds(m.start + 1) & _PREPS) and not (m.end - m.start > 2 and view.has(m.start + 1, "purpose")) \
        and not view.is_word(m.start - 1, "aux") and (view.is_common_noun(m.start - 1) or _named_up_to(view, m.start)) \
        and not any(view.has_cue_word(w, "say_before") or view.has_cue_word(w, "say_after") for w in pattern[0])


def _reporter(view: SentenceView, slot: ActorSlot) -> bool:
    """The actor behind "oleh"/"by" after a verb of report is who reports the act, not its agent (part AM): "Serangan
    terhadap Suriah dilaporkan oleh media Turki", "the attack on Syria was reported by Turkish media"."""
    k = view.prep_index(slot.start)
    return "prep_agent" in view.prep_before(slot) and k > 0 and view.is_word(k - 1, "report_verb")


def _after_light_verb(view: SentenceView, m: TriggerMatch) -> bool:
    """"imposed (10 rounds of) sanctions", "menjatuhkan (10 kali) sanksi", "melakukan serangan"."""
    def blocks(k: int) -> bool:
        slot = view.actor_at(k)
        wordlike = view.low[k][:1].isalnum() or view.low[k][:1] in "$€£¥%"  # "approved a $1.2 billion loan", "a 25% tariff"
        return (slot is not None and slot.mention.kind != "anaphor") or not wordlike or k in view.trigger_starts
    return _word_behind(m.start, 6, lambda k: view.has(k, "light_verb"), blocks)


def _behind_prep(view: SentenceView, slot: ActorSlot) -> bool:
    """A preposition right before an actor (a word of another kind there, "kritik" an abstract object, is none)."""
    return _preposition(view.prep_before(slot))


def _thing_received(view: SentenceView, m: TriggerMatch, u: int, agents: list[ActorSlot],
                    subject: list[ActorSlot]) -> Roles:
    """(helper AY) A plan, policy or act that draws a reaction (the receiving verb at ``u``): aimed at its author
    ("Canada's plan to cap student visas drew criticism from India", "Rencana Israel ... menuai kecaman"); none named,
    the subject's actor, else none ("Kebijakan itu menuai kecaman dari pemerintah Malaysia": an event object)."""
    thing = _subject_thing(view, u)
    right = view.actor_at(thing + 1)  # (a genitive right after a noun with cue kinds: "Rencana Israel")
    named = author_of(view, thing) or (view.compound(right, +1) if right is not None and right.start == thing + 1 else [])
    authors = [a for a in named if a.end <= u and a not in agents]
    if not authors and not subject and (view.is_word(thing - 1, "possessive") or (
            thing + 1 < u and view.tokens[thing + 1].text[:1].isupper())):
        return Roles(())  # an author named but not known ("Waters' statement drew criticism"): not "none named"
    return _roles(m, agents, authors or subject, not authors and not subject)


def _subject_thing(view: SentenceView, u: int) -> int | None:
    """(helper AY) The plan, policy or act a receiving verb's clause opens with, after nothing but determiners, a
    possessor and at most one other word ("Canada's plan to ...", "Kebijakan itu", "The new security law"): its token."""
    other = 0
    for k in range(left_bound(view, u), u):
        if view.is_word(k, "plan_noun") or k in view.trigger_starts or view.is_word(k, "incident_noun") \
                or view.is_word(k, "drawing_act"):
            return k
        slot = view.actor_at(k)
        if slot is not None:
            if view.is_word(slot.end, "possessive"):
                continue
            return None
        if view.is_word(k, "possessive") or view.has(k, "determiner"):
            continue
        other += 1
        if other > 2:
            return None
    return None


def _received_from(view: SentenceView, m: TriggerMatch) -> list[ActorSlot]:
    """(helper AY) The doer of an act undergone named with its noun and no preposition: a genitive right after it
    ("menjadi sasaran kecaman Dewan Keamanan PBB", "mendapat bantuan Jepang") or a modifier between the receiving
    verb and the noun ("came under Russian attack", "the target of Russian attacks")."""
    after = view.actor_at(m.end)
    if after is not None and after.start == m.end and not _behind_prep(view, after) \
            and event_types().has(m.entry.type, "received_genitive"):
        return view.compound(after, +1)
    for k in range(m.start - 1, max(-1, m.start - 3), -1):
        if view.has(k, "undergo") or not view.low[k][:1].isalnum():
            break
        slot = view.actor_at(k)
        if slot is not None and _modifies(view, slot, m):
            return [slot]
    return []


def undergone(view: SentenceView, m: TriggerMatch) -> bool:
    """The noun is the object of a verb whose subject undergoes it ("mendapat (banyak) serangan", "came under
    attack")."""
    return _undergo_at(view, m) is not None


def _undergo_at(view: SentenceView, m: TriggerMatch) -> int | None:
    """The receiving verb among the three words before the noun, or four over an actor modifying it ("came under
    Russian missile attack")."""
    if not view.any_kind("undergo", m.start - 4, m.start):
        return None  # (no receiving verb in reach: most nouns)
    for k in range(m.start - 1, max(-1, m.start - 5), -1):
        if k == m.start - 4 and not any(view.actor_at(j) is not None for j in range(k + 1, m.start)):
            return None
        if view.has(k, "undergo"):
            return k
        if (view.actor_at(k) is not None and not _modifies(view, view.actor_at(k), m)) or not view.low[k][:1].isalnum():
            return None
    return None


def _modifies(view: SentenceView, slot: ActorSlot, m: TriggerMatch) -> bool:
    """An actor right before the noun, or before its weapon words ("Russian (missile) attack")."""
    return all(view.is_word(k, "weapon_noun") for k in range(slot.end, m.start))


def has_passive_aux(view: SentenceView, i: int) -> bool:
    """A passive auxiliary among the three words before token ``i`` ("was", "telah" ... before a passive)."""
    return view.any_kind("passive_aux", max(0, i - 3), i)
