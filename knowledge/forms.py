"""A question asking where a form is, or which appendix it is, is answered by the clause that says so.

The regulations point to their forms in one short clause each — "(六) 後續審查表如附表二。", "申請表，即日起於網頁 …
下載", "…檢討改善報告（如附件三）" — while the clauses that use the form ("繼續教育及工作經驗符合後續審查表之規定", the
staff items of the review) say far more about what the question also names (credits, experience, staff), so they rank
first. `prefer_form_locator` moves the clause among the first hits that locates a form to the top when the question asks
where a form is or which appendix / attachment it is ("那個表是哪個附表？", "where do I find the review checklist?",
"which appendix is the follow-up form?"). Not a question asking what to fill in ("表單要填哪些資料"): that is the
content, not the place; nor one asking where to send it ("where do I mail the form?"): that is where applications go.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.corpus import Corpus
from knowledge.textnorm import fold

DEPTH = 6  # the hits after the best that may take its place (deep: only three clauses locate a form, and only asked)

# A clause that says where a form is: an appendix or attachment named by number, or a download address.
_LOCATES = re.compile(r"如附[表件]|附[表件]\s*[一二三四五六七八九十0-9]|下載|download", re.I)
# The question asks which appendix / attachment, or where the form is.
_ZH_FORM = r"(?:附表|附件|附錄|表格|表單|[審查請]表|那(?:個|張)表|這(?:個|張)表)"
_ASKS_PLACE = re.compile(
    rf"{_ZH_FORM}.{{0,6}}(?:哪(?:個|一個|張|一張|裡|里|邊|邊)?|幾|在哪|去哪|下載)|"
    rf"(?:哪(?:個|一個|張|一張)|哪裡|哪里|去哪|在哪).{{0,8}}{_ZH_FORM}|"
    r"\b(?:which|what) (?:appendix|attachment|annex|table|form|schedule)\b|"
    r"\bwhere\b.{0,60}\b(?:form|checklist|appendix|attachment|annex|template)s?\b|"
    r"\b(?:form|checklist|appendix|attachment|annex|template)s?\b.{0,40}\b(?:where|which one|found|download)\b",
    re.I)
# … not what goes into it ("表單要填哪些資料", "what do I fill in on the form"), nor where to send it ("where do I mail the
# form?": the clause on where applications go).
_ASKS_CONTENT = re.compile(r"填(?:寫)?(?:哪些|什麼|什么|啥)|要寫(?:哪些|什麼|什么|啥)|\bfill(?:ed)? (?:in|out)\b|"
                           r"\bwhat (?:details|information|fields)\b|寄|送到|送去|交到|交去|繳交到|"
                           r"\b(?:send|sent|mail|submit|post|deliver|e-?mail|fax|hand in|return)\b", re.I)


@lru_cache(maxsize=None)
def _locates(text: str) -> bool:
    return bool(_LOCATES.search(fold(text)))


def asks_form_place(question: str) -> bool:
    """Whether the question asks where a form is or which appendix / attachment it is (not what to fill in)."""
    text = fold(question)
    return bool(_ASKS_PLACE.search(text)) and not _ASKS_CONTENT.search(text)


def prefer_form_locator(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with the first clause among the first DEPTH + 1 that says where a form is moved
    to the top when the question asks that (`asks_form_place`); unchanged otherwise."""
    if not ranked or not asks_form_place(question):
        return ranked
    for i, clause_id in enumerate(ranked[:1 + DEPTH]):
        clause = corpus.get(clause_id)
        if clause is not None and _locates(clause.text):
            return [clause_id, *ranked[:i], *ranked[i + 1:]] if i else ranked
    return ranked
