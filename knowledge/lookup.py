"""Direct look-up: find the clauses a question names explicitly.

Understands the forms physicians and staff write (SPEC §2):

- articles: 第五條, 第5條, 第五條第十二款, 第5條第12款, 第一條第二款(2), 第五條第四款備註二,
  "Article 5", "Art. 5(12)", "article 5 item 12";
- HPA sections: 二(五), 二、(五), 二(一)2(3)乙, 二(五)4, （五） in full width;
- citation ids and dotted paths: tsa-cme/5.12, 2.5.4, "rule 5.12".

A reference is kept only when the clause exists (第九十九條 → nothing). When the
question does not say which regulation, words like 外科 / 介入 / 乳攝 pick it;
otherwise every regulation that has such a clause is returned.

The same words put the named regulation first in a ranking (`prefer_named_doc`): two regulations give points for the
same activities (SCI papers: tsa-cme 5.7, tsir-instructor 5.1), so a question on one of them meets both alike, and the
other's clause may come first. A question that names exactly one regulation and whose best hit is another's: that
regulation's best hit among the next few, as close in score, goes first. (換證 is not a name: people renew the surgical
specialist certificate "換證" too — only between the two societies' activity point rules does it pick the IR one, whose
own word it is: `_RENEWAL_SWAP`.)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from knowledge.corpus import Corpus
from knowledge.models import DOC_IDS, Clause
from knowledge.numerals import cn_to_int
from knowledge.promote import moved_first
from knowledge.textnorm import to_traditional

_NUM = r"[0-9]{1,3}|[零〇一二兩三四五六七八九十百]{1,4}"
_STEMS = "甲乙丙丁"

# Which words name which regulation (checked on the folded, lower-cased question).
# (外專 / 展延: the surgical specialist certificate and its renewal; 介放: interventional radiology; 後審: 後續審查)
DOC_HINTS: dict[str, tuple[str, ...]] = {
    # (the accreditation of a course, 課程認定 / 認證課程: only the surgical rules accredit courses; the IR rules accredit instructors)
    "tsa-cme": ("外科", "外專", "展延", "tsa", "surg", "積分認定辦法", "課程認定", "課程認證", "認定課程", "認證課程"),
    # (指導醫師 and the 終身證書: what people call our instructor certificate and its lifetime form, zh-TW and zh-CN alike; a
    # 指導醫師 of another body or field is out of scope before any search, bot/scope.py)
    "tsir-instructor": ("介入", "介放", "tsir", "interventional", "指導老師", "指導醫師", "終身證書", "instructor", "放射線學會"),
    "hpa-mammo": ("乳房", "乳攝", "hpa", "mammo", "健康署", "國健署", "後續審查", "後審", "篩檢", "乳癌", "breast", "bi-rads",
                  "birads"),
}
NAMED_DOC_DEPTH = 3  # the hits after the best that may take its place (`prefer_named_doc`)
NAMED_DOC_CLOSE = 0.9  # of the best hit's fused score
# A screening result's category ("cat 0/3/4/5", "category 4", "category「0」"): only the mammography rules grade cases so.
_SCREENING_CATEGORY = re.compile(r"\bcat(?:egory|egories)?\.?\s*[「\"'(]?\s*[0-6](?![0-9.%])")
# What a screening case's follow-up is done by (二(五)3: 複檢、確診或手術), in English.
_FOLLOW_UP_ACTS = (r"diagnos[ie]s|diagnosed|confirm(?:ed|ation)|biops(?:y|ies)|recall(?:ed)?(?:\s+imaging)?|re-?exam(?:s|ination)?|"
                   r"re-?imaging|work-?up|imaging|ultrasound|mri")
# A patient's operation ("never had surgery", "underwent surgery", "手術") names no surgical society: its "surg" is no hint.
_PATIENT_SURGERY = re.compile(r"\b(?:had|have|has|having|undergo(?:es|ing)?|underwent|undergone|no|without|declined|refused|"
                              r"skipped|get|got|gets|needs?|needed)\s+(?:(?:any|the|an?|her|his|their)\s+)?surgery\b|"
                              r"\bsurgery\s+(?:done|performed|was|wasn't|is|isn't)\b|\bsurgical (?:treatment|resection)\b|"
                              # (… or one of the acts a screening case's follow-up ends in, listed with the others: "recall
                              # imaging, diagnosis, surgery", "biopsy or surgery", "surgery/diagnosis", "referred for surgery")
                              rf"\b(?:{_FOLLOW_UP_ACTS})\b[\s,/]*(?:(?:or|and|and/or|/)\s+)?(?:(?:an?|the)\s+)?surgery\b|"
                              rf"\bsurgery\b[\s,/]*(?:(?:or|and|and/or|/)\s+)?(?:an?\s+)?(?:{_FOLLOW_UP_ACTS})\b|"
                              r"\b(?:referred|sent|scheduled|went|go|goes|going|proceed(?:ed|s)?)\s+(?:straight\s+|directly\s+)?"
                              r"(?:for|to)\s+surgery\b", re.I)
_ARTICLE_DOCS = ("tsa-cme", "tsir-instructor")  # the HPA text has no articles

_ARTICLE = re.compile(
    rf"第\s*(?P<art>{_NUM})\s*條"
    rf"(?:\s*第?\s*(?P<item>{_NUM})\s*款)?"
    r"(?:\s*(?:\(\s*(?P<sub>\d{1,2})\s*\)|第\s*(?P<sub2>\d{1,2}|[一二三四五六七八九十]{1,2})\s*目))?"
    rf"(?:\s*(?P<notemark>備\s*註)\s*(?P<note>{_NUM})?(?:\s*\(\s*(?P<notesub>[一二三四五六七八九十]{{1,2}}|\d{{1,2}})\s*\))?)?"
)
_ARTICLE_EN = re.compile(
    r"\b(?:article|art\.?)\s*(?P<art>\d{1,3})"
    r"(?:\s*\(\s*(?P<item>\d{1,2})\s*\)|\.(?P<item2>\d{1,2})\b|\s*,?\s*(?:item|paragraph|para\.?|point)\s*(?P<item3>\d{1,2}))?"
)
_SECTION = re.compile(
    r"(?<![第0-9])(?P<top>[一二三四五六七八九十]{1,2})\s*、?\s*\(\s*(?P<sec>[一二三四五六七八九十]{1,3})\s*\)"
    r"(?:(?P<sub>\d{1,2})(?![0-9%.])\s*、?)?"
    r"(?:\s*\(\s*(?P<subsub>\d{1,2})\s*\))?"
    rf"(?:\s*(?P<stem>[{_STEMS}]))?"
    rf"(?:\s*(?P<notemark>備\s*註)\s*(?P<note>{_NUM})?)?"
)
# The HPA text's parts named in words: "part 1 section (2) … item 1", "part II, section 2, item 1, (3)", "第一部分(二)第1項"
# (its top sections 一、二 are the only "parts" any of the three texts has).
_PART_NUM = r"[0-9]|i{1,3}|one|two|three"
_SECTION_EN = re.compile(
    rf"\bpart\s+(?P<top>{_PART_NUM})\b\s*[,:]?\s*(?:,?\s*(?:section|sec\.?|subsection|§)\s*)?\(?\s*(?P<sec>[0-9]{{1,2}})\s*\)?"
    r"(?:[^.?!;]{0,40}?\b(?:item|point|sub-?item|no\.?)\s*(?P<sub>[0-9]{1,2})\b)?"
    r"(?:[^.?!;]{0,30}?(?:\bsub-?item\s*|\bparagraph\s*)?\(\s*(?P<subsub>[0-9]{1,2})\s*\))?",
    re.I)
_SECTION_ZH = re.compile(
    r"第\s*(?P<top>[一二三四五]|[1-5])\s*(?:部分|部份|大項|大项|章)\s*(?:的)?\s*(?:第)?\s*\(?\s*(?P<sec>[一二三四五六七八九十]{1,2}|[0-9]{1,2})\s*\)?\s*"
    r"(?:節|节|段|小節|小节|項|项)?(?:\s*(?:的|裡的|里的|中的)?\s*第\s*(?P<sub>[0-9]{1,2}|[一二三四五六七八九])\s*(?:項|项|點|点|小項|小项|款))?")
_EN_ORDINAL = {"i": 1, "ii": 2, "iii": 3, "one": 1, "two": 2, "three": 3}
_FULL_ID = re.compile(r"\b(?P<doc>tsa-cme|tsir-instructor|hpa-mammo)\s*/\s*(?P<path>[0-9]+(?:\.(?:[0-9]+|n[0-9]+))*)")
_DOTTED = re.compile(r"(?<![0-9.A-Za-z/_-])(?P<path>[0-9]{1,2}(?:\.(?:[0-9]{1,2}|n[0-9]))+)(?![0-9]|\.[0-9]|\s*%)")
# A two-level dotted number ("2.5") is only a reference next to a word that says so.
_DOTTED_CONTEXT = re.compile(r"(?:rule|clause|section|item|article|art\.?|§|條|款|id|規定)\s*$", re.I)


def normalise(query: str) -> str:
    # NFKC: full-width （五）５ → (五)5; Traditional so 第五条 reads as 第五條.
    return to_traditional(unicodedata.normalize("NFKC", query))


# Certification (認證) said of no course and no credits ("認證的個案數是算哪段期間的"): of the three texts only the IR rules
# certify (their instructors, by domain: 各專長領域認證); a course's or credits' accreditation is the surgical society's, and
# an agency's approval of a device after its acronym ("沒有美國FDA認證的乳攝機", "CE 認證") is the screening rules' 核可.
_CERTIFIED = re.compile(r"(?<![a-z])(?<![a-z]\s)(?<!課程)(?<!積分)(?<!學分)認證(?!課程|的課程|之課程|積分|學分)")


def doc_hints(query: str) -> list[str]:
    """Regulations the question names by keyword, in DOC_IDS order."""
    low = _PATIENT_SURGERY.sub(" ", normalise(query).lower())
    return [doc for doc in DOC_IDS if any(word in low for word in DOC_HINTS[doc])
            or (doc == "hpa-mammo" and _SCREENING_CATEGORY.search(low))
            or (doc == "tsir-instructor" and _CERTIFIED.search(low))]


# Credits asked about ("credits", "CME", 積分 / 學分) …
_CREDITS_ASKED = re.compile(r"\bcredits?\b|\bcme\b|積分|學分|学分")
# … with no word of the IR instructor certificate, whose renewal is all the IR rules count points for, nor of the IR
# rules' own terms (their credits "抵" the renewal total — the surgical rules' only 抵 is 扣抵 —, "full article", "e-poster",
# the IR congresses). (Latin words bounded by letters, not \b: "去CIRSE只是去聽", "国内e-poster发表".)
_IR_CERT_CONTEXT = re.compile(r"(?<![a-z])(?:renew\w*|instructors?|ir|interventional|cert\w*|radiolog\w*|tsir|cirse|sir|"
                              r"jsir|ksir|apscvir|ecio|wcio|sio|gest|cvir|rsna|ecr|"
                              r"full[\s-]+articles?|e-?posters?)(?![a-z])|(?<!\d)200(?!\d)|"
                              r"換證|换证|指導|指导|介入|證書|证书|放射|(?<!扣)抵")


# … or what a meeting is worth, asked in other words ("what does one overseas meeting count for?", "ASCRS 一次算幾分"):
# the value of an activity is its credits.
_MEETING = re.compile(r"\b(?:meetings?|congress(?:es)?|conferences?|symposi(?:um|a)|annual)\b|會議|会议|年會|年会|研討會|研讨会|醫學會|医学会")
_VALUE_ASKED = re.compile(r"\bcounts?\s+(?:for|as)\b|\bworth\b|\bhow\s+many\s+points\b|幾分|几分|多少分")


def credits_without_ir(question: str) -> bool:
    """The question asks about credits (or what a meeting is worth) and names nothing of the IR instructor certificate
    (its renewal, the instructor, interventional radiology, its congresses, the 200 points)."""
    low = normalise(question).lower()
    asked = bool(_CREDITS_ASKED.search(low)) or bool(_MEETING.search(low) and _VALUE_ASKED.search(low))
    return asked and not _IR_CERT_CONTEXT.search(low)


# The certificate's renewal said 換證 (the IR rules' own word: 換發新證書, 換證條件; the surgical rules write 展延): with no word
# of either society, an activity's points asked toward it are the IR instructor's renewal points (第五條), not the surgical
# CME credits (第五條 too) — "SCI case report 其他作者，換證能抵幾分". (Only between the two point rules: 換證 is said of the
# surgical specialist certificate too, and its requirement, 第十條, is no activity's points.)
_RENEWAL_SWAP = re.compile(r"換證|換發")
_POINT_RULES = {"tsa-cme": "tsa-cme/5.", "tsir-instructor": "tsir-instructor/5."}
_NOT_A_POINT_RULE = "tsa-cme/5.14"  # (a posting abroad lowers the surgical requirement: no activity's points)


def _renewal_points_named(question: str, ranked: list[tuple[str, float]]) -> bool:
    """Does the question say 換證 with no regulation named, and is its best hit one of the surgical activity point rules?"""
    best = ranked[0][0] if ranked else ""
    return (bool(_RENEWAL_SWAP.search(normalise(question))) and best.startswith(_POINT_RULES["tsa-cme"])
            and not best.startswith(_NOT_A_POINT_RULE))


def prefer_named_doc(question: str, ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """`ranked` (clause id, fused score; best first) with the named regulation's best hit first when the question names
    exactly one regulation (`doc_hints`) and the best hit is another's (see the module docstring)."""
    named, soft, points_only = doc_hints(question), False, False
    if not named and ranked and ranked[0][0].startswith("tsir-instructor/") and credits_without_ir(question):
        named, soft = ["tsa-cme"], True  # "what happens to the credits for a non-SCI case report?": the IR rules' points are only for
        # renewing the instructor certificate; credits asked with no word of it are the surgical society's CME credits
    if not named and _renewal_points_named(question, ranked):
        named, points_only = ["tsir-instructor"], True  # (`_RENEWAL_SWAP`: the IR rules' point rule, no other clause of theirs)
    if len(ranked) < 2 or len(named) != 1 or ranked[0][0].split("/", 1)[0] == named[0]:
        return ranked
    best_score = ranked[0][1]
    for i, (clause_id, score) in enumerate(ranked[1:1 + NAMED_DOC_DEPTH], start=1):
        if points_only and not clause_id.startswith(_POINT_RULES["tsir-instructor"]):
            continue
        if clause_id.split("/", 1)[0] == named[0]:
            if score < best_score * NAMED_DOC_CLOSE:
                return ranked
            if soft:  # (the item itself, close behind its subitem — "…(1)檢附該篇文章的抽印本影本" under the non-SCI item:
                # the item holds the credits asked about, the subitem only what to attach)
                i = next((j for j, (other, s) in enumerate(ranked[1:1 + NAMED_DOC_DEPTH], start=1)
                          if clause_id.startswith(other + ".") and s >= best_score * NAMED_DOC_CLOSE), i)
            return moved_first(ranked, i)
    return ranked


def _join(*parts: object) -> str:
    return ".".join(str(p) for p in parts if p is not None)


def _note(m: re.Match[str]) -> str:
    """The .nN part of a path for 備註N (a bare 備註 is note 1, the only one)."""
    if not m["notemark"]:
        return ""
    return f".n{cn_to_int(m['note']) if m['note'] else 1}"


def parse_references(query: str) -> list[tuple[tuple[str, ...], str]]:
    """Clause references in `query`, in order: (candidate docs, dotted path) pairs. No corpus needed."""
    text = normalise(query)
    found: list[tuple[int, tuple[str, ...], str]] = []
    taken: list[range] = []

    def add(match: re.Match[str], docs: tuple[str, ...], path: str | None) -> None:
        span = range(match.start(), match.end())
        if path and not any(span.start < t.stop and t.start < span.stop for t in taken):
            taken.append(span)
            found.append((match.start(), docs, path))

    for m in _FULL_ID.finditer(text):
        add(m, (m["doc"],), m["path"])
    for m in _ARTICLE.finditer(text):
        art, item = cn_to_int(m["art"]), cn_to_int(m["item"]) if m["item"] else None
        sub = m["sub"] or m["sub2"]
        if not art or (m["item"] and item is None):  # 第0條 is no article
            continue
        path = _join(art, item, cn_to_int(sub) if sub else None) + _note(m)
        if m["notesub"]:
            path += f".{cn_to_int(m['notesub'])}"
        add(m, _ARTICLE_DOCS, path)
    for m in _ARTICLE_EN.finditer(text.lower()):
        add(m, _ARTICLE_DOCS, _join(m["art"], m["item"] or m["item2"] or m["item3"]))
    for m in _SECTION.finditer(text):
        stem = _STEMS.index(m["stem"]) + 1 if m["stem"] else None
        path = _join(cn_to_int(m["top"]), cn_to_int(m["sec"]), m["sub"] and int(m["sub"]),
                     m["subsub"] and int(m["subsub"]), stem) + _note(m)
        add(m, ("hpa-mammo",), path)
    for m in _SECTION_EN.finditer(text):
        top = m["top"].lower()
        path = _join(_EN_ORDINAL.get(top) or int(top), int(m["sec"]), m["sub"] and int(m["sub"]),
                     m["sub"] and m["subsub"] and int(m["subsub"]))
        add(m, ("hpa-mammo",), path)
    for m in _SECTION_ZH.finditer(text):
        sub = m["sub"]
        path = _join(cn_to_int(m["top"]) if not m["top"].isdigit() else int(m["top"]),
                     cn_to_int(m["sec"]) if not m["sec"].isdigit() else int(m["sec"]),
                     (cn_to_int(sub) if not sub.isdigit() else int(sub)) if sub else None)
        add(m, ("hpa-mammo",), path)
    for m in _DOTTED.finditer(text):
        path = m["path"]
        if path.count(".") < 2 and not _DOTTED_CONTEXT.search(text[: m.start()]) and text.strip() != path:
            continue
        add(m, DOC_IDS, path)
    return [(docs, path) for _, docs, path in sorted(found, key=lambda f: f[0])]


def lookup(corpus: Corpus, query: str, doc: str | None = None) -> list[Clause]:
    """The clauses `query` names explicitly that exist in `corpus` (no duplicates, in query order)."""
    hints = doc_hints(query)
    out: dict[str, Clause] = {}
    for docs, path in parse_references(query):
        candidates: Iterable[str] = [doc] if doc else docs
        existing = [d for d in candidates if d in docs and f"{d}/{path}" in corpus]
        preferred = [d for d in existing if d in hints]
        for d in preferred or existing:
            clause = corpus.get(f"{d}/{path}")
            if clause is not None:
                out.setdefault(clause.id, clause)
    return list(out.values())


def missing_articles(corpus: Corpus, query: str) -> list[tuple[int, list[str]]]:
    """Articles `query` names (第十五條, article 20) that none of the regulations it may mean has:
    [(article, regulations searched)]. A question that names only the HPA text (no articles) has none."""
    hints = doc_hints(query)
    searched = [d for d in _ARTICLE_DOCS if not hints or d in hints]
    if not searched:
        return []
    out: list[tuple[int, list[str]]] = []
    for docs, path in parse_references(query):
        article = int(path.split(".")[0]) if docs == _ARTICLE_DOCS else None
        if article and not any(f"{d}/{article}" in corpus for d in searched) and article not in [a for a, _ in out]:
            out.append((article, searched))
    return out


# A reference the question makes as the object of its ask ("還需要交第二條那些case數證明嗎"): the words after it, up to the
# next break, name a thing; another clause that refers to the same article with those words ("不須附上第二條之個案數
# 證明") is what is asked about, not the article. A thing only such a reference names — a word of it the article's own
# text does not hold (證明) — makes the reference an object; words the article holds itself ("第二條的個案數是多少")
# ask the article.
_AFTER_REF = re.compile(r"[^，,。？?！!；;]{1,16}")
_CJK_BIGRAMS = re.compile(r"[\u3400-\u9fff]+")
REFERENCE_SPAN = 12  # characters after a clause's own "第N條" read as what it refers to there


def bigrams(text: str) -> set[str]:
    """The Han bigrams of `text`."""
    return {run[i:i + 2] for run in _CJK_BIGRAMS.findall(text) for i in range(len(run) - 1)}


def referred_objects(corpus: Corpus, query: str, named: list[Clause]) -> list[Clause]:
    """The named articles the question refers to only as the source of a thing another clause names with the same
    reference (see above): they are no look-up of their own."""
    from knowledge.lexical import intent_terms

    text = normalise(query)
    out: list[Clause] = []
    for clause in named:
        if "." in clause.path or clause.doc not in _ARTICLE_DOCS:
            continue
        ref = next((m for m in _ARTICLE.finditer(text) if cn_to_int(m["art"]) == int(clause.path) and not m["item"]), None)
        after = _AFTER_REF.match(text, ref.end()) if ref is not None else None
        if after is None:
            continue
        words = bigrams(after.group(0)) | {b for t in intent_terms(after.group(0)) for b in bigrams(t)}
        own = bigrams(corpus.full_text(clause.id))
        for other in corpus.clauses:
            if other.doc != clause.doc or other.id == clause.id or other.id.startswith(clause.id + "."):
                continue
            for m in _ARTICLE.finditer(other.text):
                if cn_to_int(m["art"]) != int(clause.path) or m["item"]:
                    continue
                said = bigrams(other.text[m.end():m.end() + REFERENCE_SPAN])
                if len(words & said) >= 2 and (words & said) - own:
                    out.append(clause)
                    break
            if out and out[-1] is clause:
                break
    return out


# An article the question names as what is to be changed, asking how a change is made or takes effect ("想改積分辦法第五條，
# 改完要走什麼程序才能生效", "if we amend article 5, who has to approve it?"): the article is the object of the change, not
# what is asked — the rules' own amendment clause (本辦法經理事會通過…增訂、修改時亦同) answers. No look-up of its own.
_CHANGED = re.compile(r"(?:改|修改|修正|修訂|增訂|變更|更改|刪除|删除)[^，,。？?！!；;]{0,10}?$|"
                      r"\b(?:amend|chang|revis|modif|updat)\w*\s+(?:\w+\s+){0,3}?$",
                      re.I)
_CHANGE_ASKED = re.compile(r"程序|流程|手續|生效|實施|施行|上路|通過|核准|批准|備查|同意|誰|\b(?:procedure|process|steps?|"
                           r"take effect|come into (?:force|effect)|effective|approv\w*|sign(?:s|ed)? off|who)\b", re.I)


def changed_objects(corpus: Corpus, query: str, named: list[Clause]) -> list[Clause]:
    """The named articles the question names as what is to be changed, when it asks how a change is made or takes
    effect (`_CHANGED` right before the reference, `_CHANGE_ASKED` after it): they are no look-up of their own."""
    text = normalise(query)
    out: list[Clause] = []
    for clause in named:
        if "." in clause.path or clause.doc not in _ARTICLE_DOCS:
            continue
        for m in (*_ARTICLE.finditer(text), *_ARTICLE_EN.finditer(text)):
            if cn_to_int(m["art"]) != int(clause.path):
                continue
            if _CHANGED.search(text[max(0, m.start() - 16):m.start()]) and _CHANGE_ASKED.search(text[m.end():]):
                out.append(clause)
                break
    return out
