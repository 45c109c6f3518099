"""A clause limited to a setting the question does not name is no answer to it.

二(四) is headed 乳攝車: "乳攝車放射師…超過每年合理量之 10% 以上者，超量部分本署將不給付" answers a question about a van,
not one about the facility, whose own rule (二(一)2(3)乙) words the same limit alike. When the best hit lies under
such a heading and the question names none of the setting's words, the rule's counterpart outside it among the next
few hits (the one sharing most of its terms) goes first. Tried and not kept: lifting a heading for "包含哪幾類 / 分成
哪兩部分" questions (measured on the development sets: no case gained once a heading or a list already on top stays).
"""

from __future__ import annotations

import re

from knowledge.corpus import Corpus
from knowledge.promote import moved_first
from knowledge.siblings import terms
from knowledge.textnorm import fold

DEPTH = 3  # the hits after the best that may take its place

# A setting that limits a clause, and the question's words for it (any one names it).
SETTINGS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"乳攝車|巡迴車"), re.compile(r"乳攝車|巡迴車|篩檢車|\b(?:van|vans|mobile|bus|truck|outreach)\b|車", re.I)),
    # the facility's own grades and measures (二(三) 醫療機構): a radiographer's grade ("our tech got a B") is 二(一)2's
    (re.compile(r"^醫療機構|\s醫療機構"), re.compile(r"機構|醫院|院所|院方|本院|全院|負責醫師|負責放射師|\b(?:facility|facilities|"
                                             r"hospital|hospitals|institution|site|centre|center|clinic|responsible)\b", re.I)),
    # the unit's field test (二(二) 乳房 X 光攝影儀, 一(二)): a person's grade is not the machine's
    (re.compile(r"攝影儀"), re.compile(r"攝影儀|乳攝儀|乳攝機(?!構|關)|攝影機|光機|儀器|機器|機[台臺]|[這那哪此該每一][台臺]|設備|實地測試|實測|測試|假體|曝露|劑量|半值層|壓迫|"
                                   r"品管報告|人為因素|\b(?:unit|units|machine|machines|equipment|device|devices|x-ray|scanner|"
                                   r"phantom|dose|(?:field|site|on-site|qc) tests?|test(?:ed|ing)?|compression|hvl|exposure|"
                                   r"human (?:error|factors?))\b", re.I)),
)
# The share of the setting's clause's terms a clause outside it must hold to be its counterpart ("乳攝車放射師…超過每年
# 合理量之 10% 以上者，超量部分本署將不給付" and "醫療機構…超過合理量 10% 以上部分…本署得不予給付").
COUNTERPART = 0.3


def _settings(clause_id: str, corpus: Corpus) -> set[int]:
    """The settings the clause's own heading or an enclosing one names (二(四) 乳攝車 and its items); a mention in
    the text ("醫療機構 (含乳攝車)") includes the setting, it does not limit the clause to it."""
    clause = corpus.get(clause_id)
    if clause is None:
        return set()
    text = " " + fold(" ".join(c.heading or "" for c in [clause, *corpus.ancestors(clause_id)]))
    return {n for n, (limit, _) in enumerate(SETTINGS) if limit.search(text)}


def _unnamed(text: str, clause_id: str, corpus: Corpus) -> set[int]:
    """The settings limiting the clause that the (folded) question does not name."""
    return {n for n in _settings(clause_id, corpus) if not SETTINGS[n][1].search(text)}


def drop_unasked_setting(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` with the best hit's counterpart first: when the best states a setting the question does not name
    (see SETTINGS), the one of the next few outside it that words the rule most alike (COUNTERPART share of terms)."""
    if len(ranked) < 2:
        return ranked
    text = fold(question)
    unasked = {n for n in _settings(ranked[0], corpus) if not SETTINGS[n][1].search(text)}
    if not unasked:
        return ranked
    best = corpus.get(ranked[0])
    mine = terms(best.text) if best is not None else frozenset()
    options = [(len(mine & terms(other.text)) / max(len(mine), 1), -i, i)
               for i, clause_id in enumerate(ranked[1:1 + DEPTH], start=1)
               if (other := corpus.get(clause_id)) is not None and other.doc == best.doc
               and not _settings(clause_id, corpus) & (unasked | _unnamed(text, clause_id, corpus))]
    if not options:
        return ranked
    share, _, i = max(options)  # the rule's counterpart outside the setting: the one that words it most alike
    return moved_first(ranked, i) if share >= COUNTERPART else ranked
