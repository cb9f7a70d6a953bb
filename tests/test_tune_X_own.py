"""Rules and words added while tuning on part X of the tuning set (tests/data/ntrex_tuning/X.jsonl: English weblogs
of 2003-2006, speeches and interviews of the UD EWT and GUM treebanks), each checked on sentences of our own (never
the corpus's): what must be coded, and a negative that must not be."""

from __future__ import annotations

from sentence_sets import own_set_checks

PUB = "2024-05-14"

# (lang, sentence, (type, source country, target country)) that must be coded
CODED = [
    # standing behind someone is backing them
    ("en", "Britain fully stands behind the Ukrainian government.", ("SUPPORT", "GBR", "UKR")),
    ("en", "Poland stood behind Lithuania during the border dispute.", ("SUPPORT", "POL", "LTU")),
    # pledging allegiance is support of the one it is pledged to, not a pledge of an act
    ("en", "Boko Haram pledged allegiance to al-Qaeda in a video released on Sunday.", ("SUPPORT", "NGA", "XXX")),
    # working or hammering out a deal is reaching it, both ways
    ("en", "Japan worked out a deal with South Korea on Monday.", ("AGREE", "JPN", "KOR")),
    ("en", "Japan worked out a deal with South Korea on Monday.", ("AGREE", "KOR", "JPN")),
    ("en", "France and Germany hammered out an agreement on migration.", ("AGREE", "FRA", "DEU")),
    # protesters demonstrate (plural): still a protest
    ("en", "Thousands of Kenyans demonstrated outside parliament in Nairobi.", ("PROTEST", "KEN", "KEN")),
    # a group known by name (Iraq's armed groups and parties of 2003-2006)
    ("en", "The Tawhid and Jihad Group pledged allegiance to Osama bin Laden.", ("SUPPORT", "IRQ", "XXX")),
    ("en", "The Iraqi Islamic Party threatened to quit the government.", ("THREATEN", "IRQ", "IRQ")),
    # taking people hostage: those taken are its target, its subject took them
    ("en", "Hamas took dozens of Israelis hostage in October.", ("ASSAULT", "PSE", "ISR")),
    # the occupation of a place
    ("en", "Israel's occupation of the West Bank began in 1967.", ("ASSAULT", "ISR", "PSE")),
    # a statement issued to someone is still one
    ("en", "The foreign ministry of Indonesia issued a formal statement to Myanmar on Monday.", ("STATEMENT", "IDN", "MMR")),
    # welcoming another's plan or proposal endorses it; standing with a party backs it
    ("en", "France welcomed Germany's plan to send tanks.", ("SUPPORT", "FRA", "DEU")),
    ("en", "Indonesia welcomed Australia's proposal on Monday.", ("SUPPORT", "IDN", "AUS")),
    ("en", "The United States stands with Israel.", ("SUPPORT", "USA", "ISR")),
    ("en", "Britain stood with Ukraine at the summit.", ("SUPPORT", "GBR", "UKR")),
    # appreciation expressed to a party is praise of it
    ("en", "Indonesia's finance minister expressed her appreciation to the DPR for passing the budget.",
     ("SUPPORT", "IDN", "IDN")),
    # a threat issued or made is one
    ("en", "Iran issued a threat against Israel on Sunday.", ("THREATEN", "IRN", "ISR")),
    ("en", "Russia made threats against Poland.", ("THREATEN", "RUS", "POL")),
    # insisting on an act is demanding it
    ("en", "Turkey insisted on the withdrawal of Syrian troops from the border.", ("REQUEST", "TUR", "SYR")),
    # a manner adverb before an -s form makes it a verb, not a plural noun
    ("en", "Austria strongly condemns the plan proposed by Hungary.", ("ACCUSE", "AUT", "HUN")),
    ("en", "France firmly rejects the proposal by Italy.", ("REJECT", "FRA", "ITA")),
    # a proposal drafted by someone is its author's
    ("en", "France firmly rejects the proposal drafted by Italy.", ("REJECT", "FRA", "ITA")),
    # a meeting of the subject's parties still pairs them; a fronted clause still lends its subject
    ("en", "Japan and South Korea are meeting in Tokyo this week.", ("CONSULT", "JPN", "KOR")),
    ("en", "After meeting Putin in Moscow, Xi Jinping flew to Paris.", ("CONSULT", "CHN", "RUS")),
]  # fmt: skip

# (lang, sentence, type) that must not be coded
NOT_CODED = [
    # "X demonstrates" (one subject, present tense) is "shows"
    ("en", "The study demonstrates that the vaccine works.", "PROTEST"),
    ("en", "As the latest report by The Guardian demonstrates, the government is divided.", "PROTEST"),
    # gratitude for a thing names no one it is addressed to
    ("en", "Japan expressed gratitude for the help.", "SUPPORT"),
    # a threat posed is a danger someone sees, not a threat made
    ("en", "North Korea poses a serious threat to Japan.", "THREATEN"),
    ("en", "Officials in Seoul discussed Kim Jong Un and the threat he posed to South Korea.", "THREATEN"),
    # insisting that something happened is a claim, not a demand
    ("en", "The defence minister insisted that the threat against Britain came from Iran.", "REQUEST"),
    # "standing" as a noun (one's reputation) backs no one
    ("en", "The raids were bad for Turkey's standing with Iraqi Kurds.", "SUPPORT"),
    # "occupation" naming forces is no occupation; a statement issued to no one is a report of what it says
    ("en", "Protesters clashed with the occupation forces near the mosque.", "ASSAULT"),
    ("en", "The opposition movement issued a statement condemning the arrests.", "STATEMENT"),
    # standing behind a thing is no backing of anyone
    ("en", "The minister stood behind the podium.", "SUPPORT"),
    # a fronted clause closed by its comma lends no subject to the verb after it; the objects of a meeting verb
    # did not meet one another
    ("en", "As a result of the talks on Friday, staff are meeting all flights from Japan, South Korea and Thailand.",
     "CONSULT"),
]  # fmt: skip

# (lang, sentence, (type, source country, target country)) that must not be coded
NOT_KEYED = [
    # the victims of a condemned killing, listed together, are not its target; nor people that violence was against
    ("en", "Indonesia condemned the killing of two journalists and a police officer in Papua.", ("ACCUSE", "IDN", "IDN")),
    ("en", "Canada condemned the violence against peaceful protesters in the capital.", ("ACCUSE", "CAN", "CAN")),
    # the ones taken hostage did not take themselves
    ("en", "Hezbollah took two Americans hostage near the border.", ("ASSAULT", "USA", "USA")),
    # (an anaphor of the other party's very code standing for that party, "when they took them hostage", was taken
    # back at the merge: it lost an Indonesian blind event coded in documents)
    # a pledge of an act is no allegiance
    ("en", "Kenya pledged to send 1,000 police officers to Haiti.", ("SUPPORT", "KEN", "HTI")),
]  # fmt: skip

test_coded, test_not_coded, test_not_keyed = own_set_checks(PUB, CODED, NOT_CODED, NOT_KEYED)
