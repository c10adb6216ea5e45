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
# Similarity multiplier when two leads place the story in different countries: same words,
# same leaders, but a summit in Lisbon is not the summit in Oslo.
VENUE_MISMATCH_FACTOR = 0.05
# Average-link threshold on the combined cosine: calibrated on the ECB+ dev corpus
# (benchmarks/bench_pipeline.py --dev-corpus); 0.10-0.20 gave the best pairwise F1.
LINK_THRESHOLD = 0.15
# Two groups with no date at all have no date rule to keep them apart or together: they are
# merged on content alone, at a lower threshold (dev corpus: undated ECB+ stories split into
# many small groups at 0.15; 0.08 gives pairwise F1 0.90 at precision 0.99).
UNDATED_LINK_THRESHOLD = 0.08

# ---------------------------------------------------------------- align
# rapidfuzz token_set_ratio at or above which two statements sharing a key bigram are PAIRED
# (never agreement: token_set_ratio is 100 when one sentence's words are a subset of the
# other's). 50 pairs all five seed wordings of the defense pledge (scores 50-77).
STATEMENT_PAIR_MIN = 50
# A content-word bigram shared by more than this share of an event's sentences is generic
# ("two leaders") and cannot define a statement group.
GENERIC_BIGRAM_SHARE = 0.15
# Two statement blocks (sentences sharing one key bigram) merge into one group when this
# share of the smaller block's sentences is in both (the seed pledge: 'defense
# capabilities' + 'substantial increase' blocks hold the same two sentences).
BLOCK_MERGE_OVERLAP = 0.6
# Idf-weighted share of a quote's content words that a sentence must carry to count as a
# paraphrase of it (e.g. "had never been closer" vs "... ever been ... closer ...").
PARAPHRASE_MIN_OVERLAP = 0.30

# ---------------------------------------------------------------- judge
# Two numbers written with different precision agree when within this relative distance
# ("1,000 km (600 mi)": 621 mi stated as 600 is 3.4% off).
ROUNDING_TOLERANCE = 0.06
# A stated conversion is wrong beyond this relative distance (well past rounding).
CONVERSION_TOLERANCE = 0.15
# Relative width given to a vague ("about") value when extract gave no interval.
HEDGE_WIDTH = 0.125
# Quotes whose normalised word sequences differ by at most this share are the same quote.
QUOTE_SAME_MAX_DIFF = 0.0
# Quotes of one speaker below this rapidfuzz ratio are different remarks, not variants.
QUOTE_VARIANT_MIN_RATIO = 60
# Word 5-gram shingle Jaccard above which two articles are copies of one wire story.
WIRE_COPY_JACCARD = 0.5
SHINGLE_SIZE = 5
# Confidence given to findings of each rule family (how often the rule is right on the
# seeds and dev corpus; an editor sorts by it).
CONFIDENCE = {"interval": 0.9, "dateline": 0.8, "weekday": 0.95, "timezone": 0.9,
              "conversion": 0.85, "quote": 0.8, "paraphrase": 0.65, "phrasing": 0.6,
              "single-source": 0.7, "wire-copy": 0.85, "cross-event": 0.85,
              "measure": 0.6, "schedule": 0.75}  # fmt: skip
