"""Measure the actor knowledge against issue 11's targets (item 6) and print one table.

- organisations: distinct IGO/NGO codes and distinct names of state-coded ones (groups, bodies); how many have a form usable in English text and in
  Indonesian text.  A form is Indonesian when its row is ``lang=id`` or it holds an Indonesian word,
  English when its row is ``lang=en`` or it holds an English word, and usable in both when it holds
  neither (acronyms and proper names: "Hamas", "UNICEF"); the word lists are below.
- office-holders: distinct people with a government role overlapping 2000-2026, and the offices
  filled after the Phoenix dictionaries' date: for the G20, ASEAN, the UN Security Council's
  permanent and 2017-2026 members and states at war, each of head (of state or government),
  foreign, defence and interior minister on 1 July of each year 2017-2026; and for every UN member
  state, a head of state or government on 1 July of each year 2017-2026.

Usage: PYTHONPATH=src python scripts/actor_coverage.py [--missing]
"""

from __future__ import annotations

import datetime as dt
import re
import sys

from warta.knowledge.organisations import organisations
from warta.knowledge.people import people

EN_WORDS = frozenset(re.findall(r"\S+", """of the for and in on to army front party movement organization organisation council
union league brigade brigades forces force committee association federation national liberation people's
peoples islamic international united nations world agency bank fund court group alliance revolutionary
democratic popular republic republican resistance coalition development relief rights human conference
assembly society foundation institute commission revolution armed government liberal conservative socialist
communist workers labour labor green greens independence freedom free justice progressive holy warriors
martyrs soldiers guard guards regiment battalion battalions defense defence united unity salvation
brotherhood army's islamic church catholic christian union's council's health food refugee refugees
children trade economic security cooperation community organisation's mujahideen's for"""))
ID_WORDS = frozenset(re.findall(r"\S+", """partai tentara gerakan organisasi dewan badan uni liga pasukan komite perhimpunan
federasi nasional pembebasan rakyat islam internasional bangsa bangsa-bangsa dunia dana mahkamah kelompok
aliansi revolusioner demokratik populer republik perlawanan koalisi pembangunan bantuan hak asasi manusia
konferensi majelis masyarakat yayasan lembaga komisi revolusi bersenjata pemerintah liberal konservatif
sosialis komunis buruh pekerja hijau kemerdekaan merdeka keadilan progresif suci pejuang syuhada prajurit
garda pengawal resimen batalyon pertahanan persatuan penyelamatan persaudaraan gereja katolik kristen
kesehatan pangan pengungsi anak-anak perdagangan ekonomi keamanan kerja sama kerjasama komunitas kantor
berita tanpa batas lintas untuk dan milisi laskar brigade jihad bank front"""))
_WORD = re.compile(r"[\w'’\-]+")

G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA"
ASEAN = "BRN KHM IDN LAO MYS MMR PHL SGP THA VNM TLS"
UNSC = ("USA GBR FRA RUS CHN BOL ETH KAZ SWE ITA NLD EGY JPN SEN UKR URY CIV GNQ KWT PER POL BEL DOM DEU "
        "ZAF EST NER VCT TUN VNM IND IRL KEN MEX NOR ALB BRA GAB GHA ARE ECU MLT MOZ CHE DZA GUY KOR SLE SVN "
        "DNK GRC PAK PAN SOM BHR COL COD LVA LBR")
WAR = "RUS UKR ISR PSE IRN SYR YEM SDN SSD MMR COD ETH AFG IRQ LBN LBY SOM MLI BFA NER HTI ARM AZE"
# UN member states, plus Palestine (tests/test_actor_knowledge.py reads this list)
UN_MEMBERS = frozenset(re.findall(r"[A-Z]{3}", """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ
ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA
JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX
FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT
ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK
TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE PSE"""))
OFFICES = {
    "head": re.compile(r"\b(president|prime minister|premier|chancellor|king|queen|emir|sultan|supreme leader|"
                       r"head of state|head of government|taoiseach|chairman of the state|crown prince|"
                       r"state administration council|sovereignty council|military council|presidential council|"
                       r"presidential leadership council|junta leader|state counsellor|chief executive|"
                       r"supreme political council)\b"),
    "foreign": re.compile(r"\b(foreign (minister|secretary|affairs)|secretary of state|minister of foreign)"),
    "defence": re.compile(r"\b(defen[cs]e (minister|secretary)|secretary of defense|minister of (national )?defen[cs]e|"
                          r"armed forces minister)"),
    "interior": re.compile(r"\b(interior (minister|secretary)|home (secretary|minister|affairs minister)|"
                           r"minister of (the )?interior|public security minister|internal affairs minister|"
                           r"homeland security|public safety minister|security minister)"),
}
VICE = re.compile(r"((first )?(vice|deputy)|former|shadow)\b")


def form_langs(form: str, row_lang: str) -> set[str]:
    if row_lang in ("id", "en"):
        return {row_lang}
    words = {w.lower() for w in _WORD.findall(form)}
    en, id_ = bool(words & EN_WORDS - ID_WORDS), bool(words & ID_WORDS - EN_WORDS)
    if en and not id_:
        return {"en"}
    if id_ and not en:
        return {"id"}
    if en and id_:  # "Bank Dunia", "Dewan Keamanan PBB": Indonesian puts the head first
        first = _WORD.findall(form)[0].lower()
        return {"id"} if first in ID_WORDS else {"en"}
    return {"en", "id"}


def organisation_counts() -> dict[str, int]:
    langs: dict[tuple[str, str], set[str]] = {}
    for o in organisations():
        # one organisation: an IGO/NGO code, or a state-coded name ("Hamas Indonesian" adds to "Hamas")
        name = re.sub(r" (Indonesian|English|names|\(en\))$", "", o.name)
        key = (o.code, "") if o.code.startswith(("IGO", "NGO")) else (o.code, name)
        got = langs.setdefault(key, set())
        for form, _ in o.forms:
            got |= form_langs(form, o.lang)
            if form_langs(form, o.lang) == {"id"}:
                got.add("id*")
    return {"organisations": len(langs), "with an English form": sum("en" in v for v in langs.values()),
            "with an Indonesian form": sum("id" in v for v in langs.values()),
            "with forms in both": sum(v >= {"en", "id"} for v in langs.values()),
            "with a form in Indonesian words (not a name both languages share)": sum(
                ("id*" in v) for v in langs.values())}


def offices(role: str) -> set[str]:
    """The offices a role text names: "deputy prime minister, defence minister" is defence only."""
    out = set()
    for part in re.split(r",|;|\bthen\b|\band\b|/", role.lower()):
        part = part.strip()
        if not part or VICE.match(part):
            continue
        out |= {name for name, pat in OFFICES.items() if pat.search(part)}
    return out


def office_counts(missing: bool = False) -> dict[str, int]:
    start = dt.date(2000, 1, 1)
    everyone = {p.name for p in people() for r in p.roles if r.code.endswith("GOV") and (r.end is None or r.end >= start)}
    states = sorted(set((G20 + " " + ASEAN + " " + UNSC + " " + WAR).split()))
    filled: dict[tuple[str, str, int], set[str]] = {}
    after = set()
    for p in people():
        for r in p.roles:
            offs = offices(r.role) if r.code.endswith("GOV") else set()
            if offs and (r.end is None or r.end.year >= 2017):
                after.add(p.name)
            for off in offs:
                for y in range(2017, 2027):
                    if r.holds(dt.date(y, 7, 1)):
                        filled.setdefault((r.code[:3], off, y), set()).add(p.name)
    slots = [(s, o, y) for s in states for o in OFFICES for y in range(2017, 2027)]
    have = [k for k in slots if k in filled]
    if missing:
        gaps: dict[tuple[str, str], list[int]] = {}
        for s, o, y in slots:
            if (s, o, y) not in filled:
                gaps.setdefault((s, o), []).append(y)
        for (s, o), ys in sorted(gaps.items()):
            print(f"  missing {s} {o}: {ys[0]}-{ys[-1]} ({len(ys)} years)", file=sys.stderr)
    heads = [k for k in have if k[1] == "head"]
    un_heads = sum(1 for (s, o, _y) in filled if o == "head" and s in UN_MEMBERS)
    return {"office-holders with a government role 2000-2026": len(everyone),
            "holders of the four offices in office 2017 or later": len(after),
            "priority states": len(states),
            "office-years filled 2017-2026 (of state x 4 offices x 10 years)": len(have),
            "office-years in total": len(slots),
            "head-of-state/government years filled": len(heads),
            "head years in total": len(states) * 10,
            "UN member state-years 2017-2026 with a head on record": un_heads,
            "UN member state-years in total": len(UN_MEMBERS) * 10}


def main() -> None:
    for title, counts in (("organisations", organisation_counts()),
                          ("office-holders", office_counts("--missing" in sys.argv))):
        print(title)
        for k, v in counts.items():
            print(f"  {k:<70} {v:>6}")


if __name__ == "__main__":
    main()
