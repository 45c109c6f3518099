"""A question naming one regulation by its own words is answered from that regulation, before another's alike clause.

Two regulations give points for the same activities (SCI papers: tsa-cme 5.7 "每篇第一作者及通訊作者積分 50 分", tsir-instructor
5.1 "第一作者或通訊作者 full article 40 分 … case report 20 分"), so a question on one of them meets both alike, and the
other's clause may come first. A question that names exactly one regulation — its certificate (指導老師; 外專 / 展延 of the
surgical one), its society (外科醫學會, 介入放射線學会) or its subject (乳攝, 後續審查)
— and whose best hit is another regulation's: that regulation's best hit among the next few, as close in score, goes
first. A question naming two, or none, keeps the retriever's order. (換證 is not a name: people renew the surgical
specialist certificate "換證" too, "駐外兩年回來換證的積分可以少多少".)
"""

from __future__ import annotations

import re

from knowledge.textnorm import fold

DEPTH = 3  # the hits after the best that may take its place
CLOSE = 0.9  # of the best hit's fused score

# Each regulation's own words, as people name it (folded text).
NAMES: dict[str, re.Pattern[str]] = {
    "tsa-cme": re.compile(r"外科(?:醫學會|學會|專科|積分)|外專|展延|\b(?:tsa|surgical (?:society|association|specialist|board))\b",
                          re.I),
    "tsir-instructor": re.compile(r"指導老師|介入(?:放射|性)|介放|\b(?:tsir|instructors?|interventional radiology)\b",
                                  re.I),
    "hpa-mammo": re.compile(r"乳攝|乳房\s*x|乳房攝影|後續審查|後審|國健署|健康署|\b(?:mammo\w*|hpa)\b", re.I),
}


def named_docs(question: str) -> set[str]:
    """The regulations the question names by their own words."""
    text = fold(question)
    return {doc for doc, words in NAMES.items() if words.search(text)}


def prefer_named_doc(question: str, ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """`ranked` (clause id, fused score; best first) with the named regulation's best hit first when the question names
    exactly one regulation and the best hit is another's (see the module docstring)."""
    if len(ranked) < 2:
        return ranked
    named = named_docs(question)
    if len(named) != 1:
        return ranked
    (doc,) = named
    best_id, best_score = ranked[0]
    if best_id.split("/", 1)[0] == doc:
        return ranked
    for i, (clause_id, score) in enumerate(ranked[1:1 + DEPTH], start=1):
        if clause_id.split("/", 1)[0] == doc:
            return [ranked[i], *ranked[:i], *ranked[i + 1:]] if score >= best_score * CLOSE else ranked
    return ranked
