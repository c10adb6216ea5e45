"""Named thresholds of the cluster, align and judge stages, each with why it has its value."""

from __future__ import annotations

# ---------------------------------------------------------------- cluster
# Two dated articles belong to one event only if their main dates lie within this many days.
# Follow-up stories date an event by their own lead ("on Tuesday") a day or two late; two
# meetings of the same leaders are weeks apart (the seed summits: 61 days). Pinned by
# tests/test_cluster.py::test_same_participants_two_dates_split.
EVENT_SPAN_DAYS = 3
# Role weights of the words and entities used to compare articles: the lead and the
# dateline say what the story is about; captions and background sentences often describe an
# earlier event ("follows ... a meeting ... in Cambodia in November").
ROLE_WEIGHT = {"title": 3.0, "dateline": 3.0, "lead": 3.0, "body": 1.0, "caption": 0.2,
               "background": 0.2}  # fmt: skip
# Extra weight of a place / person feature over an ordinary word: a shared venue or
# participant is stronger evidence of the same event than a shared common noun.
PLACE_BOOST = 2.0
PERSON_BOOST = 1.5
# Features kept per article (highest tf-idf first): enough to describe a story, few enough
# that the sparse cosine stays cheap at 10,000 articles.
FEATURES_PER_ARTICLE = 60
# Features per article used as blocking keys (inverted index); two articles become a
# candidate pair only if they share at least MIN_SHARED_KEYS of them.
BLOCK_KEYS = 25
MIN_SHARED_KEYS = 2
# Keys held by more articles than this are too common to block undated articles on
# (dated articles are blocked by date window as well, so they may use them).
UNDATED_MAX_POSTING = 200
# A dated article with more than this many others of one blocking key within EVENT_SPAN_DAYS
# of its days is in a crowd (5,000 accounts of one meeting): pairing the crowd would be
# quadratic (1,000 dated accounts of one meeting took 20 s to cluster, 5,000 would take
# minutes), so it is left to representatives, like the undated articles of a key above
# UNDATED_MAX_POSTING. The real corpora never come near: their largest key holds 57 articles
# in all (GVC, 961 articles), and inputs of up to 300 articles compare every pair anyway.
DATED_MAX_WINDOW = 200
# An article of a crowded key is compared with the POSTING_REPRESENTATIVES representatives
# chosen just before and after it (in date order) of each of its crowded keys, strongest key
# first, at most REPRESENTATIVES_PER_ARTICLE in all; it joins the most similar that passes the
# usual link test if its mean similarity to the group's first REPRESENTATIVE_SAMPLE members
# passes it too (cluster/events.py, _attach_to_representatives). Synthetic crowds (5,000
# articles each, benchmarks/bench_scale.py shapes): one meeting -> 1 event (similarities to
# the representative 0.38-0.93); two meetings, two towns, same wording -> 2 events; 5,000
# undated stories sharing every common word stay apart but for the pairs the rest of the
# words link. At most about 2 x 32 + 3 comparisons an article.
POSTING_REPRESENTATIVES = 8
REPRESENTATIVES_PER_ARTICLE = 32
REPRESENTATIVE_SAMPLE = 4
# Similarity multiplier when two leads place the story in different countries: same words,
# same leaders, but a summit in Lisbon is not the summit in Oslo.
VENUE_MISMATCH_FACTOR = 0.05
# Average-link threshold on the combined cosine, for groups holding a dated article:
# calibrated on the ECB+ dev corpus (benchmarks/bench_pipeline.py --dev-corpus). Swept
# 0.05-0.20 with MIN_SHARED_KEYS 1-3: 0.15 keeps precision at 0.99-1.0 (0.12: 0.91).
LINK_THRESHOLD = 0.15
# Two groups with no date at all have no date rule to keep them apart or together: they are
# merged on content alone, at a lower threshold (dev corpus: undated ECB+ stories split into
# many small groups at 0.15; 0.08 gives pairwise F1 0.90 at precision 0.99-1.0; 0.04 gave
# 0.915 but merges too eagerly to trust on unseen news). Pinned by the dev-corpus F1 floor
# in tests/test_cluster.py.
UNDATED_LINK_THRESHOLD = 0.08

# ---------------------------------------------------------------- align
# rapidfuzz token_set_ratio at or above which two statements sharing a key bigram are PAIRED
# (never agreement: token_set_ratio is 100 when one sentence's words are a subset of the
# other's). 50 pairs all five seed wordings of the defense pledge (scores 50-77).
STATEMENT_PAIR_MIN = 50
# A content-word bigram shared by more than this share of an event's sentences is generic
# ("two leaders") and cannot define a statement group.
GENERIC_BIGRAM_SHARE = 0.15
# Two statements of different articles are the same statement when they share at least this
# many content bigrams that are neither names nor generic (one shared phrase, "refugee camp"
# or "civil war", is a topic: the dev corpus glued 55 sentences on one; docs/evaluation.md P1).
STRONG_SHARED_BIGRAMS = 2
# token_sort_ratio (content words) at or above which two sentences are copies of one wording
# (wire copy, press release), not a rewording: copies do not attract looser sentences.
NEAR_COPY_RATIO = 90
# Orders of magnitude of durations (upper bound in minutes, name): a meeting of "about two
# hours" and talks that went on for "nearly two years" never share a slot.
DURATION_SCALES = ((24 * 60, "hours"), (90 * 24 * 60, "days"), (float("inf"), "years"))
# More distinct sentences than this sharing one bigram make it a generic phrase of a big
# event, not one statement (and keep cdist's matrix at most 300 x 300 bytes).
PHRASE_BLOCK_MAX = 300
# Content words either side of a figure that describe what it measures, and how many two
# figures of different articles must share to fill one 'value:' slot ("EYP MCF has
# approximately 350 employees with 13 offices" / "EYP ... has 350 employees spread through
# 13 offices" share eyp, offices). One shared word ("said") links unrelated figures.
CONTEXT_REACH = 4
CONTEXT_MIN_SHARED = 2
# A figure whose 'value:' star holds fewer articles than this is also judged against every
# figure it shares context with (align.slots._neighbourhoods): three articles make a
# majority possible, which a two-figure star never offers.
NEIGHBOURHOOD_MIN_ARTICLES = 3
# Independent sources that must agree on a value before a lone different one is flagged
# against them: with one source on each side there is no majority to name.
MAJORITY_MIN_SOURCES = 2
# Shared context words two figures need to be compared when only two sources give them (no
# majority): "$1,199" (MacBook Air) vs "$2,199" (MacBook Pro) share two, a real dispute about
# one figure is usually told in nearly the same words.
PAIR_MIN_SHARED = 3
# Paraphrases reported per direct quote: the closest few make the point; a hundred wire
# copies would bury it.
PARAPHRASES_PER_QUOTE = 3
# Words either side of a shared key phrase inside which an intensifier or hedge counts: one
# at the other end of a long sentence qualifies something else.
PHRASING_WINDOW = 6
# Idf-weighted share of a quote's content words that a sentence must carry to count as a
# paraphrase of it (e.g. "had never been closer" vs "... ever been ... closer ...").
PARAPHRASE_MIN_OVERLAP = 0.30
# Quote words other than names and numbers a paraphrase must repeat ("ever", "closer"): a
# sentence sharing only "Apple" and "two" with a quote is about the topic, not the remark.
PARAPHRASE_MIN_CLAIM_WORDS = 2

# ---------------------------------------------------------------- judge
# Two numbers written with different precision agree when within this relative distance
# ("1,000 km (600 mi)": 621 mi stated as 600 is 3.4% off).
ROUNDING_TOLERANCE = 0.06
# A stated conversion is wrong beyond this relative distance (well past rounding).
CONVERSION_TOLERANCE = 0.15
# Relative width given to a vague ("about") value when extract gave no interval.
HEDGE_WIDTH = 0.125
# Quotes of one speaker below this rapidfuzz partial_ratio are different remarks, not variants.
# 60 grouped John McCain's "Data center transformation is a key focal point..." with his
# different "The data center is the foundation of IT..." (dev corpus, P14); a one-word
# swap in a ten-word quote still scores about 90.
QUOTE_VARIANT_MIN_RATIO = 85
# Two quote sentences render one remark in other words (align.quotes.same_remark) when they
# share a run of REMARK_RUN_WORDS words or more, and half the shorter sentence at least, two
# of them content words ("Taiwan is showing the world how much we ..." / "... cherish our
# free democratic way of life"; "many people in the city" alone is a phrase); never when
# fewer than REMARK_SHARE of the shorter one's words are in the longer one (a name in common,
# "the Colorado Springs Police Department", on GVC dev). Or when REMARK_CLOSE_SHARE of them
# are, with REMARK_MIN_CONTENT content words in common, in any order ("It's a horrendous act
# that unfortunately impacted many people" / "horrendous act that impacted so many people").
# Measured on the dev split (issue 11, session 12): 7 new quote-wording variations on the
# untouched dev events, all of one remark.
REMARK_RUN_WORDS = 5
REMARK_RUN_SHARE = 0.5
REMARK_SHARE = 0.6
REMARK_CLOSE_SHARE = 0.75
REMARK_MIN_CONTENT = 3
# A word cut to this share of its letters or fewer, keeping its first letter and order, can
# be an abbreviation inside a quote ("yrs" / "years", "govt" / "government"; "no" / "not" at
# 0.67 is not), judge.quotes.only_abbreviations.
ABBREVIATION_SHARE = 0.6
# Two compass directions from one place at least this far apart are two directions
# (judge.geography.judge_direction): "north" and "northeast" (45) may be one bearing told
# coarsely; "northeast" and "southwest" (180) cannot.
DIRECTION_MIN_DEGREES = 90
# A quote with fewer content words than this pairs only by containment: partial_ratio of a
# two-word quote against a 50-word one says nothing.
QUOTE_MIN_CONTENT_WORDS = 4
# Two articles are copies of one story (a wire story and its reprints) when the other carries
# at least this share of the shorter one's word 5-grams (containment, not Jaccard: a reprint
# with an added local paragraph is still a copy), and at least WIRE_COPY_MIN_SHARED of them
# (two short briefs sharing one quoted sentence are not).
WIRE_COPY_CONTAINMENT = 0.6
WIRE_COPY_MIN_SHARED = 25
SHINGLE_SIZE = 5
# Two spellings of one name part at or above this rapidfuzz ratio are one person written
# two ways ("zelensky" / "zelenskyy" = 94; "biden" / "bidden" = 91); below, two people.
NAME_SPELLING_MIN_RATIO = 85
# Name parts (judge.independence.judge_name_spelling): two spellings of one part are one
# name when one letter apart (two from NAME_LONG_LETTERS letters on: "Mohammed" /
# "Muhammad") and rapidfuzz's ratio is at least NAME_VARIANT_MIN_RATIO ("Bass" / "Bess" 75;
# "Kowalski" / "Kowalksi" 88); parts shorter than NAME_PART_MIN_LETTERS are initials. A
# three-letter given name meets the ratio only with a letter added ("Jon" / "John" 86, "Ana"
# / "Anna"), never with one changed ("Joe" / "Jon" 67): on the dev split this added three
# variations, all real (session 12). A finding quotes each spelling as every outlet that
# uses it writes it (its first place there), for at most NAME_CLAIM_ARTICLES outlets a
# spelling, and at least NAME_CLAIMS_MAX places of the rarer spelling when it has them.
NAME_VARIANT_MIN_RATIO = 70
NAME_LONG_LETTERS = 8
# Two surnames of at least NAME_SOUND_MIN_LETTERS letters with one Metaphone key, at most
# NAME_SOUND_MAX_EDITS letters apart, are one surname heard alike ("Dixon" / "Dickson").
NAME_SOUND_MIN_LETTERS = 4
NAME_SOUND_MAX_EDITS = 3
NAME_PART_MIN_LETTERS = 3
NAME_CLAIMS_MAX = 3
NAME_CLAIM_ARTICLES = 8
# Confidence given to findings of each rule family (how often the rule is right on the
# seeds and dev corpus; an editor sorts by it).
CONFIDENCE = {"interval": 0.9, "dateline": 0.8, "weekday": 0.95, "timezone": 0.9,
              "conversion": 0.85, "quote": 0.8, "paraphrase": 0.65, "phrasing": 0.6,
              "single-source": 0.7, "wire-copy": 0.85, "cross-event": 0.85,
              "measure": 0.6, "schedule": 0.75, "age": 0.7,
              # one figure each, beyond rounding: often a total vs a part, so weak
              "figure": 0.45,
              # an acronym only one source names: may just be spelled out elsewhere
              "acronym": 0.5,
              # one letter apart in one name part, same other parts
              "name": 0.7,
              # one source against several agreeing ones on the same figure
              "majority": 0.7,
              # one sentence in two copies, a typed word changed: the key is the sentence
              "shared-sentence": 0.85}  # fmt: skip

# Shared-sentence diff (align.shared, judge.copies): two sentences of different articles are
# one sentence told twice (a wire variant, a reprint, a shared quotation) when rapidfuzz's
# ratio of their folded forms is at least this. A 20-word sentence with one word changed
# scores about 95, with three changed about 85; paraphrases of one fact score 50-70.
SHARED_SENTENCE_MIN_RATIO = 70.0
# Two sentences of one article are one sentence carried twice (judge.copies.judge_repeated)
# from this ratio: a word or a figure changed, not two people's alike sentences.
SHARED_SENTENCE_SELF_MIN_RATIO = 90.0
SHARED_SENTENCE_MIN_WORDS = 6
# The countries where the accounts agree an event is (align.geography): those of places named
# by at least this share of the accounts (and two). Half: on the untouched dev events of both
# corpora the odd places it leaves were those of a demonym or a gazetteer misreading.
FOREIGN_PLACE_MIN_SHARE = 0.5
# An event whose accounts tell its own happening in more towns than this has no one venue
# (align.shared.anchored_value_alignments): a quake felt from Agadir to Rabat (11 towns on a
# dev event) against at most 4 on every dev shooting.
VENUE_MAX_TOWNS = 4
# Below that, two sentences still tell one statement in other words when the token-set ratio
# of their content words is at least this ('echo:' pairs, judge.copies.judge_echo).
ECHO_MIN_RATIO = 60.0
# ... and they share at least ECHO_MIN_SHARED content words, that many being at least
# ECHO_MIN_SHARE of the longer sentence's (align.shared._share_enough).
ECHO_MIN_SHARED = 3
ECHO_MIN_SHARE = 0.2
# Two values of one type with the same ANCHOR_WORDS words on one side, in two articles, are
# candidates for one slot ('anchor:' pairs); an anchor shared by more than ANCHOR_MAX_GROUP
# values is a formula ("in the", "said on"), not a key.
ANCHOR_WORDS = 2
ANCHOR_MAX_GROUP = 6  # shorter lines are captions, bylines and headings
# ... and more than ANCHOR_MAX_PLACES towns with the same words beside them are several places
# ("the village of Amizmiz" / "of Asni", "Balasore station" / "Tatanagar station"): at 3, 25
# false variations went on untouched dev events and no dev edit was lost.
ANCHOR_MAX_PLACES = 3
# ... or the same nearest content word on one side, within ANCHOR_REACH words of the value in
# its clause ('Medical Center in Oak Lawn' / 'Christ Medical Center in Sycamore').
ANCHOR_REACH = 3
# Pair rules (shared sentences, anchors, happening days) pair at most this many accounts of
# one value or sentence with the others: copies beyond them say nothing new, and pairing
# every two of 300 accounts would be quadratic.
PAIR_REPRESENTATIVES = 2
SHARED_SENTENCE_MAX_SENTENCES = 120  # per article: bounds the event's cdist matrix
# At most this many differing stretches in a pair: more is a rewrite, not a copy. Each one
# judged is at most SHARED_SENTENCE_MAX_STRETCH words on either side and has at least
# SHARED_SENTENCE_ANCHOR identical words on each side (or the sentence's edge).
SHARED_SENTENCE_MAX_CHANGES = 6
SHARED_SENTENCE_MAX_STRETCH = 4
SHARED_SENTENCE_ANCHOR = 2
# Lower-case words of three letters or more a sentence needs to be story prose, not a stamp
# ("Monday, 1/25/2016"), a photo credit or a phone line.
SHARED_SENTENCE_MIN_PROSE = 4

# Claim keys (align.keys): content words read either side of a figure, within its clause.
CLAIM_KEY_REACH = 6
# Two disagreeing figures are one claim only if their sentences tell the same statement:
# rapidfuzz token_set_ratio of the two sentences at least this (one sentence reworded scores
# 70-90; two sentences of one story that share a few words, 40-55).
SAME_STATEMENT_MIN_RATIO = 60
# A clock time on the hour or half hour, or hedged ("about 2045 GMT"), covers this many
# minutes either way.
TIME_ROUNDING_MINUTES = 20
# A clock written on a multiple of five minutes may be the nearest five to the other's
# ("about 11:20 p.m." / "about 11:18 p.m.").
FIVE_MINUTE_ROUNDING = 2
# ... of which the nearest CLAIM_KEY_HEAD content words either side say what it measures.
CLAIM_KEY_HEAD = 2


# --------------------------------------------------------------------------- input limits
# A local input over this size is skipped with a reason (`factcheck report --max-file-mb`):
# news articles are kilobytes; a multi-megabyte "article" is a dump, a log or a mistake.
MAX_FILE_MB = 20

# --------------------------------------------------------------------------- runtime limits
# Seconds one URL fetch may take from connect to last byte, redirects included
# (`factcheck report --fetch-deadline`). Each read also has its own 15 s timeout, but a
# server trickling a byte a second never trips that. A 5 MB page (the size cap) arrives in
# a few seconds on any working connection; 30 s leaves room for a slow news site.
FETCH_DEADLINE_S = 30.0

# A PDF prints at most this many events in full (those with the most conflicts and variations
# first) and lists at most PRINT_UNPRINTED_LISTED of the rest one line each: thousands of events
# make neither a useful nor a bounded document; report.html and findings.json keep them all.
PRINT_EVENTS_MAX = 60
PRINT_UNPRINTED_LISTED = 300
# Within one event, a PDF lists at most this many accounts (those its findings quote first) with
# their texts in the appendix, and prints at most this many claims and outlets per finding,
# saying how many more report.html has: 5,000 near-identical accounts of one meeting took 92 s
# and 1.7 GB to print in full (benchmarks/bench_scale.py one-event; issue 14).
PRINT_OUTLETS_MAX = 60

# Two accounts that age the same number of people, all but one age the same: the odd ages
# are one person's when at most this many years apart, or a fifth of the older apart (a
# "6-year-old" / "5-year-old" brother; 62 / 67 for the oldest victim); 19 and 10 are two
# people (``align.ages.set_age_alignments``).
AGE_SET_MAX_GAP = 2
AGE_SET_MAX_SHARE = 0.1
# At most this many different sets of ages (each told by its first accounts) are compared
# pairwise: 400 sets are 80,000 pairs, well under a second.
AGE_SET_MAX_ACCOUNTS = 400

# An account that times one happening at two clocks far apart tells two of them (a shooting
# at 4:35 a.m., another at 2:20 p.m.); each of its clocks is set only against another
# account's clock at most this many minutes away ("about 2:20 p.m." / "around 2:40 p.m."),
# the nearest of its own (``align.happenings.clock_happening_alignments``).
MULTI_CLOCK_WINDOW = 60

# The opening sentences (by index) in which one account's two days for the event's own
# happening are set against each other (``judge.internal.own_happening_two_days``): past
# them a story tells other days (a death days later, a funeral).
OWN_DAYS_SENTENCES = 6
