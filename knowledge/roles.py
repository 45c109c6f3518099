"""A role taken at a meeting is ruled by the clause on that role, not by the clause on attending the meeting.

Both regulations rate attending a meeting and taking a part in it apart: tsir-instructor 第五條 gives 15 points for
attending an interventional meeting abroad (5.4 "參與國外介入性治療相關會議") and 40 / 20 for lecturing or chairing
(5.3 "擔任講師/座長"); tsa-cme 第五條 gives 30 credits for attending an international meeting (5.4) and 10 for a paper or
poster presented there (5.6 "發表論文演講或壁報"). A question naming both the place and the role ("去國外介入會議當座長",
"I chaired a session at an overseas IR meeting") shares the place, the meeting and the regulation's words with the
attendance clause, which then comes first. When the question names a role it took (not one it denies: "沒有上台",
"didn't present", "just attended") and the best hit is a clause on attending only, the first hit after it (within
DEPTH, of the same regulation) whose heading names a role goes first.
"""

from __future__ import annotations

import re

from knowledge.corpus import Corpus
from knowledge.lexical import expand_query
from knowledge.promote import moved_first
from knowledge.textnorm import fold

DEPTH = 3  # the hits after the best that may take its place

# A part taken at a meeting, in the question's words (folded: Traditional, lower case).
_ROLE_ZH = re.compile(r"座長|主持|(?:當|擔任|担任|做|受邀)(?:了)?(?:講者|講師|讲师|讲者|演講者)|講師|上[台臺](?:報告|講|發表)?|"
                      r"口頭(?:報告|發表)|口報|(?:發表|報告)(?:了)?(?:論文|壁報|海報|poster|oral)|壁報|海報|e-?poster")
_ROLE_EN = re.compile(r"\b(?:chair(?:ed|ing|person)?|co-chair(?:ed)?|moderat(?:or|ed|ing|e)|lectur(?:ed|er|ing)|"
                      r"speaker|podium|oral|e-?poster|poster|gave (?:a |an |the )?(?:talk|lecture|presentation)|"
                      r"present(?:ed|ing)? (?:a |an |my |our |the )?(?:paper|poster|talk|abstract|case|study|work))\b")
# A role the question denies ("沒有上台", "not as a speaker", "didn't present", "just attended").
_DENIED_ROLE = re.compile(r"(?:沒|没|未|不是|並非|无|無)(?:有)?(?:上[台臺]|當|擔任|担任|發表|报告|報告|講)|"
                          r"\b(?:not|no|never|didn'?t|did not|without|wasn'?t|was not)\b[^,.;?!]{0,20}?"
                          r"\b(?:chair|moderat|lectur|speak|present|talk|poster|oral)|"
                          r"\b(?:just|only|simply|merely) (?:attend|went|go|sat|listen)", re.I)
# A clause's own words for a part taken, and for attending.
_ROLE_TEXT = re.compile(r"座長|講師|演講|發表|壁報|oral|poster")
_ATTEND_TEXT = re.compile(r"參加|參與")


_ASKS_CREDIT = re.compile(r"分|\b(?:points?|credits?)\b")


def names_role(question: str) -> bool:
    """Whether the question says the person took a part at a meeting (chaired, lectured, presented) and denies none."""
    text = fold(question)
    return bool(_ROLE_ZH.search(text) or _ROLE_EN.search(text)) and not _DENIED_ROLE.search(text)


def _attending_only(clause: object) -> bool:
    """A clause on attending (參加 / 參與) that names no part taken at the meeting."""
    text = fold(f"{getattr(clause, 'heading', None) or ''} {getattr(clause, 'text', '')}")
    return bool(_ATTEND_TEXT.search(text)) and not _ROLE_TEXT.search(text)


def role_clause_first(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` with the first clause (within DEPTH after the best, same regulation) whose heading names a part taken at
    a meeting moved first, when the question names such a part and the best hit is on attending only."""
    best = corpus.get(ranked[0]) if ranked else None
    if best is None or not names_role(question):
        return ranked
    # (credits asked, met first by a role counted toward eligibility with no 分 of its own, "演講 3次(含)以上…座長": the
    # role's rated clause as well)
    unrated_role = bool(_ASKS_CREDIT.search(fold(question))) and bool(_ASKS_COUNT.search(fold(question))) and \
        bool(_ROLE_TEXT.search(fold(best.text))) and "分" not in fold(best.text)  # (how many, not "申請學分時要圈出哪些")
    if not _attending_only(best) and not unrated_role:
        return ranked
    roles = [i for i, clause_id in enumerate(ranked[1:1 + DEPTH], start=1)
             if (other := corpus.get(clause_id)) is not None and other.doc == best.doc and other.heading
             and _ROLE_TEXT.search(fold(other.heading))]
    if not roles:
        return ranked
    # (credits asked: the role's clause that rates it in 分, not a role counted toward eligibility, "講過 3 次以上")
    rated = [i for i in roles if "分" in fold(corpus.get(ranked[i]).text)] if _ASKS_CREDIT.search(fold(question)) else []
    if unrated_role and not rated:
        return ranked
    i = (rated or roles)[0]
    return moved_first(ranked, i)


# ── A listed term the question names literally ("PAE", "TIPS", "RFA"): the clause whose own list holds it ──

LITERAL_DEPTH = 3  # the hits after the best that may take its place
_LATIN_TERM = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,6}(?![A-Za-z])")
_CAPS_TERM = re.compile(r"(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])")
# Latin words every clause of a regulation may share, which name no listed item.
_COMMON = frozenset({"sci", "tsa", "tsir", "hpa", "cme", "ir", "non", "full", "article", "case", "report", "oral", "the",
                     "and", "or", "of", "in", "at", "to"})


def listed_terms(question: str) -> set[str]:
    """The Latin terms a question names that may be a listed item: any in a Chinese question ("pae 算哪類"), only those
    typed in capitals in an English one ("does PAE count …": its other words are English, not the list's)."""
    cjk = re.search(r"[\u3400-\u9fff]", question) is not None
    found = (_LATIN_TERM if cjk else _CAPS_TERM).findall(question)
    return {w.lower() for w in found} - _COMMON


class _Whole:
    """A clause's text with its items' (`Corpus.full_text`), read as a clause by `_holds_term`."""

    def __init__(self, text: str) -> None:
        self.text = text


def _holds_term(term: str, clause: object) -> bool:
    return re.search(rf"(?<![a-z]){re.escape(term)}(?![a-z])", fold(getattr(clause, "text", "")).lower()) is not None


_ASKS_COUNT = re.compile(r"(?<![這这那近])[幾几](?!乎)|多少|\bhow many\b", re.I)  # (not 這幾年: a span)


def literal_item_first(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` with the one hit (within LITERAL_DEPTH after the best, same regulation) whose own text lists a term the
    question names ("PAE 算腫瘤栓塞嗎" → 二(三)'s "攝護腺腫大栓塞(PAE)") moved first, when the best hit's text does not
    hold it: the category the question guesses is no answer for an item another clause lists."""
    best = corpus.get(ranked[0]) if ranked else None
    terms = listed_terms(question) if best is not None else set()
    # (a heading whose own items list it holds it too: "血管介入那一項（PTA、溶栓這些）要幾例" asks the heading's count)
    whole = _Whole(corpus.full_text(best.id)) if best is not None else None
    if not terms or any(_holds_term(t, whole) for t in terms):
        return ranked
    holders = [i for i, clause_id in enumerate(ranked[1:1 + LITERAL_DEPTH], start=1)
               if (other := corpus.get(clause_id)) is not None and other.doc == best.doc
               and any(_holds_term(t, other) for t in terms)]
    if len(holders) != 1:
        return ranked
    i = holders[0]
    parent = getattr(corpus.get(ranked[i]), "parent", None)
    if parent in ranked and _ASKS_COUNT.search(fold(question)):  # "血管介入那一項（PTA、溶栓這些）要幾例": the item's
        # heading, ranked too, states the count asked (not "PTA 算得進血管介入嗎": the item's own clause answers that)
        i = ranked.index(parent)
    return moved_first(ranked, i)


def lists_named_term(question: str, clause: object) -> bool:
    """Whether the clause's own text lists a term the question names literally ("PAE" in 二(三)'s "…(PAE)…")."""
    return any(_holds_term(t, clause) for t in listed_terms(question))


# The categories a question may put a listed item in ("算腫瘤栓塞嗎", "算在血管介入嗎"): the procedures' own words.
_CATEGORIES = ("栓塞", "消融", "支架", "引流", "切片", "定位", "血管介入", "洗腎", "疼痛")
_NEGATED_HEADING = re.compile(r"非([\u4e00-\u9fff]{2})")


# Where a listed item belongs, asked in Chinese ("算腫瘤栓塞嗎", "屬於哪一項", "歸在", "列在", "是不是血管介入").
_ASKS_WHERE_LISTED = re.compile(r"算|屬|属|歸|归|列入|列在|列為|列为|包含|包括|含不含|是不是|是否|哪(?:一|個|个)?(?:項|项|類|类|種|种)")


def _listed_in_doc(term: str, clause: object, corpus: Corpus) -> bool:
    """Whether some clause of the clause's regulation lists the term (a term no clause lists, "SMA", "APSCVIR", is the
    question's own word, not an item of the rules)."""
    return any(_holds_term(term, other) for other in corpus.clauses if other.doc == getattr(clause, "doc", None))


def category_unsettled(question: str, clause: object, corpus: Corpus | None = None) -> bool:
    """Whether a yes / no on "does this listed item count as that category?" is not the clause's to give: the question
    names a listed term ("PAE", "RFA") the clause does not hold, or one it holds beside a category the clause is not
    ("RFA 算腫瘤栓塞嗎" against 消融's list; "UAE 算腫瘤栓塞嗎" against 非腫瘤血管栓塞's; the clause's parent, with `corpus`,
    names its category too: TIPS under 血管介入). False when no listed term is named."""
    terms = {t for t in listed_terms(question) if corpus is None or _listed_in_doc(t, clause, corpus)}
    if not terms or not (question.isascii() or _ASKS_WHERE_LISTED.search(fold(question))):
        return False  # (a listed term named as the topic of one's own count — "講 RFA 講了4次…可以免附case數嗎" — asks no
        # category of it; an English question is read as before: its ways of asking where a thing belongs are too many)
    if not any(_holds_term(t, clause) for t in terms):
        return True
    # (an English question's categories in the regulation's words: "tumor embolization" → 栓塞, knowledge.lexical)
    asked = re.sub(r"[A-Za-z]+", " ", fold(question)) + " ".join(expand_query(question))
    parent = corpus.get(clause.parent) if corpus is not None and getattr(clause, "parent", None) else None
    own = fold(" ".join(f"{getattr(x, 'heading', None) or ''} {getattr(x, 'text', '')}" for x in (clause, parent) if x))
    if any(c in asked and c not in own for c in _CATEGORIES):
        return True
    return any(re.search(rf"(?<!非){m.group(1)}", asked) for m in _NEGATED_HEADING.finditer(fold(getattr(clause, "heading", "") or "")))


# ── The rule's own figure restated to be checked ("still worth the full 50?", "還是 50 分嗎"): the clause stating it ──

_RESTATED = re.compile(r"\b(?:full|still(?:\s+(?:worth|get|earn|be|is))?|worth)\s+(?:the\s+)?(?:full\s+)?([0-9]+)\b"
                       r"(?!\s*(?:times|papers|cases|%))|(?:還是|也是|仍是|一樣)\s*(?:拿|算|給)?\s*([0-9]+)\s*分", re.I)


def restated_figure_first(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` with the one hit (within LITERAL_DEPTH after the best) whose text states the figure the question asks to
    hold still ("is a case report still worth the full 50?") moved first, when the best hit's text does not state it:
    the English "case report" / "full article" of another regulation's list is no answer to a figure it never gives."""
    figures = {a or b for a, b in _RESTATED.findall(fold(question))}
    best = corpus.get(ranked[0]) if ranked and figures else None
    if best is None or any(_states(f, best) for f in figures):
        return ranked
    holders = [i for i, clause_id in enumerate(ranked[1:1 + LITERAL_DEPTH], start=1)
               if (other := corpus.get(clause_id)) is not None and any(_states(f, other) for f in figures)]
    if len(holders) != 1:
        return ranked
    i = holders[0]
    return moved_first(ranked, i)


def _states(figure: str, clause: object) -> bool:
    """Whether the clause's text states the figure as a figure of its own (not inside a longer number)."""
    return re.search(rf"(?<![0-9.]){figure}(?![0-9])", fold(getattr(clause, "text", ""))) is not None
