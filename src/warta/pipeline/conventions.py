"""Coding conventions as a registry of named rules, each with a stage.

The coder (:mod:`warta.pipeline.events`) takes every trigger candidate through four stages:

- ``gate``   drops a candidate before its roles are looked for (returns the reason);
- ``fill``   fills or changes its source–target pairs (``Candidate.pairs``), or drops it;
- ``recode`` changes the type, code or actor a pair is coded with (``Draft``);
- ``veto``   drops a finished event (returns the reason).

``RULES`` lists every rule once, in the order it runs. A rule that changes an event leaves its id in
``Event.rules``; one that drops a candidate or an event leaves its id and reason in the candidate's
:class:`Outcome`, which ``warta extract --explain`` prints. Facts about event types stay in
``knowledge/event_types.tsv``; what is here is the code that reads them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from warta.knowledge.actor_code import ActorCode
from warta.knowledge.countries import party_sectors
from warta.knowledge.event_types import event_types
from warta.model import Event, PlaceMention, QuantityMention, SentenceRef
from warta.pipeline import anchors, practice
from warta.pipeline.analysis import ActorSlot, SentenceView
from warta.pipeline.attribution import find_attribution
from warta.pipeline.casing import function_words, is_title_case
from warta.pipeline.modality import (
    Modality,
    act_subject,
    conditional,
    find_modality,
    finite_passive,
    is_purpose_clause,
    obliged,
)
from warta.pipeline.numbers import number_lexicon
from warta.pipeline.quantity import currency_units
from warta.pipeline.roles import (
    Roles,
    aimed_at,
    author_of,
    bare_noun,
    between,
    find_roles,
    handed_to,
    is_coordinated,
    is_noun,
    left_bound,
    met_organs,
    right_bound,
    subject_of,
    talks_setting,
    two_parties,
    undergone,
)
from warta.pipeline.triggers import TriggerMatch, ends_in_clitic

__all__ = ["RULES", "STAGES", "Candidate", "Draft", "Outcome", "Rule", "Scene", "apply", "stage"]

STAGES = ("gate", "fill", "recode", "veto")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    stage: str
    apply: Callable[..., Any]
    early: bool = False  # a gate that runs before the other triggers are sorted out: Scene.matches holds them all

    @property
    def doc(self) -> str:
        return (self.apply.__doc__ or "").strip().splitlines()[0]


@dataclass(slots=True)
class Scene:
    """One sentence being coded: its view, surviving trigger matches and the events coded so far."""

    view: SentenceView
    count: Callable[[], list[QuantityMention]]  # finds the sentence's quantities (see ``quantities``)
    places: list[PlaceMention]
    prior: list[Event]  # the article's events before this candidate (earlier sentences and this one)
    matches: list[TriggerMatch] = field(default_factory=list)
    seen: list[tuple[tuple[str, str, str], int, tuple[int, int]]] = field(default_factory=list)
    plans: list[tuple[int, str, str]] = field(default_factory=list)  # plans made in the article: practice.plan_author
    _quantities: list[QuantityMention] | None = field(default=None, repr=False, compare=False)

    @property
    def quantities(self) -> list[QuantityMention]:
        """The sentence's quantities, found on first use: most sentences with a trigger give no event and never
        ask (a pure function of the sentence, so when it is found changes nothing)."""
        if self._quantities is None:
            self._quantities = self.count()
        return self._quantities


_UNSET = object()


@dataclass(slots=True)
class Candidate:
    """A trigger candidate on its way through the stages."""

    scene: Scene
    match: TriggerMatch
    roles: Roles = Roles(())
    pairs: list[tuple[ActorSlot, ActorSlot | None]] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # fill rules that changed its pairs
    antecedent: Event | None = None  # the act it names again (act-anaphor): its date and place when none is given
    # worked out once for the candidate, on first use (it lives for one sentence, so nothing goes stale)
    _later: ActorSlot | None | object = field(default=_UNSET, repr=False, compare=False)
    _modality: dict[TriggerMatch, Modality] = field(default_factory=dict, repr=False, compare=False)
    # the scene's view (a scene keeps its view for its sentence): read by every rule, so an attribute, not a property
    view: SentenceView = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.view = self.scene.view

    def modality(self, m: TriggerMatch) -> Modality:
        """find_modality of a match of this candidate (its own, or one a recode put in its place), once."""
        found = self._modality.get(m)
        if found is None:
            found = self._modality[m] = find_modality(self.view, m)
        return found

    def later_victims(self) -> ActorSlot | None:
        """_later_victims, once."""
        if self._later is _UNSET:
            self._later = _later_victims(self)
        return self._later  # type: ignore[return-value]


@dataclass(slots=True)
class Draft:
    """One source–target pair of a candidate, before and while it becomes an event."""

    src: ActorSlot
    tgt: ActorSlot | None
    match: TriggerMatch
    type: str
    cameo: str
    rules: list[str] = field(default_factory=list)
    stated: str = ""  # the target's country named next to it ("police in Dhaka"), set by the coder
    refused: bool = False  # recoded as a refusal: the negation the text gives is the act, not a denial of it
    guess: bool = True  # an unnamed source may take its country from its target or the article, not only its place
    modality: str = ""  # set by a recode whose act is itself the event, whatever its words' modality ("a threat")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one trigger candidate: the events it gave and what dropped it or some of its pairs."""

    sentence: SentenceRef
    trigger: str
    type: str
    cameo: str
    events: tuple[Event, ...]
    dropped: tuple[tuple[str, str], ...]  # (rule id, reason)
    entry: str = ""  # the trigger lexicon entry that fired (file:line), for counting firings per entry


def apply(rules: tuple[Rule, ...], c: Candidate, *args: Any) -> tuple[str, str] | None:
    """Run ``rules`` on a candidate (and a draft and event for recode and veto rules): ids of the rules that
    changed something are recorded; the first that drops ends the run and gives ``(rule id, reason)``."""
    # (what is compared is taken inline, per stage: a fill rule's pairs, a recode rule's draft; gates and vetoes
    # change nothing that is recorded)
    for r in rules:
        stage = r.stage
        if stage == "fill":
            before: object = list(c.pairs)
            reason = r.apply(c, *args)
            if reason:
                return r.id, reason
            after = c.pairs  # (a list most often: compared as it is, not copied again)
            if before != (after if type(after) is list else list(after)):
                c.rules.append(r.id)
        elif stage == "recode":
            d = args[0]
            before = d.match, d.type, d.cameo, d.src, d.tgt, d.guess
            reason = r.apply(c, *args)
            if reason:
                return r.id, reason
            if before != (d.match, d.type, d.cameo, d.src, d.tgt, d.guess):
                d.rules.append(r.id)
        else:
            reason = r.apply(c, *args)
            if reason:
                return r.id, reason
    return None


def stage(name: str, early: bool = False) -> tuple[Rule, ...]:
    return tuple(r for r in RULES if r.stage == name and r.early == early)


# -- gates ----------------------------------------------------------------------------------------
def _inside_actor(c: Candidate) -> str | None:
    """A trigger whose head word is inside a named actor ("Dewan Keamanan", "Federation of ..."), inside a word
    for police or troops ("riot police", "pasukan antihuru-hara") or the start of "according to" is not one."""
    if c.view.has(c.match.start, "according_to"):
        return "part of a phrase that names a source"  # ("according to rights groups": no grant of rights)
    slot = c.view.actor_at(c.match.start)
    if slot is not None and (not ActorCode(slot.code).is_sector and slot.mention.kind != "sector"
                             or ActorCode(slot.code).of_class("forces") and c.match.end < slot.end
                             # (part V) a word of a body's name ("Fine Gael", "Economic Freedom Fighters")
                             or slot.mention.known_organisation() and c.match.end <= slot.end):
        return f"inside the actor name {slot.mention.text!r}"
    if slot is not None and _agent_noun_of_verb(c, slot):
        return f"the doer {slot.mention.text!r} of the act a verb after it names"
    return None


def _work_title(c: Candidate) -> str | None:
    """(helper DW) "Buku berjudul Dukungan Amerika untuk Israel diluncurkan", "a film titled Invasion": a capitalised
    trigger right after a word that introduces a title (word class work_title; a quotation mark between) opens the
    name of a work, no act."""
    view, k = c.view, c.match.start - 1
    while k >= 0 and view.low[k] in ('"', "“", "‘", "'"):
        k -= 1
    if k >= 0 and view.is_word(k, "work_title") and view.tokens[c.match.start].text[:1].isupper():
        return "the title of a work, no act"
    return None


def _agent_noun_of_verb(c: Candidate, slot: ActorSlot) -> bool:
    """(helper DK, session 30) "an apparent Palestinian suicide bomber blew himself up outside the Hilton Hotel": a noun
    of an act that is the head of a sector phrase naming its doer (a word of the phrase before it: "Palestinian")
    names the doer of the act a verb of the same type after it in the clause codes, not a second act (whose parties
    would be guessed from the place)."""
    m, view = c.match, c.view
    if slot.mention.kind != "sector" or not slot.start < m.start or m.end != slot.end:
        return False
    hi = right_bound(view, slot.end)
    return any(n is not m and n.entry.type == m.entry.type and slot.end <= n.start < hi
               and not is_noun(n, view) for n in c.scene.matches)


def _venue_of_act(c: Candidate) -> str | None:
    """(helper CO) "memasuki ruang rapat konsultasi pimpinan fraksi", "tidak mendekati lokasi-lokasi demonstrasi": a
    noun of an act right after a word for a room or a site (word class venue_noun), over at most one plain word,
    names the place, not an act held there."""
    view, m = c.view, c.match
    if m.voice not in ("noun", "lit") and m.start not in view.noun_trigger_starts:
        return None
    for k in (m.start - 1, m.start - 2):
        if view.is_word(k, "venue_noun"):
            return "a place named by the act held there"
        if view.actor_at(k) is not None or not view.is_common_noun(k):
            return None
    return None


def _purpose(c: Candidate) -> str | None:
    """"untuk bertempur", "to fight", "meminta PBB untuk menekan": a purpose or the content of another act."""
    return "a purpose clause or the content of another act" if is_purpose_clause(c.view, c.match) else None


def _act_cause(c: Candidate) -> str | None:
    """(helper DW) "Tembakan roket dari Gaza mendorong Israel melancarkan serangan udara": a verb of asking whose subject
    is an act, no party (modality.act_subject), says what the act caused; no one asked."""
    m = c.match
    types = event_types()  # (an asking that holds what is asked: not a verdict, "merupakan bukti lemahnya Polri")
    if m.voice == "active" and types.has(m.entry.type, "speech_act") and types.has(m.entry.type, "holds_content") \
            and act_subject(c.view, m.start):
        return "caused by an act, not asked by a party"
    return None


def _reporting_cue(c: Candidate) -> str | None:
    """A one-word trigger that is also a reporting verb reports when a clause or quote follows it
    ("mengakui bahwa ...") and codes an act when an actor does ("mengakui pemberontak")."""
    view, m = c.view, c.match
    kinds = view.kinds(m.start)
    if not kinds & {"say_before", "say_after", "according_to", "deny"} or m.end - m.start != 1:
        return None
    if m.voice == "passive" and not kinds - {"deny"}:
        return None  # "Tuduhan itu dibantah oleh Rusia": what a passive denial denies is its subject, no report (part AF)
    if kinds & {"say_after", "according_to", "deny"} or not (m.end < view.n and view.actor_at(m.end) is not None):
        return "a reporting verb, not an act"
    return None


def _anon_cue(c: Candidate) -> str | None:
    """"pejabat yang menolak disebutkan namanya", "an official who refused to be named": a trigger inside the
    phrase that hides a source's name is no act."""
    view, k = c.view, c.match.start
    for start, (kinds, length) in view.cues.items():
        if "anon" in kinds and start < k < start + length:
            return "part of a phrase that hides the name of a source"
    return None


def _speculative(c: Candidate) -> str | None:
    """"diperkirakan akan", "is likely to", "mencegah serangan", "postponed the visit": speculation and acts
    prevented, postponed or rejected are content, not reported acts."""
    return "speculated, prevented or put off: content, not an act" if practice.speculative(c.view, c.match) else None


def _restated_act(c: Candidate) -> str | None:
    """"Saudi Arabia blamed Iran for the attacks, an accusation Tehran denied", "Militants stormed the hotel, an attack
    that ...", "..., tuduhan yang dibantah Teheran": a noun set off by a comma after a verb of its type names that
    verb's act again (one event, coded once at its verb; not a list of acts named by nouns, "penembakan misterius,
    penculikan aktivis")."""
    m, view = c.match, c.view
    k = m.start - 1
    article = view.has(k, "determiner")  # ("an accusation": a noun, whatever its entry's voice)
    if k < 1 or not (article or is_noun(m, view)):
        return None
    k -= 1 if article else 0
    if view.low[k] == "," and any(n.entry.type == m.entry.type and n.end <= k and not is_noun(n, view)
                                  for n in c.scene.matches):  # (its act a verb's: not a list of nouns)
        return "a noun after a comma names again the act of its clause"
    return None


def _sport(c: Candidate) -> str | None:
    """"Timnas Indonesia menghajar Brunei 6-0 pada laga kualifikasi", "Japan attacked in the second half": force
    verbs in a sports report (a sport word anywhere in the sentence) are play, not force."""
    if not event_types().has(c.match.entry.type, "not_in_sport"):
        return None
    if c.view.any_kind("sport", 0, c.view.n):
        return "a sports report: play, not force"
    if _won_by_margin(c.view, c.match):
        return "a win by a margin: a match or a vote, not force"
    return None


def _won_by_margin(view: SentenceView, m: TriggerMatch) -> bool:
    """(helper DK, session 30) "Australia has beaten South Africa by 246 runs", "Labor defeated the Liberals by 12
    seats": a verb of force followed, within a few words, by a margin ("by" a number and a word of the class
    margin_unit: runs, wickets, points, goals, seats, votes) tells a win in a match or a vote, not force."""
    for k in range(m.end, min(view.n - 2, m.end + 6)):
        if view.has(k, "prep_agent") and (view.low[k + 1][:1].isdigit()
                                          or view.low[k + 1] in number_lexicon(view.lang).count_words) \
                and view.is_word(k + 2, "margin_unit"):
            return True
    return False


def _open_question(c: Candidate) -> str | None:
    """"Analysts questioned whether the Fed would cut rates", "Pengamat mempertanyakan apakah BI akan menurunkan suku
    bunga": a verb of doubt right before an open question ("whether", "apakah") asks, it accuses no one (an
    inquiry into whether something happened is still an inquiry: "menyelidiki apakah Bolsonaro merencanakan kudeta")."""
    m, view = c.match, c.view
    if m.entry.type == "ACCUSE" and view.is_word(m.end - 1, "doubt_verb") and view.is_word(m.end, "open_question"):
        return "an open question asked, not an accusation"
    return None


def _goal_set(c: Candidate) -> str | None:
    """"KemenPANRB menargetkan pendaftar CPNS mencapai 4,43 juta orang": a verb of aiming (word class aim_verb) with
    a goal word after it, before the next comma or full stop, sets a target; it strikes none (tuning part R)."""
    view, m = c.view, c.match
    if not view.is_word(m.start, "aim_verb"):
        return None
    k = m.end
    while k < min(view.n, m.end + 10) and view.low[k] not in (",", ".", ";", ":"):
        if view.is_word(k, "goal_word"):
            return "a goal set, not a target struck"
        k += 1
    return None


def _abstract_object(c: Candidate) -> str | None:
    """"diberi waktu", "gave details", "menduduki peringkat": a transfer or seizure of no material thing."""
    return "its object is no material thing" if practice.abstract_object(c.view, c.match) else None


def _described_text(c: Candidate) -> str | None:
    """"in a statement received by AFP", "a videotape released by the Pentagon", "surat yang dikirim oleh KPK": a past
    participle right after a text (word class authored_doc; a relative word may stand between) and before its agent
    describes the text by who received, released or sent it; no visit, release or aid of its own (helper CN, the
    sampled firings of 'received' and 'released' on Lee news)."""
    view, m = c.view, c.match
    if m.voice not in ("past", "passive") or m.end >= view.n or not view.has(m.end, "prep_agent"):
        return None
    k = m.start - 1
    if k > 0 and view.has(k, "relative"):
        k -= 1
    return "a text described by who received, released or sent it" if k >= 0 and view.is_word(k, "authored_doc") \
        else None


def _side_fought_for(c: Candidate, d: Draft, e: Event) -> str | None:
    """"an Australian who has been fighting for the Taliban", "berperang untuk ISIS": a party right after the verb
    behind a word of the class side_prep is the side fought for, not the one attacked (type fact sided)."""
    if d.tgt is None or not event_types().has(d.type, "sided"):
        return None
    i = c.view.prep_index(d.tgt.start)
    if i == d.match.end and c.view.is_word(i, "side_prep"):
        return f"{d.tgt.mention.text} is the side fought for"
    return None


def _joined_side(c: Candidate, d: Draft, e: Event) -> str | None:
    """(helper DK, session 30) "an Adelaide man suspected of fighting alongside the Taliban", "an Australian man who has
    been fighting with the Taliban": a private person (sector class private, or a demonym standing for one) fighting
    alongside or with (word class comitative_with) an armed group (class armed, no state organ) named after the verb
    has joined its side: no act of force between them, either way, and no cooperation of states (the tuning gold codes
    none); a clash (a mutual pattern: "villagers clashed with Taliban fighters") and a fight with police stay hostile."""
    m = d.match
    if d.tgt is None or m.entry.frame == "mutual" or not (
            event_types().has(d.type, "sided") or d.type == "COOPERATE" and m.entry.mode == "military"):
        return None
    for person, group in ((d.src, d.tgt), (d.tgt, d.src)):
        code, side = ActorCode(person.code), ActorCode(group.code)
        if not (code.of_class("private") or person.mention.kind == "demonym" and not code.rest) \
                or not side.of_class("armed") or side.of_class("state") or group.start < m.end:
            continue
        i = c.view.prep_index(group.start)
        if d.type == "COOPERATE" and i == m.end - 1 or i == m.end and c.view.is_word(i, "comitative_with"):
            return f"{person.mention.text!r} joined the side of {group.mention.text!r}"
    return None


def _object_of_act(c: Candidate) -> str | None:
    """"mendanai operasi militer", "menangkap 30 pengunjuk rasa", "the execution of protesters": a one-party noun
    right after another act is that act's object, not an act itself."""
    m, view = c.match, c.view
    # (part AI) so is a noun that names the people who act ("protesters"), whatever its frame
    people = (head := view.actor_at(m.start)) is not None and ActorCode(head.code).is_sector
    # (part AU) and so is a protest named by a noun of any frame: "used live fire to break up protests", "banned
    # protests", "membubarkan unjuk rasa" (the protest is what is dispersed, not one its disperser held)
    protest = event_types().has(m.entry.type, "object_noun")
    if (m.entry.frame != "intrans" and not people and not protest) or m.voice not in ("noun", "lit"):
        return None
    ends = {n.end for n in c.scene.matches}
    k = m.start
    while k > 0 and (view.low[k - 1][:1].isdigit() or view.has(k - 1, "determiner")) and k not in ends:
        k -= 1
    if k not in ends and k > 0 and (view.has(k - 1, "prep_patient") or view.has(k - 1, "prep_target")):
        k -= 1  # "the execution of protesters"; (part AI) "opened fire on protesters", "fired tear gas at protesters"
    return "the object of the act before it" if k in ends else None


def _demand_subject(c: Candidate) -> str | None:
    """"Para pengunjuk rasa di Dhaka menuntut pengunduran diri perdana menteri": a noun of protesters that is the
    subject of a demand right after it (a place between) acts by that demand (REQUEST), not by a protest of its own,
    as in English, where "Protesters in Dhaka demanded ..." gives the demand alone (part AU)."""
    m, view = c.match, c.view
    head = view.actor_at(m.start)
    if not event_types().has(m.entry.type, "demand_subject") or m.voice not in ("noun", "lit") or head is None \
            or ActorCode(head.code).last_sector != "CVL":
        return None
    # (not a demand in a relative clause: "Demonstran Peru yang menuntut pembubaran Kongres membakar ...")
    demand = any(event_types().has(n.entry.type, "voiced_demand") and m.end <= n.start <= m.end + 4 and n.voice == "active"
                 and not view.any_kind("relative", m.end, n.start) for n in c.scene.matches)
    return "the subject of a demand" if demand else None


def _remembered(c: Candidate) -> str | None:
    """"A new documentary recalls the student protests of 1968", "marked the anniversary of the crackdown",
    "mengenang unjuk rasa mahasiswa 1998": a noun of an act after a word of remembrance (word class remembrance, up to
    three words before it, a determiner, "of" or a year between) is history told, not an act reported (part AU)."""
    if c.match.voice not in ("noun", "lit"):
        return None
    return "history remembered, not an act reported" if _word_before_noun(c, "remembrance") else None


def _word_before_noun(c: Candidate, word_class: str) -> bool:
    """A word of ``word_class`` stands up to three words before the act's noun, no other act between."""
    m, view = c.match, c.view
    ends = {n.end for n in c.scene.matches if n.start < m.start}
    for k in range(m.start - 1, max(-1, m.start - 4), -1):
        if view.is_word(k, word_class):
            return True
        if k + 1 in ends:
            return False  # another act stands between
    return False


def _onlooker(c: Candidate) -> str | None:
    """"Wartawan meliput unjuk rasa mahasiswa", "polisi mengawal demonstrasi buruh", "Police guarded a rally by
    exiles", "reporters covering the protest": a noun of an act right after a word of covering, guarding or watching
    it (word class onlooker, up to three words before it, a determiner between) is watched by the verb's subject, who
    is not its author; the noun is the verb's object, not an act of that subject (helper BN).  Not a noun whose
    parties are named inside it (a mutual frame: "guarded the talks between X and Y") or after "by" right after it ("the
    demonstration by South Korean students"; a plain noun after it, "unjuk rasa mahasiswa Indonesia", is read as the
    onlooker's by the roles, so the act is left uncoded rather than given to the onlooker)."""
    m, view = c.match, c.view
    if m.voice not in ("noun", "lit") or m.entry.frame == "mutual":
        return None
    # (the act's own authors named right after it keep it: "filmed the demonstration by South Korean students")
    if view.has(m.end, "prep_agent") and view.actor_at(m.end + 1) is not None:
        return None
    return "an act watched, covered or guarded, not done by the onlooker" if _word_before_noun(c, "onlooker") else None


def _signed_object(c: Candidate) -> str | None:
    """"menandatangani kerja sama ekonomi", "will sign economic cooperation": a noun right after a signing (CAMEO
    facts ``signing``) is what is signed, not an act of its own."""
    m = c.match
    if m.voice not in ("noun", "lit"):
        return None
    signed = any(n.end == m.start and event_types().cameo_has(n.entry.cameo, "signing") for n in c.scene.matches)
    if signed:
        return "what a signing signs"
    # (part AR) so is a tie named right after a verb of talks: "membahas kerja sama perdagangan", "discussed
    # security cooperation" (what is discussed; the talks are coded); not talks after talks ("brokered talks between")
    if m.entry.frame == "mutual" and m.entry.type != "CONSULT" and any(
            n.end == m.start and n.entry.type == "CONSULT" and n.voice in ("active", "past") for n in c.scene.matches):
        return "what talks are about"
    # (part AD) ties named right after an accord's noun are its subject: "perjanjian kerja sama pertahanan itu
    # ditandatangani ...", "kesepakatan kerja sama" (word class accord_noun)
    if m.entry.frame == "mutual" and c.view.is_word(m.start - 1, "accord_noun"):
        return "what an accord is about"
    return None


def _pledged_content(c: Candidate) -> str | None:
    """(part AD) "sepakat memperkuat kerja sama pertahanan", "sepakat menggelar latihan militer bersama": a tie (a
    mutual frame) an agreement names right after it is what is agreed, not a tie that holds (the agreement is coded);
    a one-sided act a party says it is willing to do stays, planned ("bersedia menarik pasukannya")."""
    m = c.match
    if m.entry.frame != "mutual":
        return None
    for n in c.scene.matches:
        if n is not m and n.entry.type == "AGREE" and n.end <= m.start \
                and practice.pledge_content(c.view, n, c.scene.matches) is m:
            return "what an agreement or pledge names: content, not an act"
    return None


def _talks_noun_of(view, m, n) -> bool:
    """The noun of talks ``m`` (a noun of a mutual frame) stands right after the request, refusal, pledge or threat
    ``n`` (a type with the fact `speech_content`), determiners between."""
    if m.entry.frame != "mutual" or n is m or not is_noun(m, view) or not event_types().has(n.entry.type, "speech_content"):
        return False
    k = m.start
    while k > n.end and view.has(k - 1, "determiner"):
        k -= 1
    return k == n.end


def _talks_asked(c: Candidate) -> str | None:
    """"menolak pembicaraan dengan Hamas", "meminta pertemuan dengan Perdana Menteri Malaysia", "menyetujui
    perundingan dengan Ukraina": talks named right after a request, refusal, pledge or threat are what it asks for,
    refuses or agrees to, not talks held (the pledge is to meet: AGREE 036)."""
    if any(_talks_noun_of(c.view, c.match, n) for n in c.scene.matches):
        return "talks asked for, refused or agreed to, not held"
    return None


def _talks_topic(c: Candidate) -> str | None:
    """(helper BU, part Y) "the talks ended without agreement on the deployment of an international force",
    "kesepakatan soal penarikan pasukan": the noun of an act right after a preposition of a topic (word class
    topic_prep) behind a noun of talks or an accord (word class topic_head), determiners between, is what the parties
    discuss or settle, not an act that happened."""
    view, m = c.view, c.match
    if not is_noun(m, view):
        return None
    k = m.start
    while k > 0 and view.has(k - 1, "determiner"):
        k -= 1
    if k >= 2 and view.is_word(k - 1, "topic_prep") and view.is_word(k - 2, "topic_head"):
        return "the topic of talks or an accord, not an act held"
    return None


def _embedded(c: Candidate) -> str | None:
    """"melarang Iran menggelar uji coba rudal", "urged Iran to stop enrichment": what another act bans,
    asks for or threatens is its content."""
    return "the content of a ban, request or threat" if practice.embedded_content(c.view, c.match, c.scene.matches) else None


def _announced_content(c: Candidate) -> str | None:
    """"menolak bekerja sama dengan AS", "mengancam akan memberlakukan jam malam": the verb a threat, demand or
    refusal names is what it threatens, demands or refuses, not an act that happened."""
    m = c.match
    if m.voice == "noun" or finite_passive(c.view, m) or _voiced_reaction(c.view, m):
        return None
    for n in c.scene.matches:
        if n is not m and event_types().has(n.entry.type, "content_recipient") and n.end <= m.start \
                and practice.announced_act(c.view, n, c.scene.matches) is m:
            return f"what «{n.entry.type.lower()}» names: content, not an act"
    return None


def _voiced_reaction(view: SentenceView, m: TriggerMatch) -> bool:
    """(helper DU) A reaction named by a noun with its author behind "from/by" in its phrase was voiced, whatever is
    done to it: "rejected criticism from Russia of the sanctions", "dismissed criticism of its policy from the UN
    refugee agency" (the criticism was made; not "refused to condemn", a verb, nor "rejected criticism", none named)."""
    if m.voice != "lit" or m.end - m.start != 1 or not event_types().has(m.entry.type, "reaction"):
        return False
    for k in range(m.end, min(view.n, m.end + 10)):
        if view.is_punct(k) or view.low[k] == "," or k in view.verb_trigger_starts:
            return False
        a = view.actor_at(k)
        if a is not None and a.start == k and view.prep_before(a) & {"prep_source", "prep_agent"}:
            return True
    return False


def _inquiry_addressed(c: Candidate) -> str | None:
    """(helper DI) "told a Senate inquiry that ...", "should explain to a full Senate inquiry how he handled the
    claims": an inquiry named as the one told or addressed (a word of the classes addressing_verb or addressee_prep
    before it, its determiner, qualifiers and owner between) is the body spoken to, not an inquiry opened into
    anyone (word class inquiry_body; CAMEO fact inquiry)."""
    view, m = c.view, c.match
    if m.end - m.start != 1 or m.voice not in ("noun", "lit") or not view.is_word(m.start, "inquiry_body") \
            or not event_types().cameo_has(m.entry.cameo, "inquiry"):
        return None
    for k in range(m.start - 1, max(-1, m.start - 6), -1):
        if view.is_word(k, "addressing_verb") or view.is_word(k, "addressee_prep"):
            return "the inquiry is the body addressed, not an act"
        if not (view.has(k, "determiner") or view.actor_at(k) is not None
                or (view.low[k].isalpha() and not view.kinds(k) and k not in view.trigger_starts)):
            return None
    return None


def _attributive_participle(c: Candidate) -> str | None:
    """"the occupied Palestinian territories", "the besieged city of Mariupol": a past participle between a
    determiner and the noun phrase it qualifies is an adjective, not an act (one word; not "the occupied by"); so is
    one right after a preposition ("an investigation into alleged abuses", "with alleged links to"); and a participle
    of stance right after a noun, before its "to" (word class stance_participle: "militants opposed to the deal")."""
    view, m = c.view, c.match
    before = m.start - 1
    if m.voice == "past" and m.end - m.start == 1 and view.is_word(m.start, "stance_participle") \
            and view.has(m.end, "prep_target") and not view.is_word(before, "aux"):
        return "a stance after a noun"  # "fundamentalists opposed to the US presence" (tuning part X)
    if m.voice != "past" or m.end - m.start != 1 or m.end >= view.n or not (
            view.has(before, "determiner") or view.has(before, "prep_target") or view.has(before, "prep_topic")):
        return None
    nxt = m.end
    if view.kinds(nxt) or not view.low[nxt][:1].isalnum() or nxt in view.trigger_starts:
        return None
    return "an adjective before a noun"


def _held_description(c: Candidate) -> str | None:
    """"Krimea yang diduduki Rusia", "the West Bank, which is occupied by Israel", "Golan, held by Israel": a passive of
    holding (word class held_by) in a relative clause or apposition right after a named place says who holds it; it
    describes the place, no act."""
    view, m = c.view, c.match
    if m.voice not in ("passive", "past") or not view.is_word(m.start, "held_by"):
        return None
    k = m.start - 1
    while k >= 0 and practice.held_link(view, k):
        k -= 1
    passive = m.voice == "passive" or view.has(m.end, "prep_agent") or any(
        view.has(j, "passive_aux") for j in range(k + 1, m.start))  # (an English participle: "which is occupied by")
    if k == m.start - 1 or k < 0 or not passive:
        return None
    slot = view.actor_at(k)
    named = (slot is not None and slot.mention.kind in ("place", "country")) or any(
        view.token_at(p.end - 1) == k for p in c.scene.places)
    return "who holds a place, no act" if named else None


def _light_verb_carrier(c: Candidate) -> str | None:
    """"menyetujui pinjaman untuk Pakistan", "approved a loan": a one-word trigger that is also a light verb
    before a noun of another act only carries that act."""
    view, m = c.view, c.match
    if m.end - m.start != 1 or not view.has(m.start, "light_verb"):
        return None
    # (part AF) not one of a plan's content: "menyetujui usulan gencatan senjata" approves the proposal; (part AW) nor a
    # noun that is itself a plan or request: "menyetujui permohonan ekstradisi yang diajukan Indonesia" approves it
    # (helper BQ) nor a noun behind another act's words: "menyetujui gencatan senjata setelah bentrokan" agrees to the
    # truce, the clash after it is no object of the verb
    if any(n.voice == "noun" and m.end <= n.start <= m.end + 3 and n.entry.type != m.entry.type
           and not _talks_noun_of(view, n, m) and not any(view.is_word(k, "plan_noun") for k in range(m.end, n.start + 1))
           and not any(o is not n and m.end <= o.start and o.end <= n.start for o in c.scene.matches)
           for n in c.scene.matches):
        return "a light verb carrying the noun of another act"
    return None


def _natural_hazard(c: Candidate) -> str | None:
    """"Major quakes hit Lombok, killing more than 500 people", "banjir bandang menewaskan 12 warga", "were killed
    by floods": harm done by a natural hazard (word class hazard) in the clause before it, or its agent after
    "by/oleh", is no one's act."""
    view, m = c.view, c.match
    if not event_types().has(m.entry.type, "victims"):
        return None
    lo = left_bound(view, m.start)
    before = range(lo, m.start)
    after = range(m.end, min(view.n, m.end + 4))
    if any(view.is_word(k, "hazard") for k in before) or _hazard_head(view, lo) or any(
            view.has(k - 1, "prep_agent") and view.is_word(k, "hazard") for k in after):
        return "harm done by a natural hazard"
    return None


def _hazard_warning(c: Candidate) -> str | None:
    """"BMKG memperingatkan warga akan potensi banjir", "warned residents of floods": a warning of a natural hazard
    (word class hazard) named right after it is a forecast, not a threat."""
    view, m = c.view, c.match
    if m.entry.type != "THREATEN":
        return None
    hi = min(right_bound(view, m.end), m.end + 6)
    return "a warning of a natural hazard" if any(view.is_word(k, "hazard") for k in range(m.end, hi)) else None


def _posed_danger(c: Candidate) -> str | None:
    """(part X) "North Korea poses a serious threat to Japan", "the threat he posed": a threat posed (word class
    pose_verb a little before or after the noun) is a danger someone sees, not a threat made (GUIDELINES: an
    opinion is no event)."""
    view, m = c.view, c.match
    if m.entry.type != "THREATEN" or m.voice in ("active", "past", "passive"):  # (the noun, not "threatened")
        return None
    near = range(max(0, m.start - 3), min(view.n, m.end + 3))
    return "a danger posed, not a threat made" if any(view.is_word(k, "pose_verb") for k in near) else None


def _hazard_head(view, lo: int) -> bool:
    """"a tsunami of up to 10 meters that destroyed villages and killed 300": the clause opens with a
    complementizer whose head, before it with no actor between, is a natural hazard."""
    if lo < 2 or not view.has(lo - 1, "complementizer"):
        return False
    for k in range(lo - 2, left_bound(view, lo - 1) - 1, -1):
        if view.actor_at(k) is not None:
            return False
        if view.is_word(k, "hazard"):
            return True
    return False


def _compound_modifier(c: Candidate) -> str | None:
    """"arms embargo", "aid convoy": where a compound's head is its last noun, a trigger read as a noun right
    before the noun of another act only modifies it; (helper CG) so does one right before a noun of a place, a body or
    a thing (word class modified_head: "the interrogation centre", "a detention system", "riot gear")."""
    view, m = c.view, c.match
    if view.settings.get("compound_head") != "last":
        return None
    suffix = view.settings.get("participle_suffix", "none")
    if m.voice == "active" and m.end - m.start == 1 and suffix != "none" and view.low[m.start].endswith(suffix) \
            and view.is_word(m.end, "modified_head") and any(
                view.has(k, "determiner") or view.is_word(k, "possessive") for k in (m.start - 1, m.start - 2)) \
            and view.actor_at(m.start - 1) is None and m.start - 1 not in view.trigger_starts:
        # (helper DK, session 30) a participle that qualifies the noun after it, in a noun phrase a determiner or a
        # possessive opens: "the only negotiating partner for Israel", "their negotiating position" (not "jets
        # bombing camps", a verb and its object)
        return "the modifier of the place, body or thing after it"
    if not is_noun(m, view):
        return None
    if any(n.start == m.end and n is not m and is_noun(n, view) for n in c.scene.matches):
        return "the modifier of the noun after it"
    if view.is_word(m.end, "modified_head"):
        return "the modifier of the place, body or thing after it"
    return None


def _bare_root(c: Candidate) -> str | None:
    """An unaffixed verb (voice ``bare``: "KPK Tahan Bupati", "Polisi tangkap pelaku", "Jokowi Keluarkan Perppu") is
    the active verb of a headline or of plain speech only where its subject stands right before it (an actor
    ending there, or one and the auxiliaries of word class ``aux``: "Israel kembali serang Gaza") and a word follows
    that is not one of word class ``bare_verb_stop`` (which makes the root a word of its own: "bunuh diri", "tahan
    lama", "tolak ukur"); kept, it is read as an active verb."""
    view, m = c.view, c.match
    if m.voice != "bare":
        return None
    k = m.start - 1
    while k >= 0 and view.is_word(k, "aux"):
        k -= 1
    subject = view.actor_at(k) if k >= 0 else None
    if subject is None or subject.end != k + 1:
        return "an unaffixed root with no subject right before it"
    if m.end >= view.n or not view.low[m.end][:1].isalnum() or view.is_word(m.end, "bare_verb_stop"):
        return "an unaffixed root with no object after it"
    if view.tokens[m.start].text[:1].isupper() and not is_title_case(view.sentence.text, function_words(view.lang)):
        return "a capitalised root in running text: part of a name"  # "Guru Besar Hukum Perburuhan"
    c.match = replace(m, voice="active")
    return None


def _named(c: Candidate) -> ActorSlot | None:
    m = c.match
    named = c.view.actor_at(m.start)
    if m.entry.frame == "intrans" and named is not None and named.start <= m.start and m.end <= named.end:
        return named
    return None


def _named_object(c: Candidate) -> str | None:
    """"menembakkan gas air mata ke arah ratusan demonstran": a word naming those who act is the target of
    another act when a preposition of target or place stands right before it."""
    named = _named(c)
    if named is None:
        return None
    view = c.view
    if any(view.kinds(k) & {"prep_target", "prep_place"} for k in range(max(0, named.start - 3), named.start)):
        return "the ones it names are the object of another act"
    # "menangkap puluhan demonstran", "arrested dozens of protesters": right after another act's verb
    if any(b <= named.start <= b + 3 and all(view.low[k][:1].isalnum() for k in range(b, named.start))
           for a, b in view.trigger_spans if (a, b) != (c.match.start, c.match.end) and a not in view.noun_trigger_starts):
        return "the ones it names are the object of another act"
    # (part AG) "menuntut puluhan demonstran dengan pasal ...", "charged dozens of protesters under the law": inside
    # the gap of another act's verb pattern, after its verb
    if any(a < named.start and named.end <= b for a, b in view.trigger_spans
           if (a, b) != (c.match.start, c.match.end) and a not in view.noun_trigger_starts):
        return "the ones it names are the object of another act"
    return None


# -- fills ----------------------------------------------------------------------------------------
def _untargeted(c: Candidate) -> bool:
    """It has sources and no target yet: a fill may name one."""
    return bool(c.pairs) and all(t is None for _, t in c.pairs)


def _earlier_here(c: Candidate, keep: Callable[[Event], bool]) -> Event | None:
    """The latest event coded before this candidate in its own sentence that ``keep`` accepts."""
    here = c.view.sentence.index
    return next((e for e in reversed(c.scene.prior) if e.sentence.index == here and keep(e)), None)


def _fill_targets(c: Candidate, slot: ActorSlot | None) -> None:
    if slot is not None:
        c.pairs = [(src, tgt if tgt is not None else slot) for src, tgt in c.pairs]


def _event_anaphor(c: Candidate) -> None:
    """"Hizbullah mengecam serangan itu", "condemned the move": a reaction to an act named before is aimed at
    that act's author."""
    if event_types().has(c.match.entry.type, "at_author") and any(t is None for _, t in c.pairs):
        _fill_targets(c, practice.event_anaphor(c.view, c.match, c.scene.matches, c.scene.prior, c.scene.plans))


#: (helper CV) the cue kinds of the words an act's noun named again stands behind as a background, not as the act
#: reported again: "responsible for", "a green light to", "about", "from", "hours before" (on whole Lee documents of
#: the tuning set 4 false alarms, no event); not a place's preposition: "ten civilians died in the attack" reports it
_BEHIND = ("prep_target", "prep_source", "prep_topic", "subordinator")


def _act_anaphor(c: Candidate) -> None:
    """"Rusia menembaki Kharkiv. Serangan itu menewaskan 10 orang", "The strike killed ...": an act named
    again as a definite noun with no agent of its own is the act of its type named in an earlier sentence,
    between the same parties."""
    view, m = c.view, c.match
    if c.pairs or m.end - m.start > 2 or not (view.has(m.end, "definite") or view.has(m.start - 1, "definite")):
        return
    if not (m.voice == "noun" or (m.voice == "lit" and view.has(m.start - 1, "definite"))):
        return
    if any(n is not m and n.end <= m.start <= n.end + 2 for n in c.scene.matches):
        return  # the object of another act ("mengutuk serangan tersebut", "condemned the attack"): that act's content
    head = m.start - 1 if view.has(m.start - 1, "definite") else m.start
    if any(view.has(head - 1, kind) for kind in _BEHIND):
        return  # (helper CV) behind a preposition ("responsible for the attack", "hours before the invasion", "the
        # green light to the invasion"): a background to its sentence, not the act reported again
    here = view.sentence.index
    earlier = next((e for e in reversed(c.scene.prior) if e.type == m.entry.type and e.sentence.index < here
                    and practice.names_again(m.entry.cameo, e)), None)
    if earlier is None or _names_its_own(c, earlier):
        return
    text, a, b = view.text_span(m.start, m.end)
    src, tgt = earlier.source, earlier.target
    c.antecedent = earlier
    c.pairs = [(practice.implied(src.code, src.name, text, a, b, "rule:act-anaphor", m),
                practice.implied(tgt.code, tgt.name, text, a, b, "rule:act-anaphor", m) if tgt is not None else None)]


def _names_its_own(c: Candidate, earlier: Event) -> bool:
    """(helper CG, session 24) "the attacks in the United States on September 11", "the attack on December 13": a noun
    of an act with a date, or a party or place of another state, of its own right after it (behind a preposition)
    names that act, not the one of an earlier sentence ("the attack on Kharkiv" still names Russia's shelling of it)."""
    view, m = c.view, c.match
    k = m.end + 1 if view.has(m.end, "definite") else m.end
    if not (view.has(k, "prep_place") or view.has(k, "prep_target")):
        return False
    j = k + 1
    while j < view.n and view.has(j, "determiner"):
        j += 1
    if j < view.n and view.is_date_word(j):
        return True
    parties = {a.code[:3] for a in (earlier.source, earlier.target) if a is not None}
    slot = view.actor_after(k + 1)
    if slot is not None:
        return slot.code[:3] not in parties and slot.mention.text != earlier.location
    place = next((p for p in c.scene.places if view.token_at(p.start) == j), None)
    return place is not None and bool(place.place.country) and place.place.country not in parties


def _named_agent(c: Candidate) -> None:
    """"demonstran", "pengunjuk rasa", "protesters": a one-party word that names the ones who act."""
    named = _named(c)
    if named is not None:
        c.pairs = [(named, None)]


def _pledge_target(c: Candidate) -> None:
    """"berjanji akan menyerang Israel", "agreed to provide aid to Ukraine": a pledge takes the target of the
    act it announces."""
    content = practice.pledge_content(c.view, c.match, c.scene.matches) if c.match.entry.type == "AGREE" else None
    if content is None or any(t is not None and t.start == c.match.end for _, t in c.pairs):
        return  # ... but one granted its own request keeps it ("menyetujui permintaan Indonesia untuk ...": part W)
    inner = [t for _, t in find_roles(c.view, content).pairs if t is not None]
    agents = list(dict.fromkeys(src for src, _ in c.pairs)) or subject_of(c.view, c.match)
    if inner:
        c.pairs = [(src, t) for src in agents for t in inner if t.code != src.code]


def _held_place(c: Candidate) -> None:
    """"menembaki kota-kota yang dikuasai pemberontak", "shelled towns held by rebels": towns attacked or seized
    (event_types.tsv place_target) that a party holds stand for that party; (helper AV) and so does a named place
    said to be held ("menghantam Dataran Tinggi Golan yang dikuasai Israel": Israel, not Syria)."""
    if not event_types().has(c.match.entry.type, "place_target"):
        return
    if any(t is None for _, t in c.pairs):
        _fill_targets(c, practice.holder_of_object(c.view, c.match))
    holders = {t: practice.holder_of_place(c.view, t) for _, t in c.pairs if t is not None}
    if any(holders.values()):
        c.pairs = [(s, holders.get(t) or t if t is not None else None) for s, t in c.pairs]
        c.pairs = [(s, t) for s, t in c.pairs if t is None or t.code != s.code]


def _place_of_object(c: Candidate) -> None:
    """"menyerukan pemilu dini di Venezuela", "called for reform in Georgia": a call for an act in a place is
    addressed to its state; "menduduki beberapa desa di Ukraina", "attacked villages in Ukraine": towns attacked
    or seized in a place stand for its state, and so do those threatened with force (CAMEO facts
    ``place_target``: "mengancam akan melancarkan serangan teror di Kenya"); "withdrew its troops from Kherson": a
    place left stands for its state."""
    types, m = event_types(), c.match
    if any(t is None for _, t in c.pairs) and not types.cameo_has(m.entry.cameo, "property"):  # (its scene only)
        if types.has(m.entry.type, "place_recipient") or (
                types.has(m.entry.type, "place_target") or types.cameo_has(m.entry.cameo, "place_target")) \
                and m.entry.frame != "mutual":
            # an attack's agent named after its noun is no party in the way ("serangan udara (yang dilancarkan)
            # Israel di Jalur Gaza"; not a call's: "Permintaan Ukraina agar ... disampaikan di Jenewa"); an attack
            # "ke/terhadap" a place is aimed at it too ("operasi militer Israel ke Gaza")
            if m.entry.frame == "direct" and c.view.has(m.end, "prep_place"):
                return  # (lead, session 32) a direct act's target follows it at once: "nurses strike in Saudi Arabia"
            if types.has(m.entry.type, "victims") and c.later_victims() is not None:
                return  # (part AI) "blew himself up at a mosque in Peshawar, killing 30 worshippers": one attack
            agents = tuple(src for src, _ in c.pairs if m.end <= src.start) if types.has(m.entry.type, "victims") else ()
            kinds = frozenset({"prep_place", "prep_target"} if types.has(m.entry.type, "victims") else {"prep_place"})
            place = practice.place_of_object(c.view, m, c.scene.places, kinds, agents=agents)
            # (helper AV) a place said to be held stands for its holder ("Dataran Tinggi Golan yang dikuasai Israel")
            held = practice.holder_of_place(c.view, place) if place is not None and types.has(m.entry.type, "place_target") else None
            _fill_targets(c, held if held is not None and all(held.code != s.code for s, _ in c.pairs) else place)
        elif m.entry.frame == "away":
            _fill_targets(c, practice.place_of_object(c.view, m, c.scene.places, frozenset({"prep_source"}), theme=True))
        elif types.has(m.entry.type, "delivered_to_place"):  # "sent relief supplies to Palu": to its state
            _fill_targets(c, practice.place_of_object(c.view, m, c.scene.places, frozenset({"prep_target"}), theme=True))
        elif types.has(m.entry.type, "pledged_to_place") and c.view.is_word(m.start, "pledge_verb"):
            # (helper DQ) "pledged 500 million euros to rebuild schools in Ukraine": to the state of the place where
            # the pledged act is to be done (not past another act's word: "pledged aid during talks in Germany")
            place = practice.place_of_object(c.view, m, c.scene.places, frozenset({"prep_place"}), theme=True)
            if place is not None and not any(m.end <= j < place.start for j in c.view.trigger_starts):
                _fill_targets(c, place)


CONTENT_FILLS = ("own-people-coercion", "trade-partner", "own-public", "protest-target", "place-target", "place-of-object")


@cache
def _content_fills() -> tuple[Rule, ...]:
    """The rules of CONTENT_FILLS in the registry's order (taken once RULES is built)."""
    return tuple(r for r in RULES if r.id in CONTENT_FILLS)


def _content_target(c: Candidate) -> None:
    """"mengancam akan memberlakukan jam malam", "refused to withdraw its troops from Ukraine": a threat, demand
    or refusal with no target of its own takes the target of the act it names, as that act is coded.  A denial of a
    report or an accusation ("membantah tuduhan menyerang rumah sakit di Kharkiv") refuses no act: what it names is
    what was reported (word class report_noun)."""
    m = c.match
    if m.entry.type == "REJECT" and (to := handed_to(c.view, m)) is not None:
        # (part AF) "menolak menyerahkan wilayah Ukraina kepada Rusia": aimed at the one it would go to, not at what
        # would be handed over
        c.pairs = [(src, to if tgt is None or m.end <= tgt.start < to.start else tgt) for src, tgt in c.pairs]
        return
    if not event_types().has(m.entry.type, "content_recipient") or all(t is not None for _, t in c.pairs) \
            or any(c.view.is_word(k, "report_noun") for k in range(m.start, m.end)):
        return
    content = practice.announced_act(c.view, c.match, c.scene.matches)
    if content is None or practice.abstract_object(c.view, content):
        return  # (part AD) not an act of no material object: "meminta semua pihak menahan diri" detains no one
    inner = Candidate(c.scene, content, find_roles(c.view, content))
    inner.pairs = list(inner.roles.pairs)
    apply(_content_fills(), inner)
    agents = {src.code for src, _ in c.pairs}
    targets = [t for s, t in inner.pairs if t is not None and t.code not in agents and (s.code in agents or not agents)]
    if targets:
        c.pairs = [(src, tgt) for src, tgt in c.pairs if tgt is not None] + [
            (src, t) for src in dict.fromkeys(s for s, tgt in c.pairs if tgt is None) for t in dict.fromkeys(targets)]


def _captor(c: Candidate) -> None:
    """"demanded the release of fishermen seized by Chinese forces", "called for the release of a journalist held by
    Iran": a call for the release of people (CAMEO facts ``release``) is addressed to the one who took or holds
    them (``captive``) in the same sentence, not to them: to the captor's state, or to its group when that is a party
    against its state (rebels: "abducted by Abu Sayyaf")."""
    types, m, view = event_types(), c.match, c.view
    held = {t.start for _, t in c.pairs if t is not None}
    if m.entry.type != "REQUEST" or not held or not (types.cameo_has(m.entry.cameo, "release") or any(
            types.cameo_has(n.entry.cameo, "release") and m.end <= n.start <= m.end + 4 for n in c.scene.matches)):
        return
    for n in c.scene.matches:
        if n.start < m.end or not types.cameo_has(n.entry.cameo, "captive"):
            continue
        inner = Candidate(c.scene, n, find_roles(view, n))
        inner.pairs = list(inner.roles.pairs)
        apply(_content_fills(), inner)
        captors = [s for s, t in inner.pairs if t is not None and t.start in held and s.start not in held]
        if captors:
            held_by, code = captors[0], ActorCode(captors[0].code)
            if code.country and code.first_sector not in party_sectors():
                held_by = replace(held_by, mention=replace(held_by.mention, code=code.head))
            c.pairs = [(src, held_by) for src in dict.fromkeys(s for s, _ in c.pairs)]
            return


def _proposal_author(c: Candidate) -> None:
    """"Rusia menerima usulan gencatan senjata dari Turki", "accepted a ceasefire proposal from Turkey": a plan or offer
    accepted (a plan noun in an agreement's pattern) was made by the one behind "dari/from" right after it."""
    view, m = c.view, c.match
    if m.entry.type != "AGREE" or not _untargeted(c):
        return
    if view.has(m.end, "prep_source") and any(view.is_word(k, "plan_noun") for k in range(m.start, m.end)):
        _fill_targets(c, view.actor_at(m.end + 1))
        return
    # (part AF) ... or its author named with the plan noun, in the pattern or right after the verb: "menyetujui
    # usulan gencatan senjata yang diajukan Mesir dan Qatar", "accepted Malaysia's offer to mediate" (each author)
    plan = next((k for k in range(m.start + 1, min(view.n, m.end + 3)) if view.is_word(k, "plan_noun")), None)
    authors = [a for a in author_of(view, plan) if all(a.code != s.code for s, _ in c.pairs)] if plan is not None else []
    if authors:
        c.pairs = [(src, a) for src, _ in c.pairs for a in authors]


def _place_target(c: Candidate) -> None:
    """"merebut Kharkiv", "shelled Kherson": a town attacked or seized stands for its state (not the agent named
    right after a noun of it: "serangan Rusia di Kharkiv"); so does a town visited ("visited Busan": cameo fact)."""
    types = event_types()
    if (types.has(c.match.entry.type, "place_target") or types.cameo_has(c.match.entry.cameo, "place_target")) \
            and any(t is None for _, t in c.pairs):
        place = practice.place_target(c.view, c.match, c.scene.places)
        if place is not None and any(src.start == place.start for src, _ in c.pairs):
            # (helper DD) the state after the verb is its agent behind a weapon ("Kota Kharkiv diserang drone Rusia"):
            # the passive's subject place is the target
            place = practice.passive_subject_place(c.view, c.match, c.scene.places)
        if place is None or all(src.start != place.start for src, _ in c.pairs):
            _fill_targets(c, place)


def _own_people(c: Candidate) -> None:
    """Arrests, bans and sentences are a state acting on its own people: "was jailed in Vietnam" has the
    patient's state as agent, and an absent patient is the agent's population.  A charge or a verdict with no
    agent ("was charged with murder", "divonis bersalah") is the courts' act on the patient too."""
    m = c.match
    legal = event_types().cameo_has(m.entry.cameo, "legal_own") and any(c.view.is_word(k, "court_act")
                                                                         for k in range(m.start, m.end))
    reduced = legal and m.voice == "past" and bool(c.pairs) and all(
        t is None and s.end == m.start and s.code == "CVL" for s, t in c.pairs)
    if reduced:
        # (helper AL) "a homeless man charged in the fatal stabbing of a teen girl": an unnamed person right before a
        # charge's participle, with no object, is the one charged (a reduced relative), as "a woman arrested in
        # Saudi Arabia" is the one arrested
        c.pairs = []
    # (a legal act only: "has been widely condemned over the killing" is no court's condemnation)
    if m.entry.type == "COERCE" or (not c.pairs and legal):
        c.pairs = practice.domestic_coercion(c.view, m, c.pairs, c.scene.places, reduced)


def _trade_partner(c: Candidate) -> None:
    """"mencabut larangan impor daging sapi dari Amerika Serikat", "refused to ease import restrictions from
    Lithuania": a curb on goods from a state, or its easing, is aimed at that state."""
    if any(t is None for _, t in c.pairs):
        _fill_targets(c, practice.trade_partner(c.view, c.match))


def _talks_partner(c: Candidate) -> None:
    """"said it was ready to halt the attacks during talks with Ukraine": an offer or pledge with no target of its
    own is made to the other side of the talks it is made in; "at the summit between Trump and Kim, Kim pledged to
    work toward ...": or to the one its maker met earlier in the sentence (not a pledge of force: that is a threat
    aimed at its own target)."""
    if c.match.entry.type == "AGREE" and _untargeted(c):
        _fill_targets(c, practice.talks_partner(c.view, c.match, c.scene.matches))
    if c.match.entry.type == "AGREE" and _untargeted(c):
        content = practice.pledge_content(c.view, c.match, c.scene.matches)
        if content is not None and practice.pledge_entry(content.entry.type) is not None \
                and practice.pledge_entry(content.entry.type).type == "THREATEN":
            return
        maker = ActorCode(c.pairs[0][0].code).head
        met = _earlier_here(c, lambda e: e.type == "CONSULT" and e.target is not None
                            and ActorCode(e.source.code).head == maker)
        if met is not None:
            text, a, b = c.view.text_span(c.match.start, c.match.end)
            _fill_targets(c, practice.implied(met.target.code, met.target.name, text, a, b, "rule:talks-partner", c.match))


def _parallel_act(c: Candidate) -> None:
    """"UE menjatuhkan sanksi kepada Suriah, dan Liga Arab juga telah menghukum", "... and the Arab League has also
    punished": an act marked "also" with no target of its own, after an act of its type in the sentence by another
    party, is aimed at that act's target."""
    view, m = c.view, c.match
    if not _untargeted(c):
        return
    k, also = m.start - 1, False
    while k >= 0 and (view.is_word(k, "aux") or view.is_word(k, "also")):
        also, k = also or view.is_word(k, "also"), k - 1
    agents = {src.code for src, _ in c.pairs}
    earlier = _earlier_here(c, lambda e: e.type == m.entry.type and e.target is not None
                            and e.source.code not in agents) if also else None
    if earlier is None and event_types().has(m.entry.type, "shares_object") and (
            view.has(m.start - 1, "conj") or _comma_participle(view, m)):
        # "summoned the Russian ambassador and demanded an explanation": the same agent's act just before names
        # the one addressed (type fact shares_object); (helper CX) so does a participle after a comma ("visited
        # Israel, urging restraint"; "made a visit to Sharon and Arafat, urging negotiation": every party of it)
        # (its object right before the conjunction: the one clause, not an act in a clause before it)
        conj = view.tokens[m.start - 1].start
        # (helper CX) ... or right before the name set off after it: "visit to the Palestinian leader, Yasser Arafat,"
        appos = view.actor_at(m.start - 2) if _comma_participle(view, m) else None
        earlier = _earlier_here(c, lambda e: e.target is not None and e.source.code in agents
                                and (0 <= conj - e.target.end <= 1 or (
                                    appos is not None and appos.code == e.target.code
                                    and appos.mention.end == conj and 0 < appos.mention.start - e.target.end <= 2)))
        if earlier is not None and not view.has(m.start - 1, "conj"):
            same = [e.target.start for e in c.scene.prior if e.sentence.index == view.sentence.index
                    and e.trigger == earlier.trigger and e.target is not None and e.source.code in agents]
            parties = [s for s in view.actors if s.mention.start in same]
            if parties:
                c.pairs = [(src, t) for src, _ in c.pairs for t in parties if t.code != src.code]
                return
    before = earlier.target if earlier is not None else None
    _fill_targets(c, next((s for s in view.actors if before is not None and s.code == before.code), None))



def _comma_participle(view: SentenceView, m: TriggerMatch) -> bool:
    """(helper CX) The trigger is a present participle (lang settings participle_suffix) right after a comma: an
    adjunct whose doer is the clause's subject ("..., urging restraint")."""
    suffix = view.settings.get("participle_suffix", "none")
    return suffix != "none" and m.start > 0 and view.low[m.start - 1] == "," and view.low[m.start].endswith(suffix)


def _charged_coordinate(c: Candidate) -> None:
    """"Israel menuduh Iran mendanai Hizbullah dan memasok senjata kepada Hamas", "accused Iran of fomenting violence
    and helping insurgents": a verb coordinated with an act an accusation charges (fact `charges`) shares that act's
    agent, the accused, not the accuser's."""
    view, m = c.view, c.match
    types = event_types()
    if not c.pairs or not is_coordinated(view, m) or types.has(m.entry.type, "speech_act"):
        return  # (a saying coordinated goes on the main clause: "menuduh Iran ... dan berjanji akan membalas")
    _to_the_accused(c, before=view.tokens[m.start].start)


def _charged_topic(c: Candidate) -> None:
    """"lodged a protest with China over the detention of a Japanese businessman", "memprotes China atas penahanan
    ...": the act an accusation is about (a noun right after a word of class complaint_about) is the accused's, not
    the accuser's."""
    view, m = c.view, c.match
    k = m.start - 1
    while k >= 0 and view.has(k, "determiner"):
        k -= 1
    if is_noun(m, view) and c.pairs and k >= 0 and view.is_word(k, "complaint_about"):
        _to_the_accused(c)


def _charged_reason(c: Candidate) -> None:
    """"Vietnam memprotes China karena menangkap nelayan Vietnam", "mengecam Korea Utara karena meluncurkan rudal": a
    verb with no subject of its own right after a conjunction of reason (word class reason_conj) that follows an
    accusation is the accused's act, not the accuser's (part Z)."""
    view, m = c.view, c.match
    if c.pairs and m.start > 0 and view.is_word(m.start - 1, "reason_conj") and view.actor_at(m.start) is None:
        _to_the_accused(c)


def _to_the_accused(c: Candidate, before: int | None = None) -> None:
    """The act's agent is the accused of the accusation coded just before it in its sentence (fact ``charges``; with
    ``before``, an accused named after the accusation and before that offset), when the act took the accuser."""
    charge = _earlier_here(c, lambda e: event_types().has(e.type, "charges") and e.target is not None)
    if charge is None:
        return
    accused = next((s for s in c.view.actors if s.mention.start == charge.target.start
                    and (before is None or charge.trigger.end <= s.mention.start < before)), None)
    if accused is not None and all(src.code == charge.source.code for src, _ in c.pairs):
        c.pairs = [(accused, tgt) for _, tgt in c.pairs if tgt is None or tgt.code != accused.code]


def _response_to(c: Candidate) -> None:
    """"AS mengumumkan peningkatan sistem pertahanan rudal sebagai tanggapan atas ancaman yang disampaikan Korea
    Utara": an act with no target done in response to another's act (word class response_noun) is aimed at the
    author of that act."""
    view, m = c.view, c.match
    if not _untargeted(c):
        return
    k = next((j for j in range(m.end, min(view.n, m.end + 8)) if view.is_word(j, "response_noun")), None)
    act = next((n for n in c.scene.matches if k is not None and k < n.start <= k + 3), None)
    agents = {src.code for src, _ in c.pairs}
    _fill_targets(c, next((s for s, _ in find_roles(view, act).pairs if s.code not in agents), None) if act else None)


def _yielded_to(c: Candidate) -> None:
    """"gave in to China", "bowed to pressure from the ICC", "resigned under pressure from parliament": a
    concession with no target of its own is made to the one it yields to."""
    if c.match.entry.type == "CONCEDE" and _untargeted(c):
        _fill_targets(c, practice.yielded_to(c.view, c.match))


def _object_clitic(c: Candidate) -> None:
    """"FBI menyelidikinya", "Jaksa menuduhnya": a verb ending in an object clitic (word class ``object_clitic``),
    with no target of its own, acts on the one named last before it in the sentence, a person first."""
    m, view = c.match, c.view
    # the clitic ends the verb that opens a longer pattern too (part AZ: "Ruhut menilainya tak mampu mengatasi ...")
    words = {view.low[m.end - 1], view.low[m.start]}
    if m.voice != "active" or not _untargeted(c) or not any(
            ends_in_clitic(word, view.word_classes["object_clitic"]) for word in words):
        return
    before = [a for a in view.actors if a.end <= m.start and a.code and all(a.start != s.start for s, _ in c.pairs)]
    people = [a for a in before if a.mention.kind in ("leader", "title", "name")]
    _fill_targets(c, (people or before or [None])[-1])


def _own_public(c: Candidate) -> None:
    """"Pemerintah Kenya mencabut jam malam", "lifted martial law", "threatened to ban the party": a state's act
    on its own public by nature (CAMEO facts ``own_public``) with no named recipient is aimed at its population;
    only a pattern that names what is eased or threatened says so ("released" alone may be a statement)."""
    m = c.match
    if event_types().cameo_has(m.entry.cameo, "own_public") and m.end - m.start > 1:
        c.pairs = [(src, tgt if tgt is not None else practice.own_public(src)) for src, tgt in c.pairs]


def _counted_dead(c: Candidate) -> None:
    """"menewaskan 17 orang", "killed seventeen people": counted dead and wounded are civilians; "Tiga warga sipil
    tewas dalam serangan KKB": so are those named dying in it."""
    if event_types().has(c.match.entry.type, "victims") and any(t is None for _, t in c.pairs):
        _fill_targets(c, practice.victims(c.view, c.match, c.scene.quantities) or practice.victims_before(c.view, c.match, c.scene.quantities))


def _counted_suspects(c: Candidate) -> None:
    """"KPK menetapkan tiga orang sebagai tersangka", "charged two people": people counted in a charge or a verdict
    by a state organ are civilians, of the organ's state as unnamed people acted on at home are (part U)."""
    m = c.match
    if m.entry.type == "ACCUSE" and event_types().cameo_has(m.entry.cameo, "legal_own") \
            and not event_types().cameo_has(m.entry.cameo, "inquiry") and _untargeted(c):
        _fill_targets(c, practice.victims(c.view, m, c.scene.quantities))
    elif m.entry.type == "ACCUSE" and event_types().cameo_has(m.entry.cameo, "inquiry") and _untargeted(c):
        # (part AP) people counted as the very object of an investigation are its suspects: "polisi Essen menyelidiki
        # empat orang", "police are investigating two men" (not "investigating the deaths of 17 people": victims; not
        # people a noun after the count names otherwise: "KPK memeriksa tiga orang saksi", witnesses, part U)
        counted = practice.victims(c.view, m, c.scene.quantities)
        after = c.view.token_at(counted.mention.end - 1) if counted is not None else None
        if counted is not None and c.view.token_at(counted.mention.start) == m.end and after is not None \
                and not (after + 1 < c.view.n and c.view.is_common_noun(after + 1)):
            _fill_targets(c, counted)


UNNAMED_ATTACKER = "REB"  # the sector of an attacker the text does not name (militants)
UNNAMED_CROWD = "CVL"  # the sector of rioters the text does not name
ARMED_FORCES = "MIL"  # the sector of a state's armed forces (rule armed-exercise)
FIRM = "BUS"  # the sector of firms (rule between-firms)


def _claimed_act(c: Candidate) -> None:
    """"Houthi rebels claimed responsibility for a drone attack on Saudi oil facilities", "ISIS mengklaim bertanggung
    jawab atas bom bunuh diri di sebuah masjid": an act named by a noun right after a claim of responsibility (CAMEO
    015; event_types.tsv fact ``claimed``) is the claimant's own; its target is found as for any act."""
    view, m = c.view, c.match
    if not is_noun(m, view) or not event_types().has(m.entry.type, "claimed"):
        return
    claim = next((n for n in c.scene.matches if event_types().cameo_has(n.entry.cameo, "responsibility_claim")
                  and n.end <= m.start <= n.end + 3
                  and all(view.actor_at(k) is None and not view.is_punct(k) and k not in view.trigger_starts
                          for k in range(n.end, m.start))), None)
    claimants = list(dict.fromkeys(s for s, _ in find_roles(view, claim).pairs)) if claim is not None else []
    if claimants:
        named = {s.code for s in claimants}
        targets = [t for t in dict.fromkeys(t for _, t in c.pairs if t is not None) or aimed_at(view, m, claimants)
                   if t.code not in named] or [None]
        c.pairs = [(s, t) for s in claimants for t in targets]


def _unnamed_agent(c: Candidate) -> None:
    """"A car bomb exploded in Mogadishu", "Bom meledak di Peshawar", "rebels planted a roadside bomb that killed
    two soldiers": an act often reported with no one named for it (CAMEO facts ``unclaimed``: bombings) is aimed at
    those it killed or hit, else at the state of its place; with no agent found it is by unnamed militants of
    that place, unless the state itself is all it hit (then its author stays unknown: no event). Riots (CAMEO facts ``crowd``) with no agent found are by unnamed civilians of their place."""
    m = c.match
    if not c.pairs and m.entry.type == "PROTEST" and _counted_crowd(c.view, m):
        # "Thousands rallied in Tbilisi", "Tens of thousands marched": a crowd only counted, of the place
        c.pairs = [(_unnamed(c, UNNAMED_CROWD, "protesters"), None)]
        return
    if not c.pairs and event_types().cameo_has(m.entry.cameo, "crowd") \
            and any(c.view.is_word(k, "outbreak") for k in range(m.end, m.end + 2)):
        # "riots broke out in Paris" (word class outbreak; a riot only named is no report of one): rioters of the
        # place (their authorities: protest-target)
        c.pairs = [(_unnamed(c, UNNAMED_CROWD, "rioters"), None)]
        return
    if any(t is not None for _, t in c.pairs) or not event_types().cameo_has(m.entry.cameo, "unclaimed"):
        return
    view = c.view
    place = anchors.location(view, m, c.scene.places, None)
    where = next((p for p in c.scene.places if place is not None and p.place == place and place.country), None)
    lo = m.end + int(view.has(m.end, "relative"))  # "a roadside bomb that killed two soldiers"
    hi = right_bound(view, lo)
    hit = next((s for s in view.actors if lo <= s.start < hi and not view.prep_before(s)), None)  # "killed four police"
    # (part AI) the place stands for the target only when no later act of the type names whom it hit: "A suicide
    # bomber blew himself up at a mosque in Peshawar, killing 30 worshippers" is one attack on the worshippers
    later = c.later_victims()
    tgt = practice.victims(view, m, c.scene.quantities) or hit or later or (None if where is None else practice.implied(
        where.place.country, where.place.name, where.place.text, where.start, where.end, "rule:unnamed-agent", m, "place"))
    if tgt is None:
        return
    if c.pairs:
        c.pairs = [(src, tgt) for src, _ in c.pairs if src.code != tgt.code]
        return
    if tgt.mention.kind == "country" and not ActorCode(tgt.code).rest:
        return  # (lead, session 27) "suicide bombing attacks on Israel": unnamed attackers of a state named as the one
        # hit are not guessed to be its own militants (a bombing in one of its places still is: "A car bomb exploded
        # near a ministry building in Mogadishu", as ACLED's unidentified armed group of the country; measured and
        # taken back: the place's state as the only one hit with no author guessed, tuning en -4 false alarms but two
        # codebook sentences of CAMEO 183 lost)
    c.pairs = [(_unnamed(c, UNNAMED_ATTACKER, "militants"), tgt)]


def _later_victims(c: Candidate) -> ActorSlot | None:
    """Whom a later trigger of the candidate's type in its sentence names as hit: an actor right after it or counted
    people ("..., killing at least 30 worshippers", "dan menewaskan 30 jemaah", "killing five soldiers")."""
    m, view = c.match, c.view
    for o in c.scene.matches:
        if o.start < m.end or o.entry.type != m.entry.type:
            continue
        hi = right_bound(view, o.end)
        hit = next((s for s in view.actors if o.end <= s.start < hi and not view.prep_before(s)), None)
        if hit is not None:
            return hit
        counted = practice.victims(view, o, c.scene.quantities)
        if counted is not None:
            return counted
    return None


def _counted_crowd(view: SentenceView, m: TriggerMatch) -> bool:
    """The clause before the trigger is only a count: "Thousands", "Tens of thousands", "Ribuan"."""
    lo = left_bound(view, m.start)
    counts = number_lexicon(view.lang).count_words
    words = view.low[lo:m.start]
    return bool(words) and words[0] in counts and all(w in counts or w[:1].isdigit() or view.has(k, "prep_patient")
                                                      for k, w in enumerate(words, lo))


def _unnamed(c: Candidate, sector: str, name: str) -> ActorSlot:
    """An agent the text does not name, standing at the trigger's tokens."""
    text, a, b = c.view.text_span(c.match.start, c.match.end)
    return practice.implied(sector, name, text, a, b, "rule:unnamed-agent", c.match)


def _reciprocal(c: Candidate) -> None:
    """"India dan Pakistan terlibat baku tembak", "Azerbaijan and Armenia agreed to de-escalate": an act done by
    each party to the other (CAMEO facts ``reciprocal``, or marked so: "saling menuding", "blamed each other") with
    two or more agents and no other party named gives
    every pair, each way."""
    m, view = c.match, c.view
    # (lead, session 30) right after the verb also when a longer pattern's gap holds it: "accused each other of
    # violating a ceasefire" (a pattern whose words run past the reciprocal)
    after = view.is_word(m.end, "reciprocal") or view.is_word(m.start + 1, "reciprocal")
    marked = view.is_word(m.start - 1, "reciprocal") or after  # "saling menuding"
    # (helper DB, session 28) a reciprocal right after the verb is its object ("both sides accused each other of
    # shelling villages"): a party found further on is in the content of the act, not its other side
    object_slot = after and m.voice != "noun"
    if not (marked or event_types().cameo_has(m.entry.cameo, "reciprocal")) \
            or (any(t is not None for _, t in c.pairs) and not object_slot):
        return
    agents = list(dict.fromkeys(src for src, _ in c.pairs))
    # (two office-holders of one code are two parties where roles.two_parties says so: "Menteri Keuangan dan Menteri
    # Desa saling bantah", IDNGOV each way)
    pairs = [(a, b) for a in agents for b in agents if a.code != b.code or (a is not b and two_parties(m, a, b))]
    if pairs:
        c.pairs = pairs


MOST_PARTIES = 3  # a group of this many parties acting each on the others is coded pair by pair; more is a forum


def _forum(c: Candidate, d: Draft, e: Event) -> str | None:
    """(helper BV) "CMAG ministers from Australia, Bangladesh, Barbados, Botswana, Britain, Canada, Malaysia and Nigeria
    will meet in London", "Para menteri dari delapan negara ... bertemu": a mutual act of one group of more than three
    countries, each with each other, is a forum's act (a summit, a committee sitting), not n·(n-1) acts between
    states; nothing is coded. Two or three parties each way stay ("Pompeo, Kang and Kono met in Bangkok"), and so do
    acts with a side named apart ("Egypt, Qatar and the US brokered talks between Israel and Hamas"), and so does one
    party meeting each of the others (helper CO: "Menlu Indonesia bertemu dengan rekan-rekannya dari Malaysia,
    Singapura dan Thailand": a party in every pair)."""
    srcs = {s.country or s.code for s, _ in c.pairs}
    tgts = {t.country or t.code for _, t in c.pairs if t is not None}
    dyads = [{s.country or s.code, t.country or t.code} for s, t in c.pairs if t is not None]
    if len(srcs) > MOST_PARTIES and srcs == tgts and not set.intersection(*dyads):
        return f"a mutual act of {len(srcs)} parties each with each other (a forum)"
    return None


def _between_parties(c: Candidate) -> None:
    """"Mesir menengahi pembicaraan antara Israel dan Hamas", "Qatar mediated talks between the US and the
    Taliban": a mediation's targets are the parties it stands between (CAMEO facts ``between_parties``)."""
    if event_types().cameo_has(c.match.entry.cameo, "between_parties") and any(t is None for _, t in c.pairs):
        parties = between(c.view, c.match)
        agents = {src.code for src, _ in c.pairs}
        if parties and not agents & {p.code for p in parties}:
            c.pairs = [(src, p) for src in dict.fromkeys(s for s, _ in c.pairs) for p in parties]


def _hosted_visit(c: Candidate) -> None:
    """"Erdogan hosted Abbas", "Kapolri menerima kunjungan Kepala Kepolisian Australia": the guest visits the host
    (GUIDELINES: a one-sided visit codes the visitor, the host is optional), so each pair is coded both ways."""
    if event_types().cameo_has(c.match.entry.cameo, "hosted"):
        c.pairs += [(tgt, src) for src, tgt in c.pairs if tgt is not None and (tgt, src) not in c.pairs]


def _measure_author(c: Candidate) -> None:
    """"PKS menyatakan menolak kenaikan harga BBM", "mengkritik RUU Penyiaran": a measure only a state makes (a fuel
    price rise, a tax, a bill; word class state_measure) rejected or criticised with no author named is aimed at the
    critic's own government (not a government's or an official's own: "Pemerintah Malaysia menolak kenaikan harga
    BBM" declines to raise them)."""
    view, m = c.view, c.match
    if not event_types().has(m.entry.type, "at_author") or not _untargeted(c):
        return
    k = m.end
    while k < min(view.n, m.end + 4) and not (view.is_punct(k) or view.low[k] == ","):
        if view.is_word(k, "state_measure") and view.actor_at(k) is None:  # not a word of a name ("Bea Cukai")
            c.pairs = [(src, view.implied(src.country + "GOV", "the government", k, k + 1, "rule:measure-author")
                        if tgt is None and src.country and not ActorCode(src.code).is_org and not _official(src) else tgt)
                       for src, tgt in c.pairs]
            return
        k += 1


def _official(a: ActorSlot) -> bool:
    """A government named by a sector noun or a title, or a person in its office ("Pemerintah Malaysia", "Menteri
    Keuangan", "Presiden Joko Widodo"), not a ruling party named by its name."""
    return ActorCode(a.code).first_sector == "GOV" and (a.mention.kind == "leader" or bare_noun(a))


def _protest_target(c: Candidate) -> None:
    """A protest with no named target is aimed at the state whose office it stands before ("di depan Kedutaan
    Besar AS", "outside the US embassy"), else at the protesters' own authorities (ACLED/PLOVER practice); so is
    a threat of one (CAMEO facts ``at_authorities``: "threatened to stage mass protests")."""
    if c.match.entry.type == "PROTEST" or event_types().cameo_has(c.match.entry.cameo, "at_authorities"):
        _fill_targets(c, practice.seat_protested(c.view, c.match))
        pairs = [(src, tgt if tgt is not None else practice.authorities(src)) for src, tgt in c.pairs]
        c.pairs = [(src, tgt) for src, tgt in pairs if tgt is None or tgt.code != src.code]


# -- recodes --------------------------------------------------------------------------------------
OBLIGATION_CAMEO = "100"  # demand (CAMEO 10): "X says Y must do Z"


def _obligation(c: Candidate, d: Draft) -> None:
    """"Rusia harus menarik pasukannya dari Ukraina, kata Blinken", "sanksi terhadap Iran harus dilanjutkan, ujar
    menteri itu": an act a speaker says must be done is the speaker's demand on the one who must do it (not a verb
    whose target must follow at once and does not: "partai Buruh seharusnya membantu mengembangkan budaya toleransi"
    names no act at all)."""
    if d.type == "REQUEST" or not obliged(c.view, d.match) or (d.tgt is None and d.match.entry.frame == "direct"):
        return
    attr = find_attribution(c.view, d.match, c.scene.matches)
    speaker = attr.speaker if attr is not None else None
    if speaker is not None and speaker.code != d.src.code:
        d.type, d.cameo, d.src, d.tgt = "REQUEST", OBLIGATION_CAMEO, speaker, d.src


def _pledge_recode(c: Candidate, d: Draft) -> None:
    """A pledge of force is a threat (138), a pledge of help an intent to help (033): coded as its content."""
    if d.match.entry.type != "AGREE":
        return
    content = practice.pledge_content(c.view, d.match, c.scene.matches)
    entry = practice.pledge_entry(content.entry.type) if content is not None else None
    if entry is not None:
        d.match = replace(d.match, entry=entry)
        d.type, d.cameo = entry.type, entry.cameo


def _conditional_threat(c: Candidate, d: Draft) -> None:
    """(helper DB, session 28) "Menteri Pertahanan Iran mengatakan militer Iran akan menyerang pangkalan Amerika jika
    Washington menyerang Teheran", "Iran's defence minister said Iran would strike US bases if ...": force a party's
    own speaker announces on a condition is a threat (138, as a pledge of force is), the act itself only supposed
    (dev gold: 'could use Navy for "blockade"' is THREATEN, the blockade hypothetical and optional); not where the
    sentence holds a threat word of its own ("warned that it would strike ... if": that word is the threat)."""
    view, m = c.view, d.match
    if d.type != "ASSAULT" or any(n.entry.type == "THREATEN" for n in c.scene.matches) \
            or not view.any_kind("plan", max(0, m.start - 3), m.start) \
            or not conditional(view, m, left_bound(view, m.start)):
        return
    attr = find_attribution(view, m, c.scene.matches)
    speaker = attr.speaker if attr is not None else None
    entry = practice.pledge_entry("ASSAULT")
    if speaker is None or not speaker.country or speaker.country != d.src.country or entry is None:
        return
    d.match = replace(m, entry=entry)
    d.type, d.cameo = entry.type, entry.cameo
    d.modality = "actual"  # (GUIDELINES: a threat is itself the event, with modality actual)


def _refusal(c: Candidate, d: Draft) -> None:
    """"Filipina tidak menyetujui usulan China", "Thailand did not accept Cambodia's proposal": an act the text says
    its source did not do, of its own accord, is a refusal (event_types.tsv ``refused_as``) whose negation is the act;
    not a denial of a claim, nor an act supposed ("would not agree if"), nor a mutual one ("the two sides did not agree")."""
    recoded = event_types().refused_as.get(d.type)
    m = d.match
    if recoded is None or m.entry.frame == "mutual" or is_noun(m, c.view) \
            or c.view.any_kind("light_verb", m.start - 2, m.start):
        return  # (nor an act named by a noun: "made no mention of plans")
    mod = c.modality(d.match)
    if mod.negated and mod.denier is None and mod.modality in ("actual", "planned"):  # "will not accept" refuses too
        d.type, d.cameo = recoded
        d.refused = True


def _promised(c: Candidate, d: Draft) -> None:
    """"PM Abe dan Presiden Yudhoyono akan menandatangani perjanjian": a signing that lies ahead is a promise to sign
    (CAMEO facts ``signing``: PLOVER codes it AGREE), coded with its own CAMEO code."""
    if d.type != "AGREE" and event_types().cameo_has(d.cameo, "signing") and \
            c.modality(d.match).modality == "planned":
        d.type = "AGREE"


def _government_protest(c: Candidate, d: Draft) -> None:
    """A government's protest is verbal disapproval (ACCUSE, CAMEO 111), not a demonstration; so is a state's
    protest at another state ("Korea Selatan memprotes klaim Jepang", "Japan protested China's move"), which its
    government makes."""
    code = d.src.code
    if ActorCode(code).prefix == code and d.src.mention.kind in ("country", "capital") and d.tgt is not None \
            and d.tgt.country and d.tgt.country != d.src.country:
        code += "GOV"
    m = d.match  # the protest verb itself, read as a verb ("memprotes", "protested"; not "protes" or "protesters")
    own_verb = len(m.entry.pattern) == 1 and m.voice in ("active", "passive", "past")
    d.type, d.cameo = practice.coded_as(d.type, d.cameo, code, own_verb)


def _complaint_forum(c: Candidate, d: Draft) -> None:
    """"complained to the UN Security Council about China's actions", "mengadu kepada Dewan Keamanan PBB soal serangan
    udara Israel": an official complaint (cameo fact complaint) is aimed at whom it is about, the first actor a few
    words behind a word of the class complaint_about right after the forum, not at the forum it is made to."""
    view, tgt = c.view, d.tgt
    if tgt is None or not event_types().cameo_has(d.cameo, "complaint") \
            or not view.has(view.prep_index(tgt.start), "prep_target"):
        return
    k = tgt.end
    if k < right_bound(view, d.match.end) and view.is_word(k, "complaint_about"):
        about = next((a for a in view.actors if k < a.start <= k + 4 and a.code != tgt.code), None)
        # (helper BC) a protest lodged with a state over a person of no named state is aimed at that state: "China
        # lodged a protest with Japan over the minister's visit" (not "to the UN about the militia's attacks")
        stranger = about is not None and not about.country and bool(tgt.country) and not ActorCode(tgt.code).is_org
        if about is not None and about.code != d.src.code and not stranger:
            d.tgt = about


def _riot(c: Candidate, d: Draft) -> None:
    """"Protesters torched police stations", "angry crowds stormed the residence": violence by protesters is a
    riot (event_types.tsv ``by_protesters_as``: PROTEST 145), not an armed attack; a mob beating a civilian
    ("massa menghajar seorang terduga pencuri") is an assault on that person."""
    recoded = event_types().by_protesters_as.get(d.type)
    if d.tgt is not None and ActorCode(d.tgt.code).last_sector == "CVL":
        return
    if recoded is not None and any(c.view.is_word(k, "protester") for k in range(d.src.start, d.src.end)):
        d.type, d.cameo = recoded


def _own_place(c: Candidate, d: Draft) -> None:
    """"Myanmar soldiers beat detainees to death in Sagaing", "drove the Rohingya out of Rakhine": a town of the
    agent's own state that force is used on (event_types.tsv place_target) stands for the people there (CVL), not for
    the state."""
    tgt = d.tgt
    # (part AI) so do bare armed forces, which take the place's state: "Paramilitaries shelled a hospital in El Fasher",
    # "Troops bombed villages in Sagaing" (not police: "Polisi melumpuhkan jaringan narkoba di Medan" is law
    # enforcement; nor where the sentence names another state, whose forces they may be: "Israeli tanks rolled in as
    # troops shelled Gaza")
    bare_force = d.src.code == "MIL" and not d.src.country and tgt is not None \
        and all(not a.country or a.country == tgt.country for a in c.view.actors)
    if tgt is not None and tgt.mention.kind == "place" and event_types().has(d.type, "place_target") \
            and tgt.code == tgt.country and (tgt.country == d.src.country or bare_force):
        d.tgt = replace(tgt, mention=replace(tgt.mention, code=tgt.code + "CVL"))
    elif tgt is not None and tgt.mention.kind == "capital" and event_types().has(d.type, "place_target") \
            and d.src.country and tgt.country == d.src.country and "prep_place" in c.view.prep_before(tgt):
        # (helper DJ, session 30) the agent's own capital behind "di/in" is where it acted, not its government acted
        # upon: "Polisi Thailand menggerebek sebuah kasino ilegal di Bangkok" (no target named; the raid is no act on
        # the Thai government)
        d.tgt = None


def _forces_home(c: Candidate, d: Draft) -> None:
    """"TNI mengirimkan 1.000 personel tambahan ke Papua", "sent 1,000 troops to Papua": forces a state sends to
    a place of its own are deployed there (MOBILIZE, no target), not military aid to itself (part W)."""
    tgt, entry, home = d.tgt, d.match.entry, event_types().at_home_as.get(d.type)
    if home is not None and entry.mode == "military" and tgt is not None and tgt.mention.kind == "place" \
            and tgt.country and tgt.country == d.src.country:  # (event_types.tsv at_home_as)
        entry = replace(entry, type=home[0], cameo=home[1], mode="troops", frame="intrans")
        d.match, d.type, d.cameo, d.tgt = replace(d.match, entry=entry), entry.type, entry.cameo, None


_WORDS_SECTORS = frozenset({"GOV", "LEG", "OPP", "JUD"})  # who attacks with words: officials, lawmakers, opposition
_WORDS_TARGETS = _WORDS_SECTORS | {"MED"}  # ... and whom: them, and the press


def _verbal_attack(c: Candidate, d: Draft) -> None:
    """"Trump attacked Pelosi over the impeachment inquiry", "Zarif shot back at Pompeo", "Trump targeted Democrats
    in a series of tweets": an attack of no stated weapon (CAMEO 190) that a named politician makes on another named
    politician, or on a political body or the press of his own state, is words (ACCUSE 111), not force; not an attack
    on a state, an army, an armed group or civilians, nor one by a force ("Putin attacked Ukraine")."""
    if d.type != "ASSAULT" or d.cameo != "190" or d.match.entry.mode or d.tgt is None:
        return
    # (helper DK, session 30) a mutual clash is words both ways when it is words one way: "Prime Minister John Howard
    # and Opposition Leader Simon Crean clashed over the asylum seekers" (the leader's side, and its reverse)
    if _words_attack(d.src, d.tgt) or d.match.entry.frame == "mutual" and _words_attack(d.tgt, d.src):
        d.type, d.cameo = "ACCUSE", "111"


def _words_attack(a: ActorSlot, b: ActorSlot) -> bool:
    """A named politician ``a`` attacking another named politician, or a political body or the press of his own
    state (rule verbal-attack)."""
    if a.mention.kind != "leader":
        return False
    src, tgt = ActorCode(a.code), ActorCode(b.code)
    if src.last_sector not in _WORDS_SECTORS or tgt.is_igo:
        return False
    person = b.mention.kind == "leader" and tgt.last_sector in _WORDS_TARGETS
    own_body = b.mention.kind not in ("country", "capital", "leader") and b.country == a.country \
        and (tgt.last_sector in _WORDS_TARGETS or tgt.prefix == tgt.code  # a party (organisations: a bare code)
             and any("organisations" in s for s in b.mention.sources))
    # (lead, session 15) a bare political body or the press, of no state of its own: "Trump attacked the media as"
    bare_body = b.mention.kind == "sector" and not b.country and tgt.last_sector in _WORDS_TARGETS
    return person or own_body or bare_body


def _home_insurgents(c: Candidate, d: Draft) -> None:
    """(lead, session 19) Talks, deals and truces (event_types.tsv home_insurgents) between a state's actor and
    unnamed armed rebels: the rebels are that state's insurgents ("Sudan dan kelompok pemberontak menyetujui gencatan
    senjata di Darfur": SDNREB; "the Sudanese government and rebel groups agreed to a truce"), unless the event's place is
    in another state, where the rebels may be of that one ("Russia and the rebels agreed to a truce in Syria",
    "menjalin kontak antara pejabat senior AS di Baghdad dengan pemberontak")."""
    if d.tgt is None or not event_types().has(d.type, "home_insurgents"):
        return
    for rebels, state in ((d.src, d.tgt), (d.tgt, d.src)):
        code, other = ActorCode(rebels.code), ActorCode(state.code)
        if not (code.is_sector and code.last_sector == "REB" and state.country and not other.is_org):
            continue
        place = anchors.location(c.view, d.match, c.scene.places, None)  # the event's place, not a deal's named in passing
        countries = ({place.country} if place is not None else {
            p.place.country for p in c.scene.places
            if not any(a.mention.start <= p.start < a.mention.end for a in (rebels, state))}) - {""}
        if countries and state.country not in countries:
            return  # (with no place of the act found, a place of the state's own named anywhere in the sentence will do;
            # the state named as the party is no place)
        recoded = replace(rebels, mention=replace(rebels.mention, code=state.country + rebels.code))
        if rebels is d.src:
            d.src = recoded
        else:
            d.tgt = recoded
        return


def _protest_by_citizens(c: Candidate, d: Draft) -> None:
    """"demonstrations by Russians": a country protesting stands for its citizens (RUSCVL)."""
    code = d.src.code
    if d.type == "PROTEST" and ActorCode(code).prefix == code:
        d.src = replace(d.src, mention=replace(d.src.mention, code=code + "CVL"))


def _speaker_not_of_target(c: Candidate, d: Draft) -> None:
    """"The minister condemned Pakistan": one of no stated country who speaks against a named state is of the
    event's place if the text names one, else unknown: not of that state, nor guessed from the article."""
    if ActorCode(d.src.code).is_sector and d.tgt is not None and d.tgt.mention.kind == "country" \
            and event_types().has(d.type, "speech_act") and event_types().has(d.type, "domestic"):
        d.guess = False


def _armed_exercise(c: Candidate, d: Draft) -> None:
    """(lead, session 27) "latihan militer tahunan Amerika Serikat dan Korea Selatan", "held joint naval drills with
    Japan": exercises, drills and joint patrols (COOPERATE entries of the mode military and the frame mutual: acts that
    only armed forces perform) are their armed forces' acts, so a party named by its state alone is its military
    (GUIDELINES: MIL where the text shows armed forces; a state's other material acts keep the bare code)."""
    entry = d.match.entry
    if d.type == "COOPERATE" and entry.mode == "military" and entry.frame == "mutual":
        d.src, d.tgt = _as_forces(d.src), _as_forces(d.tgt)


def _as_forces(slot: ActorSlot | None) -> ActorSlot | None:
    if slot is None or slot.mention.kind != "country" or ActorCode(slot.code).rest:
        return slot
    return ActorSlot(replace(slot.mention, code=slot.code + ARMED_FORCES), slot.start, slot.end)


def _local_violence(c: Candidate, d: Draft) -> None:
    """"Milisi membantai ratusan warga desa di Darfur", "Gunmen kidnapped two Chinese engineers in Pakistan":
    unnamed armed men are of the event's place, not guessed from the article or their victims."""
    if d.tgt is not None and event_types().has(d.type, "victims") and ActorCode(d.src.code).is_sector:
        place = anchors.location(c.view, d.match, c.scene.places, None)
        if place is not None and place.country:
            d.guess = False  # (with no place found, the article's country stays the best guess)


def _victims_abroad(c: Candidate, d: Draft) -> None:
    """(helper CS, issue 11 item 4) "Russian missile strikes killed nine people", "Serangan udara Israel menewaskan 14
    orang": people (counted, or a bare "people", "civilians") killed by a state's or its forces' strikes from afar
    (CAMEO fact from_afar: air, missile and artillery fire; or an act of killing after such a strike), in a sentence
    that names no place of another state, are not the striker's own people but people the text does not name: target "" (GUIDELINES),
    not a dyad of the state with itself (rule same-country)."""
    t, types = d.tgt, event_types()
    unnamed = t is not None and (t.mention.entry == "rule:counted-victims"
                                 or (t.mention.kind == "sector" and t.code == "CVL"))
    if not unnamed or not types.has(d.type, "victims") \
            or not (types.cameo_has(d.cameo, "from_afar") or any(
                m.entry.type == d.type and types.cameo_has(m.entry.cameo, "from_afar") and m.end <= d.match.start
                for m in c.scene.matches)):  # (or killed by such strikes named before: "Serangan udara Israel ...
        return                               # menewaskan 14 orang")
    src = ActorCode(d.src.code)
    # (no place named of another state, not even one struck: "Serangan udara Israel ke Jalur Gaza", "in northern Yemen")
    if d.src.country and src.rest in ("", "MIL") and anchors.location(c.view, d.match, c.scene.places, None) is None \
            and all(p.place.country in ("", d.src.country) for p in c.scene.places):
        d.tgt = None


def _unnamed_in_object(c: Candidate, d: Draft) -> None:
    """(helper DP) "Hamas menolak untuk membebaskan para sandera", "menolak rencana pengiriman pasukan ke Timur Tengah",
    "menolak usulan itu dalam rapat kabinet": when what is refused is itself an act or a plan (event_types.tsv fact
    event_object), an unnamed group of unknown country named in it or near it is no party the refusal is aimed at:
    the refusal stands with target "" (GUIDELINES), rather than being dropped with its target (rule unnamed-target);
    not the plan's own author ("Iran rejected the decision of the court", "menolak permintaan perusahaan itu": whose
    plan it is stays unknown, tests/test_targetless.py)."""
    if c.roles.act_named and event_types().has(d.type, "event_object") and d.type == d.match.entry.type \
            and _unknown_group(c, d) and not any(
                a.country and a.country != d.src.country and d.match.end <= a.start <= d.tgt.end for a in c.view.actors) \
            and not _plan_author(c.view, d.match, d.tgt):
        d.tgt = None  # (not with a state named on the way to it or right after it: "a ceasefire offer by four militant
        # Palestinian groups" names whose the militants are, though not as one actor)


def _plan_author(view: SentenceView, m: TriggerMatch, tgt: ActorSlot) -> bool:
    """Whether ``tgt`` reads as the author of the object right after the act: a bare genitive of its first noun
    ("menolak permintaan perusahaan itu") or behind a preposition of agent, source or "of" ("the decision of the
    court", "tawaran dari kelompok itu")."""
    j = tgt.start - 1
    while j > m.end and view.has(j, "determiner"):
        j -= 1
    return tgt.start == m.end + 1 or view.has(j, "prep_agent") or view.has(j, "prep_source") \
        or view.has(j, "prep_patient")


# -- vetoes ---------------------------------------------------------------------------------------
def _target_required(c: Candidate, d: Draft, e: Event) -> str | None:
    """Only one-party acts (silence, protest, combat), acts on an event ("dismissed calls") and inquiries into an
    incident ("investigating the death of") stand without a target: elsewhere a missing target means the roles
    were not understood."""
    entry, types = d.match.entry, event_types()
    if e.target is None and types.has(entry.type, "to_all_parties") and (
            _to_all_parties(c.view, d.match) or _appeal_to_no_one(c.view, d.match)):
        return None  # "urged all sides to show restraint", "appealed for calm": the text names no one
    if e.target is None and types.has(entry.type, "money_given") and _money_given(c, d):
        return None  # "Japan donated 1 million dollars to support tax reform": a sum given, no recipient named
    if e.target is None and "victims-abroad" in d.rules:
        return None  # "Russian missile strikes killed nine people": the dead are people the text does not name
    if e.target is None and types.cameo_has(entry.cameo, "own_forces") and _own_forces(c.view, d.match, d.src):
        return None  # "willing to withdraw its troops": one's own forces pulled back, from no one named
    if e.target is None and c.roles.event_object and types.has(entry.type, "reaction") and (
            entry.frame == "recv" or undergone(c.view, d.match)):
        return None  # (helper AY) "Kebijakan itu menuai kecaman dari pemerintah Malaysia": a plan or act drew it
    if e.target is None and entry.frame != "intrans" and not ((c.roles.event_object or "unnamed-in-object" in d.rules) and (
            types.has(entry.type, "event_object") or types.cameo_has(entry.cameo, "inquiry")
            or (types.has(entry.type, "unauthored_act") and _author_unnamed(c.view, d)))):
        return "no target found"
    if e.target is None and types.cameo_has(entry.cameo, "inquiry") and ActorCode(e.source.code).of_class("people"):
        # (helper BB) private people looking into no party do research, not a legal inquiry: "Indonesian researchers
        # are investigating how the virus spreads", "Peneliti Indonesia menyelidiki asal virus itu"
        return "no target found"
    return None


def _dated_past_act(c: Candidate, d: Draft, e: Event) -> str | None:
    """(lead, session 27) "since the September 11 attacks in New York", "the impact of the September 11 terrorist
    attacks in the United States": a past act named by its date is a name for it, not a report of it; by no one
    named (an unnamed agent: a bare sector word or none), its author stays unknown rather than being guessed from
    its place or the article ("Osama bin Laden admitted planning the September 11 attacks" names him)."""
    if ActorCode(d.src.code).is_sector and c.view.names_date(d.match.start, d.match.end):
        return "a past act named by its date, by no one named"
    return None


def _supposed_act(c: Candidate, d: Draft, e: Event) -> str | None:
    """(helper DK, session 30) "Americans would not fight back", "not prepared to negotiate": an act planned and
    denied (a plan said not to be) reports nothing done; the dev gold and the tuning set code every such event optional
    at most (en 4, id 3, none required), so it is not emitted. (An act under "if" stays, with modality hypothetical, as
    GUIDELINES codes it: DK's reading of a clause of condition was taken back at the merge.) A threat or a pledge
    with its condition is itself the event (recoded actual, conditional-threat), and a refusal ("will not accept") is
    an act done, not a negated one."""
    if e.negated and e.modality == "planned":
        return "a plan said not to be (negated, planned)"
    return None


def _between_firms(c: Candidate, d: Draft, e: Event) -> str | None:
    """(helper DK, session 30) "We have signed a binding agreement for the sale of all shares ... to Exedy Corporation":
    support or cooperation (event_types.tsv fact commerce) between two firms is commerce, not a political act."""
    if e.target is not None and event_types().has(d.type, "commerce") \
            and ActorCode(e.source.code).rest == FIRM == ActorCode(e.target.code).rest:
        return "commerce between two firms"
    return None


def _content_against(c: Candidate, d: Draft, e: Event) -> str | None:
    """(helper DK, session 30) "Hamas called for more suicide attacks against Israel", "Arafat called for a halt to all
    armed operations against Israel": the party named after "against" (word class opposed_to) behind a noun of
    another act that a request names is whom that act is against, not the one asked; the request names no one asked
    ("introduced a censure motion against the Prime Minister", the request's own noun, and "made a plea to Russia for
    help against Azerbaijan", its addressee named first, stay)."""
    t, m, view = d.tgt, d.match, c.view
    if d.type != "REQUEST" or t is None or t.start <= m.end or not view.is_word(t.start - 1, "opposed_to"):
        return None
    if any(n is not m and n.entry.type != "REQUEST" and m.end <= n.start < t.start - 1 for n in c.scene.matches):
        return f"{t.mention.text!r} is whom the act asked for is against, not the one asked"
    return None


def _summoned_by_justice(c: Candidate, d: Draft, e: Event) -> str | None:
    """(helper BB) A bare call-in (word class summons: "memanggil", "dipanggil") is a summons for questioning only when
    the police, prosecutors or courts call: "KPK memanggil enam mantan pejabat Pertamina"; not a coach's call-up
    ("dipanggil timnas") nor a president calling ministers in."""
    m = d.match
    if m.end - m.start != 1 or not c.view.is_word(m.start, "summons") or ActorCode(e.source.code).of_class("justice"):
        return None
    return "a call, not a summons by the police or the courts"


def _author_unnamed(view, d: Draft) -> bool:
    """(helper CS) A verb of disapproval (CAMEO 11: no questioning, no inquiry) whose object is an act that names no one
    who did it: up to the clause's end (a comma too), no party, no name, no possessive ("Sharon's murder"), no owner
    pronoun ("his peace call", "serangan mereka", word class owner_pronoun), no owner clitic ("usulannya"), and no
    party of another state anywhere in the sentence: "strongly condemned the bombing", "mengutuk pembunuhan wartawan
    tersebut" (event_types.tsv fact unauthored_act)."""
    m = d.match
    if not m.entry.cameo.startswith("11") or m.voice not in ("active", "past", "lit") \
            or m.entry.frame in ("labelled", "verdict") \
            or not view.tokens[m.start].text[:1].islower() or not d.src.country \
            or not 0 <= m.start - d.src.end <= 3 \
            or d.src.mention.kind in ("pronoun", "anaphor", "implied"):
        return False  # a noun of it ("a strike to force ..."), a name ("the Indo-Australian Fault"), a label or a
        # word whose subject is not right before it ("over alleged tax fraud") is no act; one named before ("He
        # condemned the attack") may have named the attack's author there too
    # an act named again ("condemned the attack.", "mengecam serangan tersebut"): told before, with its author there
    noun = next((k for k in range(m.start + 1, min(view.n, m.end + 3)) if k in view.trigger_starts
                 or view.has(k, "event_noun") or view.is_word(k, "incident_noun")), None)
    if noun is not None and (view.has(noun + 1, "definite") or view.has(noun - 1, "definite") and (
            noun + 1 >= view.n or view.is_punct(noun + 1) or view.low[noun + 1] in (",", "."))):
        return False
    clitics = view.word_classes["possessor_clitic"]
    for k in range(m.end, min(view.n, m.end + 10)):
        if view.is_punct(k) or view.low[k] in (",", '"', "“", "”"):
            break
        if view.actor_at(k) is not None or view.is_word(k, "possessive") or view.is_word(k, "owner_pronoun") \
                or ends_in_clitic(view.low[k], clitics) or view.tokens[k].text[:1].isupper():
            return False
    return all(a.country in ("", d.src.country) for a in view.actors)


def _money_given(c: Candidate, d: Draft) -> bool:
    """(helper CS, issue 11 item 4) A verb of giving whose object is a sum of money (units.tsv currency, in the
    trigger or up to six words after it), given by a state its own mention names ("Japan", "Pemerintah Jepang"; not
    a bare "the government", whose spending may be at home) or by its government: "Japan donated 1 million US
    dollars ...", "Korea Selatan menyumbangkan 3 juta dolar AS untuk ..." (event_types.tsv fact money_given)."""
    view, m = c.view, d.match
    if m.voice not in ("active", "past", "passive") or not d.src.country or ActorCode(d.src.code).rest not in ("", "GOV"):
        return False
    money = currency_units(view.lang)
    lo, hi = view.tokens[m.start].start, view.tokens[min(view.n, m.end + 6) - 1].end
    return any(lo <= q.start <= hi and q.quantity.unit in money for q in c.scene.quantities)


def _own_forces(view, m, src) -> bool:
    """Forces of no other state named as the agent's own in the trigger or right after it: a possessive ("withdraw
    its troops", "menarik pasukannya") or an anaphor ("the troops"); bare "pasukan" may be anyone's ("Thailand dan
    Kamboja sepakat menarik pasukan": the agreement is the act)."""
    def own(slot) -> bool:
        if slot is None or slot.country not in ("", src.country) or not ActorCode(slot.code).of_class("armed"):
            return False
        before = slot.start - 1
        return slot.mention.kind == "anaphor" or (view.has(before, "determiner") and not view.has(before, "definite"))
    return any(own(view.actor_at(k)) for k in range(m.start, min(view.n, m.end + 3)))


def _appeal_to_no_one(view, m) -> bool:
    """"appealed for calm", "menyerukan de-eskalasi": a word of class appeal_object up to three words after the
    trigger or in its own pattern past its first word (helper CO: a pattern that holds what is asked for), what an
    appeal to no one named asks for."""
    return any(view.is_word(k, "appeal_object") for k in range(m.start + 1, min(view.n, m.end + 3)))


def _to_all_parties(view, m) -> bool:
    """"urged all sides", "called on both parties", "meminta semua pihak", "menyerukan kedua belah pihak": a word of
    class all_quantifier in the trigger or up to two words after it, then a party_word (one word may stand between)."""
    return any(view.is_word(k, "all_quantifier") and (view.is_word(k + 1, "party_word") or view.is_word(k + 2, "party_word"))
               for k in range(m.start + 1, m.end + 3))


def _armed_mobilization(c: Candidate, d: Draft, e: Event) -> str | None:
    """A military deployment or withdrawal moves forces or arms, or is made by armed actors."""
    return None if practice.armed_enough(c.view, d.match, d.src) else "no forces moved, no armed actor"


def _fire_received(c: Candidate, d: Draft, e: Event) -> str | None:
    """(helper BM) An act of a type with the fact armed_fire (event_types.tsv: ASSAULT) read from a receiving phrase
    ("came under fire from Palestinian gunmen") comes from an armed actor (sector class armed); fire drawn from
    lawmakers, critics, ministers or a state named alone is criticism: "The White House came under fire from Senate
    Democrats on Tuesday", "China came under fire from the United States after the launch"."""
    if d.match.entry.frame != "recv" or not event_types().has(d.type, "armed_fire"):
        return None
    code = ActorCode(e.source.code)
    return None if code.of_class("armed") else "fire from the unarmed is criticism"


def _official_visit(c: Candidate, d: Draft, e: Event) -> str | None:
    """A visit is made by officials and bodies to another state, not by tourists, firms or returning citizens."""
    return None if practice.official_visit(c.view, d.match, d.src, d.tgt) else "travel, not an official visit"


def _existential(c: Candidate, d: Draft, e: Event) -> str | None:
    """(helper BV) "..., but there are continuing calls for Dr Hollingworth to resign", "masih ada desakan agar menteri
    itu mundur": a noun of an act opened by an existential (word class existential, with its auxiliaries and
    modifiers between) names no author; a party named before it, in another clause, is not its source ("calls from
    the opposition", named after the noun, stay)."""
    view, m = c.view, d.match  # (a verb's form read as a noun there too: "there are calls for")
    k = m.start - 1
    while k >= max(0, m.start - 4) and not view.is_word(k, "existential") and view.actor_at(k) is None \
            and view.is_plain_word(k) and k not in view.trigger_starts:
        k -= 1
    if k >= 0 and view.is_word(k, "existential") and d.src.start < k:
        return f"an act said to exist ({view.tokens[k].text!r}) names no author before it"
    return None


def _unnamed_target(c: Candidate, d: Draft, e: Event) -> str | None:
    """"warned companies": an unnamed group of unknown country is no coded target of an act abroad (but a state
    organ acting on unnamed protesters or opposition, or such people on the government, act at home; so do talks
    between them, "held talks with nurses' unions" (event_types.tsv home_talks), but deals with an unnamed side stay
    dropped; helper DC: nor does an office of a town or province, "Brisbane City Council rejected a plan by
    developers", practice.local_organ)."""
    if d.match.entry.frame == "mutual" and d.tgt is not None and d.tgt.mention.by_title:
        return None  # one office-holder met ("Pak Menteri bakal ketemu dengan Paul Wolfowitz"): coded both ways
    if d.match.entry.frame == "mutual" and event_types().has(d.type, "home_talks") and d.tgt is not None \
            and d.src.country and ActorCode(d.src.code).last_sector == "BUS" and ActorCode(d.tgt.code).is_sector \
            and ActorCode(d.tgt.code).of_class("public"):
        return None  # (helper CX) a named firm in talks with unnamed unions or workers ("Qantas and two maintenance
        # unions are continuing negotiations"): talks at home, coded both ways as the unions' side already is
    if _unknown_group(c, d):
        return f"target {d.tgt.mention.text!r} is an unnamed group of unknown country"
    return None


def _unknown_group(c: Candidate, d: Draft) -> bool:
    """Whether the pair's target is an unnamed group of unknown country that acts at no home (rule unnamed-target)."""
    return d.tgt is not None and ActorCode(d.tgt.code).is_sector and not event_types().has(d.type, "domestic") \
        and not d.stated and not ((d.match.entry.frame != "mutual" or event_types().has(d.type, "home_talks"))
                                  and practice.home_dyad(d.src, d.tgt)) \
        and not (d.src is not None and d.match.entry.frame != "mutual" and practice.local_organ(c.view, d.src))


def _self_target(c: Candidate, d: Draft, e: Event) -> str | None:
    """An actor does not act on itself; but two actors of one code may be two parties of the act (roles.two_parties:
    "Mendagri meminta pemerintah daerah", IDNGOV twice; "Massa menghajar seorang pencuri", IDNCVL twice)."""
    if e.target is None or e.target.code != e.source.code:
        return None
    if d.tgt is not None and two_parties(d.match, d.src, d.tgt, d.type):
        return None
    m = d.match
    if d.tgt is not None and e.modality == "actual" and d.type == m.entry.type and met_organs(c.view, m, d.src, d.tgt):
        return None  # (helper BA) two organs of one state who met ("kata X usai pertemuan dengan Menteri Keuangan")
    return f"{e.source.code} acts on itself"


def _inquiry_object(c: Candidate, d: Draft, e: Event) -> str | None:
    """"Brazil's supreme court opened an inquiry into the former president's role in the riots", "membuka
    penyelidikan terhadap peran mantan presiden dalam kerusuhan": an act named by a noun inside what an inquiry
    looks into is not an act of whoever opened the inquiry (part AG; allegations looked into stay theirs)."""
    m = c.match
    if m.voice not in ("noun", "lit") or d.src is None or d.type == "ACCUSE":
        return None
    for n in c.scene.matches:
        if (n is not m and n.entry.type == "ACCUSE" and n.entry.cameo.startswith("09")
                and n.end <= m.start <= n.end + 12 and d.src.end <= n.start):
            return "an act an inquiry looks into is not an act of whoever opened the inquiry"
    return None


def _accident_inquiry(c: Candidate, d: Draft, e: Event) -> str | None:
    """(helper DI) "The Australian Transport Safety Bureau is investigating the overnight crash of an aircraft": an
    inquiry into an accident (word class accident_noun within a few words after it, no party, comma or clause break
    between) with no suspect named looks into no wrong (CAMEO 09 investigates crime, abuses, military action): no
    accusation (the tuning gold codes none; "investigating the killing of" stays one)."""
    m, view = c.match, c.view
    if d.tgt is not None or not event_types().cameo_has(m.entry.cameo, "inquiry"):
        return None
    for k in range(m.start + 1, min(view.n, m.end + 5)):  # (in the pattern too: "looking into the crash")
        if view.is_word(k, "accident_noun"):
            return "an inquiry into an accident names no wrong"
        if k >= m.end and (view.actor_at(k) is not None or view.is_punct(k) or view.low[k] == ","
                           or k in view.trigger_starts):
            return None
    return None


def _victims_named_later(c: Candidate, d: Draft, e: Event) -> str | None:
    """(part AI) "Kelompok bersenjata menyerang sebuah desa di Burkina Faso utara dan menewaskan 15 warga": a state
    named only as the place of what was attacked stands for its people when no later act of the sentence names whom
    the attack hit; where one does, that act is the attack's event (the gold codes no dyad twice)."""
    t = d.tgt
    if t is None or not event_types().has(d.type, "victims") or t.mention.kind not in ("country", "place") \
            or "prep_place" not in c.view.prep_before(t) or t.start < d.match.end:
        return None
    return "the state is the place; a later act names whom the attack hit" if c.later_victims() is not None else None


def _same_country(c: Candidate, d: Draft, e: Event) -> str | None:
    """A state acting on its own organs ("Turkish occupying forces", a leader visiting home) is no dyad; a party
    against its own state is one ("Boko Haram attacked Nigeria", NGAREB→NGA), and so is a person out of office or
    a political party acting on its state's organs or acted on by them, which keep the bare state code but are not
    the state ("the Supreme Court rejected an appeal by former President Lula"; "Former foreign secretary Boris
    Johnson urged Prime Minister Theresa May", GBR→GBRGOV; "May rejected criticism from Boris Johnson"; in a mutual
    act only a person named as one of its subjects, "Lynch met Bill Clinton", not "names discussed include former
    Vice President Biden and Senator Sanders"; never towards the bare state itself)."""
    src, tgt = ActorCode(e.source.code), ActorCode(e.target.code if e.target is not None else "")
    bare = d.src if not src.rest else d.tgt
    private = bare is not None and bool(src.rest or tgt.rest) and _private_party(bare.mention) and (
        d.match.entry.frame != "mutual" or (bare.mention.kind == "leader" and d.tgt is not None
                                            and min(d.src.start, d.tgt.start) < d.match.start))
    if (tgt.code and not event_types().has(d.type, "own_dyad") and not event_types().cameo_has(d.cameo, "own_public")
            and src.head == tgt.head and "" in (src.rest, tgt.rest)
            and src.first_sector not in party_sectors() and tgt.first_sector not in party_sectors() and not private):
        return f"{src.code} and {tgt.code}: a state and its own organs"
    return None


def _private_party(m) -> bool:
    """A known person out of office or a political party (knowledge/organisations.tsv rows of a bare state code)."""
    return m.kind == "leader" or (m.known_organisation(head=True) and ActorCode(m.code).rest == "")


def _unspoken_duty(c: Candidate, d: Draft, e: Event) -> str | None:
    """"Sanksi harus tetap diberlakukan": a duty no speaker states as a demand is no act."""
    return "a duty, not an act" if d.type != "REQUEST" and obliged(c.view, d.match) else None


def _protest_aim(c: Candidate, d: Draft, e: Event) -> str | None:
    """"Warga berunjuk rasa di depan kantor bupati menentang rencana tambang", "unjuk rasa oleh buruh yang menolak
    kenaikan harga BBM": opposition voiced by those protesting just before is the protest's aim, coded once as the
    protest (not when the protest is only their name: "Pengunjuk rasa menolak tawaran itu")."""
    if d.type != "REJECT":
        return None
    if _earlier_here(c, lambda p: p.type == "PROTEST" and p.source.code == e.source.code
                     and p.trigger.start < e.trigger.start and "named-agent" not in p.rules) is not None:
        return "the aim of the protest coded before it"
    return None


def _one_per_dyad(c: Candidate, d: Draft, e: Event) -> str | None:
    """"memberikan bantuan mematikan": one act per dyad and type in a clause (runs last: it remembers what
    passed); but a mutual act's other direction between two organs of one code is its second event ("Sri Mulyani
    bertemu Presiden Yudhoyono": IDNGOV to IDNGOV each way, as GUIDELINES codes a meeting)."""
    view, start = c.view, c.match.start
    key = (e.type, e.source.code, e.target.code if e.target else "")
    slots = (d.src.start, d.tgt.start if d.tgt is not None else -1)
    # (a sentence's own dyad once; with no target only the dead of strikes from afar, rule victims-abroad: "shelled
    # the area for three hours, killing six people" is one act)
    whole = event_types().has(e.type, "one_per_sentence") and (e.target is not None or "victims-abroad" in d.rules)
    # "flew to Tokyo for talks with his Japanese counterpart": talks named as a trip's purpose (behind a word of the
    # class trip_purpose) are that visit, coded before them
    purpose = view.is_word(start - 1, "trip_purpose") and e.type == "CONSULT"
    # (part AR) talks named as the setting of the clause's act ("membahas kerja sama dalam pertemuan di Jakarta")
    # are the talks that act already codes between the same parties
    settings = {n.start for n in c.scene.matches if e.type == "CONSULT" and is_noun(n, view) and talks_setting(view, n)}
    for k, other, pair in c.scene.seen:
        if k == key and pair == slots and (start in settings or other in settings):
            return f"the setting of the talks {key[1]}->{key[2] or '-'} coded from the act of its clause"
        if other == start and pair == slots[::-1] and d.match.entry.frame == "mutual":
            continue
        if purpose and k == key and other < start:
            return f"the purpose of the visit {key[1]}->{key[2] or '-'} coded before it"
        lo, hi = min(start, other), max(start, other)
        if k == key and (whole or _one_act_twice(c, d, other)
                         or hi - lo <= 3 and not any(view.has(j, "conj") or view.low[j] == "," for j in range(lo, hi))):
            return f"the same {e.type} {key[1]}->{key[2] or '-'} is coded from a trigger just before"
    c.scene.seen.append((key, start, slots))
    return None


def _one_act_twice(c: Candidate, d: Draft, other: int) -> bool:
    """(helper CY) Two verbs of one CAMEO code joined by a bare conjunction on one pair ("menangkap dan menahan empat
    aktivis", "arrested and detained"): one act named twice; verbs of two codes stay two acts ("membunuh dan
    menculik")."""
    n = next((n for n in c.scene.matches if n.start == other), None)
    if n is None or n.entry.cameo != d.match.entry.cameo:
        return False
    a, b = (n, d.match) if other < d.match.start else (d.match, n)
    gap = range(a.end, b.start)
    return 0 < len(gap) <= 2 and any(c.view.has(j, "conj") for j in gap) \
        and all(c.view.has(j, "conj") or c.view.is_word(j, "aux") for j in gap)


RULES: tuple[Rule, ...] = (
    Rule("bare-root", "gate", _bare_root, early=True),
    Rule("inside-actor", "gate", _inside_actor, early=True),
    Rule("compound-modifier", "gate", _compound_modifier, early=True),
    Rule("work-title", "gate", _work_title, early=True),
    Rule("natural-hazard", "gate", _natural_hazard),
    Rule("hazard-warning", "gate", _hazard_warning),
    Rule("posed-danger", "gate", _posed_danger),
    Rule("venue-of-act", "gate", _venue_of_act),
    Rule("purpose-clause", "gate", _purpose),
    Rule("act-cause", "gate", _act_cause),
    Rule("reporting-cue", "gate", _reporting_cue),
    Rule("anon-cue", "gate", _anon_cue),
    Rule("speculative-content", "gate", _speculative),
    Rule("sport", "gate", _sport),
    Rule("restated-act", "gate", _restated_act),
    Rule("open-question", "gate", _open_question),
    Rule("abstract-object", "gate", _abstract_object),
    Rule("described-text", "gate", _described_text),
    Rule("goal-set", "gate", _goal_set),
    Rule("object-of-act", "gate", _object_of_act),
    Rule("remembered", "gate", _remembered),
    Rule("onlooker", "gate", _onlooker),
    Rule("demand-subject", "gate", _demand_subject),
    Rule("signed-object", "gate", _signed_object),
    Rule("talks-asked", "gate", _talks_asked),
    Rule("talks-topic", "gate", _talks_topic),
    Rule("embedded-content", "gate", _embedded),
    Rule("announced-content", "gate", _announced_content),
    Rule("pledged-content", "gate", _pledged_content),
    Rule("attributive-participle", "gate", _attributive_participle),
    Rule("inquiry-addressed", "gate", _inquiry_addressed),
    Rule("held-description", "gate", _held_description),
    Rule("light-verb-carrier", "gate", _light_verb_carrier),
    Rule("named-object", "gate", _named_object),
    Rule("claimed-act", "fill", _claimed_act),
    Rule("event-anaphor", "fill", _event_anaphor),
    Rule("named-agent", "fill", _named_agent),
    Rule("act-anaphor", "fill", _act_anaphor),
    Rule("pledge-target", "fill", _pledge_target),
    Rule("proposal-author", "fill", _proposal_author),
    Rule("place-target", "fill", _place_target),
    Rule("content-target", "fill", _content_target),
    Rule("captor", "fill", _captor),
    Rule("own-people-coercion", "fill", _own_people),
    Rule("trade-partner", "fill", _trade_partner),
    Rule("talks-partner", "fill", _talks_partner),
    Rule("parallel-act", "fill", _parallel_act),
    Rule("charged-coordinate", "fill", _charged_coordinate),
    Rule("charged-topic", "fill", _charged_topic),
    Rule("charged-reason", "fill", _charged_reason),
    Rule("response-to", "fill", _response_to),
    Rule("yielded-to", "fill", _yielded_to),
    Rule("object-clitic", "fill", _object_clitic),
    Rule("own-public", "fill", _own_public),
    Rule("counted-dead-civilians", "fill", _counted_dead),
    Rule("counted-suspects", "fill", _counted_suspects),
    Rule("unnamed-agent", "fill", _unnamed_agent),
    Rule("held-place", "fill", _held_place),
    Rule("place-of-object", "fill", _place_of_object),
    Rule("reciprocal", "fill", _reciprocal),
    Rule("between-parties", "fill", _between_parties),
    Rule("hosted-visit", "fill", _hosted_visit),
    Rule("protest-target", "fill", _protest_target),
    Rule("measure-author", "fill", _measure_author),
    Rule("obligation", "recode", _obligation),
    Rule("pledge-recode", "recode", _pledge_recode),
    Rule("conditional-threat", "recode", _conditional_threat),
    Rule("refusal", "recode", _refusal),
    Rule("promised", "recode", _promised),
    Rule("verbal-attack", "recode", _verbal_attack),
    Rule("government-protest", "recode", _government_protest),
    Rule("complaint-forum", "recode", _complaint_forum),
    Rule("riot", "recode", _riot),
    Rule("own-place", "recode", _own_place),
    Rule("forces-home", "recode", _forces_home),
    Rule("protest-by-citizens", "recode", _protest_by_citizens),
    Rule("home-insurgents", "recode", _home_insurgents),
    Rule("speaker-not-of-target", "recode", _speaker_not_of_target),
    Rule("local-violence", "recode", _local_violence),
    Rule("armed-exercise", "recode", _armed_exercise),
    Rule("victims-abroad", "recode", _victims_abroad),
    Rule("unnamed-in-object", "recode", _unnamed_in_object),
    Rule("target-required", "veto", _target_required),
    Rule("fought-for", "veto", _side_fought_for),
    Rule("joined-side", "veto", _joined_side),
    Rule("summoned-by-justice", "veto", _summoned_by_justice),
    Rule("dated-past-act", "veto", _dated_past_act),
    Rule("supposed-act", "veto", _supposed_act),
    Rule("between-firms", "veto", _between_firms),
    Rule("content-against", "veto", _content_against),
    Rule("armed-mobilization", "veto", _armed_mobilization),
    Rule("fire-received", "veto", _fire_received),
    Rule("official-visit", "veto", _official_visit),
    Rule("unnamed-target", "veto", _unnamed_target),
    Rule("self-target", "veto", _self_target),
    Rule("victims-named-later", "veto", _victims_named_later),
    Rule("same-country", "veto", _same_country),
    Rule("inquiry-object", "veto", _inquiry_object),
    Rule("accident-inquiry", "veto", _accident_inquiry),
    Rule("unspoken-duty", "veto", _unspoken_duty),
    Rule("protest-aim", "veto", _protest_aim),
    Rule("existential", "veto", _existential),
    Rule("forum", "veto", _forum),
    Rule("one-per-dyad", "veto", _one_per_dyad),
)
