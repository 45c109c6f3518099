"""Sibling items: which of two items of one clause the question is about, by the words only one of them has.

The items of one clause ((1) 檢附抽印本影本, (3) 將雜誌名稱…圈選出來) share their topic words (non-SCI paper, copy,
論文) with each other and with the question, so the fused ranking often puts the wrong sibling first. Read against
all the items of their parent, a question word that one item alone holds (in its text, its gists or its asks:
"what do I *mark* on the copy" — only (3)'s asks say "marked") tells them apart. `prefer_sibling` moves a sibling
from just below the best hit to the top when it holds more such words than the best hit does.
"""

from __future__ import annotations

import re

from knowledge.corpus import Corpus
from knowledge.lexical import expand_query, intent_terms
from knowledge.promote import moved_first
from knowledge.textnorm import fold

_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z]{3,}")
_STOP = frozenset(
    "the and for are can does did what how many much when who which with that this there have has will would should "
    "could may must need any our your their from into about per each under over than then they them was were been "
    "being also only just like get got its you yours not but all some other another same such one two yes here "
    "please tell know want say says said make made don doesn isn aren exactly".split())
# Characters of talk, not topic: a bigram holding one ("的課", "我那") tells no item from another.
_TALK = frozenset("了嗎吗吧呢啊呀嘛喔哦欸耶我你他她它們们這这那些個个麼么樣样就都也很把被又再啦的是有要")
CHALLENGERS = 2  # the hits just below the best that may take its place
# … and for the thing asked be done (the predicate's verb, 圈): a sibling item further down may hold it, ranked below other
# articles' items that share the object ("抽印本影本": 第五條第七款(2) and (3) rank between 第八款(1) and its (3))
PREDICATE_CHALLENGERS = 4
MIN_RATIO = 0.6  # a challenger must hold at least this share of the best hit's fused score
# … and this many more of the question's own words than the best: one word alone ("unit", "film") was as often chance
# as the answer on the development questions (at 1: 12 top hits gained, 7 lost; at 2: 9 gained, none lost).
MARGIN = 2


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def terms(text: str) -> frozenset[str]:
    """Chinese character bigrams (no talk characters) and stemmed English content words of `text` (folded)."""
    text = fold(text)
    out = {run[i:i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}
    out = {t for t in out if not _TALK & set(t)}
    out.update(_stem(w) for w in _WORD.findall(text) if w not in _STOP)
    return frozenset(out)


_CACHE: dict[tuple[int, str], frozenset[str]] = {}  # (corpus, clause id) → its terms: a clause's words never change


def _clause_terms(clause_id: str, corpus: Corpus) -> frozenset[str]:
    key = (id(corpus), clause_id)
    if key not in _CACHE:
        clause = corpus.get(clause_id)
        _CACHE[key] = frozenset() if clause is None else terms(
            " ".join([clause.text, clause.gist_zh or "", clause.gist_en or "", *(clause.asks or ())]))
    return _CACHE[key]


_OWN_CACHE: dict[tuple[int, str], frozenset[str]] = {}  # (corpus, clause id) → its terms none of its siblings has


def _own_terms(clause_id: str, corpus: Corpus) -> frozenset[str]:
    key = (id(corpus), clause_id)
    if key not in _OWN_CACHE:
        clause = corpus.get(clause_id)
        if clause is None or not clause.parent:
            _OWN_CACHE[key] = frozenset()
        else:
            others: set[str] = set()
            for sibling in corpus.children(clause.parent):
                if sibling.id != clause_id:
                    others |= _clause_terms(sibling.id, corpus)
            _OWN_CACHE[key] = _clause_terms(clause_id, corpus) - others
    return _OWN_CACHE[key]


_FOLDED: dict[tuple[int, str], str] = {}


def _folded(clause_id: str, corpus: Corpus) -> str:
    key = (id(corpus), clause_id)
    if key not in _FOLDED:
        clause = corpus.get(clause_id)
        _FOLDED[key] = fold(clause.text) if clause is not None else ""
    return _FOLDED[key]


def own_words(question: frozenset[str], clause_id: str, corpus: Corpus) -> int:
    """How many of the question's terms the clause holds and none of its siblings does."""
    return len(question & _own_terms(clause_id, corpus))


# A clause that applies only after an earlier event ("如前次後續審查已要求…", 再次): it takes the best's place only for a
# question that speaks of an earlier one (上次 / 前次 / 再次 / again / last time / a second time …).
_ON_A_PREVIOUS_ONE = re.compile(r"如前次|前次.{0,12}已|再次")
_PREVIOUS_ASKED = re.compile(r"上次|前次|上一次|再次|又|第二次|二度|連續|连续|\b(?:again|previous(?:ly)?|last (?:time|review|round|year)|"
                             r"second (?:time|strike|review)|before|already (?:been )?(?:told|required|sent)|earlier)\b", re.I)


def prefer_sibling(question: str, ranked: list[tuple[str, float]], corpus: Corpus) -> list[tuple[str, float]]:
    """`ranked` (clause id, fused score; best first) with a sibling of the best moved to the top when it holds more
    of the question's own words (`own_words`) than the best does (MARGIN more); unchanged otherwise."""
    if len(ranked) < 2:
        return ranked
    best_id, best_score = ranked[0]
    best = corpus.get(best_id)
    if best is None or not best.parent:
        return ranked
    q = terms(question)
    mine = None
    for i, (clause_id, score) in enumerate(ranked[1:1 + CHALLENGERS], start=1):
        other = corpus.get(clause_id)
        if other is None or other.parent != best.parent or score < best_score * MIN_RATIO:
            continue
        if _ON_A_PREVIOUS_ONE.search(other.text) and not _PREVIOUS_ASKED.search(fold(question)):
            continue  # (丁 "如前次後續審查已要求…": a second strike, for a question that speaks of no earlier one)
        mine = own_words(q, best_id, corpus) if mine is None else mine
        if own_words(q, clause_id, corpus) >= mine + MARGIN:
            return moved_first(ranked, i)
    # what is asked be done decides next ("what am I supposed to *highlight* on the program copy?", "抽印本上面要*圈*哪些"):
    # the sibling alone holding the predicate's words (圈選) answers, not the one holding only its object (the copy)
    # (only among the sub-items of one application's steps, "(1) 檢附…影本 (2) 將…圈選出來": a larger clause's items share
    # such a verb by chance, 第五條's 檢附 / 檢具)
    pred, verb = predicate_terms(question), predicate_verb(question)
    if best.kind != "subitem" or not pred or own_words(pred, best_id, corpus) or (verb and verb in _folded(best_id, corpus)):
        return ranked
    # (four deep only for marking a copy, 圈: what else is done — 附 a proof, 寫 a form — is said by a clause's case as often
    # as by a sibling's duty, "講師講過4次，還要附個案數證明嗎" is 1.2.1's case, not 1.2.2's 不須附)
    depth = PREDICATE_CHALLENGERS if verb == "圈" else CHALLENGERS
    for i, (clause_id, score) in enumerate(ranked[1:1 + depth], start=1):
        other = corpus.get(clause_id)
        if other is None or other.parent != best.parent or score < best_score * MIN_RATIO:
            continue
        # (a Chinese verb is one character, "要圈什麼": the sibling whose text alone has it, 圈選出來)
        holds = own_words(pred, clause_id, corpus) or (verb and verb in _folded(clause_id, corpus) and not any(
            verb in _folded(x.id, corpus) for x in corpus.children(best.parent) if x.id != clause_id))
        if holds:  # (whatever words of the object, 封面 / 抽印本, the best alone holds: the object is not what is asked)
            return moved_first(ranked, i)
    return ranked


# The verb that asks what is to be done ("要圈哪些", "需要附", "what am I supposed to highlight", "do I have to write"): the
# words after it are the predicate.
_ASKING_VERB = re.compile(r"需要|必須|應該|還要|要|須|得|\b(?:supposed to|need to|needs to|have to|has to|must|should|"
                          r"do i|do we|am i|are we)\b", re.I)
_PIECE = re.compile(r"[^?？。!！;；]+")
# The tool a verb is done with, said before it ("要用筆圈起來", "得拿螢光筆畫", "須以紅筆標出"): no predicate of its own —
# the verb after it is what is asked be done.
# Marking a thing on a copy, in any of the verbs people use (畫 / 劃 / 標 / 框 / 勾 / 螢光): the regulations write 圈選.
_MARKING = re.compile(r"^(?:畫|划|劃|画|標|标|框|勾|螢光|萤光)")
_INSTRUMENT = re.compile(r"^\s*(?:用|拿|以|使用)\s*(?:紅|藍|黑|色|螢光|萤光|原子|簽字|签字|麥克|麦克|鉛|铅)?\s*(?:筆|笔)\s*")


def predicate_verb(question: str) -> str:
    """The first Chinese character after the last asking verb of a piece ("要圈什麼" → 圈), or ""."""
    for piece in _PIECE.findall(fold(question)):
        found = list(_ASKING_VERB.finditer(piece))
        if found and (m := re.match(r"\s*([\u4e00-\u9fff])", _INSTRUMENT.sub("", piece[found[-1].end():]))) and \
                m.group(1) not in _TALK:
            return "圈" if _MARKING.match(m.group(1)) else m.group(1)
    return ""


# English verbs of handing something in (include, attach, submit …): every item of an application's documents is done
# so, so the verb tells no item from its sibling; what is handed in (its object) does.
_HANDING_IN = frozenset("include attach submit provide enclose send bring hand file upload give supply present put add "
                        "turn show".split())


_ASKS_WHAT = re.compile(r"\b(?:what|which|whats)\b|什麼|甚麼|哪", re.I)


def predicate_terms(question: str) -> frozenset[str]:
    """The terms (English words with their Chinese terms) of what each piece of the question asks be done: the words
    after its last asking verb; none when no piece has one."""
    from knowledge.lexical import expand_query

    out: set[str] = set()
    for piece in _PIECE.findall(fold(question)):
        found = list(_ASKING_VERB.finditer(piece))
        if found and (rest := _INSTRUMENT.sub("", piece[found[-1].end():]).strip()):
            # its head only: the verb ("circle", "圈哪"), not the object it is done on ("on the offprint copy")
            rest = re.sub(r"^(?:i|we|you|they|he|she|one)\s+(?:also\s+|still\s+)?", "", rest)  # "must I mark"
            head = m.group(0) if (m := re.match(r"[a-z]+|[\u4e00-\u9fff]{2}", rest)) else ""
            if head in _HANDING_IN and not _ASKS_WHAT.search(piece):
                continue  # "do I need to include a copy of the reprint?": handing in is every document item's verb, and
                # the thing named says which item (not "what copy do I attach?": the item that is handed in answers)
            out |= terms(head) | {t for zh in expand_query(head) for t in terms(zh)}
    return frozenset(out)


# What the question sets aside — a thing it names as excluded or already in hand ("除了期刊是 SCI 的證明，文章本身要附什麼",
# "議程封面我已經印了", "附了大會議程影本以後", "apart from the reprint copy, what else …", "I've already attached the
# programme cover"): the item holding it is not what is asked; its sibling is.
# (a space between two Chinese words ends what is set aside as a comma would: "除了影本 上面還要圈什麼" is typed with no
# punctuation)
_SET_ASIDE_ZH = re.compile(r"除了\s*([^，,。？?；;\s][^，,。？?；;]{1,23}?)(?:之外|以外|外|(?=[，,])|(?<=[\u4e00-\u9fff])(?=\s+[\u4e00-\u9fff]))|除([^，,。？?；;]{2,24}?)(?:之外|以外)|([^，,。？?；;]{2,16}?)(?:我|我們)?已經?(?:印|附|交|準備|弄|拿|影印|寫)(?:好|了)|"
                           r"(?:附|交|印)了([^，,。？?；;]{2,16}?)(?:以後|之後|後)|"
                           r"([^，,。？?；;除]{2,16}?)(?:之外|以外)[，,]?(?=還|还|另外|也)")
_SET_ASIDE_EN = re.compile(r"\b(?:apart from|besides|aside from|other than|except(?: for)?|in addition to|on top of)\s+(?:the\s+|my\s+|our\s+)?"
                           r"([^,?.;:—–-]{2,40})|\b(?:i|we)(?:'ve| have)?\s+already\s+(?:got|attached|included|printed|prepared|"
                           r"have|copied)\s+(?:the\s+|a\s+|my\s+|our\s+)?([^,?.;:—–-]{2,40})", re.I)
SET_ASIDE_DEPTH = 4  # the hits after the best that may take its place


_LIST_ITEM = re.compile(r"[、]|及|並|和|與")
_LIST_ITEM_EN = re.compile(r",|\band\b")
REST_OF_LIST = 2  # items of the best's own list that the question does not set aside: what "what else" asks


def _rest_of_list(aside: frozenset[str], text: str, gist_en: str = "") -> bool:
    """The best item's text is a list ("將雜誌名稱、題目、作者姓名、刊登日期等圈選出來並註明會員號碼及中文姓名") of which the
    question sets aside some ("除了圈期刊名、題目，還要寫什麼"): the rest of that list (會員號碼, 中文姓名) is what it asks, so
    the item keeps its place. A one-thing item ("檢附該雜誌名列 SCI 的證明影本") set aside gives way."""
    if "、" not in text:
        return False
    for listed in (_LIST_ITEM.split(fold(text)), _LIST_ITEM_EN.split(fold(gist_en))):  # (English: "date, time, venue…")
        covered = [bool(t & aside) for x in listed if x.strip() and (t := terms(x))]
        if any(covered) and sum(not c for c in covered) >= REST_OF_LIST:
            return True
    return False


def _aside_spans_siblings(aside: frozenset[str], best_id: str, siblings: list[str], corpus: Corpus) -> bool:
    """Does what the question sets aside name a sibling of the best as well — words of it the best lacks ("besides the
    programme cover and the circled schedule page": the cover is 5.6(1)'s, the circling 5.6(2)'s) — with another sibling
    holding none of it? Then the best item is set aside whole, one of several handed in, not some entries of its own list
    ("除了圈期刊名、題目，還要寫什麼" names only the best's own list, `_rest_of_list`)."""
    own = _clause_terms(best_id, corpus)
    held = [aside & _clause_terms(clause_id, corpus) for clause_id in siblings]
    return any(h - own for h in held) and any(not h for h in held)


def set_aside(question: str) -> frozenset[str]:
    """The terms of what the question sets aside (English words with their Chinese terms), or none."""
    text = fold(question)
    spans = [g for m in _SET_ASIDE_ZH.finditer(text) for g in m.groups() if g]
    spans += [g for m in _SET_ASIDE_EN.finditer(text) for g in m.groups() if g]
    if not spans:
        return frozenset()
    from knowledge.lexical import expand_query

    out: set[str] = set()
    for span in spans:
        out |= terms(span) | {t for zh in expand_query(span) for t in terms(zh)}
    return frozenset(out)


def pass_over_set_aside(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with the best hit's sibling among the next SET_ASIDE_DEPTH moved to the top
    when the best holds more of what the question sets aside (`set_aside`) than that sibling does; unchanged otherwise."""
    aside = set_aside(question)
    if not aside or len(ranked) < 2:
        return ranked
    from knowledge.lexical import grade_letters
    from knowledge.ranges import stated_values

    if grade_letters(fold(question)) or stated_values(question):
        return ranked  # rows chosen by a condition the question states ("C 等除了討論會外還要…", "陰性 18%，除了座談會…"):
        # the row of that grade or band holds both what is set aside and what is asked; its siblings are other cases
    best = corpus.get(ranked[0])
    if best is None or not best.parent:
        return ranked
    held = len(aside & _clause_terms(best.id, corpus))
    if not held:
        return ranked
    siblings = [(i, clause_id) for i, clause_id in enumerate(ranked[1:1 + SET_ASIDE_DEPTH], start=1)
                if (other := corpus.get(clause_id)) is not None and other.parent == best.parent]
    if not _aside_spans_siblings(aside, best.id, [c for _, c in siblings], corpus) \
            and _rest_of_list(aside, best.text, best.gist_en or ""):
        return ranked
    found = [(len(aside & _clause_terms(clause_id, corpus)), i) for i, clause_id in siblings]
    if not found or min(found)[0] >= held:
        return ranked
    if max(found)[0] > held:
        return ranked  # a sibling holds more of what is set aside ("besides the reprint copy" is 抽印本's item, ranked
        # lower): the best is not the item set aside, and keeps its place
    i = min(found)[1]  # the sibling holding least of it (the earliest of equals)
    return moved_first(ranked, i)


# Several at once ("可以同時申請兩項嗎", "apply for both areas in one go", "more than one domain at the same time").
SEVERAL_AT_ONCE = re.compile(r"同時|同时|(?:兩|两|多)(?:個|个)?(?:項|项|領域|领域|專長|专长)|"
                      r"\b(?:both|at (?:the )?same time|at once|in one go|more than (?:one|1)|multiple|several|"
                      r"two (?:areas|domains|fields|specialt(?:y|ies)))\b", re.I)
# Parts listed as what is looked at ("是不是看學分+經驗，還有…"): the whole is asked when the whole is named too (the
# heading, `_whole_named`) and two of its items each hold one of the parts.
_LISTED_PARTS = re.compile(r"(?:看|查|審|评|評)[^？?。，,！!]{1,12}[+＋][^？?。，,！!]{1,12}")
SEVERAL_DEPTH = 4  # the hits read for two items of one clause the question names
PARTS_DEPTH = 5  # … when it asks for the parts of a whole (a heading lifted above them may already be among the hits)


def lift_parent_of_named(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with the enclosing clause moved to the top when the question asks about
    several things at once and names two of its items (each holds a word of the question the other lacks, one of them a
    word no other sibling has: "tumor
    embolization + ablation" names 腫瘤血管栓塞 and 腫瘤局部消融): the clause over them both rules on the pair, not one
    item, nor another regulation's clause on doing two things at once."""
    from knowledge.shapes import asks_overview

    # (or its parts asked as a whole, naming two of them: "實地測試分哪幾塊？CR、影像儲存也算嗎" — the heading over both)
    several = bool(SEVERAL_AT_ONCE.search(fold(question)))
    if not several and (courses := only_or_also(question)) is not None:
        return _lift_parent_of_courses(courses, ranked, corpus)
    if not several and asks_overview(question) != "parts" and not _LISTED_PARTS.search(fold(question)):
        return ranked
    q = terms(question)
    head = ranked[:SEVERAL_DEPTH if several else PARTS_DEPTH]
    if several and (ruling := _rules_on_several(ranked[:PARTS_DEPTH], corpus)) is not None:
        return [ruling, *(x for x in ranked if x != ruling)]
    for i, a in enumerate(head):
        ca = corpus.get(a)
        if ca is None or not ca.parent:
            continue
        if not several and not _whole_named(q, corpus.get(ca.parent)):
            continue  # (parts asked of a whole the question does not name: "BI-RADS 哪幾類" is no overview of 二(五))
        for b in head[i + 1:]:
            cb = corpus.get(b)
            if cb is None or cb.parent != ca.parent:
                continue
            ta, tb = _clause_terms(a, corpus), _clause_terms(b, corpus)
            # each holds a word of the question the other lacks, and one of them a word no other sibling has
            if q & (ta - tb) and q & (tb - ta) and (own_words(q, a, corpus) or own_words(q, b, corpus)) and \
                    corpus.get(ca.parent) is not None:
                return [ca.parent, *(x for x in ranked if x != ca.parent)]
    return ranked


# "Only X, or also Y?" ("只看積分跟經驗嗎？還是也會評複判的差異", "書審就好，還是也會有人到現場測", "just X, or also Y?"):
# the first course after 只 / just (or before 就好 / 就夠), the second after 還是 / or, holding 也 / also.
_ONLY_COURSE = re.compile(r"(?:只|隻|僅|光|\bjust\b|\bonly\b)(?P<first>.+?)(?:還是|或是|或者|,?\s+\bor\b)(?P<second>.+)", re.I)
_ENOUGH_COURSE = re.compile(r"(?P<first>[^，,。？?]+?)就(?:好|夠|够|行|可以)了?(?:嗎|吗|吧)?[，,？?\s]*(?:還是|或是|或者)(?P<second>.+)")
_ALSO_SECOND = re.compile(r"也|連|连|還有|还有|包括|\b(?:also|too|as well|including)\b", re.I)


def only_or_also(question: str) -> tuple[str, str] | None:
    """(first course, second course) of an "only X, or also Y?" question (folded); None for any other."""
    text = fold(question)
    m = _ONLY_COURSE.search(text) or _ENOUGH_COURSE.search(text)
    if m is None or not _ALSO_SECOND.search(m.group("second")):
        return None
    return m.group("first"), m.group("second")


def _lift_parent_of_courses(courses: tuple[str, str], ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` with the clause over two of the first PARTS_DEPTH hits moved to the top when one holds words of the
    first course the other lacks and the other words of the second the one lacks (an English course as the Chinese terms
    its words map to): "只看積分跟經驗嗎？還是也會評複判的差異" — both are in the heading over them."""
    # (with the regulation's own words for the everyday ones: 現場測 → 實地測試, 書審 → 書面考核; knowledge.lexical.INTENTS)
    first, second = (_question_terms(c) | terms(" ".join(intent_terms(c))) for c in courses)
    head = ranked[:PARTS_DEPTH]
    for a in head:
        ca = corpus.get(a)
        if ca is None or not ca.parent or corpus.get(ca.parent) is None:
            continue
        for b in head:
            cb = corpus.get(b)
            if b == a or cb is None or cb.parent != ca.parent:
                continue
            ta, tb = _clause_terms(a, corpus), _clause_terms(b, corpus)
            if first & (ta - tb) and second & (tb - ta):
                return [ca.parent, *(x for x in ranked if x != ca.parent)]
    return ranked


WHOLE_NAMED = 0.75  # the share of a heading's terms a question asking its parts must hold


def _whole_named(q: frozenset[str], parent: object) -> bool:
    """The question holds the enclosing clause's heading ("實地測試" in "機器實地測試分哪幾塊"): its parts are what is asked."""
    heading = getattr(parent, "heading", None)
    if not heading:
        return False
    own = terms(heading)
    return bool(own) and len(q & own) >= WHOLE_NAMED * len(own)


# A clause that itself rules on several at once ("可申請單一或多重領域認證", "single or multiple domains may be applied for").
_RULES_SEVERAL = re.compile(r"多重|\bmultiple\b", re.I)


def _rules_on_several(ranked: list[str], corpus: Corpus) -> str | None:
    """Among the hits and the clauses over them, the first whose own text or gist rules on doing several at once, or
    None: "apply for embo and ablation at once?" met first by one domain's item (消融 180 例) is answered by 第二條."""
    for clause_id in ranked:
        clause = corpus.get(clause_id)
        for candidate in (clause, corpus.get(clause.parent) if clause is not None and clause.parent else None):
            if candidate is not None and _RULES_SEVERAL.search(fold(f"{candidate.text} {candidate.gist_en or ''}")):
                return candidate.id
    return None


# … and grants it: a 可 / 得 before its 多重 ("可申請單一或多重領域認證"), "multiple … may" / "may … multiple" in its gist.
_GRANTS_SEVERAL = re.compile(r"(?:可|得)[^，,。；;:：]{0,12}多重|\bmultiple\b[^.;]{0,40}\bmay\b|\bmay\b[^.;]{0,40}\bmultiple\b",
                             re.I)


def grants_several(question: str, clause: object) -> bool:
    """The question asks about several at once and the clause grants doing several ("可申請單一或多重領域認證"): a yes
    to "可以同時申請兩個領域嗎", "can I apply for more than one area at once?"."""
    text = f"{getattr(clause, 'text', '') or ''} {getattr(clause, 'gist_en', '') or ''}"
    return several_ruled(question, clause) and bool(_GRANTS_SEVERAL.search(fold(text)))


def several_ruled(question: str, clause: object) -> bool:
    """The question asks about several at once and the clause itself rules on several ("可申請單一或多重領域認證"): it
    answers the question, whatever other words they share ("more than 1 IR area at 1 times?")."""
    text = f"{getattr(clause, 'text', '') or ''} {getattr(clause, 'gist_en', '') or ''}"
    return bool(SEVERAL_AT_ONCE.search(fold(question))) and bool(_RULES_SEVERAL.search(fold(text)))


# A heading's item named by a short label of its own ("2、輔導措施"): the label's length, enumerator and colon aside.
CHILD_LABEL_CHARS = 12
_ENUMERATOR = re.compile(r"^\s*(?:[(（]?[0-9一二三四五六七八九十甲乙丙丁]{1,3}[)）、.]\s*)|[：:]\s*$")
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")


def _label_terms(clause: object) -> frozenset[str]:
    """The terms of a clause's own short label ("2、輔導措施" → 輔導 導措 措施); empty when its text is more than a label."""
    bare = _ENUMERATOR.sub("", getattr(clause, "text", "").strip()).strip()
    return terms(bare) if 0 < len(bare) <= CHILD_LABEL_CHARS else frozenset()


def _question_terms(question: str) -> frozenset[str]:
    """The Chinese terms a question's words are read as: a Chinese question's own bigrams; for an English one, those of
    the Chinese terms its English words map to (knowledge.lexical.SYNONYMS: "corrective / counselling measures" →
    輔導措施), so "where are the corrective measures for the facility…" names the item labelled 輔導措施 as its Chinese
    wording would."""
    if _HAS_CJK.search(question):
        return terms(question)
    return terms(" ".join(expand_query(question)))


def lower_to_named_child(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` with the best hit's item moved to the top when the best hit is a heading over several items, the question
    (an English one as the Chinese terms its words map to, `_question_terms`) holds the whole short label of exactly one of them ("…有哪些輔導措施" against "(三)…評等及輔導措施如下" and its
    "2、輔導措施") and names no other (the 評等表's heading it does not hold): the item is what is asked, its heading
    covers more."""
    from knowledge.shapes import question_shape

    if not ranked or (best := corpus.get(ranked[0])) is None:
        return ranked
    if question_shape(question) == "who":
        return ranked  # "實地測試是誰來測？": the heading says who acts for all its items ("由本署與…指派人員進行")
    children = corpus.children(best.id)
    if len(children) < 2:
        return ranked
    q = _question_terms(question)
    if not q:
        return ranked
    named = [c for c in children if len(own := _label_terms(c)) >= 2 and own <= q]
    if len(named) != 1:
        return ranked
    others = [c for c in children if c is not named[0]]
    if any((own := _label_terms(c) or terms(c.heading or "")) and len(q & own) >= WHOLE_NAMED * len(own) for c in others):
        return ranked  # (the question names a sibling too: the heading over both is asked)
    child = named[0].id
    return [child, *(x for x in ranked if x != child)]


# A heading and its items ("九、參加外科學進修: 前項進修一個月以內者…" over "1、國外進修,每月 8 分"): the question's words
# that only one of them holds — the heading's own rule ("一個月以內") or one item's own words ("renal artery") — say which
# is asked. Every development rules and retrieval question (3518, the retriever alone): recall@1 0.943 → 0.945, 7 gained,
# 1 lost (dh-hpa-083: "mammo bus", the van heading's gist words, against its item on the radiographers).
# Measured against FAMILY_MARGIN 2 / FAMILY_CHALLENGERS 3 (kept): a margin of 1 gained 9 and lost 24, of 3 gained 1 and
# lost 2; 2 challengers changed nothing, 5 gained 1 and lost 1.
FAMILY_CHALLENGERS = 3  # the hits just below the best that may take its place
FAMILY_MARGIN = 2  # … holding this many more of the question's own words than the best
# Joining characters: a bigram across a conjunction ("演講或論文" → 講或) is no word of either side.
_JOINING = frozenset("或及與与和並并")


def _family_terms(clause_id: str, corpus: Corpus) -> frozenset[str]:
    """The terms a clause holds (text, gists, asks) that neither its enclosing clause, nor its siblings, nor its own
    items hold."""
    key = (id(corpus), "family:" + clause_id)
    if key not in _OWN_CACHE:
        clause = corpus.get(clause_id)
        if clause is None:
            _OWN_CACHE[key] = frozenset()
        else:
            kin = [c.id for c in corpus.children(clause_id)]
            if clause.parent:
                kin.append(clause.parent)
                kin += [c.id for c in corpus.children(clause.parent) if c.id != clause_id]
            others: set[str] = set()
            for other in kin:
                others |= _clause_terms(other, corpus)
            _OWN_CACHE[key] = frozenset(t for t in _clause_terms(clause_id, corpus) - others if not _JOINING & set(t))
    return _OWN_CACHE[key]


def _asks_whole(question: str) -> bool:
    """The question asks a heading's parts as a whole ("看哪幾塊", "總共要幾例") or what else beside one part ("除了積分還看
    什麼", "品保紀錄之外還要什麼"): the heading answers, not the item its words meet."""
    from knowledge.shapes import asks_overview

    return bool(asks_overview(question) or set_aside(question))


def prefer_parent_or_child(question: str, ranked: list[tuple[str, float]], corpus: Corpus) -> list[tuple[str, float]]:
    """`ranked` (clause id, fused score; best first) with the best hit's enclosing clause or one of its items, among
    the next FAMILY_CHALLENGERS and within MIN_RATIO of its score, moved to the top when it holds FAMILY_MARGIN more of
    the question's own words (`_family_terms`) than the best does (an item only when the heading is not asked as a
    whole, `_asks_whole`); unchanged otherwise."""
    if len(ranked) < 2 or (best := corpus.get(ranked[0][0])) is None:
        return ranked
    best_id, best_score = ranked[0]
    q: frozenset[str] | None = None  # (read only when a heading or an item of the best is among the challengers)
    mine = 0
    whole: bool | None = None
    for i, (clause_id, score) in enumerate(ranked[1:1 + FAMILY_CHALLENGERS], start=1):
        other = corpus.get(clause_id)
        if other is None or score < best_score * MIN_RATIO or not (other.id == best.parent or other.parent == best.id):
            continue
        if other.parent == best.id:
            whole = _asks_whole(question) if whole is None else whole
            if whole:
                continue
        if q is None:
            q = terms(question)
            mine = len(q & _family_terms(best_id, corpus))
        if len(q & _family_terms(clause_id, corpus)) >= mine + FAMILY_MARGIN:
            return moved_first(ranked, i)
    return ranked


# A question asking the parts of a whole ("機構層級的評等看哪幾項？", "實地測試分哪幾塊？", "怎麼分級的？") met first by a clause
# with no items of its own — one table row, a note, a bare review item ("(四) 複判差異性評估。…") — is answered by the
# heading just below it that has items (二(三) 醫療機構 over its 評等表 and 輔導措施; 二(一)1(2) over its four bands).
HEADING_CHALLENGERS = 2  # the hits just below the best that may take its place
# a clause that lists the parts itself ("實測項目包含：平均乳腺輻射劑量、半值層測量、…")
LISTS_PARTS = re.compile(r"(?:包含|包括|如下|計有)[:：]?[^。；\n]*、[^。；\n]*、")
# one enumeration of three or more ("工作經驗、繼續教育及所須具備之相關證明文件") and its items
_ENUMERATION = re.compile(r"[\u3400-\u9fff]{2,14}(?:、[\u3400-\u9fff]{2,14})+(?:及|與|与|和)[\u3400-\u9fff]{2,14}")
_ITEM_SEP = re.compile(r"、|及|與|与|和")


def holds_listed(question: str, text: str) -> bool:
    """Whether `text` enumerates three or more things of which the question (in Chinese) names three, by a shared
    character bigram each ("工作經驗、繼續教育積分之外還要證明文件嗎" against "工作經驗、繼續教育及…證明文件"): the
    question asks whether those listed things are checked — the clause listing them answers it, not its heading."""
    q = terms(question)
    for m in _ENUMERATION.finditer(fold(text)):
        items = [i for i in _ITEM_SEP.split(m.group()) if len(i) >= 2]
        if len(items) >= 3 and sum(1 for i in items if terms(i) & q) >= 3:
            return True
    return False

def _items(clause_id: str, corpus: Corpus) -> int:
    """How many items (not notes) the clause has."""
    return sum(1 for c in corpus.children(clause_id) if c.kind != "note")


def prefer_heading_for_parts(question: str, ranked: list[tuple[str, float]], corpus: Corpus) -> list[tuple[str, float]]:
    """`ranked` (clause id, fused score; best first) with the first clause of the next HEADING_CHALLENGERS that has at
    least two items, within MIN_RATIO of the best's score, moved to the top when the question asks the parts of a whole
    (knowledge.shapes.asks_overview) and the best has fewer than two items; unchanged otherwise."""
    from knowledge.shapes import asks_overview

    if len(ranked) < 2 or asks_overview(question) != "parts":
        return ranked
    if _items(ranked[0][0], corpus) >= 2:
        if (other := _whole_holder(question, ranked, corpus)) is not None:
            return moved_first(ranked, other)
        return _lift_named_whole(question, ranked, corpus)
    best_score = ranked[0][1]
    if (best := corpus.get(ranked[0][0])) is not None and holds_listed(question, best.text):
        return ranked
    lists = best is not None and bool(LISTS_PARTS.search(best.text))
    q = terms(question)
    for i, (clause_id, score) in enumerate(ranked[1:1 + HEADING_CHALLENGERS], start=1):
        if score < best_score * MIN_RATIO or _items(clause_id, corpus) < 2:
            continue
        # (a best that lists the parts itself, "實測項目包含：平均乳腺輻射劑量、半值層…", answers "實測包含哪些項目" unless
        # the question names the heading's own topic instead: "實地測試分哪幾塊？")
        if lists and not _whole_named(q, corpus.get(clause_id)):
            continue
        return moved_first(ranked, i)
    return ranked


# The kinds of a thing asked ("分幾種", "分成哪兩種片", "要交兩種片嗎", "what two kinds").
# (not "A 跟 B 差在哪": the two named may be contrasted before the parts of one are asked, "實測那邊分幾大項")
_ASKS_KINDS = re.compile(r"分(?:成|為)?(?:哪|幾|几)?(?:兩|两|二|幾|几)?\s*(?:種|种|類|类)|(?:哪|幾|几)?(?:兩|两)\s*(?:種|种|類|类)|"
                         r"\b(?:what|which) (?:two |2 )?(?:kinds|types|sorts)\b", re.I)


def kinds_heading(question: str, corpus: Corpus, doc: str | None = None) -> str | None:
    """The one heading whose items are the kinds the question names ("臨床影像評估分幾種？自選跟抽選差在哪" → 一(三), whose
    items are 自選片 / 抽選片), when the question asks the kinds of something and names at least two of that heading's
    items by their headings; None otherwise (a grading table holding both words, 二(一)2(2) 自選片/抽選片…評等, answers
    how they are graded, not what they are)."""
    text = fold(question)
    if not _ASKS_KINDS.search(text):
        return None
    found = []
    for clause in corpus.clauses:
        if doc is not None and clause.doc != doc:
            continue
        kids = [k for k in corpus.children(clause.id) if k.heading]
        named = [k for k in kids if (h := fold(k.heading).rstrip("片")) and len(h) >= 2 and h in text]
        if len(kids) >= 2 and len(named) >= 2:
            found.append(clause.id)
    return found[0] if len(found) == 1 else None


# The whole whose parts are asked, named just before the asking words ("機構本身的評等，是看哪些項目" → 評等).
# (the whole said before words that only stress the ask — "後續審查整體到底要審哪幾大塊", "評等究竟是看哪些": the whole is
# the word before them, not 到底 / 整體)
_STRESS = r"(?:整體|整体|全部|總共|总共|到底|究竟|大概|一共|總體|总体|基本上)"
_WHOLE_ASKED = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2})(?<!整體)(?<!整体)(?<!到底)(?<!究竟)" + _STRESS + r"*[，,\s]*"
                          r"(?:是|要|會|都|主要)?\s*(?:看|查|審|評|包括|包含|分成?|分為)"
                          r"\s*(?:哪些|哪幾|什麼|那些)")
WHOLE_DEPTH = 5  # the hits below the best that may hold the whole asked (`_whole_holder`; 5: a long question
# whose story shares words with the parts, "我是院內品管窗口…後續審查整體到底要審哪幾大塊", puts the whole fifth)


def _whole_holder(question: str, ranked: list[tuple[str, float]], corpus: Corpus) -> int | None:
    """For a question asking the parts of a whole it names ("…的評等，是看哪些項目"), met first by a clause with items
    whose own text and heading do not hold that whole (一、審查項目 for 機構的評等), the place in `ranked` of the first of the
    next WHOLE_DEPTH, within MIN_RATIO of its score, that does and has items of its own (二(三) 醫療機構…評等); else None."""
    m = _WHOLE_ASKED.search(fold(question))
    best = corpus.get(ranked[0][0])
    if m is None or best is None:
        return None
    whole = m.group("whole")
    if whole in fold(f"{best.heading or ''} {best.text}"):
        return None
    for i, (clause_id, score) in enumerate(ranked[1:1 + WHOLE_DEPTH], start=1):
        clause = corpus.get(clause_id)
        if clause is not None and score >= ranked[0][1] * MIN_RATIO and _items(clause_id, corpus) >= 2 and \
                whole in fold(f"{clause.heading or ''} {clause.text}"):
            return i
    return None


def _lift_named_whole(question: str, ranked: list[tuple[str, float]], corpus: Corpus) -> list[tuple[str, float]]:
    """For a question asking the parts of a whole met first by one part that has items of its own (二(三)2 輔導措施 for
    "醫療機構那段評的是哪些項目？", 二(一)1 判讀醫師 for "which staff groups have standards?"): its enclosing clause among
    the next HEADING_CHALLENGERS, within MIN_RATIO of its score, goes first when the question (an English one as the Chinese
    terms its words map to) names that clause's heading and not the best's own (`_whole_named`)."""
    best = corpus.get(ranked[0][0])
    if best is None or not best.parent:
        return ranked
    q = _question_terms(question)
    if _whole_named(q, best):
        return ranked  # the part itself is named: its own items are what is asked
    for i, (clause_id, score) in enumerate(ranked[1:1 + HEADING_CHALLENGERS], start=1):
        if clause_id == best.parent and score >= ranked[0][1] * MIN_RATIO and _whole_named(q, corpus.get(clause_id)):
            return moved_first(ranked, i)
    return ranked


# Advice asked about ("只是「建議」參加的是哪一級", "the range where they only *suggest* going", "only recommended"), or the
# mildest row of a table of tiers ("最輕的那一級", "the mildest / lowest tier") — not advice set against a duty ("是建議還是
# 強制", "recommended or required?"), which the table's heading answers.
_ASKS_ADVICE = re.compile(r"建議|建议|\b(?:suggest(?:s|ed|ion)?|recommend(?:s|ed|ation)?|advi[sc]e[sd]?|advisory)\b", re.I)
_ASKS_MILDEST = re.compile(r"最輕|最轻|最低(?:的)?(?:一|那一?)?(?:級|级|層|层|檔|档)|\b(?:mildest|lightest|least (?:severe|serious|strict)|"
                           r"lowest (?:tier|level|band|row))\b", re.I)
_ADVICE_OR_DUTY = re.compile(r"(?:建議|建议)[^，,。？?]{0,6}(?:還是|还是|或)[^，,。？?]{0,6}(?:強制|强制|必須|必须|規定|规定|一定)|"
                             r"\b(?:recommended|advised|suggested|optional)\s+or\s+(?:required|mandatory|compulsory)\b|"
                             r"\b(?:required|mandatory|compulsory)\s+or\s+(?:just\s+|only\s+|merely\s+)?(?:recommended|advised|suggested|optional)\b",
                             re.I)
_ADVISED_TEXT = re.compile(r"建議|鼓勵")
_STEM_ROW = re.compile(r"^\s*[甲乙丙丁]\s*、")
ADVISED_DEPTH = 4  # the hits below the best that may be the advised row (`prefer_advised_row`)


def prefer_advised_row(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with the row of a table of tiers that only advises (甲、…建議於下次後續審查前參加…)
    moved to the top, when the question asks about the advice or the mildest tier and the best hit is that row's heading
    or a sibling row that does not advise (its heading's own text, "(2) 複判差異性評估：", advises nothing); unchanged
    otherwise."""
    text = fold(question)
    if len(ranked) < 2 or _ADVICE_OR_DUTY.search(text) or not (_ASKS_ADVICE.search(text) or _ASKS_MILDEST.search(text)):
        return ranked
    best = corpus.get(ranked[0])
    if best is None or _ADVISED_TEXT.search(best.text):
        return ranked
    for i, clause_id in enumerate(ranked[1:1 + ADVISED_DEPTH], start=1):
        row = corpus.get(clause_id)
        if row is None or not row.parent or not _STEM_ROW.match(row.text) or not _ADVISED_TEXT.search(row.text):
            continue
        if row.parent in (best.id, best.parent):  # (the row's heading, or another row of it)
            return [clause_id, *ranked[:i], *ranked[i + 1:]]
    return ranked



# The question lists three or more things of one whole ("後審看哪些？繼續教育、臨床影像評估、攝影量？"): a run of short
# phrases joined by 、 (or "X, Y, Z" in English).
_ASKED_LIST = re.compile(r"[\u3400-\u9fffa-z0-9]{2,12}(?:、[\u3400-\u9fffa-z0-9]{2,12}){2,}")
LISTED_MIN = 3


def lift_whole_of_listed(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with the clause whose own items hold the things the question lists moved to the
    top: each listed thing met by a different item of it (a shared term), every listed thing met, three at least. "放射師
    這塊後審看哪些？繼續教育、臨床影像評估、攝影量？" names 2、乳房 X 光攝影放射師's three items — the clause over them
    answers, not one item (臨床影像評估) sharing most words. Unchanged when the question lists nothing or no clause's
    items hold the list."""
    found = _ASKED_LIST.search(fold(question))
    if not found or not ranked:
        return ranked
    listed = [terms(x) for x in found.group().split("、")]
    if len(listed) < LISTED_MIN or any(not t for t in listed):
        return ranked
    # the best hit's enclosing clauses, nearest first (a whole elsewhere whose items share a word with each listed thing —
    # "學分" with 工作人員資歷's 積分 — is no answer to the parts of the one the best hit belongs to)
    order, c = [], corpus.get(ranked[0])
    while c is not None and c.parent:
        order.append(c.parent)
        c = corpus.get(c.parent)
    for cid in order:
        items = [k for k in corpus.children(cid) if k.kind != "note"]
        if len(items) < LISTED_MIN:
            continue
        item_terms = [terms(k.text) for k in items]
        used: set[int] = set()
        for wanted in listed:
            hit = next((j for j, t in enumerate(item_terms) if j not in used and len(wanted & t) >= min(2, len(wanted))), None)
            if hit is None:
                break
            used.add(hit)
        else:
            if cid == ranked[0]:
                return ranked
            return [cid, *(x for x in ranked if x != cid)]
    return ranked


# A time limit asked ("追蹤期限是多久", "要在多久內完成", "what's the deadline", "within how long") is answered by the clause
# stating one ("須於 2 個月內完成複檢", "期滿前半年"), not by a sibling sharing the question's words that states a counting
# period or none ("計算期間為當年度 1 月 1 日至 12 月 31 日").
_ASKS_TIME_LIMIT = re.compile(r"期限|時限|时限|多久|多長時間|多长时间|幾個月內|几个月内|幾天內|几天内|多少天內|多少天内|"
                              r"\bdeadlines?\b|\btime limits?\b|\bhow long\b|\bwithin how\b|\bby when\b", re.I)
_STATES_TIME_LIMIT = re.compile(r"\d+\s*(?:個月|个月|日|天|週|周|年)\s*(?:內|内)|[一二兩三四五六七八九十半]+\s*(?:個月|个月|年)\s*(?:內|内)|"
                                r"前半年|屆滿前|届满前")


def time_limit_first(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with the first sibling of the best that states a time limit moved to the top
    when the question asks one and the best states none; unchanged otherwise."""
    if len(ranked) < 2 or not _ASKS_TIME_LIMIT.search(fold(question)):
        return ranked
    best = corpus.get(ranked[0])
    if best is None or not best.parent or _STATES_TIME_LIMIT.search(fold(best.text)):
        return ranked
    for i, clause_id in enumerate(ranked[1:], start=1):
        other = corpus.get(clause_id)
        if other is not None and other.parent == best.parent and _STATES_TIME_LIMIT.search(fold(other.text)):
            return moved_first(ranked, i)
    return ranked
