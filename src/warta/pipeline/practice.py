"""Coding practice beyond the lexicon: who the unnamed are, what a pledge of force or a protest means.

Each rule is a convention of event coding (ACLED, PLOVER, the gold guidelines) rather than grammar:
a state's coercion acts on its own people, counted dead are civilian victims, a protest with no
named target addresses the protesters' authorities, a pledge whose content is force is a threat,
speculation is not a reported act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from warta.knowledge.actor_code import ActorCode
from warta.knowledge.countries import sector_class, state_forms
from warta.knowledge.event_types import event_types
from warta.lexicon.registry import TriggerEntry
from warta.model import ActorMention, Event, PlaceMention, QuantityMention, Sentence
from warta.pipeline import anchors
from warta.pipeline.analysis import ActorSlot, SentenceView
from warta.pipeline.modality import is_purpose_clause
from warta.pipeline.numbers import number_lexicon
from warta.pipeline.quantity import civilian_units
from warta.pipeline.roles import act_agent, goods_of, has_passive_aux, left_bound, right_bound, subject_of
from warta.pipeline.triggers import TriggerMatch

__all__ = [
    "abstract_object", "announced_act", "armed_enough", "authorities", "coded_as",
    "domestic_coercion", "embedded_content", "event_anaphor", "held_link", "holder_of_place", "home_dyad", "names_people", "official_visit", "own_public", "place_of_object",
    "place_target",
    "pledge_content", "pledge_entry", "seat_protested", "speculative", "talks_partner", "trade_partner", "victims", "yielded_to",
]  # fmt: skip

def pledge_entry(content_type: str) -> TriggerEntry | None:
    """A synthetic lexicon entry for a pledge whose content is ``content_type`` (None: code it as it is)."""
    pledged = event_types().pledge_as.get(content_type)  # force pledged is a threat (138), help an intent (033)
    if pledged is None:
        return None
    type_, cameo = pledged
    return TriggerEntry(f"pledge-of-{content_type.lower()}", "rule:pledge-content", (), (), type_, cameo, None, "agent")


def pledge_content(view: SentenceView, m: TriggerMatch, matches: list[TriggerMatch]):
    """The act a pledge or agreement announces: the content trigger right after it ("berjanji akan
    membalas dengan menyerang", "agreed to provide aid to Ukraine"), or one right after it over "akan" or a
    light verb ("sepakat menjalin kerja sama dengan Korea Selatan"), or None; not an act it stops ("sepakat
    untuk menghentikan pertempuran": an agreement, no pledge of fighting)."""
    for n in matches:
        if view.is_word(n.start - 1, "cease_verb"):
            continue
        if n.start >= m.end and n.start - m.end <= 8 and is_purpose_clause(view, n):
            return n
        modifier = n.start - 1 if n.start - 1 > m.end and view.is_common_noun(n.start - 1) \
            and view.has(n.start - 2, "light_verb") else None  # (not "promised to free detained protesters")
        if n is not m and n.start >= m.end and n.start - m.end <= 2 + (modifier is not None) and all(
                view.kinds(k) & {"plan", "purpose", "light_verb"} or view.is_word(k, "aux") or k == modifier
                for k in range(m.end, n.start)):
            return n  # (over one noun of a compound: "agreed to resume trade talks")
    return None


def announced_act(view: SentenceView, m: TriggerMatch, matches: list[TriggerMatch]) -> TriggerMatch | None:
    """The act a threat, demand or refusal names as its content: a trigger right after it over "akan", "to",
    "will" or a light verb ("mengancam akan memberlakukan jam malam", "refused to withdraw its troops",
    "mengancam akan menerapkan jam malam"), or a purpose clause close after it."""
    for n in matches:
        if n is m or n.start < m.end:
            continue
        gap = range(m.end, n.start)
        if len(gap) <= 2 and all(view.kinds(k) & {"plan", "purpose", "light_verb"} or view.is_word(k, "aux") for k in gap):
            return n
        if n.start - m.end <= 8 and is_purpose_clause(view, n):
            return n
    return None


def _subject_where(view: SentenceView, first: ActorSlot, m: TriggerMatch, places: list[PlaceMention]) -> str:
    """(part AH) The state of a place named with a passive's subject, right after it and before the verb ("A teacher
    in Bali was jailed", "Seorang guru di Bali divonis dua tahun penjara"): unnamed people are of the place they
    are named at, as of the place they are held in; only after a passive's auxiliary or its own form, not "Thieves in
    Surabaya stole a car", a past tense read as a participle."""
    return _place_state(view, places, first.end + 1, min(first.end + 3, m.start), frozenset({"prep_place"}))


def _organ_country(view: SentenceView, subjects: list[ActorSlot]) -> str:
    """The state of the police, prosecutors or courts a sentence names, not among the act's subjects (helper AL)."""
    taken = {(s.start, s.end) for s in subjects}
    return next((s.country for s in view.actors if _justice_organ(s) and (s.start, s.end) not in taken), "")


def _justice_organ(slot: ActorSlot) -> bool:
    """Police or a court of a known state (sector_codes.tsv class ``justice``)."""
    return bool(slot.country) and ActorCode(slot.code).of_class("justice")


def _court_act(view: SentenceView, m: TriggerMatch) -> bool:
    """A word of a court's act (a charge, a verdict, a sentence: word class court_act) in the trigger."""
    return any(view.is_word(k, "court_act") for k in range(m.start, m.end))


def _sole_country(places: list[PlaceMention]) -> str:
    """The one state all the sentence's places lie in, '' for none or several (helper AL: "pria ... yang didakwa dalam
    kasus penusukan seorang gadis di sekolahnya di Abbotsford": the charge of the scene's courts)."""
    countries = {p.place.country for p in places if p.place.country}
    return next(iter(countries)) if len(countries) == 1 else ""


def organ_where(view: SentenceView, m: TriggerMatch) -> str:
    """The state of a court or police office named behind "di/at" after an act (within eight words): the act took
    place there, at home ("di Pengadilan Negeri Denpasar"; helper AL), a town's name before it too ("at Leeds Crown
    Court")."""
    return next((s.country for s in view.actors if m.end <= s.start < m.end + 8 and _justice_organ(s)
                 and ("prep_place" in view.prep_before(s) or (
                     view.tokens[s.start - 1].text[:1].isupper() and "prep_place" in view.prep_before_token(s.start - 1)))), "")


def state_where(view: SentenceView, m: TriggerMatch, places: list[PlaceMention], preps=frozenset({"prep_place"})) -> str:
    """The state a passive act with no agent took place in ("was arrested in China", "didakwa ... di Bali"), or
    with ``prep_source`` too the state one is sent out of ("dideportasi dari Bali")."""
    hi = min(view.n, m.end + 6)
    for s in view.actors:
        # (helper DU) a state inside the trigger's gap counts too: "has been charged in the United States with"
        if m.start < s.start < hi and s.country and not ActorCode(s.code).rest and preps & view.prep_before(s):
            return s.country
        if m.end <= s.start < hi and s.country and ActorCode(s.code).last_sector == "JUD" \
                and any(view.is_word(k, "court_act") for k in range(m.start, m.end + 1)) and preps & view.prep_before(s):
            return s.country  # "was jailed at Leeds Crown Court": a sentence passed at a court of that state
    return _place_state(view, places, m.start + 1, hi, preps)


def _place_state(view: SentenceView, places: list[PlaceMention], lo: int, hi: int, preps: frozenset[str]) -> str:
    """The state of the first of ``places`` named from token ``lo`` to ``hi`` (exclusive) behind a preposition of
    ``preps``; '' for none."""
    return next((p.place.country for p in places if p.place.country and (k := view.token_at(p.start)) is not None
                 and lo <= k < hi and preps & view.prep_before_token(k)), "")


def domestic_coercion(view: SentenceView, m: TriggerMatch, pairs, places: list[PlaceMention] = (), reduced: bool = False):
    """Arrests, bans and sentences are mostly a state acting on its own people: a passive with no agent
    ("dijatuhi hukuman penjara di Vietnam", "was jailed") takes as the agent the state it took place in, else
    the patient's state, and an unnamed or absent patient is the agent's population. ``reduced``: a participle
    right after the one it acts on, a passive ("a man charged in the stabbing of ...")."""
    out = []
    for src, tgt in pairs:
        code = ActorCode(src.code)
        if tgt is None and m.entry.frame != "direct" and not event_types().cameo_has(m.entry.cameo, "property") \
                and (code.rest if src.country else src.code if code.is_sector else "") in sector_class("coercer"):
            # ("Polisi menangkap tiga orang di Medan": a bare "polisi" and its people take the event's place later;
            # not a verb whose target must follow at once: "menekan subsidi energi" presses no one)
            a = src.mention
            # (part AI) a state's forces holding people in another state hold that state's people: "French soldiers
            # detained two suspects in northern Mali", "In Fallujah, US troops arrested a young bride"
            held = anchors.location(view, m, list(places), None) if src.country and code.rest == "MIL" else None
            home = held.country if held is not None and held.country else src.country
            tgt = implied(home + "CVL", "civilians", a.text, a.start, a.end, "rule:domestic-coercion", src)
        out.append((src, tgt))
    if not pairs and m.voice in ("passive", "past") and not event_types().cameo_has(m.entry.cameo, "unnamed_forcer"):
        subjects = subject_of(view, m)
        # a sentence or a trial is the courts' act ("dijatuhi hukuman", "was sentenced"), an arrest the police's
        # ("ditangkap", "was arrested"); others the state's
        agent = act_agent(view, range(m.start, min(view.n, m.end + 1))) or ("GOV", "state authorities")
        # (the court a trial is held at is not the one charged: "ada di persidangan Pengadilan Tinggi Hong Kong,
        # didakwa atas ...")
        patient = next((s for s in subjects if s.country and names_people(view, s)
                        and ActorCode(s.code).last_sector != agent[0]), None)
        if patient is None and subjects:
            # "The American boxer Floyd Mayweather": a nationality right before an unlisted name
            first = subjects[0]
            patient = next((s for s in view.actors if s.country and 0 <= first.start - s.end <= 2), None)
            plain = m.voice == "passive" or reduced  # (a passive form, not a participle after its auxiliary)
            passive = plain or has_passive_aux(view, m.start)
            where = state_where(view, m, places) or (_subject_where(view, first, m, places) if passive else "")
            if not where and passive:
                # (helper AL) "Greater Manchester Police said a man had been arrested", "Tersangka dijerat pasal 340
                # KUHP, kata Kapolres Bantul": a passive with no place is the act of the police, prosecutors or
                # courts of the state the sentence names (a participle after its auxiliary only then: else it may be
                # a past tense, no agent implied)
                # (part AP) a participle after its auxiliary is a passive too: "A man was convicted of murder at the
                # High Court in Glasgow" (the court named with no state, the one town beyond the six words near it)
                where = _organ_country(view, subjects) or (_sole_country(places) if plain or _court_act(view, m) else "")
                passive = plain or bool(where)
            if patient is None and ActorCode(first.code).is_sector and first.mention.kind == "sector" \
                    and (where or passive):
                # "a woman was arrested in Saudi Arabia": unnamed people are of the state they are held in; with
                # no state named, a plain passive's people are of the event's place or the article's ("Sejumlah
                # demonstran ditangkap setelah bentrok ...": they and the implied police take it when the event is
                # coded; not "Thieves stole ...", a past tense read as a participle)
                patient = replace(first, mention=replace(first.mention, code=where + first.code))
        expelled = event_types().cameo_has(m.entry.cameo, "expulsion")
        where = state_where(view, m, places, frozenset({"prep_place", "prep_source"}) if expelled else frozenset({"prep_place"}))
        if patient is not None and expelled and where in ("", patient.country):
            patient = None  # "dideportasi dari Bali": by the state one is sent out of, never by one's own
        if patient is not None and not where and patient.country and ActorCode(patient.code).last_sector == "MIL" \
                and agent[0] != "JUD" and not any(m.start <= s.start < m.end and ActorCode(s.code).last_sector == "JUD"
                                                  for s in view.actors):
            # (helper AL) a state's soldiers seized with no captor or place named are held abroad, not arrested at
            # home: "Prajurit-prajurit Inggris itu ditahan setelah memeriksa sebuah kapal di Selat Shatt al-Arab"
            # (their own courts' sentence or trial stays: "two US marines are to be court-martialled", "akan
            # diajukan ke mahkamah militer")
            patient = None
        if patient is not None:
            a, b = view.tokens[m.start], view.tokens[m.end - 1]
            out.append((implied((where or patient.country) + agent[0], agent[1], a.text, a.start, b.end,
                                 "rule:domestic-coercion", m), _as_people(view, patient)))
    return out


def _of_state(sectors: str) -> bool:
    """A bare state ('') or one organ of it (sector_codes.tsv class ``state``: GOV, COP, JUD, MIL, LEG)."""
    return sectors == "" or sectors in sector_class("state")


def own_public(src: ActorSlot) -> ActorSlot | None:
    """The population a state or its organs act on when they ease or refuse to ease curbs on it, accede to its
    demands or threaten it with curbs ("Pemerintah Kenya mencabut jam malam", "lifted martial law")."""
    code = ActorCode(src.code)
    a = src.mention
    if not src.country and code.is_sector and src.code in sector_class("state"):
        # (part AU) an organ of no stated state ("Riot police fired tear gas", "Polisi menembakkan gas air mata")
        # acts on the public of the state it is given (the sentence's or the article's scene), as it does
        return implied("CVL", "the public", a.text, a.start, a.end, "rule:own-public", src)
    if not src.country or code.is_org or code.is_unknown or not _of_state(code.rest):
        return None
    return implied(src.country + "CVL", "the public", a.text, a.start, a.end, "rule:own-public", src)


def home_dyad(src: ActorSlot, tgt: ActorSlot) -> bool:
    """A state organ acting on unnamed people or opposition ("refused to free detained protesters", "threatened
    to dissolve the opposition party"), or unnamed people's groups acting on the unnamed government ("doctors
    threatened to protest against the government"): both sides are of one country. So are two unnamed sides
    ("Warga menolak rencana pemerintah"), of the article's country; and a named parliament or court acting on an
    unnamed ministry ("Ketua DPR Puan Maharani menolak usulan Kementerian Keuangan"), or the other way round."""
    s, t = ActorCode(src.code), ActorCode(tgt.code)
    if (not src.country and not s.is_sector) or s.is_org or s.is_unknown:
        return False
    if (src.country and t.is_sector or tgt.country and s.is_sector) and s.last_sector != t.last_sector \
            and s.of_class("branch") and t.of_class("branch"):
        # ... and a named minister acting on an unnamed parliament or court ("rejected criticism from parliament"),
        # or an unnamed minister on a named parliament ("Menteri Keuangan menggelar rapat kerja dengan Komisi XI DPR")
        return True
    if _of_state(s.last_sector if s.is_sector else s.rest):
        return t.of_class("public")
    return s.of_class("public") and t.last_sector == "GOV"


def local_organ(view: SentenceView, src: ActorSlot) -> bool:
    """(helper DC) An office of a town, district or province ("Brisbane City Council", "Pemkot Surabaya", "Bupati
    Sleman", "the mayor of Lyon": a title with a place below a state, or a word of the word class local_organ inside
    the mention): it governs its own place, so the unnamed traders, developers or residents it acts on are of its
    state, not a group of unknown country."""
    if src.mention.local_office:
        return True
    words = view.word_classes["local_organ"]
    return any(view.is_word(k, "local_organ") or (k + 1 < src.end and view.low[k] + " " + view.low[k + 1] in words)
               for k in range(src.start, src.end))


def implied(code: str, name: str, text: str, start: int, end: int, entry: str, at, kind: str = "implied") -> ActorSlot:
    """An actor the text implies rather than names (``entry``: the convention), standing at the tokens of ``at``."""
    return ActorSlot(ActorMention(code, name, text, start, end, kind, entry), at.start, at.end)


def victims(view: SentenceView, m: TriggerMatch, quantities: list[QuantityMention]) -> ActorSlot | None:
    """"menewaskan 17 orang", "killed seventeen people": counted people (a unit of class civilian in
    lang/<code>/units.tsv) are civilians (of the agent's country unless the text says otherwise)."""
    tokens = view.tokens
    lo, hi = tokens[m.start].start, tokens[min(view.n, m.end + 6) - 1].end
    for q in quantities:
        if lo <= q.start <= hi and q.quantity.unit in civilian_units(view.lang):
            return implied("CVL", "civilians", q.quantity.text, q.start, q.end, "rule:counted-victims", m)
    return None


def victims_before(view: SentenceView, m: TriggerMatch, quantities: list[QuantityMention]) -> ActorSlot | None:
    """"Tiga warga sipil tewas dalam serangan KKB", "12 civilians were killed in a Russian drone attack", "Dua orang
    tewas setelah ditembak aparat": people (named or counted) who died or were hurt (word class ``harmed``) in a
    noun of force, or by a passive act, named just after are its victims; so are those of an act named in a clause
    that says when they died ("Two soldiers were killed when Taliban fighters attacked their convoy")."""
    active = m.voice in ("active", "past")
    if m.voice not in ("noun", "lit", "passive") and not active:
        return None
    lo = left_bound(view, m.start)
    crossed = False  # (an active act: only across a subordinator, "when", "ketika")
    for j in range(m.start - 1, max(lo, m.start - (8 if active else 6)) - 1, -1):
        if view.is_punct(j) or view.low[j] == ",":
            return None
        crossed = crossed or view.has(j, "subordinator")
        if view.is_word(j, "harmed") and (crossed or not active):
            k = j - 1 if view.is_word(j - 1, "aux") or view.has(j - 1, "passive_aux") else j
            slot = next((s for s in view.actors if s.end == k and ActorCode(s.code).last_sector), None)
            counted = next((q for q in quantities if q.quantity.unit in civilian_units(view.lang)
                            and view.token_at(q.end - 1) == k - 1), None)
            if slot is None and counted is not None:
                return implied("CVL", "civilians", counted.quantity.text, counted.start, counted.end,
                               "rule:counted-victims", m)
            return slot
    return None


def names_people(view: SentenceView, slot: ActorSlot) -> bool:
    """A person or group ("pengungsi", "Floyd Mayweather"), or a state name modifying a noun ("musisi Vietnam")."""
    # (a nationality before the noun it qualifies too: "Vietnamese musicians")
    return slot.mention.kind in ("sector", "leader", "title", "name", "anaphor") or view.is_common_noun(slot.start - 1) \
        or view.is_common_noun(slot.end)


def _as_people(view: SentenceView, slot: ActorSlot) -> ActorSlot:
    """A state's name qualifying a noun for people ("musisi Vietnam", "Vietnamese musicians") stands for
    its civilians, not its state."""
    code = ActorCode(slot.mention.code)
    if code.rest or not code.country or slot.mention.kind in ("leader", "title", "name", "anaphor"):
        return slot
    if not (view.is_common_noun(slot.start - 1) or view.is_common_noun(slot.end)):
        return slot
    return replace(slot, mention=replace(slot.mention, code=code.country + "CVL"))


def place_target(view: SentenceView, m: TriggerMatch, places: list[PlaceMention]) -> ActorSlot | None:
    """"merebut Kharkiv", "shelled Kherson", "encircled the town of Pokrovsk": a town attacked or seized
    stands for its state; not a state's name qualifying a noun of another actor ("tentara Jepang", "Russian troops"),
    which names who acts or is acted on, not the place."""
    # (lead, session 32) after the pattern, or inside its gap right after its one-word head: "menghujani Kharkiv dengan
    # roket", the town named between the verb and its weapon
    starts = (m.end, m.start + 1) if len(m.entry.pattern) > 1 and m.entry.pattern[1] == () else (m.end,)
    for start in starts:
        slot = _place_after(view, start, places)
        if slot is not None:
            return slot
    return passive_subject_place(view, m, places)


def _place_after(view: SentenceView, start: int, places: list[PlaceMention]) -> ActorSlot | None:
    """The place right after token ``start - 1`` (over determiners, place nouns and plain nouns) standing for its state
    (:func:`place_target`)."""
    tokens = view.tokens
    k = start  # over determiners and plain nouns: "the town of", "kota"
    # (part AD: and a motion towards it and a place noun, "kunjungan kerja ke Surabaya", "lawatan ke Kota Surabaya")
    while k < min(view.n, start + 4) and (view.kinds(k) & {"determiner", "prep_patient"} or view.is_word(k, "motion_to")
                                          or view.is_word(k, "place_noun")
                                          or (view.is_common_noun(k) and view.actor_at(k) is None)):
        k += 1
    hi = tokens[min(view.n, max(k + 1, start + 2)) - 1].end
    for p in places:
        if tokens[start - 1].end <= p.start <= hi and p.place.country:
            k = view.token_at(p.start)
            if k is None or view.prep_before_token(k) & {"prep_source", "prep_place", "prep_agent"}:
                continue
            within = view.actor_at(k)  # "penyerangan tentara Jepang ke Asia Tenggara": the agent's own qualifier
            if within is not None and within.start < k and within.mention.code != p.place.country:
                continue
            return _place_slot(p, k)
    return None


def _place_slot(p: PlaceMention, k: int) -> ActorSlot:
    """A place standing for its state as a target (rule place-target), at token ``k``."""
    mention = ActorMention(p.place.country, p.place.name, p.place.text, p.start, p.end, "place",
                           p.entry or "rule:place-target")
    return ActorSlot(mention, k, k + 1)


def _place_tokens(view: SentenceView, places: list[PlaceMention]) -> set[int]:
    """The tokens inside the names of places of a known state."""
    return {j for q in places if q.place.country for j in range(view.n) if q.start <= view.tokens[j].start < q.end}


_SUBJECT_GAP = 4  # plain words between a passive's subject place and its verb ("selatan", "telah", "pada Minggu")


def passive_subject_place(view: SentenceView, m: TriggerMatch, places: list[PlaceMention]) -> ActorSlot | None:
    """(helper CY) A passive's subject that is a town, or things in a place, stands for the place's state as the
    active's object does ("Kota Kharkiv diserang drone Rusia", "Sejumlah desa di selatan Lebanon dibombardir oleh
    militer Israel", "A village in southern Lebanon was shelled by Israeli troops"): the place named in the subject
    of a passive verb that opens its clause, behind nothing but determiners, counts, plain nouns and place
    prepositions, with no actor, act, comma or relative word in the subject and at most a few plain words (a
    direction, an auxiliary) between it and the verb.  (helper DD) So does the subject of a word of damage whose
    cause is the attack ("Dua masjid di Gaza hancur akibat serangan Israel", "A school in Kharkiv was destroyed by a
    Russian missile strike", word classes damaged and damage_cause): the attack's noun is its verb there."""
    verb = m.start
    if not (m.voice == "passive" or (m.voice == "past" and has_passive_aux(view, m.start))):
        verb = _damage_cause(view, m)  # (the attack's noun or gerund: "after Russian shelling")
        return None if verb is None else _damaged_subject_place(view, verb, places)
    lo = left_bound(view, verb)
    counts = number_lexicon(view.lang).count_words
    # (helper DD) the words of the places themselves: a town and its region ("Kota Rafah di Gaza selatan")
    placed = _place_tokens(view, places)
    for p in places:
        k = view.token_at(p.start)
        last = view.token_at(p.end - 1)
        if k is None or last is None or not p.place.country or not lo <= k <= last < verb:
            continue
        within = view.actor_at(k)
        if any((view.actor_at(j) is not None and view.actor_at(j) is not within and j not in placed)
               or j in view.trigger_starts
               or view.low[j] in (",", ";", ":") or view.has(j, "relative") for j in range(lo, verb)):
            return None
        if not all(view.kinds(j) & {"determiner", "prep_place"} or view.place_word(j) or view.low[j] in counts
                   or view.low[j].isdigit() or (view.low[j].isalpha() and (view.is_common_noun(j) or j == lo))
                   or j in placed for j in range(lo, k)):
            return None
        while last + 2 < verb and view.has(last + 1, "prep_place") and last + 2 in placed:
            last += 2  # (helper DD) over the region it lies in: "Kota Rafah di Gaza selatan"
            while last + 1 in placed and last + 1 < verb:
                last += 1
        gap = range(last + 1, verb)
        if len(gap) > _SUBJECT_GAP or not all(view.low[j].isalpha() and (
                not view.kinds(j) - {"aux", "passive_aux"} or view.has(j, "passive_aux")) for j in gap):
            return None
        return _place_slot(p, k)
    return None


def _damaged_subject_place(view: SentenceView, cause: int, places: list[PlaceMention]) -> ActorSlot | None:
    """(helper DD) The state of the first place named in the subject of a word of damage right before ``cause``
    (class damaged, at most a few words before it past the last place): "dua masjid yang berada di Beit Hanun, sebelah
    utara Gaza, hancur akibat serangan Israel"; the subject names no actor but places, no other act, and no relative
    clause but one of location (class located: "yang berada di")."""
    placed = _place_tokens(view, places)
    lo = left_bound(view, cause)
    first = next((j for j in range(lo, cause) if j in placed), None)
    if first is None:
        return None
    # (the commas of a place's apposition stay inside, "di Beit Hanun, sebelah utara Gaza,"; an opening phrase
    # before the subject's first place does not: "Menurut saksi mata, ...")
    lo = max([lo] + [j + 1 for j in range(lo, first) if view.low[j] == ","])
    inside = [p for p in places if p.place.country and view.token_at(p.start) is not None
              and lo <= view.token_at(p.start) and view.token_at(p.end - 1) is not None
              and view.token_at(p.end - 1) < cause]
    if not inside:
        return None
    def where(slot: ActorSlot) -> bool:  # a state's or a place's name, or an unknown name behind "di/in": a place
        return slot.mention.kind in ("country", "capital", "place") and not ActorCode(slot.code).is_sector \
            or (not slot.code and "prep_place" in view.prep_before(slot))

    if any((view.actor_at(j) is not None and j not in placed and not where(view.actor_at(j))) or j in view.trigger_starts
           or view.low[j] in (";", ":") or (view.has(j, "relative") and not view.is_word(j + 1, "located"))
           for j in range(lo, cause)):
        return None
    last = max(j for j in range(lo, cause) if j in placed or (view.actor_at(j) is not None and where(view.actor_at(j))))
    gap = [j for j in range(last + 1, cause) if view.low[j] != ","]
    if len(gap) > _SUBJECT_GAP or not all(view.low[j].isalpha() for j in gap) \
            or not any(view.is_word(j, "damaged") for j in gap):
        return None
    p = min(inside, key=lambda q: q.start)
    return _place_slot(p, view.token_at(p.start))


_CAUSE_GAP = 4  # words between a cause word and the attack's noun: a determiner, its agent, a weapon


def _damage_cause(view: SentenceView, m: TriggerMatch) -> int | None:
    """(helper DD) The word of cause (class damage_cause: "akibat", "karena", "by", "after") right before an attack's
    noun, past at most a determiner, its agent and a weapon ("akibat serangan", "by an Israeli air strike", "after
    Russian shelling"); None when there is none."""
    for j in range(m.start - 1, max(-1, m.start - 1 - _CAUSE_GAP), -1):
        if view.is_word(j, "damage_cause"):
            return j
        if not (view.has(j, "determiner") or view.actor_at(j) is not None or view.is_word(j, "weapon_noun")
                or view.is_word(j, "weapon_qualifier")):
            return None
    return None


def place_of_object(view: SentenceView, m: TriggerMatch, places: list[PlaceMention], kinds: frozenset[str],
                    theme: bool = False, agents: tuple[ActorSlot, ...] = ()) -> ActorSlot | None:
    """"menyerukan pemilu dini di Venezuela", "withdrew its troops from Kherson": the state of a place behind a
    preposition of ``kinds`` in the trigger's clause, with no actor before it (with ``theme``, unnamed forces
    moved may stand before it; the act's own ``agents`` named in a relative clause right after its noun neither:
    "serangan udara yang dilancarkan Israel di Jalur Gaza")."""
    tokens = view.tokens
    named = _past_naming(view, m.end)
    hi = right_bound(view, max([named] + [g.end for g in agents]))
    for p in places:
        k = view.token_at(p.start)
        if k is None or not m.end <= k < hi or not p.place.country:
            continue
        between = [view.actor_at(j) for j in range(m.end, k) if view.actor_at(j) is not None]
        between = [a for a in between if not any(a.start == g.start for g in agents) and a.start >= named]
        if agents and any(j in view.trigger_starts for j in range(m.end, k)):
            return None  # past its agent the place may be another act's ("serangan Israel menghancurkan ... di Rafah")
        if any(a.mention.kind != "anaphor" and not (theme and _forces(a)) for a in between) \
                or any(view.has(j, "relative") and not any(j < g.start <= j + 3 for g in agents) for j in range(named, k)):
            return None  # ("withdrew its troops from Kherson": a possessive is no party in the way)
        prep = next((j for j in range(k - 1, max(m.end, k - 4) - 1, -1) if view.kinds(j) & _PLACE_PREPS), None)
        if prep is not None and view.has(prep, "prep_place") and not view.kinds(prep) & kinds:
            prep = _outer_prep(view, m.end, prep, kinds)  # "dari dua desa di Lebanon selatan": from villages there
        if prep is None or not view.kinds(prep) & kinds:
            continue  # ("lembaga-lembaga demokrasi di Venezuela": the nearest preposition before the place)
        code = p.place.country
        mention = ActorMention(code, p.place.name, p.place.text, p.start, p.end, "place", p.entry or "rule:place-of-object")
        return ActorSlot(mention, k, k + 1) if tokens[k].start >= tokens[m.end - 1].end else None
    return None


def _past_naming(view: SentenceView, k: int) -> int:
    """(helper CO) Past a relative clause at ``k`` that only gives the thing its name (word class naming): "operasi
    militer yang diberi nama Operation Protective Edge di Gaza"; its name is the capitalised words after the naming
    words. Else ``k``."""
    j = k + 1
    if not view.has(k, "relative") or not view.is_word(j, "naming"):
        return k
    while view.is_word(j, "naming"):
        j += 1
    while j < view.n and view.tokens[j].text[:1].isupper() and not getattr(view.actor_at(j), "code", ""):
        j += 1  # (a name of no known actor: "Operation Protective Edge")
    return j


def holder_of_object(view: SentenceView, m: TriggerMatch) -> ActorSlot | None:
    """"menembaki kota-kota yang dikuasai pemberontak", "shelled towns held by the rebels": a place attacked or
    seized that the text says a party holds (word class ``held_by``, a "by" after it or not) stands for that party;
    only plain words may stand between the act and the holding word."""
    hi = min(view.n, m.end + 6)  # (across the relative clause that says it: "yang dikuasai ...")
    for k in range(m.end, hi):
        if view.actor_at(k) is not None or view.is_punct(k):
            return None
        if view.is_word(k, "held_by"):
            return view.actor_after(k + 1 + view.has(k + 1, "prep_agent"))
    return None


def holder_of_place(view: SentenceView, slot: ActorSlot) -> ActorSlot | None:
    """(helper AV) "menghantam Dataran Tinggi Golan yang dikuasai Israel", "hit the Golan Heights, which are held by
    Israel": a named place attacked or seized that the text says a party holds (word class ``held_by`` after a comma, a
    relative word or a passive auxiliary) stands for that party, not for the state the place lies in."""
    last = view.token_at(slot.mention.end - 1) if slot.mention.kind == "place" else None
    if last is None:
        return None
    k = max(slot.end, last + 1)  # (a place's slot may hold its first word only)
    for _ in range(4):  # (", which are", "yang")
        if view.is_word(k, "held_by"):
            holder = view.actor_after(k + 1 + view.has(k + 1, "prep_agent"))
            return holder if holder is not None and holder.code != slot.code else None
        if not held_link(view, k):
            return None
        k += 1
    return None


def held_link(view: SentenceView, k: int) -> bool:
    """A word between a place and the word saying who holds it: a comma, a relative word or a passive auxiliary
    (", which are held by", "yang dikuasai"; also conventions._held_description)."""
    return view.low[k:k + 1] == [","] or view.has(k, "relative") or view.has(k, "passive_aux")


_PLACE_PREPS = frozenset({"prep_place", "prep_source", "prep_target", "prep_agent", "prep_topic"})


def _forces(a: ActorSlot) -> bool:
    """Forces that may be what is moved: unnamed ones, or a named armed or police body ("mengirim 800 personel Brimob
    ke Jayapura": part W)."""
    code = ActorCode(a.code)
    return code.is_sector or code.of_class("forces")


def _outer_prep(view: SentenceView, lo: int, prep: int, kinds: frozenset[str]) -> int | None:
    """The preposition of ``kinds`` before a place noun that a "di"/"in" phrase locates ("menarik pasukannya dari
    dua desa di Lebanon selatan", "withdrew from two bases in Syria"): the place named after "di" is where the act's
    unnamed place lies.  Only plain nouns, numbers and determiners may stand between."""
    for j in range(prep - 1, max(lo, prep - 4) - 1, -1):
        if view.kinds(j) & kinds:
            return j
        if view.actor_at(j) is not None or j in view.trigger_starts or not (
                view.is_plain_word(j) or view.has(j, "determiner") or view.low[j][:1].isdigit()):
            return None
    return None


def coded_as(type_: str, cameo: str, source_code: str, own_verb: bool = False) -> tuple[str, str]:
    """The type and CAMEO code an act is coded with: a government's protest is verbal disapproval
    (ACCUSE, CAMEO 111), not a demonstration, and so is the protest of a parliament, a court or an international
    organisation when it is their own verb of protest (``own_verb``: "Komisi I DPR memprotes keputusan Kementerian
    Pertahanan", "PBB memprotes Israel"; PLOVER: ACCUSE for "delegations presenting a disagreement to an organization
    or authority"), though a rally, a walkout or a protest named as the aim of another act stays a protest ("menggelar
    aksi menentang", "walk out ... sebagai protes terhadap pemerintah"); a boycott by citizens or the opposition is a
    protest (143), not an embargo; so is one by traders or businesses (sector class boycotter, helper BS)."""
    actor = ActorCode(source_code)
    sector = actor.last_sector
    official = sector == "GOV" or own_verb and (actor.of_class("official") or actor.is_igo)
    recoded = (event_types().by_government_as.get(type_) if official
               else event_types().by_public_as.get(type_) if actor.of_class("public") or actor.of_class("boycotter")
               else None)
    return recoded if recoded is not None else (type_, cameo)


def yielded_to(view: SentenceView, m: TriggerMatch) -> ActorSlot | None:
    """"gave in to China", "bowed to pressure from the ICC", "resigned under pressure from parliament", "mundur di
    tengah tekanan parlemen": the one a concession yields to, behind the trigger's own "to" or behind a word of
    pressure (word class ``pressure_noun``) a few words on."""
    def actor_from(k: int) -> ActorSlot | None:
        while k < view.n and view.has(k, "determiner"):
            k += 1
        return view.actor_at(k)

    if m.end - m.start > 1 and view.has(m.end - 1, "prep_target"):
        return actor_from(m.end)
    for k in range(m.start, min(view.n, m.end + 4)):
        if view.is_word(k, "pressure_noun"):
            return actor_from(k + 1 + int(view.has(k + 1, "prep_source")))
    return None


def talks_partner(view: SentenceView, m: TriggerMatch, matches: list[TriggerMatch]) -> ActorSlot | None:
    """"ready to halt the attacks during talks with Ukraine", "willing to make concessions in talks with the EU":
    the other side of the talks named later in the clause, behind "dengan/with"."""
    hi = right_bound(view, m.end)
    for n in matches:
        if event_types().has(n.entry.type, "talks") and m.end <= n.start < hi:
            return next((slot for k in range(n.end, min(hi, n.end + 2)) if view.has(k, "prep_target")
                         and (slot := view.actor_at(k + 1 + int(view.has(k + 1, "determiner")))) is not None), None)
    return None


def trade_partner(view: SentenceView, m: TriggerMatch) -> ActorSlot | None:
    """"mencabut larangan impor daging sapi dari Amerika Serikat", "lifted restrictions on seafood imports from
    Japan": the state goods or trade come from, behind "dari/from" a little after a trade noun in the clause, or
    right after the goods ("barang ekspor kunci Tiongkok", roles.goods_of)."""
    hi = right_bound(view, m.end)
    for k in range(m.start + 1, hi):  # the trade noun may close the trigger ("mencabut larangan impor")
        slot = view.actor_at(k)
        if slot is not None:  # ... or the state follows the goods: "pajak kepada barang ekspor kunci Tiongkok"
            near = any(view.is_word(j, "trade_noun") for j in range(max(m.start, k - 3), k))
            return slot if near and slot.start == k and not view.prep_before(slot) and goods_of(view, m.start, slot) else None
        if view.is_word(k, "trade_noun"):
            for j in range(k + 1, min(hi, k + 4)):
                source = view.actor_after(j + 1)  # "from the United States"
                if view.has(j, "prep_source") and source is not None and source.country:
                    return source
    return None


def seat_protested(view: SentenceView, m: TriggerMatch) -> ActorSlot | None:
    """"berunjuk rasa di depan Kedutaan Besar Amerika Serikat", "rallied outside the US embassy": a state's
    office (a government body with a country, not a capital named as the place) where people protest; or the one
    a protest named by its people is "against" ("demonstrators came out against US troops": word class
    opposed_to)."""
    hi = right_bound(view, m.end)
    for k in range(m.end, hi):
        against = view.actor_after(k + 1) if view.is_word(k, "opposed_to") else None
        if against is None and view.is_word(k, "opposed_to"):
            # ... or the owner of what it is against, a noun or two on ("menolak kehadiran kapal-kapal China",
            # "menentang kebijakan pemerintah Israel": part W)
            j = next((j for j in range(k + 1, min(hi, k + 4)) if not _plain_noun(view, j)), hi)
            owner = view.actor_at(j) if j > k + 1 else None
            against = owner if owner is not None and owner.country else None  # (not a tax's name: "Pajak ...")
        if against is not None:
            return against
    for slot in view.actors:
        if m.end <= slot.start < hi and view.prep_before(slot) & {"prep_place"} \
                and slot.country and ActorCode(slot.code).last_sector == "GOV" and slot.mention.kind != "capital":
            return slot
    return _stance_against(view, m)


PROTEST_STANCE = "rule:protest-stance"  # the entry of a state a protest is against by an "anti-" prefix


def _stance_against(view: SentenceView, m: TriggerMatch) -> ActorSlot | None:
    """"demonstrasi anti-China", "chanted anti-American slogans", "anti-Israel protests": the state whose name or
    demonym is written after a prefix of word class ``against_prefix`` in the protest's words, the word before them or
    up to three words after them in the clause (the actor finder reads "anti-X" as a stance, no actor);
    "anti-government" names no state."""
    forms = _single_word_states(view.lang)
    for k in range(max(0, m.start - 1), min(right_bound(view, m.end), m.end + 4)):
        for prefix in view.word_classes["against_prefix"]:
            low = view.low[k]
            code = forms.get(low[len(prefix):]) if low.startswith(prefix) else None
            if code:
                return view.implied(code, view.tokens[k].text[len(prefix):], k, k + 1, PROTEST_STANCE)
    return None


@cache
def _single_word_states(lang: str) -> dict[str, str]:
    """Lower-case one-word names and demonyms of states in ``lang`` -> state code (no form that needs another
    code named elsewhere)."""
    return {f.form.casefold(): f.code for f in state_forms(lang) if " " not in f.form and not f.requires
            and f.kind in ("country", "demonym")}


def _plain_noun(view: SentenceView, k: int) -> bool:
    """A common noun, reduplicated ones too ("kapal-kapal"): lower case, no cue, not part of an actor."""
    return view.is_plain_word(k) and not view.kinds(k) and view.actor_at(k) is None


def authorities(protesters: ActorSlot) -> ActorSlot | None:
    """A protest with no named target is directed at the protesters' own authorities (ACLED/PLOVER practice)."""
    if ActorCode(protesters.code).is_org:
        return None
    country = protesters.country  # empty: "GOV" alone, resolved like the protesters to the place's country
    a = protesters.mention
    return implied(country + "GOV", f"{a.name} authorities", a.text, a.start, a.end, "rule:protest-target", protesters)


def speculative(view: SentenceView, m: TriggerMatch) -> bool:
    """"diperkirakan akan meningkatkan", "is likely to address": speculation is not a reported act; nor is
    an act prevented or avoided ("mencegah serangan", "prevented Israel from attacking"): it is content; so is the
    offence one confesses to or is convicted of ("mengaku bersalah menyerang", "pleaded guilty to assaulting")."""
    lo = left_bound(view, m.start)
    # (helper DU) an act prevented or put off does not reach a verb right after a subordinator, the subject's own act
    # at another time: "cancelled his trip after blaming Greece" blamed Greece (speculation does: "khawatir karena
    # kesepakatan ... kemungkinan tidak selesai"; nor a clause of its own: "membatalkan ... karena sudah disetujui")
    sub = m.start if m.start > 0 and view.has(m.start - 1, "subordinator") else lo
    return view.any_kind("speculative", max(lo, m.start - 5), m.start) \
        or view.any_kind("prevent", max(sub, m.start - 6), m.start) \
        or view.any_kind("convicted_of", max(lo, m.start - 3), m.start)


def abstract_object(view: SentenceView, m: TriggerMatch) -> bool:
    """"diberi waktu", "memberikan keterangan", "gave details": a bare transfer verb (give, send, provide)
    whose object is no material help is not aid; "menduduki peringkat pertama", "menyita waktu": taking a
    rank or someone's time is no force. One modifier may stand before the noun ("delivering his State Speech",
    "gave a brief statement"), and a recipient before both ("gave Kyiv time", "have given Democrats a slight edge")."""
    e = m.entry
    if not event_types().has(e.type, "material_object"):
        return False
    # what is won rather than seized (a chamber, a title: cue class won_object) is no object of an act that takes or
    # holds ("captured the Senate", CAMEO fact captive), but stays one of a storming ("stormed the Senate")
    kinds = ("abstract_object", "won_object") if event_types().cameo_has(e.cameo, "captive") else ("abstract_object",)

    def abstract(k: int) -> bool:
        return any(view.has(k, c) for c in kinds)

    counts = number_lexicon(view.lang).count_words
    if m.voice == "noun":  # a noun right before such a word: "penangkapan ikan" (fishing), "penahanan diri"
        return abstract(m.end)
    if event_types().has(e.type, "transfer_verb") and (e.mode or e.frame != "theme"):
        return False
    if m.voice == "passive" and m.start >= 2 and view.has(m.start - 1, "relative") \
            and abstract(m.start - 2):
        return True  # "kuota yang diberikan oleh pemerintah": what is given stands before the relative clause
    k = m.end
    while k < view.n and (view.has(k, "determiner") or view.low[k][:1].isdigit()):
        k += 1
    if abstract(k):  # not a bare word before a subordinator: "lifted martial law hours after declaring it" is a time
        return k > m.end or not (k + 1 < view.n and view.has(k + 1, "subordinator"))
    slot = view.actor_at(k)
    if slot is not None:  # a name whose head is such a noun ("his State Speech") names no recipient
        if any(view.has_cue_word(view.low[slot.end - 1], c) for c in kinds):  # also a one-word name ("the Senate")
            return True
        # the recipient, then what it is given: "have given Democrats a slight edge", "gave Kyiv time"; (helper CW) the
        # recipients may be several ("has given Sweden and Finland a two week deadline")
        k = max(s.end for s in view.compound(slot, 1))
        while k < view.n and (view.has(k, "determiner") or view.low[k][:1].isdigit()
                              or view.low[k] in counts):  # "gave Hamas 48 hours", "a two week deadline"
            k += 1
        if abstract(k):
            return True
    # a modifier before the noun, where modifiers come first (settings compound_head: "gave a brief statement"; not
    # Indonesian "kapal ikan", a fishing boat)
    return view.settings.get("compound_head") == "last" and k + 1 < view.n and view.low[k].isalpha() \
        and not view.kinds(k) and abstract(k + 1)


def armed_enough(view: SentenceView, m: TriggerMatch, src: ActorSlot) -> bool:
    """"mengerahkan pasukan", "troops were deployed", "the army mobilised": a deployment is a mobilisation
    (CAMEO 15) when forces or arms are moved or the one moving them is armed; "mengerahkan ekskavator",
    "mobilisasi masyarakat" (people's mobility) are not. Likewise a military withdrawal: "withdrew its troops
    from Georgia" is one, "the UK withdraws from the EU" is not."""
    if not event_types().has(m.entry.type, "armed") or m.entry.mode not in ("troops", "military"):
        return True
    code = ActorCode(src.code)
    if m.entry.frame == "intrans" and code.country and code.rest in ("", "GOV") and not view.is_common_noun(m.end):
        return True  # "Iran mengumumkan mobilisasi.": a state's own mobilisation, not "mobilisasi massa"
    lo, hi = max(left_bound(view, m.start), m.start - 4), right_bound(view, m.end)
    return code.of_class("armed") or any(
        view.has(k, "force") or (view.actor_at(k) is not None and ActorCode(view.actor_at(k).code).of_class("armed"))
        for k in range(lo, min(hi, m.end + 6)))


def official_visit(view: SentenceView, m: TriggerMatch, src: ActorSlot, tgt: ActorSlot | None) -> bool:
    """A visit (CAMEO 042/043) is made by officials and bodies to another state: "kunjungan turis Tiongkok",
    "Chinese tourists visited Bali", "maskapai Indonesia yang terbang ke Tiongkok" are travel, and "tiba di
    Jakarta" said of Indonesians is coming home."""
    if not event_types().cameo_has(m.entry.cameo, "visit"):
        return True
    home = tgt is not None and tgt.mention.kind == "capital" and src.country and tgt.country == src.country
    # ... and hosting one is receiving officials, bodies or delegations, not refugees (sector class displaced:
    # "menerima pengungsi Rohingya") nor a state as such ("menerima Rusia sebagai anggota")
    pair = [ActorCode(src.code), ActorCode(tgt.code)] if tgt is not None else []
    guest = bool(pair) and event_types().cameo_has(m.entry.cameo, "hosted") and (
        any(a.of_class("displaced") for a in pair) or not any(a.sectors or a.is_org for a in pair))
    return not (ActorCode(src.code).of_class("private") or home or guest or _modifies_noun(view, src)
                or _forces_moved(view, src))


def _forces_moved(view: SentenceView, slot: ActorSlot) -> bool:
    """(helper DK, session 30) "Australian troops arrived in Afghanistan", "pasukan Inggris tiba di Kabul": armed forces
    named as such (the head of the phrase a word of the cue kind force, of an armed sector) that arrive or travel
    are moved, a deployment, not an official visit; a military chief or delegation visits (its head is no force)."""
    return ActorCode(slot.code).of_class("armed") and slot.mention.kind == "sector" and slot.end > slot.start \
        and view.has_cue_word(view.low[slot.end - 1], "force")


def _modifies_noun(view: SentenceView, slot: ActorSlot) -> bool:
    """A state name that only qualifies a common noun: "maskapai Indonesia", "Indonesian airlines"."""
    if slot.mention.kind not in ("country", "demonym"):
        return False
    return any(view.is_common_noun(k) and k not in view.trigger_starts and view.actor_at(k) is None
               for k in (slot.start - 1, slot.end))


def embedded_content(view: SentenceView, m: TriggerMatch, matches: list[TriggerMatch]) -> bool:
    """"melarang Iran menggelar uji coba rudal", "urged Iran to stop enrichment": a one-party act that
    another act bans, asks for or threatens is its content, not something that happened; so is one aimed at
    whom it is against ("the banning of opposition rallies")."""
    # (part AD: a tie asked of two parties too, "mendesak Israel dan Hamas menyepakati gencatan senjata", the "dan"
    # between the two no clause break)
    if m.entry.frame not in ("intrans", "theme", "mutual"):
        return False
    for n in matches:
        if not event_types().has(n.entry.type, "holds_content") or not 0 < m.start - n.end <= 6:
            continue
        gap = range(n.end, m.start)
        comp = next((k for k in gap if view.has(k, "complementizer")), None)
        if comp is not None and view.has(n.start, "deny") and any(view.is_word(k, "news_report") for k in range(n.start, m.start)) \
                and all(view.actor_at(k) is not None or view.is_word(k, "aux") for k in range(comp + 1, m.start)):
            continue  # (part AF) a denied report's content is the act denied, negated ("membantah laporan bahwa ...")
        if any(view.is_punct(k) or view.low[k] == "," or (view.has(k, "conj") and not (
                m.entry.frame == "mutual" and view.actor_at(k - 1) is not None and view.actor_at(k + 1) is not None))
               for k in gap):
            continue
        if any(view.actor_at(k) is not None for k in gap):
            return True
    return False


def plan_author(sentence: Sentence, low: Sequence[str], mentions: Sequence[ActorMention],
                words: frozenset[str]) -> tuple[int, str, str] | None:
    """(helper DB, session 28) A plan, proposal or offer the sentence makes ("The European Commission proposed a cap",
    "Hamas menawarkan gencatan senjata", "put forward a peace plan"): its author, the last party named before the
    last of its ``words`` (word classes plan_verb and plan_noun; ``low``: the sentence's lower-cased words), as
    (sentence index, code, name); None when there is none.  A proposal is no coded event, so a rejection of it in a
    later sentence finds its author here.  Read from the actor mentions, with no tokens: the sentence need hold no
    trigger."""
    if words.isdisjoint(low):
        return None
    text = sentence.text.lower()
    at = sentence.start + max((m.start() for w in words.intersection(low)
                               for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text)), default=-1)
    before = [m for m in mentions if m.end <= at and m.code]
    if at < sentence.start or not before:
        return None
    author = max(before, key=lambda m: m.end)
    return sentence.index, author.code, author.name


def event_anaphor(view: SentenceView, m: TriggerMatch, matches: list[TriggerMatch], prior: list[Event],
                  plans: Sequence[tuple[int, str, str]] = ()) -> ActorSlot | None:
    """"Hizbullah mengecam serangan itu", "condemned the attack", "menolak langkah tersebut": a reaction to an
    act named before in the article (an event noun with a definite marker) is aimed at that act's author; (helper DB,
    session 28) "Hungary rejected the proposal", "China menolak rencana tersebut": a plan, proposal or offer made in
    an earlier sentence (``plans``: :func:`plan_author` per sentence), no coded act, is its author's, when it was
    made after the sentence of the last act coded (issue 11 item 4: the author of the act named before, for every type)."""
    inner = next((n for n in matches if m.end <= n.start <= m.end + 2 and n is not m), None)
    if inner is not None:
        start, end, type_, cameo = inner.start, inner.end, inner.entry.type, inner.entry.cameo
    else:  # "mengecam langkah tersebut", "condemned the move", "membantah tuduhan itu": a word for an act
        start = next((k for k in range(m.start + 1, min(view.n, m.end + 3)) if view.has(k, "event_noun")
                      or view.is_word(k, "plan_noun") or view.is_word(k, "report_noun")), None)
        if start is None:
            return None
        end, type_, cameo = start + 1, "ACCUSE" if view.is_word(start, "report_noun") else "", ""
    if not (view.has(end, "definite") or view.has(start - 1, "definite")):
        return None
    earlier = next((e for e in reversed(prior) if type_ in ("", e.type) and names_again(cameo, e)), None)
    here = view.sentence.index
    plan = next((p for p in reversed(plans) if p[0] < here), None) if view.is_word(start, "plan_noun") else None
    # a plan made in the sentence of the last coded act is that act ("The United States gave Iran an ultimatum"):
    # its source is the author, not the last party named before the plan's word
    if plan is not None and (earlier is None or plan[0] > earlier.sentence.index):
        return view.implied(plan[1], plan[2], start, end, "rule:plan-anaphor")
    if earlier is None:
        return None
    return view.implied(earlier.source.code, earlier.source.name, start, end, "rule:event-anaphor")


def names_again(cameo: str | None, earlier: Event) -> bool:
    """A noun of an act of CAMEO code ``cameo`` may name ``earlier`` again: a generic noun (a CAMEO root, "serangan",
    "the attack") any act of its type, a specific one ("the blockade", "penangkapan") only an act of its own kind
    (not an arrest); part AE."""
    kind = (cameo or "").rstrip("0")
    return len(kind) < 3 or (earlier.cameo or "").startswith(kind)
