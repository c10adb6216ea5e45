"""Find sums of money ("$313 billion", "¥3 tril.") with currency, period and purpose."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import pycountry

from factcheck.extract._base import FUNCTION_WORDS, LETTER_WORD_RE, Cand, Ctx, word_set
from factcheck.models import FactType
from factcheck.numbers import DIGITS, HEDGE, SPELLED, hedge_interval, parse_number

# Symbols and their ISO 4217 codes; a bare "$" is read as USD unless prefixed (A$, C$...).
SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN",
    "US $": "USD", "NT $": "TWD", "HK $": "HKD", "NZ $": "NZD",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR", "₽": "RUB",
    "₺": "TRY", "₱": "PHP", "Rs.": "INR", "Rs": "INR",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "yen": "JPY",
    "pounds sterling": "GBP", "pounds": "GBP", "sterling": "GBP", "yuan": "CNY",
    "renminbi": "CNY", "won": "KRW", "rupees": "INR", "rupee": "INR", "rubles": "RUB",
    "roubles": "RUB", "francs": "CHF", "pesos": "MXN", "baht": "THB", "ringgit": "MYR",
    "riel": "KHR", "rupiah": "IDR", "dong": "VND", "shekels": "ILS", "rand": "ZAR",
}  # fmt: skip
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mil.": 1e6, "mil": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bil.": 1e9, "bil": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12,
    "tril.": 1e12, "tril": 1e12, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
# Letter prefixes are case-sensitive and start a word: "want $5" holds "nt $" and "hers 5"
# holds "rs 5", neither of which is a currency.
_SYM = "|".join(
    rf"(?<![A-Za-z])(?-i:{re.escape(s)})" if s[0].isalpha() else re.escape(s)
    for s in sorted(SYMBOLS, key=len, reverse=True)
)
_SCALE = (
    r"(?:thousand|million|billion|trillion|mil\.|bil\.|tril\.|mln|bn|tn|trn|mil|bil|tril"
    r"|[mbk](?![a-z]))"
)
_WORDS = "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True))
# Separators inside a sum are spaces on one line: "2012\nAMD" (a year, then the company
# opening the next paragraph) must never read as 2,012 Armenian dram.
_SP = r"[^\S\n]"
# Scraped copy sometimes breaks a decimal: "$100. 5 billion", "$119. 99 with plans". The
# broken part is taken only before a scale word or as two-digit cents at a clause end, so
# "$169. It's" and "$100. 25 people" keep their full stop.
_GLITCH = (
    rf"(?:\.{_SP}\d{{1,3}}(?={_SP}?(?:million|billion|trillion|bn|m)\b)"
    rf"|\.{_SP}\d{{2}}(?=[.,;:)]|{_SP}(?:down|with|per|each|for|a|and|or)\b|$))"
)
_AMOUNT = rf"{DIGITS}(?:{_GLITCH})?"
# Full scale words may hang on a hyphen ("US $5.4-billion"); abbreviations may not.
_SCALE_SEP = rf"(?:{_SP}?|-(?=thousand|million|billion|trillion))"
MONEY_RE = re.compile(
    rf"(?:\b(?P<hedge>{HEDGE}){_SP}+)?(?:(?P<sym>{_SYM}){_SP}?(?P<num>{_AMOUNT})"
    rf"(?:{_SCALE_SEP}(?P<scale>{_SCALE}))?(?:{_SP}(?P<code>(?-i:[A-Z]{{3}}))\b)?|"
    rf"\b(?P<code2>(?-i:[A-Z]{{3}})){_SP}?(?P<num2>{DIGITS})(?:{_SP}?(?P<scale2>{_SCALE}))?|"
    rf"(?<![\w$€£¥])(?P<num3>{DIGITS}|{SPELLED})(?:{_SP}?(?P<scale3>{_SCALE}))?{_SP}"
    rf"(?:(?P<word>{_WORDS})\b|(?P<code3>(?-i:[A-Z]{{3}}))\b))",
    re.IGNORECASE,
)
# What may stand just before the digits of a sum: a symbol or an ISO code ("US$", "EUR ").
PREFIX_RE = re.compile(rf"(?:{_SYM}|\b(?-i:[A-Z]{{3}})){_SP}?$", re.IGNORECASE)
_SYMBOL_KEYS = tuple(SYMBOLS)


def _prefix_may(text: str, s: int) -> bool:
    """False where PREFIX_RE cannot match before the number at ``s``: its symbol or code
    ends one or two characters before the end of its match (a space, a final line break),
    and the match ends at ``s`` or just before a line break there. Symbols with letters and
    codes are read case-sensitively, the other symbols have no case."""
    for e in (s, s - 1, s - 2):
        if e >= 1 and ("A" <= text[e - 1] <= "Z" or text.endswith(_SYMBOL_KEYS, 0, e)):
            return True
    return False


WEIGHT_CONTEXT_RE = re.compile(
    r"\b(?:weigh\w*|weight\w*|heav(?:y|ier|iest)|light(?:er|est)|lbs?|kg|kilo\w*|ounces?)\b",
    re.IGNORECASE,
)
MONEY_CONTEXT_RE = re.compile(
    r"£|\b(?:cost\w*|pric\w*|paid|pay\w*|worth|spen[dt]\w*|fund\w*|budget\w*|fined?|"
    r"sold|sell\w*|bought|buy\w*|deal|salary|revenue\w*|profit\w*|loss\w*|sterling|pence|"
    r"bank\w*|debt\w*|tax\w*|invest\w*|earn\w*|bid|offer\w*|compensation|award\w*)\b",
    re.IGNORECASE,
)
CENTS_RE = re.compile(
    rf"(?:\b(?P<hedge>{HEDGE}){_SP}+)?(?<![\w$.,])(?P<num>\d{{1,3}}|{SPELLED}){_SP}?"
    r"(?P<unit>cents|pence)$",  # searched with endpos at the unit word: ends there
    re.IGNORECASE,
)
CHANGE_BEFORE_RE = re.compile(
    r"\b(rose|rises?|fell|falls?|added|adds?|gained|gains?|lost|loses?|dropped|drops?|sagged|"
    r"jumps?|climbs?|slips?|declines?|increases?|decreases?|"
    r"soared|jumped|climbed|slipped|declined|slid|tumbled|plunged|surged|increased|decreased|"
    r"up|down)(?:\s+by)?[^\S\n]+$",
    re.IGNORECASE,
)
CENTS_WORD_RE = re.compile(r"\b(?:cents|pence)\b", re.IGNORECASE)
CENTS_REACH = 60  # characters before "cents": a hedge plus a spelled number
AFTER_CODE_NAME_RE = re.compile(r"[^\S\n]*(?:\(|[A-Z][a-z])")
YEAR_RE = re.compile(r"(?:19|20)\d\d")
PERIOD_RE = re.compile(
    rf"\b(?:over|during|for|in|within)\s+(?:the\s+)?(?:next|coming|following|past|last)?\s*"
    rf"(?P<n>{DIGITS}|{SPELLED})[\s-](?P<u>years?|months?)\b|"
    r"\b(?P<annual>annually|per\s+year|a\s+year|each\s+year|per\s+annum|a\s+month|per\s+month)\b",
    re.IGNORECASE,
)
PERIOD_REACH = 60  # characters: a period further from the sum belongs to another clause
PURPOSE_WINDOW = 8  # words before the sum (and half that after) that may say what it is for
PURPOSE_TERMS = 3
# Verbs and time words that sit next to sums but never say what the money is for.
NOT_PURPOSE = word_set(
    """increase increasing increased raise raising raised boost boosting reach reaching total
    totaling totalling worth cost costs next years year months month over plan plans will
    protect spend"""
)


@lru_cache(maxsize=512)
def _iso_code(code: str) -> str | None:
    return code.upper() if pycountry.currencies.get(alpha_3=code.upper()) else None


def _period(sentence: str, rel: int) -> tuple[str | None, float | None]:
    """The period nearest the sum in its sentence ("over the next five years" -> 5)."""
    best: tuple[int, str, float] | None = None
    for m in PERIOD_RE.finditer(sentence):
        if m.group("annual"):
            years = 1 / 12 if "month" in m.group("annual").lower() else 1.0
            text = m.group("annual")
        else:
            n = parse_number(m.group("n"))
            if n is None:
                continue
            years = n / 12 if m.group("u").lower().startswith("month") else n
            text = m.group(0)
        dist = min(abs(m.start() - rel), abs(m.end() - rel))
        if dist > PERIOD_REACH:
            continue
        if best is None or dist < best[0]:
            best = (dist, text, years)
    return (best[1], best[2]) if best else (None, None)


def _purpose(text: str, a: int, b: int, sent_start: int, sent_end: int) -> str | None:
    """Key words near the sum that say what it is for ("defense spending")."""
    before = LETTER_WORD_RE.findall(text[sent_start:a])[-PURPOSE_WINDOW:]
    after = LETTER_WORD_RE.findall(text[b:sent_end])[: PURPOSE_WINDOW // 2]
    terms = [w.lower() for w in [*before, *after] if w.lower() not in FUNCTION_WORDS
             and w.lower() not in NOT_PURPOSE and not w[0].isupper() and len(w) > 2
             and w.lower().rstrip(".") not in SCALES and parse_number(w) is None]  # fmt: skip
    return " ".join(terms[:PURPOSE_TERMS]) or None


def _currency(m: re.Match[str]) -> str | None:
    if m.group("sym"):
        sym = m.group("sym")
        code = m.group("code")
        return (_iso_code(code) if code else None) or SYMBOLS.get(sym, SYMBOLS.get(sym.upper()))
    if m.group("code2"):
        return _iso_code(m.group("code2")) if m.group("code2").isupper() else None
    if m.group("word"):
        return CURRENCY_WORDS[m.group("word").lower()]
    code3 = m.group("code3")
    return _iso_code(code3) if code3 and code3.isupper() else None


def _plausible(text: str, m: re.Match[str], s0: int, s1: int) -> bool:
    """Reject readings that are not sums: a weight in "pounds", a year before an acronym."""
    word = (m.group("word") or "").lower()
    if word in ("pounds", "pound"):
        # A bare "pounds" is money only when the sentence talks money and not weight:
        # "weighs 6.6 pounds" is a laptop, "a 5 million pound fine" is sterling.
        sentence = text[s0:s1]
        if WEIGHT_CONTEXT_RE.search(sentence) or text.startswith(" of ", m.end()):
            return False
        return bool(MONEY_CONTEXT_RE.search(sentence) or m.group("scale3"))
    code = m.group("code3")
    if code:
        # "2012 AMD today announced", "7 NBA teams": a postfix code is an acronym when a
        # capitalised word or a bracket follows, when the number is a year, or when the
        # article uses the code without a number elsewhere (a company, not a currency).
        if AFTER_CODE_NAME_RE.match(text, m.end()) or YEAR_RE.fullmatch(m.group("num3")):
            return False
        uses = len(re.findall(rf"\b{code}\b", text))
        if uses > len(re.findall(rf"\d{_SP}{code}\b|\b{code}{_SP}?\d", text)):
            return False
    return True


def find_money(ctx: Ctx) -> list[Cand]:
    """Return sums of money with ISO currency, amount in units, period and purpose."""
    out: list[Cand] = []
    for m in ctx.anchored(MONEY_RE, PREFIX_RE, prefix_may=_prefix_may):
        cur = _currency(m)
        num = m.group("num") or m.group("num2") or m.group("num3")
        scale = m.group("scale") or m.group("scale2") or m.group("scale3")
        n = parse_number(re.sub(r"\.\s+", ".", num)) if num else None
        if cur is None or n is None or num.lower() in ("a", "an"):
            continue
        sent = ctx.sentences[ctx.sentence_at(m.start())] if ctx.sentences else None
        s0, s1 = (sent.start, sent.end) if sent else (0, len(ctx.text))
        if not _plausible(ctx.text, m, s0, s1):
            continue
        if scale and scale.isupper() and len(scale) == 1:
            continue  # "$5 M" is ambiguous; real copy writes "$5m" or "$5 million"
        amount = n * (SCALES[scale.lower()] if scale else 1.0)
        low, high = hedge_interval(amount, m.group("hedge"), written=n)
        period, years = _period(ctx.text[s0:s1], m.start() - s0)
        value: dict[str, Any] = {
            "currency": cur, "amount": amount, "low": low, "high": high, "period": period,
            "period_years": years, "purpose": _purpose(ctx.text, m.start(), m.end(), s0, s1),
            "hedge": " ".join(m.group("hedge").lower().split()) if m.group("hedge") else None,
            "change": _change(ctx.text, m.start()),
        }  # fmt: skip
        out.append(Cand(FactType.MONEY, m.start(), m.end(), value, "money"))
    return out + _cents(ctx)


def _change(text: str, start: int) -> str | None:
    """The verb that makes a sum a change, not a level: "shares soared $5.27", "added 26
    cents", "dropped $100 to $1199" ($100 is the change, $1199 the new price)."""
    m = CHANGE_BEFORE_RE.search(text, max(0, start - 20), start)
    return m.group(1).lower() if m else None


def _cents(ctx: Ctx) -> list[Cand]:
    """ "69 cents", "50p", "20 pence": small sums in the article's own currency. Cents are
    read only when the article writes "$" or "€" (one of them), else the currency is unknown."""
    text = ctx.text
    dollars, euros = "$" in text, "€" in text
    out: list[Cand] = []
    # Anchor on the rare unit word, then read the number just before it: scanning the whole
    # text with the spelled-number alternation cost over 1 ms per article.
    for unit in CENTS_WORD_RE.finditer(text):
        m = CENTS_RE.search(text, max(0, unit.start() - CENTS_REACH), unit.end())
        if m is None:
            continue
        n = parse_number(m.group("num"))
        if n is None or m.group("num").lower() in ("a", "an"):
            continue
        if m.group("unit").lower() == "pence":
            cur = "GBP"
        elif dollars != euros:
            cur = "USD" if dollars else "EUR"
        else:
            continue
        hedge = m.group("hedge")
        low, high = hedge_interval(n / 100, hedge)
        value: dict[str, Any] = {
            "currency": cur, "amount": n / 100, "low": low, "high": high, "period": None,
            "period_years": None, "purpose": None,
            "hedge": " ".join(hedge.lower().split()) if hedge else None,
            "change": _change(text, m.start()),
        }  # fmt: skip
        out.append(Cand(FactType.MONEY, m.start(), m.end(), value, "money-cents"))
    return out
