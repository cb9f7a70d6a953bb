"""The event coder: one object per language that chains the stages for an article.

segment → actors (+ coreference) → triggers → roles → modality/negation →
attribution → quantity / place / date → :class:`~warta.model.Event`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import partial

from warta.knowledge.codes import actor_label
from warta.knowledge.countries import party_sectors, sector_codes
from warta.knowledge.event_types import event_types
from warta.knowledge.ontology import ontology
from warta.lexicon.registry import Language, load_language
from warta.model import (
    ActorMention,
    ActorRef,
    Article,
    Claim,
    Event,
    PlaceMention,
    Sentence,
    SentenceRef,
    Span,
)
from warta.pipeline import anchors, syntax
from warta.pipeline.actors import ActorFinder
from warta.pipeline.analysis import ActorSlot, SentenceView
from warta.pipeline.attribution import denied_reports, find_attribution
from warta.pipeline.coref import resolve_anaphora
from warta.pipeline.modality import find_modality, is_purpose_clause
from warta.pipeline.practice import (
    abstract_object,
    armed_mobilization,
    authorities,
    coded_as,
    domestic_coercion,
    embedded_content,
    event_anaphor,
    official_visits,
    place_target,
    pledge_content,
    pledge_entry,
    speculative,
    victims,
)
from warta.pipeline.quantity import QuantityFinder
from warta.pipeline.relations import parse_roles
from warta.pipeline.roles import find_roles, subject_of
from warta.pipeline.segment import Segmenter
from warta.pipeline.triggers import TriggerMatch, TriggerMatcher
from warta.pipeline.when import WhenFinder
from warta.pipeline.where import PlaceFinder

__all__ = ["EventCoder"]


class EventCoder:
    """Codes events for one language; build once, reuse for many articles."""

    def __init__(self, lang: str) -> None:
        self.language: Language = load_language(lang)
        self.segmenter = Segmenter(self.language.abbreviations)
        self.actors = ActorFinder(lang)
        self.triggers = TriggerMatcher(self.language)
        self.quantities = QuantityFinder(lang)
        self.places = PlaceFinder(lang)
        self.dates = WhenFinder(lang)
        self.ontology = ontology()
        self.lang = lang
        # roles from a parse where the windows find none (lang/<code>/settings.tsv parse_roles)
        self.parsed = self.language.settings["parse_roles"] == "fallback" and lang in syntax.available_languages()
        cues = self.language.cues
        self.conjunctions = frozenset(w for w, kinds in cues.items() if "conj" in kinds and " " not in w)
        self.place_words = frozenset(w for w, kinds in cues.items() if "prep_place" in kinds and " " not in w)

    # -- public -------------------------------------------------------------------------------
    def code(self, article: Article) -> list[Event]:
        text = article.text
        if not text or not text.strip():
            return []
        sentences = self.segmenter.split(text)
        # triggers first: the costlier stages run only on sentences that hold one
        found = {s.index: self.triggers.find(s.tokens) for s in sentences}
        # a sentence that may deny an earlier report as a whole ("Rusia membantah laporan tersebut")
        reports = {s.index for s in sentences if any(t.text.lower() in self.language.word_classes["report_noun"] for t in s.tokens)}
        active = [s for s in sentences if found[s.index] or s.index in reports]
        if not active:
            return []
        mentions = resolve_anaphora(self.actors.find(text, article.published), [s.start for s in sentences], text,
                                    self.conjunctions, self.place_words)
        default_country = _dominant_country(mentions)
        by_sentence = _bucket(mentions, sentences)
        active = [s for s in active if by_sentence[s.index]]
        places = {s.index: _shift(self.places.find(s.text), s.start) for s in active}
        scene = _scene_country(places, mentions)
        events: list[Event] = []
        for s in active:
            view = SentenceView(s, self.language, by_sentence[s.index])
            if self.parsed:
                view.parse_with(partial(syntax.parse_tokens, s.tokens, self.lang))
            spans = self.dates.spans(s.text, article.published)
            quantities = _shift(self.quantities.find(s.text, spans), s.start)
            dates = _shift(self.dates.find(s.text, article.published, spans), s.start)
            events.extend(self._code_sentence(
                article, view, found[s.index], (default_country, scene), quantities, places[s.index], dates, events
            ))
            if s.index in reports:
                events.extend(denied_reports(view, events, partial(_claim_from_slot, view, default_country=default_country)))
        return events

    # -- per sentence -------------------------------------------------------------------------
    def _code_sentence(self, article, view, found, countries, quantities, places, dates, prior) -> list[Event]:
        matches = [m for m in found if not _inside_actor(view, m)]
        view.trigger_starts = frozenset(m.start for m in matches)
        view.noun_trigger_starts = frozenset(m.start for m in matches if m.voice == "noun")
        view.trigger_ends = tuple((m.end, m.entry.type) for m in matches)
        ends = {m.end for m in matches}
        types = event_types()
        out: list[Event] = []
        seen: set[tuple[tuple[str, str, str], int]] = set()
        for m in matches:
            if is_purpose_clause(view, m) or _is_cue(view, m) or speculative(view, m) or abstract_object(view, m):
                continue
            if m.entry.frame == "intrans" and m.voice in ("noun", "lit") and _after_trigger(view, m, ends):
                continue  # "mendanai operasi militer": the object of another act, not an act itself
            if embedded_content(view, m, matches) or _carries_other_act(view, m, matches):
                continue
            roles = find_roles(view, m)
            pairs = list(roles.pairs)
            if view.parse is not None and not roles.event_object and (
                    not pairs or (m.entry.frame != "intrans" and all(t is None for _, t in pairs))):
                parsed = parse_roles(view, view.parse, m)
                if any(t is not None and t.code not in sector_codes() for _, t in parsed):
                    pairs = parsed  # the parse names whom the act is aimed at (not a bare "warga", "hostages")
            if types.has(m.entry.type, "at_author") and any(t is None for _, t in pairs):
                author = event_anaphor(view, m, matches, prior + out)
                if author is not None:
                    pairs = [(src, tgt if tgt is not None else author) for src, tgt in pairs]
            named = view.actor_at(m.start)
            if m.entry.frame == "intrans" and named is not None and named.start <= m.start and m.end <= named.end:
                # "demonstran", "pengunjuk rasa": the word names the ones who act, unless another act is aimed
                # at them ("menembakkan gas air mata ke arah ratusan demonstran")
                if any(view.kinds(k) & {"prep_target", "prep_place"} for k in range(max(0, named.start - 3), named.start)):
                    continue
                pairs = [(named, None)]
            content = pledge_content(view, m, matches) if m.entry.type == "AGREE" else None
            if content is not None:
                # "berjanji akan membalas dengan menyerang Israel" is a threat against Israel; "agreed to
                # provide aid to Ukraine" an intent to aid Ukraine: the pledge takes its content's target
                inner = [t for _, t in find_roles(view, content).pairs if t is not None]
                agents = list(dict.fromkeys(src for src, _ in pairs)) or subject_of(view, m)
                if inner:
                    pairs = [(src, t) for src in agents for t in inner if t.code != src.code]
                entry = pledge_entry(content.entry.type)
                if entry is not None:
                    m = TriggerMatch(entry, m.start, m.end, m.voice)
            if not pairs and m.entry.frame == "intrans":
                own = _overlapping_actor(view, m)
                pairs = [(own, None)] if own is not None else []
            if types.has(m.entry.type, "place_target") and any(t is None for _, t in pairs):
                town = place_target(view, m, places)  # before the domestic reading: "mengepung kota Pokrovsk"
                if town is not None:
                    pairs = [(src, tgt if tgt is not None else town) for src, tgt in pairs]
            if m.entry.type == "COERCE":
                pairs = domestic_coercion(view, m, pairs)
            pairs = armed_mobilization(view, m, pairs)
            pairs = official_visits(view, m, pairs)
            if types.has(m.entry.type, "victims") and any(t is None for _, t in pairs):
                dead = victims(view, m, quantities)
                pairs = [(src, tgt if tgt is not None else dead) for src, tgt in pairs]
            if m.entry.type == "PROTEST":
                pairs = [(src, tgt if tgt is not None else authorities(src)) for src, tgt in pairs]
                pairs = [(src, tgt) for src, tgt in pairs if tgt is None or tgt.code != src.code]
            if m.entry.frame != "intrans" and not (types.has(m.entry.type, "event_object") and roles.event_object):
                # a target-less event is kept only for intransitive triggers (silence, protest, combat):
                # elsewhere a missing target means the roles were not understood
                pairs = [(src, tgt) for src, tgt in pairs if tgt is not None]
            if not pairs:
                continue
            mod = find_modality(view, m)
            attr = find_attribution(view, m, matches)
            for src, tgt in pairs:
                event = self._event(article, view, m, src, tgt, mod, attr, countries, quantities, places, dates)
                if event is None:
                    continue
                key = (event.type, event.source.code, event.target.code if event.target else "")
                # one act per dyad and type in a clause: "memberikan bantuan mematikan" is one event
                if any(k == key and abs(start - m.start) <= 3 and not _conj_between(view, start, m.start)
                       for k, start in seen):
                    continue
                seen.add((key, m.start))
                out.append(event)
        return out

    def _event(self, article, view, m, src, tgt, mod, attr, countries, quantities, places, dates):
        # the article's country and scene, unless this sentence names them only in what was said or demanded
        default_country, scene = (anchors.framing_country(view, m, places, c) for c in countries)
        entry = m.entry
        types = event_types()
        type_, cameo = coded_as(entry.type, entry.cameo, src.code)
        place = anchors.location(view, m, places, None)
        local = place.country if place is not None and place.country else ""
        # unnamed victims, protesters and police are local to the event's place; other unnamed agents belong to
        # the other side
        source = _actor_ref(src, tgt, default_country,
                            _stated_country(view, src, places) or (local if tgt is None or types.has(type_, "local_agent") else ""),
                            types.has(type_, "domestic"))
        # arrests and bans act on the agent's own people before the article's scene ("Polisi menangkap teroris")
        agents_own = src.country if types.has(type_, "own_people") else ""
        stated = _stated_country(view, tgt, places)
        target = _actor_ref(tgt, src, default_country, stated or local or agents_own or scene) if tgt is not None else None
        if target is not None and tgt.code in sector_codes() and not types.has(type_, "domestic") and not stated:
            return None  # "warned companies": an unnamed group of unknown country is no coded target
        if source is None or (tgt is not None and target is None):
            return None
        if target is not None and target.code == source.code:
            return None
        if type_ == "PROTEST" and len(source.code) == 3 and source.code.isalpha():
            source = replace(source, code=source.code + "CVL")  # "demonstrations by Russians": its citizens
        if (target is not None and not types.has(type_, "own_dyad") and source.code[:3] == target.code[:3]
                and 3 in (len(source.code), len(target.code)) and not _party(source.code) and not _party(target.code)):
            # a state acting on its own organs ("Turkish occupying forces", a leader visiting home) is no dyad;
            # a rebel group acting on its own state is one ("Boko Haram attacked Nigeria")
            return None
        lexicon = [entry.where]
        for slot in (src, tgt):
            if slot is not None and slot.mention.entry:
                lexicon.append(slot.mention.entry)
        negated = mod.negated
        claimed: Claim | None = None
        if mod.denier is not None and mod.deny_cue is not None:
            claimed = _claim_from_slot(view, mod.denier, default_country, _home(source) or local)
        elif attr is not None:
            if attr.speaker is not None:
                claimed = _claim_from_slot(view, attr.speaker, default_country, _home(source) or local)
            elif attr.anon_span is not None:
                a, b = attr.anon_span
                tok = view.tokens
                claimed = Claim("ANON", view.sentence.text[tok[a].start - view.sentence.start : tok[b - 1].end - view.sentence.start], tok[a].start, tok[b - 1].end)
        if claimed is not None and claimed.code == source.code and types.has(type_, "speech_act") and not negated:
            claimed = None
        tokens = view.tokens
        trig_start, trig_end = tokens[m.start].start, tokens[m.end - 1].end
        trig_text = _slice(view.sentence, trig_start, trig_end)
        quantity = anchors.nearest_quantity(view, m, quantities)
        location = place or anchors.location(view, m, places, target, goal=True)  # a visit: the place visited
        when = anchors.when(view, m, dates, attr)
        onto = self.ontology
        return Event(
            doc=article.id,
            type=type_,
            mode=entry.mode,
            cameo=cameo,
            quad=onto.quad(cameo),
            source=source,
            target=target,
            negated=negated,
            modality=mod.modality,
            claimed_by=claimed,
            location=location,
            when=when,
            quantity=quantity,
            trigger=Span(trig_text, trig_start, trig_end),
            sentence=SentenceRef(view.sentence.index, view.sentence.start, view.sentence.end, view.sentence.text),
            lexicon=tuple(dict.fromkeys(lexicon)),
        )


# -- helpers --------------------------------------------------------------------------------------
def _shift(items, offset: int) -> list:
    """Mentions found in a sentence's text, moved to article offsets."""
    return [replace(x, start=x.start + offset, end=x.end + offset) for x in items]


def _slice(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start : end - sentence.start]


def _bucket(items, sentences: list[Sentence]) -> dict[int, list]:
    out: dict[int, list] = {s.index: [] for s in sentences}
    j = 0
    for item in sorted(items, key=lambda x: x.start):
        while j < len(sentences) and sentences[j].end <= item.start:
            j += 1
        if j < len(sentences) and sentences[j].start <= item.start < sentences[j].end:
            out[sentences[j].index].append(item)
    return out


def _scene_country(places: dict[int, list[PlaceMention]], mentions: list[ActorMention]) -> str:
    """The country where the article's events happen: the most named among places that are not part of
    an actor (Rafah, Kharkiv; not "Pemerintah Indonesia" or "Jakarta" standing for a government)."""
    starts, ends = _merged_spans(mentions)
    counts: Counter[str] = Counter()
    for ps in places.values():
        for p in ps:
            if not p.place.country:
                continue
            k = bisect_left(starts, p.end) - 1  # the last actor span starting before the place ends
            if k < 0 or ends[k] <= p.start:
                counts[p.place.country] += 1
    return counts.most_common(1)[0][0] if counts else ""


def _merged_spans(mentions: list[ActorMention]) -> tuple[list[int], list[int]]:
    """The actors' character spans merged into disjoint runs, sorted: (starts, ends), both ascending."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted((m.start, m.end) for m in mentions):
        if ends and a < ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _dominant_country(mentions: list[ActorMention]) -> str:
    counts = Counter(m.code[:3] for m in mentions if len(m.code) >= 3 and m.code[:3] not in sector_codes() and m.code[:3].isupper() and not m.code.startswith(("IGO", "NGO", "XXX")))
    return counts.most_common(1)[0][0] if counts else ""


def _actor_ref(slot: ActorSlot | None, other: ActorSlot | None, default_country: str, local: str = "",
               domestic: bool = True) -> ActorRef | None:
    """The coded actor; a bare sector noun ("warga sipil", "protesters") takes the country where the event
    happens, else the other party's, else the article's. In an act that is not domestic ("President X imposed
    sanctions on the Taliban") an unnamed agent is not of its target's state: unknown rather than guessed."""
    if slot is None:
        return None
    m = slot.mention
    code = m.code
    if not code:
        return None
    if code in sector_codes():
        other_country = other.country if other is not None and not other.code.startswith(("IGO", "NGO")) else ""
        if domestic:
            country = local or other_country or default_country
        else:
            country = local or (default_country if default_country != other_country else "")
        if not country:
            return None
        code = country + code
    return ActorRef(code, actor_label(code), m.text, m.start, m.end)


def _stated_country(view: SentenceView, slot: ActorSlot | None, places: list[PlaceMention]) -> str:
    """The state named right after a bare sector noun: "anggota parlemen di Lebanon", "lawmakers in Lebanon",
    "police in Dhaka", "perusahaan pertahanan Amerika Serikat"."""
    if slot is None or slot.code not in sector_codes():
        return ""
    k = slot.end
    plain = view.actor_at(k) is None and k not in view.trigger_starts and view.is_common_noun(k)
    if plain:
        after = view.actor_at(k + 1)  # "perusahaan pertahanan Amerika Serikat": a noun, then the state
        if after is not None and after.mention.kind in ("country", "demonym") and after.start == k + 1:
            return after.country
    if not view.has(k, "prep_place") and k < view.n and view.actor_at(k) is None and not view.kinds(k) \
            and k not in view.trigger_starts:
        k += 1  # one qualifier between: "anggota parlemen pro-Rusia di Moldova"
    if not view.has(k, "prep_place"):
        return ""
    after = view.actor_at(k + 1)
    if after is not None:
        return after.country if after.mention.kind in ("country", "capital") else ""
    if k + 1 >= view.n:
        return ""
    at = view.tokens[k + 1].start
    return next((p.place.country for p in places if p.start == at and p.place.country), "")


def _party(code: str) -> bool:
    """A group that is a party against its own state (NGAREB, VENOPP)."""
    return code[3:6] in party_sectors()


def _home(actor: ActorRef) -> str:
    """The state of an actor ('' for organisations): "Turkey expelled ..., the ministry said" — its ministry."""
    code = actor.code
    return "" if code.startswith(("IGO", "NGO", "XXX")) or code[:3] in sector_codes() else code[:3]


def _claim_from_slot(view: SentenceView, slot: ActorSlot, default_country: str, local: str = "") -> Claim | None:
    """Who asserts: a named actor; a speaker of no stated country ("the foreign ministry said") is taken to be
    of the acting state, else of the event's place, else of the article's main country."""
    ref = _actor_ref(slot, None, default_country, local)
    if ref is None:
        return None
    return Claim(ref.code, ref.text, ref.start, ref.end)


def _after_trigger(view: SentenceView, m: TriggerMatch, ends: set[int]) -> bool:
    """The noun is the object of the act just before it ("menangkap 30 pengunjuk rasa")."""
    k = m.start
    while k > 0 and (view.low[k - 1][:1].isdigit() or view.has(k - 1, "determiner")) and k not in ends:
        k -= 1
    return k in ends


def _conj_between(view: SentenceView, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return any(view.has(k, "conj") or view.low[k] == "," for k in range(lo, hi))


def _inside_actor(view: SentenceView, m: TriggerMatch) -> bool:
    """A trigger whose head word is inside a named actor ("Dewan Keamanan", "Federation of ...") is not one."""
    slot = view.actor_at(m.start)
    return slot is not None and slot.code not in sector_codes() and slot.mention.kind != "sector"


def _carries_other_act(view: SentenceView, m: TriggerMatch, matches: list[TriggerMatch]) -> bool:
    """"menyetujui pinjaman untuk Pakistan", "approved a loan": a one-word trigger that is also a light verb
    before a noun of another act only carries that act."""
    if m.end - m.start != 1 or not view.has(m.start, "light_verb"):
        return False
    return any(n.voice == "noun" and m.end <= n.start <= m.end + 3 and n.entry.type != m.entry.type for n in matches)


def _overlapping_actor(view: SentenceView, m: TriggerMatch) -> ActorSlot | None:
    for k in range(max(0, m.start - 1), min(view.n, m.end + 3)):
        slot = view.actor_at(k)
        if slot is not None:
            return slot
    return None


def _is_cue(view: SentenceView, m: TriggerMatch) -> bool:
    """A one-word trigger that is also a reporting verb reports when a clause or quote follows it
    ("mengakui bahwa ...") and codes an act when an actor does ("mengakui pemberontak")."""
    kinds = view.kinds(m.start)
    if not kinds & {"say_before", "say_after", "according_to", "deny"} or m.end - m.start != 1:
        return False
    if kinds & {"say_after", "according_to", "deny"}:
        return True
    nxt = m.end
    return not (nxt < view.n and view.actor_at(nxt) is not None)
