"""A clause that states one consequence for any of the conditions listed under it, for a yes / no question on it.

Some clauses rule "whoever meets any of the following … need not / may not …" and list the conditions as their items:
tsir-instructor 第一條第二款 ("若符合下列條件者，不須附上第二條之個案數證明" over (1) 演講 3 次 and (2) SCI 2 篇), hpa-mammo
二(二)2 ("實地測試評等為 A、B、C 者，如有下列任一項情況者，該儀器不得用於…" over its two cases). A yes / no question whether
the consequence follows ("常去演講，是不是就不用附病例數證明？", "do I still need the case logs if I've lectured a lot?")
meets the one condition it names best, but the ruling is the clause over the conditions: it says what follows and from
which conditions. So does a question whether something always follows ("實測拿 A、B、C 就一定能用嗎？"): the clause listing
the cases where it does not answers it.

A question asking a figure ("要演講幾次", "how many talks") is the condition's own: it keeps its place.
"""

from __future__ import annotations

import re

from knowledge.corpus import Corpus
from knowledge.siblings import own_words, terms
from knowledge.textnorm import fold

DEPTH = 3  # the hits after the best that may take its place

# A clause ruling on any of the conditions listed under it ("若符合下列條件者", "如有下列任一項情況者").
_RULES_ON_LISTED = re.compile(r"(?:符合|如有|有)下列(?:任一項?|任何一項?)?(?:條件|情況|情形|情事)")
# A yes / no question: a Chinese question particle or an A-not-A form, or an English auxiliary before its subject.
_YES_NO_ZH = re.compile(r"[嗎吗麼么][？?]?\s*$|[嗎吗][？?，,]|是不是|是否|可不可以|能不能|會不會|会不会|要不要|需不需要|有沒有|有没有")
_YES_NO_EN = re.compile(r"(?:^|[,;:?.]\s*|\b(?:so|and|but|then)\s+)(?:do|does|can|could|must|should|will|would|is|are|may|"
                        r"am)\s+(?:i|we|you|they|he|she|it|this|that|there|my|our)\b", re.I)
# … that asks a figure ("幾次", "多少", "how many"): the condition's own item answers.
_ASKS_FIGURE = re.compile(r"幾|几|多少|\bhow (?:many|much|often|long)\b|\bwhat (?:number|count)\b", re.I)
# A count the question states ("兩篇", "4 次", "3 times", "two papers").
_COUNT = re.compile(r"\d+\s*(?:次|篇|場|个|個|例)|[一二兩两三四五六七八九十]\s*(?:次|篇|場)|"
                    r"\b(?:\d+|two|three|four|five|six)\s+(?:[a-z-]+\s+)?(?:times|papers|talks|articles|sessions|lectures)\b", re.I)
# A clause stating a ruling of its own ("不得用於", "不須附上", "取消資格", "停止").
_STATES_RULING = re.compile(r"不得|不須|不需|免附|取消|停止|撤銷")
# Two conditions named as alternatives ("演講或發 SCI", "演講/SCI", "talks or papers").
_ALTERNATIVES = re.compile(r"或|/|／|\bor\b", re.I)
# Whether something always follows ("就一定可以用嗎", "does an A automatically mean …"): the clause of exceptions answers.
_ALWAYS = re.compile(r"一定|必定|必然|保證|保证|\b(?:automatically|necessarily|always|guarantee[sd]?)\b", re.I)


def asks_yes_no(question: str) -> bool:
    """Whether the question asks yes or no (and no figure)."""
    text = fold(question)
    return bool(_YES_NO_ZH.search(text) or _YES_NO_EN.search(text)) and not _ASKS_FIGURE.search(text)


def rules_on_listed(clause_id: str, corpus: Corpus) -> bool:
    """Whether the clause rules on any of the conditions listed as its items (and has at least two)."""
    clause = corpus.get(clause_id)
    return clause is not None and bool(_RULES_ON_LISTED.search(clause.text)) and len(corpus.children(clause_id)) >= 2


def _under(clause_id: str, ancestor: str, corpus: Corpus) -> bool:
    """Whether the clause lies under `ancestor` (at any depth)."""
    clause = corpus.get(clause_id)
    while clause is not None and clause.parent:
        if clause.parent == ancestor:
            return True
        clause = corpus.get(clause.parent)
    return False


def _asks_the_ruling(question: str, condition: str, ruling: str, corpus: Corpus) -> bool:
    """Whether a yes / no question met first by `condition` (an item under `ruling`) asks the ruling: it states no count
    ("兩篇 SCI", "4 次座長": the condition's own figure is what is weighed), and either the condition states no ruling of
    its own ("(1) 演講 3 次(含)以上" — not "(1) 原能會…未合格…該儀器不得用於…", a rule complete in itself) or the question
    names two of the conditions as alternatives ("走演講或發 SCI 那條路")."""
    text = fold(question)
    if _COUNT.search(text):
        return False
    item = corpus.get(condition)
    if item is not None and not _STATES_RULING.search(item.text):
        return True
    if not _ALTERNATIVES.search(text):
        return False
    q = terms(question)
    return sum(1 for c in corpus.children(ruling) if own_words(q, c.id, corpus)) >= 2


def prefer_ruling_on_conditions(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with a clause ruling on its listed conditions (`rules_on_listed`) among the next
    DEPTH moved to the top, when the question asks yes or no (`asks_yes_no`) and either the best is one of its
    conditions and the ruling is what is asked (`_asks_the_ruling`) or the question asks whether something always
    follows; unchanged otherwise."""
    if len(ranked) < 2 or rules_on_listed(ranked[0], corpus) or not asks_yes_no(question):
        return ranked
    always = bool(_ALWAYS.search(fold(question)))
    for i, clause_id in enumerate(ranked[1:1 + DEPTH], start=1):
        if not rules_on_listed(clause_id, corpus):
            continue
        if always or (_under(ranked[0], clause_id, corpus) and _asks_the_ruling(question, ranked[0], clause_id, corpus)):
            return [clause_id, *ranked[:i], *ranked[i + 1:]]
    # the ruling over the best condition, not among the hits ("if I qualify through the speaker or SCI-paper route, do I still
    # need to send in my case numbers?" met by (2) SCI, then by other regulations' paper clauses): taken from the corpus when two
    # of its conditions are named as alternatives and no count is stated — the same reading as above (`_asks_the_ruling`)
    # (an English question's conditions read with the regulation's words for them: "speaker" → 講師, knowledge.lexical)
    from knowledge.lexical import expand_query  # noqa: PLC0415 - knowledge.lexical is heavy to import for every user of this module

    best = corpus.get(ranked[0])
    parent = best.parent if best is not None else None
    if parent and parent not in ranked[:1 + DEPTH] and rules_on_listed(parent, corpus) and _ALTERNATIVES.search(fold(question)):
        read = " ".join([question, *expand_query(question)])
        if _asks_the_ruling(read, ranked[0], parent, corpus):
            return [parent, *(x for x in ranked if x != parent)]
    return ranked


# All of several requirements against any one of them ("do I need BOTH …, or is either one enough?", "兩個條件都要符合，
# 還是符合一個就好？", "要同時具備嗎？還是擇一即可"): asked only with both words in the question.
BOTH_ASKED = re.compile(r"\bboth\b|\ball (?:of )?(?:them|these|those|the (?:conditions|requirements|criteria))\b|"
                        r"(?:兩|两|二)\s*(?:個|个|項|项|者|種|种|條|条|樣|样)?(?:條件|条件|要件)?\s*都|同時|同时|全部都|"
                        r"(?:每|各)一?(?:個|个|項|项|條|条)(?:條件|条件)?都", re.I)
EITHER_ASKED = re.compile(r"\beither\b|\b(?:just|only|any)\s+(?:one|1)\b|\b(?:one|1) of (?:them|the two|these|those)\b|"
                          r"\b(?:one|1) (?:is|would be|will be|alone is) (?:enough|sufficient|fine|ok)\b|其中(?:之)?一|任一|擇一|择一|"
                          r"(?:一|1)\s*(?:個|个|項|项|種|种|條|条|樣|样)\s*(?:就|即)\s*(?:好|夠|够|可以|可|行)", re.I)
# What settles it: the text's "符合其中之一即可" (any one) or "須同時符合…及…" (all).
SETTLES_EITHER = re.compile(r"其中之一|任一(?:項|款|條)?即可|之一即可")
SETTLES_BOTH = re.compile(r"(?:須|應|需)同時(?:符合|具備|通過|完成)[^。；]{1,80}?(?:及|與|和|並)")


def asks_both_or_either(question: str) -> bool:
    """Does the question ask whether all of several requirements are needed or any one will do?"""
    text = fold(question)
    return bool(BOTH_ASKED.search(text) and EITHER_ASKED.search(text))


def lift_settling_clause(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with the clause that settles "all of them, or any one?" — the best hit or one over
    it whose text says 其中之一即可 / 須同時…及… — first, for a question asking that (`asks_both_or_either`): the
    requirements the question names are its items ("年資…跟演講論文" met first by 第一條第二款(2), under 第一條). It is
    taken from the corpus when the search did not return it. Unchanged otherwise."""
    if not ranked or not asks_both_or_either(question):
        return ranked
    for clause_id in ranked[:1 + DEPTH]:
        for clause in (corpus.get(clause_id), *reversed(corpus.ancestors(clause_id))):
            if clause is None:
                continue
            own = fold(" ".join(x for x in (clause.text, clause.gist_zh) if x))
            if SETTLES_EITHER.search(own) or SETTLES_BOTH.search(own):
                return [clause.id, *(x for x in ranked if x != clause.id)]
    return ranked



# Being spared a requirement asked ("是不是可以不用附病例數", "免附個案數", "without submitting my case log", "can the talks
# replace the case count"): the clause that spares it — a ruling on its listed conditions whose text sets the requirement
# aside (不須 / 免) — or one of its conditions answers, not the table of what is spared (第二條's counts, which the
# question's domain — "消融那項" — puts first by its words).
SPARED_ASKED = re.compile(
    r"(?:不用|不必|不需要?|不須|不须|免|可以不|能不)(?:再)?(?:去)?(?:附|交|繳|缴|檢附|检附|提供|送|列|附上)(?:上)?[^，,。？?；;]{0,6}?"
    r"(?:個案|个案|病例|案例|例數|例数|case)|"
    r"(?:免附|免交)|(?:代替|取代|替代|頂替|顶替|抵)[^，,。？?；;]{0,6}?(?:個案|个案|病例|案例|例數|例数)|"
    r"\b(?:without|w/o|instead\s+of)\s+(?:(?:submitting|listing|showing|sending|providing|attaching)\s+)?(?:the\s+|my\s+|our\s+|his\s+|"
    r"her\s+|any\s+)?case\s*(?:numbers?|counts?|logs?|lists?|volumes?)\b|"
    r"\b(?:skip|waive|bypass|replace|substitute\s+for|stand\s+in\s+for|in\s+place\s+of)\s+(?:the\s+|my\s+|our\s+)?case\s*"
    r"(?:numbers?|counts?|logs?|requirements?)\b|\bcase\s+(?:numbers?|counts?|logs?)\s+(?:still\s+)?(?:needed|required|necessary)\b|"
    # whether the case count is still to be handed in ("do I still need to send in my case numbers", "do we still have to submit
    # the case log", "還要交個案數嗎", "還需要附病例數證明嗎")
    r"\b(?:do|does|would|will|must)\s+(?:i|we|he|she|they|you)\s+(?:still\s+)?(?:need|have)\s+to\s+(?:submit|attach|show|provide|list|"
    r"send(?:\s+in)?|hand\s+in|turn\s+in|include)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|any\s+)?case\s*(?:numbers?|counts?|logs?|lists?)\b|"
    r"(?:還|还)(?:要|需要|須|须|得|用)(?:再)?(?:附|交|繳|缴|檢附|检附|提供|送|附上)[^，,。？?；;]{0,6}?(?:個案|个案|病例|案例|例數|例数|case)",
    re.I)
_SPARES = re.compile(r"不須|不需|免附|免交|免除")


def _spares(clause_id: str, corpus: Corpus) -> bool:
    """Whether the clause rules on its listed conditions and spares a requirement (`_SPARES`), or is one of such a
    clause's conditions."""
    clause = corpus.get(clause_id)
    if clause is None:
        return False
    for cid in (clause_id, clause.parent):
        ruling = corpus.get(cid) if cid else None
        if ruling is not None and rules_on_listed(ruling.id, corpus) and _SPARES.search(ruling.text):
            return True
    return False


SPARED_DEPTH = 4  # the hits after the best that may take its place


def _spared_yes_no(question: str) -> bool:
    """Is being spared asked yes or no — the clause that asks it, and all after it, ask no figure ("這幾年講了4次…，這樣可以
    免附case數嗎" is yes / no; "…可以不用附病例數？要講幾次以上才行" and "要累積幾次才可以免附case數" ask the count)?"""
    text = fold(question)
    m = SPARED_ASKED.search(text)
    if m is None:
        return False
    start = max(text.rfind(p, 0, m.start()) for p in "，,。？?；;!！")
    rest = text[start + 1:]
    return bool(_YES_NO_ZH.search(rest) or _YES_NO_EN.search(rest)) and not _ASKS_FIGURE.search(rest)


def prefer_sparing_clause(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with the first hit among the next SPARED_DEPTH that spares a requirement or is one
    of its conditions (`_spares`) moved first — the ruling itself for a yes / no question stating no count — when the question
    asks to be spared it (`SPARED_ASKED`) and the best hit is neither; unchanged otherwise."""
    if len(ranked) < 2 or not SPARED_ASKED.search(fold(question)) or _spares(ranked[0], corpus):
        return ranked
    found = [i for i, clause_id in enumerate(ranked[1:1 + SPARED_DEPTH], start=1) if _spares(clause_id, corpus)]
    if not found:
        return ranked
    # (asked yes or no: with a count of one's own — "講了4次，還當過一次座長，可以免附case數嗎", "two SCI papers as corresponding
    # author … skip the case log?" — the count is weighed against the condition, the first of them found (the domain's case
    # count ranked above it is neither, and its line could only state the count); with none — "lectured a few times, can I
    # do it without my case log?" — the ruling itself, which says what follows; a figure asked — "要講幾次以上才行" — is the
    # condition's)
    if _spared_yes_no(question):
        rulings = [i for i in found if rules_on_listed(ranked[i], corpus)]
        if _COUNT.search(fold(question)):
            i = found[0]
        elif not rulings:
            return ranked
        else:
            i = rulings[0]
    else:
        i = found[0]
    return [ranked[i], *ranked[:i], *ranked[i + 1:]]
