"""A clause about *other* bodies' activity is no answer to a question about the society's own — and the society's own
clause no answer to a question naming another body by its name (`others_first`).

tsa-cme 第五條 gives credits for the society's own annual meeting (5.1 "參加本會年會") and, apart, for the annual
meetings of other surgery-related societies (5.10 "參加其他外科相關醫學會年會"). Both headings hold 年會, and the
second holds the question's 外科 / 醫學會 as well ("外科醫學會自己的年會給幾分", "the surgical association's yearly
congress"), so the bigrams and the embeddings may put it first. A heading that names its subject as another's
(其他 / 非本會 / 另外) limits the clause to what the question must then say too; when the best hit is such a clause
and the question names no other body, the sibling among the next few hits whose heading is the society's own
(本會 / 本學會) and shares the heading's topic (年會) goes first.

The question names another body by a word for "other" (其他, 別的, 非本會, another, other …), a specialty society
(泌尿科醫學會, 骨科學會, a subspecialty …) or "related / specialty societies".
"""

from __future__ import annotations

import re

from knowledge.corpus import Corpus
from knowledge.promote import moved_first
from knowledge.roles import names_role
from knowledge.textnorm import fold

DEPTH = 4  # the hits after the best that may take its place

# A heading limited to another's activity, and one about the society's own.
_OTHERS_HEADING = re.compile(r"其他|其它|非本(?:學)?會|另外")
_OWN_HEADING = re.compile(r"本(?:學)?會")
# The question names another body than the society itself.
_NAMES_OTHER = re.compile(
    r"其他|其它|別的|别的|另外的|另一個|非本(?:學)?會|不是本會|他院|外院|別家|别家|別的學會|相關(?:醫)?學會|相关(?:医)?学会|"
    r"專科(?:醫)?學會|专科(?:医)?学会|次專科|次专科|[\u4e00-\u9fff]{1,6}科(?:醫|医)?(?:學|学)會|[\u4e00-\u9fff]{1,6}科(?:医)?学会|"
    r"\b(?:other|another|others|non-?(?:tsa|society)|different|subspecialt\w*|specialty (?:society|societies|association)s?|"
    r"related|outside|not (?:on|in) the list|some)\b|"
    # a society described rather than named: related to surgery, of a kind, not on a list ("跟外科有關、但不是…的學會")
    r"有關|相關|相关|那種|那种|那些|有些|某些|某個|某个|一些|不在|不是|不屬|不属|不含|不列|名單|名单", re.I)
# The society's own name, and a specialty before 外科 that makes it another's (胸腔外科醫學會, 整形外科學會 …).
_OWN_NAME = re.compile(r"外科(?:醫|医)?(?:學|学)會$")
_SPECIALTY_BEFORE = re.compile(r"(?:胸腔|整形|神經|神经|小兒|小儿|直腸|直肠|血管|消化|移植|乳房|創傷|创伤|重建|美容|腫瘤|肿瘤|"
                               r"脊椎|心臟|心脏|肝膽|內視鏡|内视镜|手|骨|腦|脑|一般|兒童|儿童)$")
# Folded text and a heading's topic words (bigrams), without the words that mark whose it is.
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_MARKERS = re.compile(r"其他|其它|非本(?:學)?會|本(?:學)?會|另外|參加|相關|之")


def _topic(heading: str) -> frozenset[str]:
    text = _MARKERS.sub(" ", fold(heading))
    return frozenset(run[i:i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1))


# A body named by its proper name: "Taiwan Breast Cancer Society", "the Taiwan Urological Association", "Society of
# Plastic Surgery" (capitalised words before or after the body word), and a Chinese name ending in 學會 ("乳癌醫學會").
_EN_BODY = r"(?:Society|Association|College|Academy|Federation)"
_EN_NAMED = (re.compile(rf"\b(?:[A-Z][\w&'-]*\s+){{1,6}}{_EN_BODY}\b"),
             re.compile(rf"\b{_EN_BODY}\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&'-]*\s*){{1,6}}"))
# Words of a name that say nothing about whose it is: the surgical society's own name holds only these.
_EN_NEUTRAL = re.compile(r"\b(?:Taiwan(?:ese)?|R\.?O\.?C\.?|Republic|China|of|for|the|The|Surg\w*|Society|Association|College|"
                         r"Academy|Federation|Annual|Meeting|Congress|CME|TSA|Does|Do|Did|Is|Are|Can|How|What|Which|When|Will|If)\b")
_ZH_NAMED = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:醫|医)?(?:學|学)會")
_ZH_LEAD = re.compile(r"^.*?(?:參加|参加|去|到|在|的|了|跟|和|與|与)")
# No name at all: 本會, a bare 醫學會.
_ZH_UNNAMED = re.compile(r"本(?:學|学)?會|^(?:醫|医)(?:學|学)會$")


def _own_name(name: str) -> bool:
    """Whether a named body is the surgical society itself ("外科醫學會", "一次外科學會"), not 胸腔外科醫學會."""
    own = _OWN_NAME.search(name)
    return own is not None and not _SPECIALTY_BEFORE.search(name[:own.start()])


def _own_heading(heading: str) -> bool:
    """A heading about the society's own activity (本會年會), not one limited to others' (非本會…)."""
    return bool(_OWN_HEADING.search(heading)) and not _OTHERS_HEADING.search(heading)


def named_body(question: str) -> bool:
    """Whether the question names another body than the surgical society by its proper name (English or Chinese)."""
    for m in (m for pattern in _EN_NAMED for m in pattern.finditer(question)):
        if re.search(r"[A-Z]", _EN_NEUTRAL.sub(" ", m.group(0))):
            return True  # "Taiwan Breast Cancer Society": a name beyond the neutral words
    for m in _ZH_NAMED.finditer(fold(question)):
        name = _ZH_LEAD.sub("", m.group(0))
        if len(name) > 2 and not _own_name(name) and not _ZH_UNNAMED.search(name):
            return True  # "乳癌醫學會", "台灣乳房醫學會" (not "去一次外科學會年會")
    return False


# The issuer of each rule by the names people give it, which the rule's own text calls 本會 / 本學會 / 本署.
_ISSUER_NAMES = {"tsa-cme": re.compile(r"外科(?:醫|医)?(?:學|学)會"),
                 "tsir-instructor": re.compile(r"介入(?:放射(?:線|线)?)?(?:醫|医)?(?:學|学)會"),
                 "hpa-mammo": re.compile(r"(?:國民|国民)?健康署|(?:國|国)健署|\bhpa\b", re.I)}
# The rule's own text naming its issuer.
_SELF_REFERENCE = {"tsa-cme": re.compile(r"本(?:學)?會"), "tsir-instructor": re.compile(r"本(?:學)?會"),
                   "hpa-mammo": re.compile(r"本署")}


def names_issuer(question: str, doc: str, text: str) -> bool:
    """Whether the question names the issuer of rule `doc` by its name ("外科醫學會自己的年會", "健康署來審的時候") and the
    clause `text` names it as itself (本會 / 本署): the name and the 本會 are one term. 胸腔外科醫學會 is another body."""
    name, own = _ISSUER_NAMES.get(doc), _SELF_REFERENCE.get(doc)
    if name is None or own is None or not own.search(text) or names_other(question):
        return False
    return any(doc != "tsa-cme" or _own_name(fold(question)[:m.end()]) for m in name.finditer(fold(question)))


def names_other(question: str) -> bool:
    """Whether the question names a body other than the society whose rules these are."""
    text = fold(question)
    if any(not _own_name(m.group(0)) for m in _NAMES_OTHER.finditer(text)):
        return True  # (the surgical society itself, "參加外科醫學會年會", is not another)
    return named_body(question)


def prefer_own(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` with the society's own clause first when the best hit's heading limits it to others' activity (see the
    module docstring) and the question names no other body."""
    if len(ranked) < 2:
        return ranked
    best = corpus.get(ranked[0])
    if best is None or not best.heading or not _OTHERS_HEADING.search(best.heading) or names_other(question):
        return ranked
    topic = _topic(best.heading)
    for i, clause_id in enumerate(ranked[1:1 + DEPTH], start=1):
        other = corpus.get(clause_id)
        if other is None or other.doc != best.doc or other.parent != best.parent or not other.heading:
            continue
        if _own_heading(other.heading) and topic & _topic(other.heading):
            return moved_first(ranked, i)
    return ranked


def others_first(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` for a question naming another body by its name ("the Taiwan Urological Association annual meeting",
    "乳癌醫學會年會") whose best hit is the society's own clause (本會年會 60 分): when clauses about others' activity of the
    same topic are among the hits (年會: 5.10 other related societies', 5.3 the specialty societies'), they go first and
    the own clause is dropped, so a figure quoted is never the society's own."""
    best = corpus.get(ranked[0]) if ranked else None
    if best is None or not best.heading or not _own_heading(best.heading) or not named_body(question):
        return ranked
    topic = _topic(best.heading)
    same = [i for i in ranked[1:] if (c := corpus.get(i)) is not None and c.heading and c.parent == best.parent
            and not _own_heading(c.heading) and topic & _topic(c.heading)]
    if not same:
        return ranked
    return same + [i for i in ranked[1:] if i not in same]


# The question places the event abroad: a country or city abroad, 出國 / 國外 / 海外, "abroad" / "overseas" (the lexical
# intent's 國外), or a foreign body's meeting named by its acronym ("ACS年會", "RSNA annual meeting").
_CITIES_ZH = ("維也納|巴黎|倫敦|柏林|慕尼黑|法蘭克福|羅馬|米蘭|巴塞隆納|巴塞羅那|馬德里|里斯本|阿姆斯特丹|布拉格|哥本哈根|斯德哥爾摩|"
              "蘇黎世|日內瓦|布魯塞爾|東京|大阪|京都|橫濱|名古屋|福岡|札幌|神戶|首爾|釜山|紐約|波士頓|芝加哥|舊金山|洛杉磯|西雅圖|"
              "聖地牙哥|聖地亞哥|休士頓|休斯頓|華盛頓|邁阿密|拉斯維加斯|多倫多|溫哥華|雪梨|悉尼|墨爾本|曼谷|吉隆坡|杜拜|迪拜|上海|北京")
_CITIES_EN = (r"vienna|paris|london|berlin|munich|frankfurt|rome|milan|barcelona|madrid|lisbon|amsterdam|prague|copenhagen|"
              r"stockholm|zurich|geneva|brussels|tokyo|osaka|kyoto|yokohama|nagoya|fukuoka|sapporo|kobe|seoul|busan|new\s+york|"
              r"boston|chicago|san\s+francisco|los\s+angeles|seattle|san\s+diego|houston|miami|las\s+vegas|toronto|vancouver|"
              r"sydney|melbourne|bangkok|kuala\s+lumpur|dubai|shanghai|beijing")
ABROAD = re.compile(r"國外|国外|出國|出国|海外|國際|国际|\b(?:abroad|overseas|international)\b"
                    # ("a congress in the US", "went to Japan for …"): a country abroad named after in / to (folded: lower case)
                    r"|\b(?:in|to)\s+(?:the\s+)?(?:us|usa|u\.s\.a?\.?|uk|u\.k\.|states|japan|korea|europe|america|germany|france|"
                    r"britain|england|singapore|australia|canada|thailand|italy|spain|netherlands|switzerland|austria|china|hong kong)\b"
                    # ("去日本開會", "在美國的年會", "赴韓國"): a country abroad after a verb of going or being there
                    r"|(?:去|到|在|赴|飛)(?:了)?(?:美國|美国|日本|韓國|韩国|南韓|歐洲|欧洲|德國|德国|英國|英国|法國|法国|新加坡|香港|澳洲|加拿大|泰國|泰国|"
                    r"義大利|意大利|西班牙|荷蘭|荷兰|瑞士|奧地利|奥地利|大陸|大陆)"
                    # ("去維也納開 ESSO", "在東京的年會", "a congress in Vienna", "flew to Barcelona for …"): a city abroad where
                    # meetings are held, after the same words (folded: Traditional, lower case)
                    r"|(?:去|到|在|赴|飛)(?:了)?(?:" + _CITIES_ZH + r")|\b(?:in|to|at)\s+(?:" + _CITIES_EN + r")\b", re.I)
# ("ACS 年會", "RSNA annual meeting", "ACS Clinical Congress", "DDW Annual Meeting"): an acronym's meeting, words between
_ACRONYM_MEETING = re.compile(r"(?<![A-Za-z])(?!(?:TSA|TSIR|HPA)\b)[A-Z]{2,6}(?:\s+[A-Z][a-z]+){0,2}\s*(?:年會|年会|大會|大会|"
                              r"[Aa]nnual [Mm]eeting|[Cc]ongress)")
# (… or said attended with no word for meeting after it: "去維也納開ESSO", "參加 CIRSE 回來", "去開ASCO"): an acronym after a verb
# of attending (not the society's own, nor an acronym that is no meeting: IRB, SCI, CME)
_ACRONYM_ATTENDED = re.compile(r"(?:開|开|參加|参加|出席|去|赴)(?:了)?\s*(?!(?:TSA|TSIR|HPA|IRB|SCI|CME|MDT|ICU|OR|ER)(?![A-Za-z]))"
                               r"[A-Z]{3,6}(?![A-Za-z])")
_ABROAD_HEADING = re.compile(r"國外|國際")


# The society's own meeting named ("回台參加本會年會", "外科醫學會的年會", "the society's own annual meeting"): wherever the
# person practises, that meeting is the one attended.
_OWN_MEETING = re.compile(r"本(?:學)?會(?:的)?(?:年會|月會)|(?<![\u4e00-\u9fff])外科(?:醫)?學會(?:的)?(?:年會|月會)|"
                          # (round 49: the society's meeting said bare after a verb or a count, "去一次學會年會", "參加學會
                          # 月會" — not another's, "泌尿科學會年會", nor a specialty's "醫學會年會")
                          r"(?:(?<![\u4e00-\u9fff])|(?<=[去加席開开次趟場场個个的]))學會(?:的)?(?:年會|月會)|"
                          r"\b(?:the society'?s|tsa'?s?|our society'?s) (?:own )?(?:annual|monthly) meeting", re.I)


# Where the person has come back from ("剛從美國fellowship回來", "從日本進修回國", "just back from a fellowship in the US"):
# the person's story, not where the activity asked was held — when the rest of the question names that activity.
_BACK_FROM = re.compile(r"(?:剛|刚|才|已經|已经|已)?(?:從|从|自)[^，,。？?！!；;]{1,20}?(?:回來|回来|回國|回国|回台|回臺)|"
                        r"\b(?:just\s+)?(?:got\s+|came\s+|coming\s+)?(?:back|returned|returning|home)\s+from\s+[^,;.?!—–]{1,48}", re.I)
_MEETING_NAMED = re.compile(r"年會|年会|月會|月会|研討會|研讨会|會議|会议|\b(?:meetings?|congress(?:es)?|conferences?|symposi(?:um|a))\b",
                            re.I)


def without_background(question: str) -> str:
    """`question` without where the person came back from (`_BACK_FROM`), when what is left still names a meeting ("剛從
    美國fellowship回來…去一次學會年會可以拿幾分" → the annual meeting asked); unchanged otherwise ("剛從日本開完JSS年會回來，
    可以拿幾分": the meeting is the one abroad)."""
    bare = _BACK_FROM.sub(" ", question)
    return bare if bare != question and _MEETING_NAMED.search(bare) else question


def places_abroad(question: str) -> bool:
    """Whether the question places the activity abroad (see `ABROAD`) and does not name the society's own meeting (where
    the person came back from is no place of the activity: `without_background`)."""
    from knowledge.lexical import intent_terms, meeting_abroad

    question = without_background(question)
    if _OWN_MEETING.search(fold(question)):
        return False
    return bool(ABROAD.search(fold(question)) or _ACRONYM_MEETING.search(question) or _ACRONYM_ATTENDED.search(question) or "國外" in intent_terms(question) or
                meeting_abroad(question))


def abroad_first(question: str, ranked: list[str], corpus: Corpus, *, drop_own: bool = False) -> list[str]:
    """`ranked` with the clause on meetings abroad (國際性或國外醫學會) first when the best hit is the society's own
    (本會年會, held at home) and the question places the meeting abroad ("去美國開 ACS 年會"): its own annual meeting is
    not what was attended. (A member practising abroad at a local meeting is another clause, 第七條, never the own one.)
    With `drop_own` the own clause is left out (the line quotes no figure of it, as `others_first`)."""
    best = corpus.get(ranked[0]) if ranked else None
    if best is None or not best.heading or not places_abroad(question):
        return ranked
    if _ABROAD_HEADING.search(best.heading):  # already first: with `drop_own`, its own-meeting siblings go
        return [ranked[0], *(x for x in ranked[1:] if not _own_sibling(x, best, corpus))] if drop_own else ranked
    if not _own_heading(best.heading):
        return ranked
    for i, clause_id in enumerate(ranked[1:1 + DEPTH], start=1):
        other = corpus.get(clause_id)
        if other is not None and other.doc == best.doc and other.parent == best.parent and other.heading and \
                _ABROAD_HEADING.search(other.heading):
            return [ranked[i], *(x for x in ranked[1:] if x != ranked[i])] if drop_own else \
                moved_first(ranked, i)
    return ranked


# Where the question places what was done: at home ("在國內的研討會", "in Taiwan", "a domestic meeting") or abroad (ABROAD).
HOME = re.compile(r"國內|国内|台灣|臺灣|台湾|本土|\b(?:domestic(?:ally)?|in taiwan|local(?:ly)?)\b", re.I)
_HOME_TEXT = re.compile(r"國內")  # a clause's own word for it
_ABROAD_TEXT = re.compile(r"國外|國際|出國|國內外|國內、外")  # (國內外: both)


def asked_place(question: str) -> str | None:
    """"home" or "abroad" when the question places what was done at home or abroad (not both), else None."""
    text = fold(question)
    home, abroad = bool(HOME.search(text)), bool(ABROAD.search(text))
    if home == abroad:
        return None
    return "home" if home else "abroad"


def _places(clause: object) -> set[str]:
    """The places a clause's heading and text name: "home" (國內), "abroad" (國外 / 國際 / 出國)."""
    text = fold(f"{getattr(clause, 'heading', None) or ''} {getattr(clause, 'text', '')}")
    return {p for p, cue in (("home", _HOME_TEXT), ("abroad", _ABROAD_TEXT)) if cue.search(text)}


def asked_place_first(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` with the first hit (within DEPTH, of the same regulation) naming the place the question puts what was
    done moved first, when the best hit names only the other place: "在國內的介入研討會當座長，能抵多少" met first by the
    clause on meetings abroad (國外…一次可抵 15 分) gives way to the one stating the figure at home (國內 20 分); "出國進修"
    met first by 國內進修 to 國外進修."""
    place = asked_place(question)
    best = corpus.get(ranked[0]) if ranked and place else None
    if best is None or _places(best) != {"abroad", "home"} - {place}:
        return ranked
    for i, clause_id in enumerate(ranked[1:1 + DEPTH], start=1):
        other = corpus.get(clause_id)
        if other is not None and other.doc == best.doc and place in _places(other):
            return moved_first(ranked, i)
    return ranked


def _own_sibling(clause_id: str, of: object, corpus: Corpus) -> bool:
    """A clause beside `of` (same parent) about the society's own activity (本會年會)."""
    clause = corpus.get(clause_id)
    return clause is not None and clause.parent == getattr(of, "parent", None) and bool(clause.heading) and \
        _own_heading(clause.heading)


# a meeting named (開會, 研討會, 年會, "congress", "conference"): not a spell of training abroad (出國進修), another clause
# (… or by its acronym only, after a verb of attending: "去維也納開 ESSO", "參加 CIRSE" — folded, lower case; not "開 order")
_MEETING = re.compile(r"(?<!學)會(?!員)|(?:開|參加|去)[^，,。？?\s]{0,12}學會|研討|"
                      r"(?:開|參加|出席)(?:了)?\s*(?!(?:order|orders|tsa|tsir|hpa|irb|sci|cme|mdt|icu|case|cases)\b)[a-z]{3,6}\b|"
                      # ("went to ESSO in Vienna", "attended CIRSE in Barcelona": a short name held in a city abroad)
                      r"\b(?:attended|went\s+to|was\s+at|were\s+at|flew\s+to|going\s+to|go\s+to)\s+(?:the\s+)?[a-z]{3,6}\s+(?:\d{4}\s+)?in\s+(?:"
                      + _CITIES_EN + r")\b|\b(?:congress|conf|conference|meeting|symposium|summit|workshop)s?\b")
_ATTACHES = re.compile(r"檢附")  # a note or item on what an applicant attaches (申請者應檢附文件, 須檢附…影本)


def asks_documents(question: str) -> bool:
    """Whether the question asks what to hand in ("what do I attach / send", 要交什麼, 需要附哪些文件): the 檢附 family
    of knowledge.lexical (INTENTS for Chinese, PHRASES for English)."""
    from knowledge.lexical import expand_query, intent_terms

    return "檢附" in intent_terms(question) or "檢附" in expand_query(question)


# The case count handed in (個案數證明, "case numbers", "case log"): an instructor applicant's, no meeting's proof.
_CASE_COUNT = re.compile(r"個案數|个案数|病例數|病例数|例數|例数|\bcase\s+(?:numbers?|counts?|logs?|lists?)\b", re.I)


def abroad_documents_first(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` with the note on what to attach for a meeting abroad (the 檢附 part of the clause headed 國際性或國外醫學會)
    first, when the question places the meeting abroad and asks what to hand in, and the note is among the hits after
    the best and the best is no clause on what to attach itself: "went to a congress in Lisbon — what do I send?" is
    neither the presentations' clause nor the fellowship's papers, but "do I attach the abstract of my talk there?" is the
    talk's (its 檢附演講摘要影本 first)."""
    if len(ranked) < 2 or not _MEETING.search(fold(question)) or not asks_documents(question) or not places_abroad(question):
        return ranked
    if _CASE_COUNT.search(fold(question)):
        return ranked  # "lectured 4 times at IR meetings abroad — do I still have to submit the case numbers?": what is
        # handed in is the case count (the instructor rules' exemption), no proof of attending the meeting
    best = corpus.get(ranked[0])
    # already a clause on what to attach for a part taken there (a talk's abstract): it stays — only when the question
    # names such a part ("ACS Clinical Congress — what do I provide?" names none: attending is what is proved)
    if best is None or _ATTACHES.search(best.text) and names_role(question):
        return ranked
    for i, clause_id in enumerate(ranked[:1 + DEPTH]):
        clause = corpus.get(clause_id)
        parent = corpus.get(clause.parent) if clause is not None and clause.parent else None
        if parent is not None and parent.heading and _ABROAD_HEADING.search(parent.heading) and \
                _ATTACHES.search(f"{clause.heading or ''} {clause.text}"):
            return ranked if i == 0 else moved_first(ranked, i)
    # not among the hits read ("上個月去東京開日本外科學會，回來要交什麼": the society's own paperwork clauses meet 學會 and
    # 交): the best hit's regulation's own note on what to attach for a meeting abroad, from the corpus
    notes = [c.id for c in corpus.clauses if c.doc == best.doc and c.parent and (parent := corpus.get(c.parent)) is not None
             and parent.heading and _ABROAD_HEADING.search(parent.heading) and _ATTACHES.search(f"{c.heading or ''} {c.text}")]
    return [notes[0], *ranked] if len(notes) == 1 else ranked
