"""Negation, denial, modality and purpose-clause scope for a trigger.

Cues come from the language's ``cues.tsv``; scope is the clause left of the trigger.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.knowledge.event_types import event_types
from warta.pipeline.analysis import ActorSlot, SentenceView
from warta.pipeline.roles import is_coordinated, left_bound
from warta.pipeline.triggers import TriggerMatch

__all__ = ["Modality", "conditional", "find_modality", "headline_future", "is_purpose_clause", "obliged"]

QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "''"})
NEG_WINDOW = 4
MODAL_WINDOW = 5


@dataclass(frozen=True, slots=True)
class Modality:
    negated: bool
    modality: str  # actual | attempted | planned | hypothetical
    denier: ActorSlot | None  # who denies it ("membantah", "denied"), if a denial
    deny_cue: int | None  # token index of the denial cue


def is_purpose_clause(view: SentenceView, m: TriggerMatch) -> bool:
    """True for "untuk bertempur", "to fight" after a non-modal word (a purpose clause, or the content of a
    request: "meminta PBB untuk menekan"), and for the content of a threat, request or pledge: such
    clauses are not coded as acts of their own."""
    if finite_passive(view, m):
        return False
    k = m.start - 1
    while k >= 0 and view.low[k] in QUOTES:
        k -= 1
    start = next((j for j in range(max(0, k - 3), k + 1) if j in view.cues and j + view.cues[j][1] == k + 1), k)
    if k >= 0 and view.has(start, "purpose"):  # one word ("untuk", "to") or several ending here ("aimed at")
        if headline_future(view, start):
            return False
        before = start - 1
        if _inquiry_set_up(view, m, before):
            return False
        return not (before >= 0 and (view.kinds(before) & {"attempt", "plan"} or view.is_word(before, "aspect")
                                     or view.is_word(before, "decision_verb")
                                     or _joint_act(view, before)))  # ("continued to support": the act is done)
    if m.voice not in ("noun", "past", "passive") and k >= 1 and view.has(k, "conj") and any(
            b == k and a >= 1 and view.has(a - 1, "purpose") for a, b in view.trigger_spans):
        # (helper DI) a bare verb joined by "and/or" to the verb of a purpose clause shares it: "powers to detain and
        # interrogate suspects", "untuk menangkap dan memeriksa" (not a past verb of the main clause: "... and killed")
        return True
    if m.voice == "noun" and k >= 1 and view.actor_at(k) is None \
            and view.low[k].isalpha() and view.has(k - 1, "purpose") and not view.kinds(k - 2) & {"attempt", "plan"}:
        return True  # the object of a purpose clause's verb: "untuk mempersiapkan pertemuan kedua antara Kim dan Trump"
    # the content of a threat, request or pledge: "berjanji akan merespons dengan menyerang",
    # "urged Iran to refrain from striking", "vowed to respond by attacking"
    if k >= 0 and view.kinds(k) & {"prep_source", "prep_agent", "prep_target"} and not view.is_word(k, "motion_to"):
        types = event_types()  # (an accused act is coded, claimed by the accuser: ACCUSE holds no such content)
        # "by" names the means of a done act ("fired a warning by taxing Chinese exports"): content only after
        # a clause of purpose or plan ("vowed to respond by attacking", "berjanji akan merespons dengan menyerang")
        means = view.has(k, "prep_agent")
        starts = {b: a for a, b in view.trigger_spans}
        return any(0 < m.start - e <= 8 and types.has(t, "speech_content") and not (means and not any(
            view.kinds(j) & {"purpose", "plan"} and view.actor_at(j + 1) is None and not view.has(j + 1, "determiner")
            for j in range(starts.get(e, e), k))) for e, t in view.trigger_ends)  # (not "a warning to Seoul")
    return (m.voice != "noun" and _asked_of_object(view, k)) or _purpose_with_subject(view, k)


def headline_future(view: SentenceView, k: int) -> bool:
    """(lead, session 32) "Britain to send 100 soldiers to Estonia", "US, China to hold talks": a word of the class
    headline_future right after the sentence's opening subject (every word before it inside a named actor, or a comma
    or conjunction of a list of them) is a headline's future, the verb running text would write before it left out:
    the act that follows is planned, not a purpose."""
    return k >= 1 and view.is_word(k, "headline_future") and all(
        view.actor_at(j) is not None or view.low[j] == "," or view.has(j, "conj") for j in range(k))


def finite_passive(view: SentenceView, m: TriggerMatch) -> bool:
    """"Ukraine's request to join NATO was rejected by Hungary": a verb right after a passive auxiliary and before its
    agent's "by" is the clause's own verb, not the content of a request, pledge or threat named before it (part AF)."""
    return m.voice in ("passive", "past") and m.start >= 1 and view.has(m.start - 1, "passive_aux") \
        and view.has(m.end, "prep_agent")


def _inquiry_set_up(view: SentenceView, m: TriggerMatch, before: int) -> bool:
    """"set up a commission to investigate the disappearances", "membentuk panitia khusus untuk menyelidiki": a body
    of inquiry (word class inquiry_body) right before the purpose clause of an investigation is the inquiry done,
    unless what names the body is itself asked for or promised ("urged the panel to investigate"), or another party
    is told to set it up ("memerintahkan Kapolri membentuk tim untuk mengusut": one actor only before the body)."""
    types = event_types()
    if not types.cameo_has(m.entry.cameo, "inquiry") or not any(
            view.is_word(j, "inquiry_body") for j in range(max(0, before - 2), before + 1)):
        return False
    if sum(1 for s in view.actors if s.end <= before) > 1:
        return False
    return not any(0 < before - e <= 8 and types.has(t, "speech_content") for e, t in view.trigger_ends)


def _purpose_with_subject(view: SentenceView, k: int) -> bool:
    """"mengingatkan, agar seluruh kader mendukung keputusan Presiden", "agar Israel menghentikan serangan": an act
    after a conjunction of purpose and the subject it names (word class purpose_subject, a few words back, no other
    act nor relative clause between) is what is aimed at, not an act done."""
    j = k
    while j >= 0 and k - j < 5 and view.low[j][:1].isalnum() and j not in view.trigger_starts \
            and not view.has(j, "relative"):
        if view.is_word(j, "purpose_subject"):
            return True
        j -= 1
    return False


def _joint_act(view: SentenceView, k: int) -> bool:
    """"Japan is collaborating with the World Bank to assist the tax office": after an act of cooperation with a
    partner, the infinitive is the act done together, not a purpose."""
    partner = view.actor_at(k)
    if partner is None or partner.end != k + 1:
        return False
    prep = view.prep_index(partner.start)
    return prep >= 0 and view.has(prep, "prep_target") and any(
        e == prep and t == "COOPERATE" for e, t in view.trigger_ends)


def _asked_of_object(view: SentenceView, k: int) -> bool:
    """"Presiden meminta Partai Golkar mendukung kebijakan pemerintah", "menolak Turki bergabung": an act whose
    subject is the object of a request, refusal or threat right before it (no complementizer between) is what
    was asked, refused or threatened, not an act done."""
    while k >= 0 and view.actor_at(k) is None and view.low[k].isalpha() and k not in view.trigger_starts \
            and view.is_word(k, "aux"):
        k -= 1
    obj = view.actor_at(k) if k >= 0 else None
    if obj is None:
        return False
    types = event_types()
    ends = {e for e, t in view.trigger_ends if types.has(t, "holds_content") and types.has(t, "speech_act")}
    # (part AD) several objects: the first of them ("mendesak Amerika Serikat dan Inggris memutus pasokan ...")
    j = min(s.start for s in view.compound(obj, -1))
    # the request may stand up to three words before its object ("mendesak agar Fraksi PDI-P ...")
    first = j
    while j not in ends and first - j < 3 and j > 0 and view.actor_at(j - 1) is None \
            and view.low[j - 1].isalpha() and j - 1 not in view.trigger_starts:
        j -= 1
    if j in ends and view.any_kind("complementizer", j, first) and any(
            view.has(a, "deny") and any(view.is_word(i, "news_report") for i in range(a, j))
            for a, b in view.trigger_spans if b == j):
        return False  # (part AF) a denied report's content is the act denied: "menampik laporan bahwa pihaknya mengirim"
    if j in ends and any(b == j and act_subject(view, a) for a, b in view.trigger_spans):
        return False  # (helper DW) caused, not asked: "Tembakan roket dari Suriah mendorong artileri Israel membom ..."
    return j in ends


def act_subject(view: SentenceView, a: int) -> bool:
    """(helper DW) The verb at ``a`` has an act for its subject, no party: a noun trigger before it in its clause
    (back to a comma or the start), every actor between them behind "dari/oleh" ("Tembakan roket dari Gaza mendorong
    Israel ...", "Serangan itu memaksa ..."): a cause, not a speaker who asks."""
    k = a - 1
    while k >= 0 and view.low[k] != "," and not view.is_punct(k):
        if view.has(k, "conj") or k in view.verb_trigger_starts:
            return False  # (the object of a verb before it: "Malaysia mengecam serangan itu dan meminta PBB bertindak")
        slot = view.actor_at(k)
        if slot is not None:
            if not view.prep_before(slot) & {"prep_source", "prep_agent"}:
                return False
            k = slot.start - 1
            continue
        if k in view.noun_trigger_starts:
            return not any(b == k for _, b in view.trigger_spans)
        k -= 1
    return False


def obliged(view: SentenceView, m: TriggerMatch) -> bool:
    """"Rusia harus segera menarik pasukannya", "sanksi terhadap Iran harus tetap diberlakukan", "must withdraw":
    the act is said to be a duty (a modal of obligation right before the verb, or after the act's noun and its
    actors), not reported as done."""
    k = m.start - 1
    while k >= 0 and m.start - k <= 3 and not view.has(k, "modal_obligation") and view.actor_at(k) is None \
            and not view.is_punct(k):
        k -= 1
    if view.has(k, "modal_obligation") and m.voice != "noun":
        return True
    if m.voice not in ("noun", "lit"):
        return False
    for k in range(m.end, min(view.n, m.end + 7)):
        if view.has(k, "modal_obligation"):
            return True
        if view.is_punct(k) or k in view.trigger_starts:
            return False
    return False


CONDITION_WINDOW = 12


def conditional(view: SentenceView, m: TriggerMatch, lo: int) -> bool:
    """(helper DB, session 28) "If US bombers fly over the peninsula again, we will strike Guam", "Iran will attack
    Israeli cities if Israel strikes its nuclear sites", "Jika kapal itu masuk, Korea Utara akan menyerang": a planned
    act whose condition stands in a clause of its own, before the act's clause (``lo``: where it begins) or after the
    act, is supposed, not planned (GUIDELINES: modality hypothetical for jika, bila, if)."""
    before = view.any_kind("hypothetical", max(0, lo - CONDITION_WINDOW), max(0, lo - 1))
    return before or view.any_kind("hypothetical", m.end, min(view.n, m.end + CONDITION_WINDOW))


def find_modality(view: SentenceView, m: TriggerMatch) -> Modality:
    lo = left_bound(view, m.start)
    negated = False
    modality = "actual"
    denier: ActorSlot | None = None
    deny_cue: int | None = None
    for k in range(m.start - 1, max(lo, m.start - NEG_WINDOW) - 1, -1):
        if view.actor_at(k) is not None or view.low[k] == ",":
            break  # (a negation before a comma is its own clause's: "tidak membantu, dan mengecam Rusia")
        if view.has(k, "negation"):
            if " ".join(view.low[k:k + 2]) in view.word_classes["unidentified"]:
                continue  # (helper CG) "Penyerang tak dikenal menikam ...": an unknown doer, no act denied
            # ... but not one that a word right after it turns into its opposite: "tidak hanya mengecam", "tak segan
            # menindak", "did not hesitate to condemn" (word class litotes) say the act is done
            negated = not (k + 1 < m.start and view.is_word(k + 1, "litotes"))
            break
    for k in range(m.start - 1, max(lo, m.start - MODAL_WINDOW) - 1, -1):
        if view.actor_at(k) is not None and not view.has(k, "determiner"):
            break  # (a possessive is no party: "menunda kunjungannya", "postponed its attack")
        kinds = view.kinds(k)
        if headline_future(view, k):
            modality = "planned"
            break
        if "attempt" in kinds:
            modality = "attempted"
            break
        # "akan menyerang"; "menunda kunjungannya": still planned (but not "rencana itu ditolak": the plan is what
        # the passive verb acts on)
        if kinds & {"plan", "postpone"} and not (m.voice == "passive" and view.is_word(k, "plan_noun")):
            modality = "planned"
            break
    if view.any_kind("hypothetical", lo - 1, m.start) or (modality == "planned" and conditional(view, m, lo)):
        modality = "hypothetical"
    # denial scope: "X membantah (bahwa) ... TRIGGER", "X denied sending ..."; (helper BJ) not a saying of its own
    # in a finite form coordinated after it: "rejected the accusations and accused Kyiv of staging the attack",
    # "membantah tuduhan itu dan menuduh Kyiv ..." (the accusation is made, not denied)
    own_saying = m.voice in ("active", "past") and is_coordinated(view, m) \
        and event_types().has(m.entry.type, "speech_act")
    # the words before the trigger, back to a denial (none to walk when no denial stands before it)
    scope = () if own_saying or not view.any_kind("deny", 0, m.start) else range(m.start - 1, -1, -1)
    for i in scope:
        # (helper AQ) a word inside a denial of several words is the denial's ("denied reports that ...": "reports"
        # alone is a reporting cue): k is where the denial that covers token i begins, else i
        k = next((j for j in range(max(0, i - 3), i) if j in view.cues and "deny" in view.cues[j][0]
                  and j + view.cues[j][1] > i), i)
        if view.has(k, "deny"):
            deny_cue = k
            negated = not negated
            for slot in reversed(view.actors):
                if slot.end <= k:
                    denier = slot
                    break
            break
        if view.is_punct(k) or view.kinds(k) & {"say_before", "say_after", "according_to"}:
            break  # "denied the accusation and said its fighters had targeted ...": a new statement
        if view.low[k] == "," and k + 1 in view.trigger_starts and k + 1 <= m.start:
            break  # "denied giving aid to Russia, rejecting accusations": a clause of its own
    return Modality(negated, modality, denier, deny_cue)
