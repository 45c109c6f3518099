"""The first line of a rules answer: what the question asks for, the clause that says it, one line.

No language model. The line is made of the regulations' own material:

1. the *kind* of answer the question wants (a figure, a period, yes / no, who, which documents,
   a consequence …), read from its wording (the question-shape cues: `bot.question_shapes`; the
   cues here read the clauses);
2. the clause that answers it: the retriever's best hit, read sentence by sentence — does it
   hold what that kind needs (a number, a period, a body that decides …), and how much of the
   question its sentences, its gist and its curated asks share (too little: the line says it is
   unsure);
3. the line: the clause's curated gist (a staff member's one-line summary kept in the corpus
   beside the text, tested against it) — or its own sentence where the gist leaves out what is
   asked (a figure the question states, a letter number, a named standard), a heading's items
   after it, one line per clause the question names — led for a yes / no question (or the first
   alternative of "X 嗎？還是只 Y") by the polarity of the clause's own verdict (its 不得 / 不予 /
   免 …) after the question's own asking verb, and its citation. A grant is no "yes" to "any
   different? / only X? / mandatory? / every time, all?" — the line then states the rule only.

When no clause answers with confidence the line says so and the caller quotes the relevant
clauses; when the two best clauses state different figures both are given, neither is chosen.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from bot.question_shapes import (ASKS_BENEFIT, ASKS_NEGATED, ASKS_PENALTY, WH_ASKS_ITSELF, confirms_reading_en, PLACE_ASKED, HOW_TO_KNOW_WHETHER,
    asks_advice_only, CONFIRMATION_TAG, DEADLINE_PUT, DUTY_FORCE_ASKED,
    ALSO_EN, ANY_WAY, ASKED_UNIT_EN, ASKED_UNIT_ZH, ASKING, ASKS_ADVICE,
    ASKS_ALSO, ASKS_ALWAYS, ASKS_APPENDIX, ASKS_AT_ONCE, ASKS_AUTOMATIC, ASKS_AVERAGE,
    ASKS_A_STOP, ASKS_A_WAY, ASKS_BEFORE, ASKS_CAPPED, ASKS_COUNTS, ASKS_DEONTIC,
    ASKS_DIFFERENT, ASKS_DONE, ASKS_EACH, ASKS_EACH_PLACE, ASKS_ENOUGH, ASKS_FIXED,
    ASKS_EXCLUDED, ASKS_GRADING, ASKS_GUARANTEED, ASKS_INCLUDED, ASKS_KINDS, ASKS_LEAVE, ASKS_LEVELS, NECESSITY_ASKED,
    ASKS_LIMIT, ASKS_LIST, ASKS_MAY, ASKS_MAYBE_BARRED, ASKS_MEASURES, ASKS_NAME,
    ASKS_NEED, ASKS_ONLY, ASKS_ONLY_ONE, ASKS_ONLY_THESE, ASKS_PEOPLE, ASKS_POSSIBLE,
    ASKS_PROCESS, ASKS_REF, ASKS_REQUIRED, ASKS_RULE_EXISTS, ASKS_SAME, ASKS_SOME,
    ASKS_SPLIT, ASKS_STILL, ASKS_SAME_TREATMENT, ASKS_RESTORED, RESTORING_DENIED, ZERO_YEAR_SAID, ASKS_TAKEN, ASKS_WHICH_CLAUSE, AUX_FIRST, AUX_SUBJECT,
    A_NOT_A_ASK, AnswerKind, BACK_REFERENCE, CLAUSE_AUX, CONSEQUENCE_TAIL, DEMONSTRATIVE,
    DOING_WITHOUT, ELLIPTIC, ENOUGH_FIRST, EN_WH, EXAMPLES, FOLLOW_UP,
    COUNT_LOOKED_AT, HOW_OFTEN, IF_SO, KIND_CUES, PREPARE, LEAD_PHRASE_AUX, LISTED_BACK, LOOKED_UP,
    LOOKS_AT, ONLY_OR_ALSO, OR_NOT, PARTS_ASKED, PARTS_COUNTED, PIECES, REFUSAL,
    ASKS_GRADED, GRADED_HOW, GRADE_RANGE, REPORTED_ASK, RULE_TAG, SECOND_WH, STILL, SUBORDINATE, still_stated, ASKING_VERB as STILL_ASKING_VERB, WHICH_FIGURE, WH_IN_RECORD,
    WH_IN_RECORD_EN, ZH_ASKS, ZH_WH, ZH_YES_NO, embedded_wh, question_pieces,
    rule_tag_after_ask, some_for_which, zh_tail,
)
from bot.scope import EN_STOP
from bot.vague import find_vague
from core.memo import per_answer
from knowledge.agents import either_sentence, offered_parties
from knowledge.conditions import rules_on_listed
from knowledge.corpus import Corpus
from knowledge.labels import en_label
from knowledge.lookup import doc_hints
from knowledge.models import Clause
from knowledge.negations import asked_against, negates_asked, polarity_settles
from knowledge.conditions import asks_both_or_either
from knowledge.definitions import short_form_asked
from knowledge.siblings import SEVERAL_AT_ONCE, grants_several, only_or_also, set_aside, several_ruled
from knowledge.siblings import terms as sibling_terms
from knowledge.numerals import cn_to_int
from knowledge.others import ABROAD, abroad_first, names_issuer, others_first
from knowledge.roles import category_unsettled, lists_named_term
from knowledge.shapes import WHO_CHOICE
from knowledge.datasource import asks_source, names_source
from knowledge.textnorm import fold, taiwan_words


# What a clause must hold to answer each kind (checked on the folded clause text).
_NUM = r"[0-9]+(?:[.,][0-9]+)?|[零〇一二兩三四五六七八九十百千壹貳參肆伍陸柒捌玖拾佰仟]+"
KIND_NEEDS: dict[str, re.Pattern[str]] = {
    "period": re.compile(rf"(?:{_NUM})\s*(?:年|個月|月|天|日|週)|期滿|屆滿|之前|以前|以內|內|前|起"),
    "number": re.compile(rf"(?:{_NUM})\s*(?:分|案|例|人|名|元|%|篇|次|小時|天|個月|年|位|項|張|組|台|歲)|百分之"),
    "documents": re.compile(r"證明|文件|資料|簽名單|證書|影本|名單|公文|報告|摘要|信封|表"),
    "who": re.compile(r"由|委員會|本會|醫師|機構|單位|署|學會|申請者|人員|放射師|主任"),
    "consequence": re.compile(r"輔導|停止|停權|扣|不予|須參加|應參加|暫停|取消|註銷|撤銷|不得|追蹤|不給付|不受理|處理"),
}
# What a line must keep for each kind, when choosing between a clause's gist and its sentence.
DETAIL_NEEDS: dict[str, re.Pattern[str]] = {
    **KIND_NEEDS, "where": re.compile(r"網址|https?://|www\.|\.gov|\.tw|地址|郵寄|寄至"),
    # (an English gist states a period in its own words: "before the next review", "within 6 months")
    "period": re.compile(KIND_NEEDS["period"].pattern + r"|\b(?:before|within|until|by the|no later than|[0-9]+\s*"
                         r"(?:-\s*)?(?:years?|months?|days?|weeks?))\b", re.I)}

# A verdict's negation in the regulations' wording (不論 / 不同 / 不定期 are not negations).
# (非得 / 非要 "must" and 非常 "very" deny nothing: "非得是第一作者嗎" asks as 一定要 does)
NEGATION = re.compile(r"(?<!恕)不(?!論|同|定期|限於|分[國男女年等大地])|勿|未(?!滿|達|於)|無須|毋須|免|停止|恕不|禁止|非(?!得|要|常)")
# English denials a line or a gist may make (each needs a negation in the cited text).
EN_NEGATION = re.compile(r"\b(?:not|no|never|exempt|stop|stops|stopped|cannot|without|neither|nor)\b|n't\b", re.I)
# What supports a denial a text words without a negation, when the line states it too: a restriction the question
# does not meet (限第一作者 / "first author only"), advice that is no obligation (建議 / "advised"), one rule that
# follows another (同…規定 / "the same rules"). (text cue, line cue)
DENIAL_GROUNDS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # "a case report still 50?" met by "…50 分…若為病例報告，積分減半": the line states the change (`figure_changed_for_case`)
    (re.compile(r"減半|加倍"), re.compile(r"減半|加倍|\bhal(?:f|ved)\b|\bdoubl", re.I)),
    # "category 2 算在內嗎" met by a list of codes without it ("category「0」、「3」、「4」、「5」"): the line names the list
    (re.compile(r"category\s*[（(]?\s*[「\"']?\s*[0-9]\s*[」\"']?\s*[、,，]", re.I),
     re.compile(r"不在所列|\bnot among those listed\b", re.I)),
    (re.compile(r"限(?!制)|僅"), re.compile(r"限(?!制)|僅|\bonly\b", re.I)),
    (re.compile(r"建議|鼓勵"), re.compile(r"建議|鼓勵|\b(?:advis|recommend|encourag|suggest)", re.I)),
    (re.compile(r"(?<![不共如])同(?![時意步等一])|比照|準用"), re.compile(r"(?<![不共如])同(?![時意步等一])|比照|準用|\bsame\b", re.I)),
    # "every item, every time?" met by a rule of discretion ("視需要…就全部或部分", "其中之一即可"): not necessarily
    (re.compile(r"視需要|視情況|全部或部分|或部分|其中之一|任一項即可|即可"), re.compile(r"^(?:不一定|不用|not necessarily|no:)", re.I)),
    # "averaged across the units?" met by a rule counting each on its own ("係分別計算每台…"): the line states it
    (re.compile(r"分別(?:計算|計分|評分|評等|審查|核算)|各自(?:計算|計分|評分)|逐台"),
     re.compile(r"分別|各自|逐台|\b(?:separately|each|per unit|individually)\b", re.I)),
    # "averaged?" met by a rule taking one set ("以 2 組…較低組為評等結果", "選出分數最高之 1 組"): the line states which one
    (re.compile(r"(?:最高|最低|較高|較低)(?:之\s*[0-9一]\s*)?組"),
     re.compile(r"最高|最低|較高|較低|\b(?:lower|higher|highest|lowest|best)\b", re.I)),
    # "a fixed figure?" met by a rule of judgement ("依…相關程度核給"): the line says it is not fixed
    (re.compile(r"[依視][^，,。；]{0,30}程度|酌予|酌情"), re.compile(r"^(?:不固定|no fixed)", re.I)),
    # "do both count?" met by a cancellation ("…者，註銷該時間所有…積分"): the line states the cancellation
    (re.compile(r"註銷|注销|撤銷|撤销|取消"), re.compile(r"註銷|注销|撤銷|撤销|取消|\b(?:cancel|revok|void|withdraw)", re.I)),
    # "may the instructor refuse?" met by a duty ("有義務接受…"): the line states the duty (`REFUSAL`)
    (re.compile(r"有義務|有义务|不得拒絕"), re.compile(r"義務|义务|\b(?:must|obliged|duty|required)\b", re.I)),
    # "only X?" met by a text listing X with others and no 限 / 僅 ("本會及各教學醫院或醫事團體"): the line says not only
    (re.compile(r"及|或|、|與|以及"), re.compile(r"^(?:不只|not only)", re.I)),
    # "fixed?" met by a text saying the rule changes ("標準將逐年調整"): the line states the change
    (re.compile(r"(?:逐年|隨時|每年|定期|得|將|視需要)(?:予以)?(?:調整|修正|修訂|變更)"),
     re.compile(r"調整|修正|修訂|變更|\b(?:adjust|revis|amend|chang|updat)", re.I)),
    # "a fixed value?" met by a text leaving it to judgement ("依其與外科相關程度核給"): the line says it depends
    (re.compile(r"[依視][^，,。；]{0,30}程度|視[^，,。；]{0,8}(?:情況|需要|而定)|酌予|酌情"),
     re.compile(r"程度|視|酌|\b(?:depend|according to|relevan)", re.I)),
    # a figure short of the text's threshold ("第七年" against "8年以上", "45 a day" against "上限 40"): the line restates
    # the threshold (`_short_of`)
    (re.compile(r"以上|至少|不少於|不得少於|不低於|以下|以內|為限|上限|最多|不得超過|不超過|未滿|(?<![不])滿"),
     re.compile(r"以上|至少|不少於|不得少於|不低於|以下|以內|為限|上限|最多|不得超過|不超過|未滿|(?<![不])滿|"
                r"\b(?:or more|at least|at most|up to|no more than|maximum|minimum|within|cap)\b", re.I)),
)
# The question's own A-not-A forms (可不可以, 能不能 …) are how Chinese asks yes / no, not negations.
_A_NOT_A = re.compile(r"(.)不\1|有沒有|是不是|可不可以|需不需要")
# The polarity words, by the verb the question uses.
# (A verb inside a noun is not the question's verb: 月會 / 學會 / 本會, 許可 / 核可, 摘要 / 重要, 計算 / 折算.)
# The one who brought the question, before it ("有會員來電問：…", "有同事問我", "有学员问"): 有 tells who asked, it asks
# nothing.
STORY_TELLER = (r"(?:個|个|位|一位|一個|一个|些)?(?:會員|会员|人|同事|醫師|医师|醫生|医生|學員|学员|朋友|同仁|病人|老師|老师|學弟|"
                r"学弟|學妹|学妹)(?:來電|来电|打電話|打电话|私訊|私讯|寫信|写信)?(?:問|问|說|说|反映)")
MODALS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # "還來得及嗎": in time or not (never the 要 / 會 of the story before it: "…就要開了", "讀書會")
    (re.compile(r"來得及|来得及|趕得上|赶得上"), "來得及", "不行"),
    (re.compile(r"可以|可否|能否|能不能|可不可以|(?<![功技性機])能|(?<![許核認])可|(?<![a-z])ok(?![a-z])|okay|行嗎|行不行"),
     "可以", "不可以"),  # (這樣 OK 嗎 / 行不行 ask permission too)
    (re.compile(r"需要|需不需要|要不要|必須|須|需|(?<![重摘概主])要|[還还仍]得"), "需要", "不需要"),
    # (打算: a plan; 算是 "counts as being" asks with its copula: "…算是後續審查的項目嗎" → 是 / 不是)
    (re.compile(r"算不算|(?<![計折換結預打])算(?!是)|計入|列入|採認|承認"), "算", "不算"),
    (re.compile(r"會不會|(?<![月年學本協大論談討講機社理委公際])會(?![議員])"), "會", "不會"),  # (會議 / 會員 / 研討會: nouns)
    # (in a list, or within a scope, asked: "也在認列的範圍內嗎", "包含在內嗎", "屬於…嗎" — it is so, or not; never the 有 of
    # the story before it)
    (re.compile(r"(?:在|屬於|属于)[^，,?？]{0,15}(?:範圍|范围|之內|之内|以內|以内|內|内)(?:嗎|吗|[?？]|$)"), "是", "不是"),
    (re.compile(r"(?:包含|包括|涵蓋|涵盖)在內|(?:包含|包括|涵蓋|涵盖)在内"), "包含", "不包含"),
    (re.compile(r"有沒有|(?<![所沒没])有(?!" + STORY_TELLER + ")"), "有", "沒有"),
    (re.compile(r"[夠够]"), "夠", "不夠"),  # "年資夠嗎": enough or not
)
# The A-not-A form that asks, and the polarity words it takes (X不X → X / 不X otherwise).
_A_NOT_A_VERB = re.compile(r"可不可以|需不需要|有沒有|有没有|包不包[含括]|([可能會算要是行用准夠含])不\1")
A_NOT_A_WORDS = {"有沒有": ("有", "沒有"), "有没有": ("有", "沒有"), "可不可以": ("可以", "不可以"),
                 "需不需要": ("需要", "不需要"), "要不要": ("需要", "不需要"), "能不能": ("可以", "不可以"),
                 "用不用": ("需要", "不需要"), "行不行": ("可以", "不可以"), "准不准": ("可以", "不可以"),
                 "含不含": ("有含", "不含"), "包不包含": ("有包含", "不包含"), "包不包括": ("有包括", "不包括")}
_SENTENCE = re.compile(r"[^。；;\n]+[。；;]?")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z]{3,}")
_ACRONYM = re.compile(r"(?<![a-z])(cr|dr|qc|qa|rt|ce)(?![a-z])")  # the regulations' and their readers' two-letter terms

# The retriever's order stands. Re-ranking its top 5 by kind match and term overlap, or by the e5
# similarity of question and gist, was measured: recall@1 +0.02 on the blind development questions,
# −0.05 on the retrieval eval set. The sentence-level reading below only decides what the line says.
CANDIDATES = 5  # how many of the retriever's hits are read (the best one and a possible rival)
CONFIDENT_OVERLAP = 0.2  # below this share (and no look-up, no kind match) the line says it is unsure
# A long question shares a small part of its terms with any clause: this many specific terms in common
# (and the kind of answer asked for) is enough ("…月會我被排去當講者，講者有另外算嗎？" meets 月會 / 講者).
CONFIDENT_TERMS = 2
# The clause's curated asks (knowledge/asks/: questions people ask that it answers) holding this share of the
# question's specific terms: the clause is what is asked about, even when its wording is not the question's
# ("膽道支架那項門檻是幾例" meets "膽道、泌尿道、腸胃道支架要幾例？"). Measured on the development questions: of the
# best hits an ask matches this well, 9 in 10 are the clause the writer meant (as for the other confidence paths).
ASK_CONFIDENT = 0.2
LOOKUPS_MAX = 3  # clauses the question names by number, each given its own line
TIE = 0.95  # two clauses this close that state different figures are both given
# Terms every question and every clause share: a yes / no verdict must rest on something more specific.
GENERIC = frozenset({"積分", "學分", "可以", "年度", "本會", "申請", "規定", "需要", "是否", "分數", "每年", "credit", "credits",
                     "points", "rules"})


_WEB_ADDRESS = re.compile(r"https?://|www\.")


# A clause closed by a plural back reference or an "and such" ("…搬過幾次家這些", "…用了幾年之類的", "…幾次等等"): a topic
# named for what follows, not an ask.
_TOPIC_CLOSED = re.compile(r"(?:這些|这些|那些|這幾[項個樣點]|这几[项个样点]|之類的?|之类的?|等等|這類的?|这类的?|那類的?|那类的?)"
                           r"(?:東西|东西|資料|资料|事情|問題|问题)?\s*[，,]\s*$")


# A wh-word right after an A-not-A ("有沒有什麼情況…", "會不會有哪些…", "是不是有什麼例外"): "any", the question a yes / no.
INDEFINITE_WH = re.compile(r"(?:有沒有|會不會|是不是|能不能)\s*(?:有|還有|还有)?\s*(?:其他|其它|別的|别的|任何)?\s*"
                           r"(?:什麼|甚麼|啥|哪些|哪種|哪類)")


# A kind of place to look something up, offered after a where-ask ("is there an online system?", "網路上查得到嗎", "有系統嗎").
PLACE_GUESSED = re.compile(r"網站|网站|網路|网路|網上|网上|線上|线上|系統|系统|網頁|网页|平台|平臺|\b(?:online|web\s*site|site|"
                           r"system|portal|platform|database|url|link|web)\b", re.I)


# Which of two copies or documents to hand in, asked as a choice ("要附整篇文章還是第一頁就行", "交影本還是正本", "do I attach the
# whole paper or just the first page?"): a documents question.
_ATTACH_CHOICE = re.compile(
    r"(?:附|檢附|交|繳交|繳|送|寄|提供|上傳)(?:上)?[^，,。？?；;]{0,12}?(?:還是|或是|抑或)(?:只要|只需|只|就)?[^，,。？?；;]{0,10}?(?:就行|就好|就可以|即可)|"
    r"\b(?:attach|submit|send|include|upload|hand\s+in)\s+(?:[\w'-]+\s+){0,5}?or\s+(?:just|only)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s*\??",
    re.IGNORECASE)


# What else is handed in, asked after something set aside ("besides the programme cover, do I need to send anything else?",
# "apart from the abstract, is there anything more to attach?", "除了議程封面，還要附其他東西嗎"): the documents not yet named
# are the answer, not a yes / no on the ones named (knowledge.siblings.pass_over_set_aside ranks the one left first)
_ASIDE_NAMED = re.compile(r"\b(?:besides|apart\s+from|aside\s+from|other\s+than|in\s+addition\s+to|on\s+top\s+of)\b|除了|除此之外",
                          re.IGNORECASE)
_ANYTHING_HANDED_IN = re.compile(
    r"\b(?:send|attach|submit|include|provide|hand\s+in|enclose|add|supply|upload|mail)\s+(?:in\s+)?(?:anything|something|"
    r"any(?:thing)?\s+(?:else|more|other)|other\s+(?:documents?|papers?|things?|proof))\b|"
    r"\b(?:anything|something)\s+(?:else|more)\s+(?:to|i|we|that)\s+(?:\w+\s+){0,3}?(?:send|attach|submit|include|provide|hand\s+in)\b|"
    r"(?:還|另外|也)(?:要|需要|得|須|必須)?(?:附|交|送|寄|提供|檢附|準備)(?:上)?(?:其他|別的|其它|什麼其他)(?:的)?(?:東西|文件|資料|證明)?|"
    # (… or what else is done to what is handed in: "除了影本，上面還要圈什麼、寫什麼", "besides the copy, what else do I mark?")
    r"(?:還|另外)(?:要|需要|得|須|必須)(?:再)?(?:圈|圈選|寫|填|註明|標|標註|附|交|送|檢附|準備|做)(?:上|出)?(?:什麼|哪些|啥)|"
    r"\bwhat\s+else\s+(?:do|must|should|shall)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?(?:mark|circle|highlight|write|"
    r"note|fill\s+in|add|attach|send|submit|include|provide|hand\s+in)\b",
    re.IGNORECASE)


def asks_what_else_handed_in(question: str) -> bool:
    """Does the question set something aside and ask whether anything else is handed in (`_ASIDE_NAMED`,
    `_ANYTHING_HANDED_IN`)? Then the documents left are its answer."""
    text = fold(question)
    return bool(_ASIDE_NAMED.search(text) and _ANYTHING_HANDED_IN.search(text))


# Pure functions of a question's text asked again and again in one answer (answer_kind ~7 calls per rules answer, 70 % of
# them of a text asked before; yes_no_piece ~13, 95 %): remembered within the answer (`core.memo.per_answer`).
RECENT_TEXTS = 256

@per_answer(RECENT_TEXTS)
def answer_kind(question: str) -> AnswerKind:
    """The kind of answer the question asks for (first matching cue in KIND_CUES order), read from the
    clause that asks ("…paperwork + workload sheet — what's the monthly cap?": the cap), else the whole.
    A piece with no question word that asks with 嗎 / 吧 / A-not-A ("會被公告出來嗎", "給不給付") or an
    auxiliary and its subject ("…do they want a copy too?") asks yes / no."""
    text = some_for_which(fold(question))
    # (an English sentence's full stop ends a piece too: "…in the reread. Is attending it mandatory?")
    pieces = question_pieces(text)
    # the piece a question mark closes asks ("要附哪些文件？像用了幾年那種": not the example after it)
    asking = next((p for p in reversed(pieces) if ASKING.search(p) and p.rstrip().endswith(("?", "？"))),
                  next((p for p in reversed(pieces) if ASKING.search(p)), text))
    at = pieces.index(asking) if asking in pieces else 0
    if at > 0 and asking.isascii() and EXAMPLES.match(asking) and EN_WH.search(pieces[at - 1]) and \
            pieces[at - 1].rstrip().endswith("?"):
        asking = pieces[at - 1]  # "what do they want about the unit? age of the machine, when it'll be scrapped, moves?":
        # the list after a wh-question gives its examples (the "when" in it asks no date)
    elif at > 0 and ELLIPTIC.match(asking):
        asking = pieces[at - 1]  # "…check the paddle? and the field alignment?": the second asks what the first did
    elif at > 0 and re.match(r"\s*(?:還是|或是|抑或)", asking) and ZH_YES_NO.search(pieces[at - 1]) and \
            ZH_WH.search(asking):
        return "choice"  # "一定每項都查嗎？還是可以只挑幾項？": two courses (the 幾 of the second asks no count)
    if at > 0 and PLACE_GUESSED.search(asking) and LOOKED_UP.search(" ".join(pieces[:at])) and \
            not LOOKED_UP.search(asking) and not EN_WH.match(asking.strip()):
        return "where"  # "where can we look up our count? is there an online system?", "要去哪裡查？網路上查得到嗎":
        # the yes / no after a where-ask guesses the place (the line says Yes / No to it, then the place)
    if WHO_CHOICE.search(text):
        return "who"  # "是國健署自己派人來嗎 還是會有別的單位一起", "does HPA send its own people or does another agency come
        # too?": which body does it, asked as a choice of bodies (knowledge.shapes) — the body the clause names leads
    if not asking.isascii() and HOW_TO_KNOW_WHETHER.search(asking):
        return "other"  # "怎麼知道自己有沒有通過": how the outcome is made known (its 有沒有 is what is learnt, no 有 / 沒有)
    if ASKS_PROCESS.search(asking):
        return "other"  # "整個申請流程大概是怎樣？", "what's the process?": the steps (a heading's items), not what follows
    if not asking.isascii() and (tail := zh_tail(asking)) is not None:
        if CONSEQUENCE_TAIL.search(tail):
            return "consequence"  # "…結果都沒在期限內改好，會怎麼樣？": what follows, not the 期限 the story names
        if BACK_REFERENCE.match(tail) and not ZH_WH.search(tail) and ZH_YES_NO.search(tail):
            return "yes_no"  # "用了幾年、什麼時候報廢…，這些要交東西嗎？": the 幾 / 什麼 name what 這些 points back to
        if _TOPIC_CLOSED.search(asking[:len(asking) - len(tail)]) and not ZH_WH.search(tail) and ZH_YES_NO.search(tail):
            return "yes_no"  # "用了幾年、報廢年限還有搬過幾次家這些，後審需要附說明嗎？": the clause before the comma is a topic
            # its 這些 / 之類 closes (its 幾 names what it holds); the clause after it asks yes / no
        if (back := LISTED_BACK.search(tail)) and not ZH_WH.search(tail[back.end():]) and \
                ZH_YES_NO.search(tail[back.end():]):
            return "yes_no"  # "用了幾年、什麼時候報廢、搬過幾次這些需要寫說明嗎": the list ends in 這些, no comma before it
        if COUNT_LOOKED_AT.search(asking) and ZH_YES_NO.search(tail) and \
                not ZH_WH.search(COUNT_LOOKED_AT.sub("", tail)):
            return "yes_no"  # "…拍了多少案這件事，也算在審查標準裡面嗎": the count is what is checked
        if ZH_WH.search(tail) and next((k for k, cue in KIND_CUES if cue.search(tail)), None) == "where":
            return "where"  # "今年做了幾例篩檢 要去哪裡查？": the count is what is looked up, the place is asked
    if not asking.isascii() and zh_tail(asking) is None and (back := LISTED_BACK.search(asking)) and \
            not ZH_WH.search(asking[back.end():]) and ZH_YES_NO.search(asking[back.end():]):
        return "yes_no"  # "…用了幾年、什麼時候報廢、搬過幾次機房這種東西也要寫文件交嗎": one clause, the list its topic
    if not asking.isascii() and (looked := COUNT_LOOKED_AT.search(asking)) and \
            not ZH_WH.search(asking[:looked.start()] + asking[looked.end():]) and ZH_YES_NO.search(asking[looked.start():]):
        return "yes_no"  # "也會看放射師拍了多少嗎": whether the count is looked at, not the count
    if LOOKED_UP.search(asking):
        return "where"  # "一年篩了多少要去哪裡查？", "where can I check how many we did?": the count is what is looked up
    if not asking.isascii() and WH_IN_RECORD.search(asking):
        # "要附機器用幾年、何時報廢的資料？": the 幾 / 何時 say what the record is of; the record is asked — and with
        # 要不要 / 嗎 around it ("要不要附用了幾年的說明？"), whether that record is needed: a yes / no
        return "yes_no" if ZH_YES_NO.search(WH_IN_RECORD.sub("", asking)) else "documents"
    scope = f"{pieces[at - 1]} {asking}" if at > 0 else asking  # ("…document about the unit - how old it is, …")
    if asking.isascii() and (record := WH_IN_RECORD_EN.search(scope)):
        # "do we need a doc on how old the unit is, when it's retired?": whether the record is needed (an auxiliary
        # before it asks); "what do we need to document about …?", or no auxiliary: the record itself
        before = scope[:record.start()]
        return "yes_no" if not EN_WH.search(before) and (AUX_SUBJECT.search(before) or AUX_FIRST.match(before.strip())) \
            else "documents"
    if WHICH_FIGURE.search(asking):
        return "number"  # "is that worth 5 or 10?", "算 5 分還是 10 分": which of two figures is a figure asked
    if not asking.isascii() and ZH_YES_NO.search(asking) and not ZH_WH.search(asking) and \
            (rest := text[text.find(asking) + len(asking):] if asking in text else "") and \
            (alt := re.match(r"\s*(?:還是|还是|或是|抑或)", rest)) and _ONLY_ALTERNATIVE.match(rest[alt.end():]) and \
            not ZH_WH.search(rest):
        return "yes_no"  # "外科部自己開的課程有沒有在範圍裡？還是一定要學會主辦才行": the alternative only restricts — the
        # first piece's yes / no answers both (有 — so not only the society's)
    if asks_what_else_handed_in(question):
        return "documents"  # "besides the cover and the circled page, do I need to send anything about the content?": what
        # else is handed in — the document not named leads, never a yes on the ones set aside
    if _ATTACH_CHOICE.search(text):
        return "documents"  # "要附整篇文章還是第一頁就行？", "whole article or just the first page?": which copy is handed in
        # is what is attached — the clause listing the documents answers, not one lifting another duty (不須附…個案數)
    if dict(KIND_CUES)["choice"].search(text) and not STILL.search(text) and not still_stated(text):
        return "choice"  # "是不是每次都查？還是看情況": the alternative spans the pieces
    if OR_NOT.search(asking) and not EN_WH.search(asking) and not ZH_WH.search(asking):
        return "yes_no"  # "X, or not?" / "…與否": whether, not which
    if ASKS_LIMIT.search(asking):
        return "number"  # "is there a yearly ceiling …?" / "有上限嗎": the answer is the figure, not a yes
    if asking.isascii() and ANY_WAY.search(asking) and not EN_WH.match(asking.strip()):
        return "yes_no"  # "any way to get out of paying the fee?", "is there an exemption …?": whether there is one
    if asking.isascii() and (sub := SUBORDINATE.match(asking)) and "," in asking and \
            not AUX_SUBJECT.search(asking, sub.end(), asking.index(",")) and ASKING.search(rest := asking.split(",", 1)[1]):
        return answer_kind(rest)  # "when I renew, how many points do I need?": the main clause asks (not when it came
        # before the comma: "when submitting it do I need X, like Y?" — the comma lists examples)
    if asking.isascii() and (sub := SUBORDINATE.match(asking)) and (aux := AUX_SUBJECT.search(asking, sub.end())) and \
            not EN_WH.search(asking[sub.end():aux.start()]) and not SECOND_WH.search(asking, aux.end()):
        return "yes_no"  # "when I submit X do I need Y?": the time clause is no "when?"
    if asking.isascii() and (lead := LEAD_PHRASE_AUX.match(asking)) and not EN_WH.search(lead.group(0)) and \
            (not (wh := SECOND_WH.search(asking, lead.end())) or embedded_wh(asking, lead.end(), wh)):
        return "yes_no"  # "during the site visit do they check …?": the opening phrase is no question of its own
    if asking.isascii() and ENOUGH_FIRST.match(asking) and not SECOND_WH.search(asking):
        return "yes_no"  # "…3 times. enough to skip the case log?": whether what the person has will do
    if AUX_FIRST.match(asking.strip()) and not (asking.isascii() and SECOND_WH.search(asking)):
        return "yes_no"  # "Do I need proof … when I submit?": a yes / no (a later when / what is subordinate)
    if not ZH_WH.search(asking) and ZH_YES_NO.search(asking):
        return "yes_no"
    if not asking.isascii() and (indefinite := INDEFINITE_WH.search(asking)) and \
            not ZH_WH.search(asking[:indefinite.start()] + asking[indefinite.end():]):
        return "yes_no"  # "有沒有什麼情況還是不能用？", "會不會有哪些狀況被停權": the 什麼 / 哪些 after an A-not-A is "any",
        # no wh-word (and the 還是 after it is "still", no alternative)
    if asking.isascii() and (aux := AUX_SUBJECT.search(asking)) and not EN_WH.search(asking[:aux.start()]) and \
            (not (wh := SECOND_WH.search(asking, aux.end())) or embedded_wh(asking, aux.end(), wh)):
        return "yes_no"  # "…do we need a record of how old the unit is?": the auxiliary asks, the later how is its object
    if asking.isascii() and (aux := CLAUSE_AUX.search(asking)) and (not EN_WH.search(aux.group(0)) or (
            (wh := SECOND_WH.search(asking, aux.start())) is not None and not EN_WH.search(asking, aux.start(), wh.start())
            and embedded_wh(asking, aux.start(), wh))):
        return "yes_no"  # "if a van goes 10% over, does HPA still pay …?": a condition, then the auxiliary and its subject
    if confirms_reading_en(asking) or confirms_reading_en(re.split(r"(?<=[?.!])\s+", text.strip())[-1]):
        return "yes_no"  # "random pull score — average of all pulled films?", "self-selected and random pulled both?": a reading
        # put up for confirmation, no verb of its own
    for part in (asking, text):
        for kind, cue in KIND_CUES:
            if cue.search(part):
                return kind
    return "other"


@lru_cache(maxsize=4096)  # clause texts and gists come back for every question
def _terms(text: str) -> frozenset[str]:
    """Comparison terms: Chinese character bigrams and English content words (folded)."""
    text = fold(text)
    out: set[str] = set()
    for run in _CJK_RUN.findall(text):
        out.update(run[i:i + 2] for i in range(len(run) - 1)) if len(run) > 1 else out.add(run)
    out.update(a + b for a, b in _SPLIT_VERB.findall(text))  # 換一次證 states 換證, 考過試 考試
    out.update(w for w in _WORD.findall(text) if w not in EN_STOP)
    out.update(_ACRONYM.findall(text))  # CR, DR, QC: two letters, too short for a word, and the whole topic
    from knowledge.lexical import grade_letters

    out.update("等" + g for g in grade_letters(text))  # the row for the grade asked about ("任一項 D 等：…")
    # a figure with its unit, whatever its numerals: the question's 1年 (read from 一年) meets the clause's 一年內
    out.update(f"#{value:g}{unit}" for raw, unit in _FIGURE_TERM.findall(text)
               if (value := cn_to_int(raw.replace(",", ""))) is not None)
    out.update(f"#1{unit}" for unit in _PER_UNIT.findall(text))  # 每天 states 一天's figure ("一天上限" meets "每天上限")
    return frozenset(out)


# A verb and its object with a count, 過 or a bare 個 between them (換一次證, 開過刀, 蓋個章, 簽個名): the pair is the term
# (not the 個 of a word, 個案 / 個人 / 個別: "附個案數" is no 附案). The count may be in
# digits: the engine reads the question with its numerals as digits ("每六年換一次證" arrives as "每6年換1次證").
_SPLIT_VERB = re.compile(r"([\u4e00-\u9fff])\s*(?:(?:[一兩二三四五六幾每]|[0-9]{1,2})\s*次|[過过]|[個个](?![案人別别體体數数位月性]))(?![零一二兩三四五六七八九十百千幾])\s*([\u4e00-\u9fff])")
_PER_UNIT = re.compile(r"每\s*(年|個月|月|天|日|週|小時)")
_FIGURE_TERM = re.compile(rf"({_NUM})\s*(年|個月|月|天|日|週|分|案|例|人|名|元|篇|次|小時|%)")
# Characters of talk, not topic (particles, pronouns): a question bigram holding one ("的課", "我那") meets no
# clause and only dilutes the share of the question a clause holds.
_TALK = frozenset("了嗎吗吧呢啊呀嘛喔哦欸耶我你他她它們们這这那些個个麼么樣样就都也很把被又再啦")


@lru_cache(maxsize=1024)  # the question, its pieces and its predicate are read by several steps of one answer
def question_terms(question: str) -> frozenset[str]:
    """The question's terms plus the Chinese terms its English words and short forms map to (the retriever's
    tables: 代簽 → 代為簽名)."""
    from knowledge.lexical import expand_query, intent_terms

    out = {t for t in _terms(question) if not (len(t) == 2 and _TALK & set(t))} | {"等" + g for g in _grades(question)}
    for term in expand_query(question) + [t for t in intent_terms(question) if t != "輔導措施"]:
        out |= _terms(term)
    if SEVERAL_AT_ONCE.search(fold(question)):
        out |= {"多重"}  # "兩項一起申請", "more than one area at once": several of a kind (the rule's 單一或多重)
    if _ABSENCE.search(fold(question)):
        out |= {"參加"}  # "缺席了座談會", "翹掉品管討論會": an absence is about attending (the rule's 未參加者 states it)
    for cue, words in _READ_AS:
        if cue.search(fold(question)):
            out |= _terms(words)
    if _CASE_COUNT_EN.search(fold(question)) and not _WITHOUT_EN.search(fold(question)):
        out |= _terms("個案數")  # "do I still have to submit my case numbers?": the text's 個案數 (its 不須附 answers the need);
        # "can I apply without my case numbers?" is read as before — the text's 不須 is the leave asked, no denial of it
    return frozenset(out)


_CASE_COUNT_EN = re.compile(r"\bcase\s*numbers\b|\bnumbers?\s+of\s+cases\b", re.I)
_WITHOUT_EN = re.compile(r"\bwithout\b|\bw/o\b|\bskip\w*|\bno\s+need\b|\bdon'?t\s+(?:have|need)\b|\bexempt", re.I)


# Words people write for the regulations' own, read by the first line only (the retriever ranks on its own tables,
# knowledge.lexical, where these were not measured): the follow-up's short forms (疑陽 = 疑似陽性, 追完 / 追蹤率 = 追蹤完成),
# someone signing for one in English (代為簽名), a talk given as faculty (演講 / 講師).
_READ_AS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"疑陽"), "疑似陽性"),
    (re.compile(r"追(?:蹤)?完(?!成)|追蹤率"), "追蹤完成"),
    (re.compile(r"\bsign(?:s|ed|ing)?\b[^.?!;,]{0,30}?\b(?:for\s+(?:me|him|her|them|us)|on\s+(?:my|his|her|their|our)\s+behalf|"
                r"in\s+my\s+(?:place|stead))\b|\bproxy[- ]sign", re.I), "代為簽名"),
    (re.compile(r"\b(?:gave|given|give|giving)\s+(?:an?\s+)?talks?\b", re.I), "演講"),
    (re.compile(r"\b(?:as|invited)\s+faculty\b|\bfaculty\s+(?:speaker|member)\b", re.I), "講師"),
)


_ABSENCE = re.compile(r"缺席|翹掉|翹了|跳過|沒去|没去|沒出席|没出席|\b(?:never (?:went|attended|showed up)|did(?:n'?t| not) (?:go|attend|show up)|"
                      r"skipped|absent|no-?show|missed (?:the |a |an |his |her |their )?(?:[\w-]+ ){0,2}"
                      r"(?:seminars?|meetings?|conferences?|courses?|training|sessions?|classes?))\b")
# A deadline missed, in the asker's words (the text's own: 未於規定時間內 / 未於期限內 / 未能如期 …)
_MISSED_DEADLINE = re.compile(
    r"逾期|過了?(?:期限|時限|截止)|超過(?:了)?(?:期限|時限|改善期|截止)|錯過(?:了)?(?:期限|時限|截止)|"
    r"[沒没未](?:有)?(?:在|於)?(?:期限|時限|規定時間|時間)內|[沒没未](?:有)?(?:如期|準時|按時)|來不及|"
    r"\b(?:missed|miss|misses|missing|blew (?:past|through)|blown (?:past|through)|went past|gone past|overshot|overran|exceeded|"
    r"past|beyond|after|outside|over)\s+(?:the\s+|their\s+|its\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:deadline|time limit|due date|grace period|window)\b|"
    r"\b(?:deadline|time limit|window|grace period)\s+(?:has\s+|had\s+|already\s+)*(?:passed|gone|expired|lapsed)\b|"
    r"\b(?:didn['’]?t|did not|couldn['’]?t|could not|failed to|never)\s+(?:\w+\s+){0,4}?(?:in time|on time|by the deadline)\b|"
    r"\boverdue\b|\btoo late\b", re.I)
# A deadline met, in the asker's words ("在規定時間內改善完了", "fixed it within their deadline", "on time"): a condition of
# the text that it was not met (未於規定時間內…者, 未能如期…者) is not the case's
_MET_DEADLINE = re.compile(r"(?<![沒没未不])(?:在|於)[^，,。？?]{0,8}?(?:時間|期限|時限)內[^，,。？?]{0,6}?(?:改善|補齊|完成|改好|改完|做完|處理|補完)|"
                           r"(?<![沒没未不])(?:如期|準時|按時)|\b(?:within|before|by|ahead of)\s+(?:the\s+|their\s+|its\s+|our\s+)?"
                           r"(?:\w+\s+)?(?:deadline|time limit|due date)\b|\b(?:in|on) time\b", re.I)
_UNTIMELY_CONDITION = re.compile(r"未(?:能)?(?:於|在)?[^，,。；]{0,12}(?:時間|期限|時限)內|未(?:能)?如期")


def _deadline_met(question: str) -> bool:
    """The (folded) question says the thing was done in time, with no negation before it in its clause ("didn't fix it
    by their deadline", "沒有在期限內改善": missed), and says no deadline missed."""
    if _MISSED_DEADLINE.search(question):
        return False
    for m in _MET_DEADLINE.finditer(question):
        start = max((question.rfind(p, 0, m.start()) for p in ",，;；.。?？!！:：—–"), default=-1) + 1
        if not _QUESTION_NEGATED.search(question[start:m.start()] + m.group(0)):
            return True
    return False


_DEADLINE_TERMS = frozenset({"時間", "間內", "期限", "限內", "如期", "規定"})

_EXEMPTS = re.compile(r"不須|無須|毋須|免(?!費)|不需|不必|\bneed not\b|\bexempt(?:ed)?\b|\bwithout\b", re.I)
EXEMPTED_CHARS = 40  # what follows a skip / an exemption, read for the thing done without


def way_to_skip(question: str, clause: Clause) -> bool:
    """The (folded) question asks whether there is a way to do without something, and the clause exempts that very
    thing: they share a term of what follows the skip and the exemption."""
    if not ASKS_A_WAY.search(question) or (skip := DOING_WITHOUT.search(question)) is None:
        return False
    asked = _terms(question[skip.end():skip.end() + EXEMPTED_CHARS]) - GENERIC
    for text in (clause.text, clause.gist_zh or "", clause.gist_en or ""):
        folded = fold(text)
        if any(asked & _terms(folded[m.end():m.end() + EXEMPTED_CHARS]) for m in _EXEMPTS.finditer(folded)):
            return True
    return False


_GRACE = re.compile(rf"於\s*(?:{_NUM}|半)\s*(?:個月|天|日|週|年)\s*內[^。；]{{0,30}}?(?:補齊|改善|完成|補正|補足)")
_STOPS = re.compile(r"停止|不得|取消|註銷")
_STOPS_AT_ONCE = re.compile(r"立即|立刻|即日起|逕行")


# Whether a period to put things right is given first ("會先給改善期限嗎", "有沒有改善的時間", "寬限期", "do they give us time
# to fix it first?", "is there a grace period?") — not a second one after the first has run out ("可以再延長期限嗎",
# "can we get an extension?")
ASKS_GRACE = re.compile(r"(?:給|留|讓|有)[^，,。？?！!；;]{0,6}?(?:改善|補救|補正|補齊|改正|修正)(?:的)?(?:期限|期間|時間|機會)|"
                        r"(?:寬限|缓冲|緩衝)期|先(?:給|讓)[^，,。？?！!；;]{0,8}?(?:改善|改正|補救|補正)|限期改善|"
                        r"\b(?:grace period|(?:time|deadline|chance|window) to (?:fix|correct|improve|remedy|rectify|put (?:it|things) right))\b",
                        re.I)
_GRACE_OVER = re.compile(r"(?:期限|期間|時間|寬限期)(?:已經?|都|也)?(?:過|到)了|過期|\b(?:expired|passed|ran out|run out|is over|was over)\b",
                         re.I)  # (the period given has run out: "改善期限過了還沒改好")
_ANOTHER_GRACE = re.compile(r"延長|延期|再給|再一次|又給|\b(?:extend\w*|extension|another|more time|again)\b", re.I)
# A text that gives such a period before its stop ("本署將要求限期改善", "須於該會規定時間內完成改善", "須於六個月內補齊")
_GRACE_GIVEN = re.compile(r"限期(?:改善|改正|補正)|(?:於|在)[^。；]{0,20}?(?:時間|期限|期間|個月|天|日)內(?:完成)?(?:改善|補齊|補正|改正)")


def grace_given(question: str, text: str) -> bool:
    """The (folded) question's asking piece asks whether a period to put things right is given (`ASKS_GRACE`), not a second
    one, and with no deadline it says was missed; the (folded) text gives one (`_GRACE_GIVEN`): yes — whatever the text
    bars after the period runs out ("未於期限內改善之儀器，不得用於…" is the stop that follows it, no 不會)."""
    asking = asking_clause(question)  # ("原能會給的改善期限過了，還能用嗎": the use is asked)
    return bool(ASKS_GRACE.search(asking) and not _ANOTHER_GRACE.search(question) and _GRACE_GIVEN.search(text)
                # (a lapse the asking clause states — "doesn't catch up within the grace period, can they keep reading?" —
                # asks what follows the period, not whether one is given)
                and not _QUESTION_NEGATED.search(_A_NOT_A.sub("", asking))
                and not _MISSED_DEADLINE.search(question) and not _GRACE_OVER.search(question))


def grace_before_stop(question: str, text: str) -> bool:
    """The (folded) question's asking piece asks whether a stop comes at once, and the (folded) text gives a period to
    make good before its stop, with no stop at once of its own: the answer is not at once (unless the question says a
    deadline was missed or names a time that has passed)."""
    piece = yes_no_piece(question)
    return bool(ASKS_AT_ONCE.search(piece) and ASKS_A_STOP.search(piece) and (grace := _GRACE.search(text))
                and _STOPS.search(text, grace.end()) and not _STOPS_AT_ONCE.search(text)
                and not _MISSED_DEADLINE.search(question) and not _ELAPSED.search(question))


# Putting the thing asked off until later ("等下次後續審查前再去", "之後再補", "can she wait until the next review",
# "put it off", "postpone") …
# (not 先不管 — "學分的事先不管" sets a matter aside —, nor a bare "later")
_DEFERRAL_ASKED = re.compile(r"等[^，,。？?]{0,16}?再|之後再|之后再|以後再|以后再|晚(?:一)?點再|晚(?:一)?点再|延後|延后|拖到|"
                             r"\b(?:wait(?:s|ing)?\s+(?:until|till|for)|put(?:ting)?\s+(?:it\s+)?off|postpone\w*|defer\w*|"
                             r"hold\s+off)\b", re.I)


# … past the end of what it must be done within ("等證書過期、人回國以後再辦展延", "到期後再申請", "wait until the certificate
# expires and renew when I'm back") — the end word inside the span waited for, not a date the message tells beside it
# ("證書明年到期，可以等回國再辦嗎" waits for the return, which the text's period may still hold)
_PAST_END_ASKED = re.compile(r"等[^，,。？?；;]{0,12}?(?:過期|到期|失效|屆滿|期滿|逾期)[^，,。？?；;]{0,10}?再|"
                             r"(?:過期|到期|失效|屆滿|期滿|逾期)(?:了)?(?:之後|以後|後)[^，,。？?；;]{0,6}?再|"
                             r"\b(?:wait(?:s|ing)?|hold(?:ing)?\s+off)\s+(?:until|till|for)\s+(?:after\s+)?[^,.?;]{0,40}?"
                             r"\b(?:expir\w*|laps\w*|runs?\s+out)\b|"
                             r"\b(?:let|letting)\s+(?:it|(?:the|my|his|her|our|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:expire|lapse|run\s+out)\b", re.I)
# … against a text that requires it within that period ("仍應於證書有效期限內辦理…展延", "應在證書效期屆滿前…提出") and grants
# nothing once it is over (not "…得於…屆滿之日起一年內，補行申請": a late way the text opens)
_WITHIN_PERIOD = re.compile(r"(?:須|應|需|必須)\s*(?:於|在)?[^，,。；;]{0,14}?(?:有效期限|有效期間|效期|期限|期間)\s*(?:屆滿)?\s*(?:內|前)")
_LATE_OPENED = re.compile(r"(?:屆滿|到期|期滿|過期)(?:之日)?(?:起|後)[^，,。；;]{0,10}?內|補行|補提|補申請")


def deferral_barred(piece: str, text: str) -> bool:
    """The (folded) asking piece asks to put the thing off (`_DEFERRAL_ASKED`) and the (folded) text acts at once
    (`_STOPS_AT_ONCE`: 立即停止判讀), or it waits past the end of a period (`_PAST_END_ASKED`) the text requires it
    within (`_WITHIN_PERIOD`), opening no late way (`_LATE_OPENED`): no."""
    if _PAST_END_ASKED.search(piece) and _WITHIN_PERIOD.search(text) and not _LATE_OPENED.search(text):
        return True
    return bool(_DEFERRAL_ASKED.search(piece) and _STOPS_AT_ONCE.search(text))


# A time the piece says has passed ("六個月過了", "半年了還沒補", "after 7 months"): the period may be over — no 不是.
_ELAPSED = re.compile(rf"(?:{_NUM}|半)\s*(?:個月|天|日|週|年)|\b[0-9]+\s*(?:months?|days?|weeks?|years?)\b", re.I)


_OWN_RESTRICTION = re.compile(r"限|僅|[只隻]|唯")  # (folding writes 只 as 隻)


def only_of_many(piece: str, text: str, question: str = "") -> bool:
    """The (folded) asking piece's first course asks whether only something counts, and the (folded) text lists it
    with others and restricts nothing: not only. (A (folded) question also asking about another thing — "只看積分？
    …也會查嗎", "or also …?" — is answered on that other thing: its yes stands.)"""
    if ASKS_ALSO.search(question) or ONLY_OR_ALSO.search(question) or ALSO_EN.search(question):
        return False
    first = re.split(r",?\s+or\b|還是|或是", piece)[0]
    return bool(ASKS_ONLY_THESE.search(first) and _LIST.search(text) and not _OWN_RESTRICTION.search(text))


# How soon the event the person names is, in days ("下禮拜就要開了", "明天", "3 天後", "next week"): the most it can be.
_SOON_DAYS = ((re.compile(r"今天|今日|\btoday\b", re.I), 0), (re.compile(r"明天|明日|\btomorrow\b", re.I), 1),
              (re.compile(r"後天|后天"), 2),
              (re.compile(r"這(?:週|周|禮拜|星期)|这(?:周|礼拜|星期)|本(?:週|周)|\bthis week\b", re.I), 7),
              (re.compile(r"下(?:個|个)?(?:週|周|禮拜|礼拜|星期)|\bnext week\b", re.I), 14))
_DAYS_AWAY = re.compile(rf"(?:還|还)(?:剩|有)?\s*({_NUM})\s*天|({_NUM})\s*天(?:後|后|之後|之后)|\bin\s+([0-9]+)\s+days\b", re.I)
# The text's own advance window and its bar on a late application ("須在開辦前「30天」…申請，未於期限內申請者恕不受理").
_ADVANCE_WINDOW = re.compile(r"前\s*[「『\"]?\s*([0-9]+)\s*天")
_LATE_BAR = re.compile(r"(?:逾期|未於期限內|未在期限內)[^。；]{0,12}?(?:恕不受理|不予受理|不受理|不予)")


# The lead time the person states between the application and the event, in any unit ("開始前兩個禮拜才申請", "提前
# 10 天送件", "離開課只剩三週", "two weeks before the course", "only 10 days ahead"): a span anchored to the event
# (its 前 / before) or to the application's advance (提前 / in advance) — a bare "兩週前" (two weeks ago) is no lead time.
_SPAN_UNIT = r"(?:個|个)?\s*(天|日|週|周|禮拜|星期|個月|个月|月)"
_LEAD_TIME = re.compile(
    rf"(?:開始|開辦|開課|開會|開幕|舉辦|舉行|活動|會議|課程|上課|辦理|研討會|讀書會)(?:日|當天|當日)?(?:之)?前\s*(?:的)?\s*"
    rf"(?:只有|只剩|才|僅|剩|不到)?\s*({_NUM}|半)\s*{_SPAN_UNIT}|"
    rf"提前\s*(?:了)?\s*(?:只有|才|僅|不到)?\s*({_NUM}|半)\s*{_SPAN_UNIT}|"
    rf"(?:只剩|還剩|還有|只有|剩下?|不到)\s*({_NUM}|半)\s*{_SPAN_UNIT}(?:就)?(?:要)?(?:開始|開辦|開課|開會|舉辦|舉行|上課|開)|"
    rf"({_NUM}|半)\s*{_SPAN_UNIT}\s*(?:後|后|之後|之后)(?:才)?(?:要)?(?:開始|開辦|開課|開會|舉辦|舉行|上課|開)|"
    # the time left until the event, the event named first ("離上課只剩兩週", "距離開課剩不到 10 天")
    rf"(?:離|离|距離|距离|距)\s*(?:開始|開辦|開課|開會|開幕|舉辦|舉行|活動|會議|課程|上課|研討會|讀書會)[^，,。？?]{{0,4}}?"
    rf"(?:只剩|還剩|還有|只有|剩下?|不到)\s*(?:不到)?\s*({_NUM}|半)\s*{_SPAN_UNIT}")
_EN_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "few": None, "couple of": 2}
_LEAD_TIME_EN = re.compile(r"\b([0-9]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|couple of)\s+(days?|weeks?|months?)\s+"
                           r"(?:before|ahead|prior|in advance|out\b)|\bin\s+([0-9]+|an?|one|two|three|four|five|six|seven|eight|"
                           r"nine|ten)\s+(weeks?|months?)\b", re.I)
_UNIT_DAYS = {"天": 1, "日": 1, "週": 7, "周": 7, "禮拜": 7, "星期": 7, "個月": 30, "个月": 30, "月": 30,
              "day": 1, "week": 7, "month": 30}


def _lead_days(question: str) -> int | None:
    """The days of lead time the (folded) question states before its event (`_LEAD_TIME`), or None."""
    if m := _LEAD_TIME.search(question):
        groups = [g for g in m.groups() if g]
        count, unit = groups[0], groups[1]
        value = 0.5 if count == "半" else cn_to_int(count)
        return None if value is None else int(value * _UNIT_DAYS[unit])
    if m := _LEAD_TIME_EN.search(question):
        groups = [g for g in m.groups() if g]
        count = _EN_COUNT.get(groups[0].lower(), None) if not groups[0].isdigit() else int(groups[0])
        unit = groups[1].lower().rstrip("s")
        return None if count is None else count * _UNIT_DAYS[unit]
    return None


def _days_away(question: str) -> int | None:
    """The most days the (folded) question puts before its event, or None when it names no near time."""
    if m := _DAYS_AWAY.search(question):
        value = cn_to_int(next(g for g in m.groups() if g))
        return int(value) if value is not None else None
    if (lead := _lead_days(question)) is not None:
        return lead  # "開始前兩個禮拜才申請", "two weeks before the course": the lead time stated, in days
    return next((days for cue, days in _SOON_DAYS if cue.search(question)), None)


def late_for_window(question: str, text: str) -> bool:
    """The text bars a late application to an advance window ("開辦前 30 天…逾期不受理") and the (folded) question's
    event is nearer than that window ("下禮拜就要開了") or its deadline is said to be missed: the bar reaches the case."""
    window, bar = _ADVANCE_WINDOW.search(text), _LATE_BAR.search(text)
    if window is None or bar is None:
        return False
    days = _days_away(question)
    return (days is not None and days < int(window.group(1))) or bool(_MISSED_DEADLINE.search(question))


def sentences(text: str) -> list[str]:
    """The clause's sentences (split at 。；; and line ends), stripped, non-empty."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def best_sentence(q: frozenset[str], text: str) -> tuple[str, float]:
    """The sentence of `text` sharing most of the question's terms `q`, and that share (0–1). A figure the question
    states (#1年 from 隔一年多) decides first: the sentence that holds it is the one about the question's case
    ("…間隔大於一年者，應於一年內參加", not the sentence before it that shares more of the topic's words)."""
    best, share, weight = "", 0.0, (-1, -1, -1)
    for s in sentences(text):
        shared = q & _terms(s)
        # (then a grade the question states, 等d from "got a D": the row for that grade, "任一項 D 等：立即停止攝影", is
        # the one about the question's case, not the all-A row sharing a topic word, "定期接受後續審查")
        score = (sum(t.startswith("#") for t in shared), sum(_GRADE_TERM.fullmatch(t) is not None for t in shared),
                 len(shared))
        if score > weight:
            best, share, weight = s, len(shared) / max(len(q), 1), score
    return best, share


_GRADE_TERM = re.compile(r"等[a-d]")  # a grade's term (`_terms`: "任一項 D 等" → 等d)


# A segment that states the condition, not the verdict: "…者", "…時", "如 / 若 / 倘 / 凡 …".
_CONDITION = re.compile(r"(?:者|時|之時|情形)$|^(?:如果|如|若|倘若|倘|凡|假如)|^(?:於|在|待|俟).{1,30}後$|"  # (於補齊…後: once it is done)
                        # a thing named by what it failed to do ("未於期限內改善之儀器，不得用於…"): the case a verdict rules on
                        r"^[未無沒没][^，,]{1,30}之[\u4e00-\u9fff]{1,4}$")
# English question words that ask about the clause's own negation (waived ~ 免, stop ~ 停止 …): the
# negation is then what is asked about, not a denial.
EN_ASKS_NEGATION: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\b(?:waive[ds]?|exempt(?:ed|ion)?|free of charge|for free|free(?!\s+to\b)|no (?:fee|charge)|get out of pay\w*|avoid pay\w*|"
                r"(?:not|never) (?:have to |need to )?pay\b|without pay\w*|skip (?:the |paying )?(?:fee|payment)s?)", re.I), ("免",)),
    (re.compile(r"\b(?:stop(?:ped|s)?|suspend(?:ed)?|halt(?:ed)?|banned|barred)\b", re.I), ("停止",)),
    # "can I skip the case count proof?", "apply without the case numbers", "don't need to attach …": the text's 不須 (need
    # not) is what is asked, as the Chinese 可以不用附 / 免附 / 不交
    (re.compile(r"\b(?:skip(?:ping)?|without|leave out|leaving out|omit(?:ting)?|dispense with|exempt(?:ed)? from|"
                r"(?:not|never|n['’]?t) (?:have|need) to (?:submit|attach|provide|hand in|include|show|send|give)|"
                r"(?:do|does|did)n['’]?t need|no need (?:to|for))\b", re.I), ("不須",)),
    # "non-tumor", "non SCI", "non-member": the category the text names with 非 (非腫瘤, 非SCI), not a denial
    (re.compile(r"\bnon[- ]?[a-z]", re.I), ("非",)),
    (re.compile(r"\b(?:cancel(?:l?ed)?|revoked?|void(?:ed)?|struck off)\b", re.I), ("取消", "註銷")),
    # "will the extra screenings not be paid?", "unpaid", "won't get reimbursed": the text's 不予給付 is what is asked
    (re.compile(r"\b(?:(?:not|never)\s+(?:be\s+|get\s+|being\s+)?(?:paid|reimbursed|covered)|unpaid|"
                r"(?:won['’]?t|wouldn['’]?t|don['’]?t|doesn['’]?t)\s+(?:be\s+|get\s+)?(?:paid|reimbursed|covered))\b", re.I),
     ("不給",)),
)


# A question that states a negated fact of its own (沒補齊, not yet, 未完成): a mixed verdict may turn on it.
_QUESTION_NEGATED = re.compile(r"[沒没未]|不(?!論|同|定期|限於|只|僅|光)|\b(?:not|no|never|cannot|unable|fail(?:s|ed)?|no longer)\b|"
                               r"\b(?:nobody|no one|no-one|none)\b|"  # "nobody from outside can come"
                               # a lapse stated in English ("missing CE credits", "the make-up deadline passed", "overdue")
                               r"\b(?:missing|missed|lapsed|overdue|short (?:of|on)|behind on|skipp(?:ed|ing)|skips|absent)\b|缺席|翹掉|跳過|"
                               r"\b(?:deadline|window|time limit)\s+(?:has\s+|had\s+|already\s+)*(?:passed|gone|expired|lapsed)\b|"
                               r"逾期|過了?(?:期限|時限)|超過(?:了)?(?:期限|時限)|錯過|來不及|\b(?:blew|blown|went|gone) (?:past|through)\b|"
                               r"\b\w+n['’]t\b|\b(?:didnt|dont|doesnt|cant|couldnt|wont|wouldnt|isnt|wasnt|arent|werent|havent|hasnt|hadnt)\b",
                               re.I)  # (people type "didnt" without its apostrophe)
# The reason the person gives ("…，這樣下課比較不會塞在門口", "so that nobody has to wait"): no negated fact of the case.
# (English: the purpose after the ask, comma or none — "…at check-in so people dont have to wait?" —, its subject, then
# no auxiliary asking of its own: "so can we …" asks)
_RATIONALE_EN = re.compile(r"\s+(?:so (?:that )?|because |since )(?:people|everyone|everybody|nobody|no one|attendees|"
                           r"participants|members|staff|they|we|i|you|he|she|it)\b"
                           r"(?!\s+(?:can|could|do|does|is|are|will|would|should|must)\s+\w+\s*\?)[^,;.?!]*", re.I)
_RATIONALE = re.compile(r"[，,、]\s*(?:這樣|因為|以免|免得|省得|省的|才不用|好讓|才不會|so that|because)[^，,。？?!！]*|" + _RATIONALE_EN.pattern, re.I)
# An English tag ("…, don't they?") asks for confirmation; it states no negated fact.
_EN_TAG = re.compile(r",?\s*\b(?:is|are|do|does|did|can|will|would|should|has|have)n['’]t\s+\w+\s*\?\s*$", re.I)
# A grade the question states ("gets A on every item", "got a C", "評到 C 等"): a sentence about other grades only
# ("任一項 C 等：應…") does not answer yes / no for it.
_EN_GRADE = re.compile(r"(?i:\b(?:gets?|got|getting|graded|grade|scor(?:es?|ed)|receives?|received|rated|rates)\s+(?:an?\s+)?)([A-D])\b|"
                       r"\b([A-D])(?i:\s+(?:grade|rating))\b|"
                       # "came back with a D on one item", "a C in the self-selected set": the letter and its item
                       r"(?i:\b(?:with|had|has|have|an?)\s+)(?:an?\s+)?([A-D])(?i:\s+(?:on|in|for|at)\b)")


# A grade given in talk ("被打 D", "打了個 C", "給了 B", "吃了一個 D", "被評了個 C", "拿了 B"): the marker's verbs are the grader's, not the text's
_ZH_GRADE = re.compile(r"(?:打|給|给|吃|判|評為|评为|評到|评到|評|评|拿到|拿)了?\s*(?:個|个|一個|一个|一項|一项)?\s*([a-d])(?![a-z])")


# Every item at one grade ("各項都A", "全部都是 A", "每一項皆 A 的話"): the grade of the whole set.
_EN_ALL_GRADE = re.compile(r"\b(?i:all|every|straight|only)\s+([A-D])(?:'?s)?\b(?!\s*(?i:grade|rating)?\s*(?:/|or)\b)")
_ZH_ALL_GRADE = re.compile(r"(?:都|皆|全|全部|全都)\s*(?:是|拿|拿到|得到?|為|为|评为|評為)?\s*([a-d])(?![a-z])")


def _asked_grades(text: str) -> set[str]:
    """The grades a question names: as a grade said (`_grades`) or as one item's grade ("有一項C": `_ONE_ITEM_GRADE`)."""
    return _grades(text) | {g.lower() for m in _ONE_ITEM_GRADE.finditer(fold(text)) for g in m.groups() if g}


def _grades(question: str) -> set[str]:
    from knowledge.lexical import grade_letters

    text = fold(question)
    return grade_letters(text) | set(_ZH_GRADE.findall(text)) | set(_ZH_ALL_GRADE.findall(text)) | \
        {g.lower() for g in _EN_ALL_GRADE.findall(question)} | \
        {next(g for g in m if g).lower() for m in _EN_GRADE.findall(question)}


def _negation_key(text: str, m: re.Match[str]) -> str:
    """不 / 未 / 非 with the character after it (不合格 is not 不得); 免, 停止, 恕不 … as they are."""
    word = m.group(0)
    key = word + text[m.end():m.end() + 1] if word in ("不", "未", "非") else word
    if key in ("不予", "未予"):  # the text's formal 不予給付 / 未予採認 deny the verb the question's 不給付 / 沒採認 denies
        key = word + text[m.end() + 1:m.end() + 2]
    # 不用 / 不必 / 免 / 無須 … say one thing: "need not"; so does not handing something in (不交 / 不附 / 不繳 …: "可以不交
    # 個案數證明嗎" meets the text's 不須附)
    return "不須" if key in _NEED_NOT or (word == "不" and key[1:] in _HANDING_IN) else key


# One denial, many wordings: the question's 不用 is the text's 不須 (neither is a denial of the other).
_NEED_NOT = frozenset({"不須", "不需", "不用", "不必", "無須", "毋須", "免"})
_HANDING_IN = frozenset("交附繳送寄填提帶檢")


def _asked_negations(question: str) -> set[str]:
    """The negations the question itself uses (its A-not-A forms removed; English words mapped), in the course it asks
    about: an alternative after it ("要繳費嗎？還是免費？") is another course, whose 免 the text may well state."""
    text = fold(question)
    if (m := _ZH_OR.search(text) or _EN_OR.search(text)) is not None and m.start() > 0:
        question = text = text[:m.start()]
    asked = _A_NOT_A.sub("", text)
    found = {_negation_key(asked, m) for m in NEGATION.finditer(asked)}
    if _ZH_ASKS_STOP.search(asked):
        found.add("停止")  # "是不是馬上就要停判？": the stop is what is asked about (as "stop" in English), not a denial
    if _OUTCOMES[0][0].search(asked):
        found |= {"取消", "註銷", "撤銷"}  # "會不會被取消資格", "could we lose it?": the penalty is what is asked about
    if _DEDUCTION_ASKED.search(asked):
        found.add("扣")  # "也會被拿來扣款嗎", "is it deducted?": so is a deduction
    return found | {zh for cue, words in EN_ASKS_NEGATION if cue.search(question) for zh in words}


# A question's own stop (停判, 停拍, 停照, 停用 …): it asks whether the text's 停止 applies.
# (… or a bare 停 ending its clause: "是馬上停嗎", "要停了嗎", "會直接停還是…" — the stop asked, never 停權 / 停車)
_ZH_ASKS_STOP = re.compile(r"停(?:判|拍|照|讀|看|用|止|掉|做|診)|停(?=\s*(?:了|下來|下来)?\s*(?:嗎|吗|呢|吧|[?？,，。]|還是|还是|或是|$))")


# A bar on an absence or a shortfall ("每年之積分不得有零分", "不得少於 8 年"): a double negative, the requirement of the
# opposite — asked whether it is needed, no denial of what it requires.
_BARS_SHORTFALL = re.compile(r"得\s*(?:有\s*)?(?:零|0|〇)\s*分|得\s*(?:少於|低於|短於|不足|未滿)")


def _denials(segment: str, asked: set[str]) -> tuple[str, list[re.Match[str]]]:
    """The segment's verdict part (after its last 者) and the negations in it the question does not itself ask about."""
    tail = segment.rsplit("者", 1)[-1] if "者" in segment[:-1] else segment
    return tail, [m for m in NEGATION.finditer(tail) if _negation_key(tail, m) not in asked and m.group(0) not in asked]


def _segment_negative(segment: str, asked: set[str]) -> bool:
    return bool(_denials(segment, asked)[1])


def _bars_shortfall_only(segment: str, asked: set[str]) -> bool:
    """Every negation of the segment bars an absence or a shortfall ("每年之積分不得有零分"): the segment requires."""
    tail, found = _denials(segment, asked)
    return bool(found) and all(_BARS_SHORTFALL.match(tail, m.end()) for m in found)


# A grant made only when its condition holds ("…者，始得申請", "才可"): the condition's opposite gets none.
_ONLY_THEN = re.compile(r"^(?:始得|始可|始能|方得|方可|才(?:可|能|得)|(?:始|方|才)(?:得|可|能)?(?:恢復|繼續|重新))")
# A requirement (須 / 應 / 限 / 始得 …): for "may I …?" it is a condition the person may or may not meet.
_REQUIREMENT = re.compile(r"須|應|限|始得|必須|需|要求|義務")
# Negation in a condition ("若未於…改善者", "未能如期補齊者"): 未於 counts here.
_NEGATED_CONDITION = re.compile(r"[未沒没無非]|不(?!論|同|定期|限於)")
_PERMISSION_EN = re.compile(r"\b(?:can|could|may|allowed|ok|okay|still|count|counts|counted|qualify|qualifies|accepted|recogni[sz]ed|"
                            # whether a thing of one's own will do ("is a photo enough?", "would my name tag work?"): a
                            # requirement does not settle it either
                            r"enough|sufficient|suffices?|acceptable|(?:would|will|does|do)\s+(?:[\w'’-]+\s+){0,3}work)\b", re.I)
_NEED_EN = re.compile(r"\b(?:need|needs|must|have to|has to|required?|should|necessary|obliged|obligated|mandatory|compulsory)\b", re.I)


def asks_permission(question: str) -> bool:
    """"可以…嗎 / can I …? / 算嗎 / does it count?" (a requirement does not settle it: whether it is met is
    not known) rather than "需要…嗎 / do I need …?"."""
    text = fold(question)
    if re.search(r"\bonly\b|[只隻]有|[只隻]能|僅限|限於", _before_alternative(yes_no_piece(text)), re.I):
        return False  # "…only counts if it's at a medical centre, right?": the requirement is what is asked
        # (a restriction offered as the alternative, "can I claim it or is it only the presenter?", "可以算嗎還是只有一作才算":
        # leave is asked, the restriction is what may refuse it — `_before_alternative`)
        # (a stated fact before it, "our rounds are internal only.", restricts nothing that is asked)
    # (a restriction offered as the alternative, its question mark left off — "在區域醫院進修可以算嗎 還是一定要醫學中心": the
    # pieces stay one — is what may refuse the leave asked before it, not a need asked: `_before_alternative`)
    for part in (_before_alternative(yes_no_piece(text)), text):  # the piece that asks decides ("…算嗎？主任說要問清楚")
        if _NEED_EN.search(part) or re.search(r"需要|需不需要|要不要|必須|須|得要|還要|也要|一定要|還得|仍得", part) or \
                _still_needed(part):
            return False
        if _PERMISSION_EN.search(part) or re.search(r"可以|可否|能否|能不能|可不可以|能|可|來得及|行嗎|行不行|准不准|(?<![a-z])ok(?![a-z])|okay|算|計入|列入|採認",
                                                          part):
            return True
    return False


# 要 after an adverb of "still" ("證書到期時還是要照時間辦嗎", "仍然要申請嗎", "照樣要交嗎"): the need asked.
_STILL_NEED = re.compile(r"(?:還是|还是|仍然|依然|照樣|照样|一樣|一样|仍)\s*要")


def _still_needed(part: str) -> bool:
    """A need asked with "still" ("…到期時還是要照時間辦展延嗎"): 還是 with no asking verb before it in its clause is
    "still", not "or" ("可以線上送還是要寄紙本" offers two courses — its 可以 is asked)."""
    for m in _STILL_NEED.finditer(part):
        clause = re.split(r"[，,。；;?？!！]", part[:m.start()])[-1]
        if not m.group(0).startswith(("還是", "还是")) or not STILL_ASKING_VERB.search(clause):
            return True
    return False


def _first_alternative(text: str) -> str:
    """The (folded) text before its first alternative ("…可以算嗎 | 還是只有一作才算", "can I claim it | or is it only …")."""
    m = _ZH_OR.search(text) or _EN_OR.search(text)
    return text[:m.start()] if m is not None and m.start() > 0 else text


def _before_alternative(piece: str) -> str:
    """The (folded) piece before an alternative that restricts ("can I claim it | or is it only the presenter?", "二作可以算嗎 |
    還是只有一作才算", "可以申請嗎 | 还是只限发表者"), when the part before it asks leave itself; else the piece."""
    m = _ZH_OR.search(piece) or _EN_OR.search(piece)
    if m is None or m.start() == 0 or not _ONLY_ALTERNATIVE.match(piece[m.end():]):
        return piece
    head = piece[:m.start()]
    return head if _PERMISSION_EN.search(head) or re.search(r"可以|可否|能否|能不能|可不可以|能|可|算|計入|列入|採認", head) else piece


# An alternative that restricts ("or is it only …", "or just the first author", "還是只限…", "还是只有…才算", "還是僅…"):
# the values it names are the ones the person sets their own case against.
_ONLY_ALTERNATIVE = re.compile(r"\s*(?:(?:is\s+it|are\s+they|does\s+it|do\s+they|it'?s|is\s+that)\s+)?(?:\w+\s+){0,2}?(?:only|just|solely|restricted|limited)\b|"
                               r"\s*(?:是|就)?(?:[只隻]|僅|仅|限|必須|必须|一定要)", re.I)  # (folding writes 只 as 隻)


def _same_ask_pieces(text: str, piece: str) -> list[str]:
    """The asking piece, and when it asks again with 也 what an earlier yes / no piece asked ("書審要不要交使用年限？
    搬過的那種也要交代嗎"), that earlier piece too: a sentence sharing words with either answers the same ask."""
    if not ASKS_ALSO.search(piece):
        return [piece]
    earlier = [p for p in question_pieces(text) if p != piece and (ZH_YES_NO.search(p) or p.rstrip().endswith(("?", "？")))
               and not ZH_WH.search(p)]
    return [piece, *earlier[:1]]


def _echo(piece: str) -> bool:
    """A Chinese piece that only ends in a question mark: no 嗎 / 吧 / A-not-A, no 呢 and no wh-word ("積分再多也沒用？")."""
    return not piece.isascii() and not ZH_YES_NO.search(piece) and not ZH_WH.search(piece) and "呢" not in piece and \
        not re.match(r"\s*(?:那|还有|還有|而|至於|至于|或|還是|还是|抑或)", piece)  # (an alternative or another thing asks)


_EN_WH_CLAUSE = re.compile(r"(?:^|[,;:]|\band\b|\bbut\b)\s*(?:so\s+|then\s+)?(?:what|how|which|who|where|when|why)\b(?!\s+(?:if|about)\b)", re.I)


# A piece wholly in brackets ("(就跟積分會上網一樣?)", "(like the credits?)"): an aside, never the ask of its own.
_ASIDE_PIECE = re.compile(r"\s*[(（][^)）]*(?:[)）]\s*)?$")


@per_answer(RECENT_TEXTS)
def yes_no_piece(text: str) -> str:
    """The (folded) piece of the question that asks yes / no: the last with 嗎 / 吧 / A-not-A or a question
    mark, not an alternative to the one before it ("講者有另外算嗎？還是只算出席那一份？": 講者有另外算嗎); the whole
    text when there is none."""
    pieces = question_pieces(text)
    asking = [p for p in pieces if (ZH_YES_NO.search(p) or p.rstrip().endswith(("?", "？")))
              and not re.match(r"\s*(?:還是|或是|抑或)", p)]
    # ("…會被公開在網路上嗎？(就跟積分會上網一樣?)": a piece in brackets is an aside comparing, the ask is before it)
    asking = [p for p in asking if not _ASIDE_PIECE.match(p)] or asking
    plain = [p for p in asking if not (ZH_WH.search(p) and ZH_YES_NO.search(p)) and not (p.isascii() and _EN_WH_CLAUSE.search(p))]
    # (an English piece whose clause opens with a wh-word — "I heard they change, how would we find out?" — asks that,
    # not the yes / no of the piece before)
    if plain and all(_echo(p) for p in plain):
        # ("只查其中幾項，這樣可以嗎？不是每一項都要審？": the 幾 of "some" asks nothing, and the piece left only echoes)
        plain = [p for p in asking if not (ZH_WH.search(some_for_which(p)) and ZH_YES_NO.search(p))]
    if len(asking) > 1 and plain:
        asking = plain  # "…可以雙倍？要交什麼證明嗎": the second asks what (什麼 with 嗎), the first whether; "…都要查嗎？
        # 會不會只挑幾項": the second hopes for another course (幾 = some), the first asks
    if len(asking) > 1 and (told := [p for p in asking if not REPORTED_ASK.search(p)]) and told[0] is asking[0]:
        asking = told  # "…也會被查嗎？資訊室在問要不要準備": what someone else asks, told after the ask, is its context
    if len(asking) > 1 and (CONFIRMATION_TAG.match(asking[-1]) or RULE_TAG.match(asking[-1])):
        asking.pop()  # "聽說月會積分可以加倍？真的嗎": the tag asks whether the claim before it is so — the claim is the ask
        # (and "…可以嗎？學會有沒有規定": whether there is a rule on it asks what the piece before asks)
    if len(asking) > 1 and _echo(asking[-1]) and any(ZH_YES_NO.search(p) for p in asking[:-1]):
        asking.pop()  # "…是不是馬上停判？積分再多也沒用？": a statement said with a question mark after the question
        # (no 嗎, no A-not-A, no wh-word) echoes it; the piece that asks is the one before
    if len(asking) > 1 and (refusing := [p for p in asking if REFUSAL.search(p) and ASKS_LEAVE.search(p)]):
        asking = refusing[:1]  # "可以拒絕嗎？報告要我簽嗎", "can I turn them down? do I sign?": whether one may refuse leads
        # (a duty in the text answers it — 不可以 — and the line states what the duty holds, the other piece's answer)
    if len(asking) > 1 and _TROUBLE_AFTER.match(asking[-1]) and _LEAVE_PIECE.search(asking[-2]):
        asking.pop()  # "簽到單可以請學弟幫我簽嗎？會有事嗎", "can a colleague sign for me? will I get in trouble?": whether
        # trouble follows asks after the leave asked first — its no leads, the line states what follows (註銷…積分)
    while len(asking) > 1 and (IF_SO.match(asking[-1]) or FOLLOW_UP.match(asking[-1]) or
                               (PREPARE.search(asking[-1]) and not PREPARE.search(asking[-2]))):
        # ("可以申請終身證書嗎？之後還要換證嗎": what comes after is asked once the first is answered)
        asking.pop()  # "…都固定嗎？有改的話會另外公告嗎": the second asks only if the first is answered so; the first asks
    # (the reason the person gives asks nothing: "…at check-in so people dont have to wait around?" asks leave, not need)
    # (a Chinese "，這樣…" is often the ask itself — "…，這樣還能展延嗎" —: only the English purpose is set aside here)
    return _RATIONALE_EN.sub("", asking[-1]) if asking else text


# Whether trouble follows, asked after a leave ("會有事嗎", "會不會有問題", "會被抓嗎", "有關係嗎", "will I get in trouble?",
# "would that be a problem?", "any consequences?") …
_TROUBLE_AFTER = re.compile(r"\s*(?:那|那這樣|這樣|这样|那樣|那样)?\s*(?:是不是)?\s*(?:會|会)?(?:不會|不会)?\s*(?:有事|有問題|有问题|怎樣|怎么样|"
                            r"怎麼樣|被抓|被罰|被罚|被查到|出事|有什麼後果|有什么后果|有後果|有后果)\s*(?:嗎|吗|呢|吧)?\s*[?？]?\s*$|"
                            r"\s*(?:會|会)?(?:有|有沒有|有没有)(?:關係|关系|影響|影响|後果|后果)\s*(?:嗎|吗)?\s*[?？]?\s*$|"
                            r"\s*(?:and\s+|so\s+)?(?:will|would|could)\s+(?:i|we|he|she|they|that|it|this)\s+(?:get\s+(?:in|into)\s+trouble|"
                            r"be\s+(?:a|an)\s+(?:problem|issue)|be\s+penali[sz]ed)\b[^?]{0,20}\??\s*$|"
                            r"\s*(?:and\s+)?(?:any|what(?:'s| is| are)?(?:\s+the)?)\s+(?:consequences?|penalt(?:y|ies)|trouble)\b[^?]{0,20}\??\s*$",
                            re.I)
# … the piece before it asking leave ("可以…嗎", "can a colleague …?")
_LEAVE_PIECE = re.compile(r"可以|可否|能否|能不能|可不可以|行嗎|行不行|行吗|\b(?:can|could|may)\s+(?:i|we|he|she|they|someone|somebody|"
                          r"a|my|the|another)\b|\bis\s+it\s+ok(?:ay)?\b", re.I)


# A rule for what lacks something ("未具備美國 FDA 核可之數位乳房 X 光攝影儀，…須同時符合…") …
_LACKING = re.compile(r"(?:未具備|未具有|未具|未經|未取得|非)([^，,。；]{1,24}?)之")
# … and the question denying that it lacks it: its own term stated with no negation anywhere ("我們的機器有 FDA 核可",
# "our unit is FDA-approved"): the rule does not reach the case, its "both" is no answer.
_ANY_DENIAL = re.compile(r"沒有|没有|未|無|无|非|不是|不具|\b(?:not|no|non|without|isn'?t|hasn'?t|doesn'?t|lacks?|lacking)\b|n't\b", re.I)


def _lacking_denied(text: str, question: str) -> bool:
    """The (folded) text sets its rule for what lacks a thing, and the (folded) question names that thing with no
    negation: the case has it, so the rule does not reach it."""
    for m in _LACKING.finditer(text):
        words = set(re.findall(r"[a-z]{2,}", m.group(1))) | {b for run in _CJK_RUN.findall(m.group(1))
                                                              for b in (run[i:i + 2] for i in range(len(run) - 1))}
        named = {w for w in words if w in question}
        if named and not _ANY_DENIAL.search(question):
            return True
    return False


_BOTH_REQUIRED = re.compile(r"(?:須|應|需)同時(?:符合|具備|通過|完成)[^。；]{1,80}?(?:及|與|和|並)")
_DUTY = re.compile(r"有義務|有义务|(?<![不無毋免])(?:應|須|必須)|不得拒絕")  # (不須 / 無須 lifts a duty)


# What makes a sentence a verdict at all: a modal, a grant, a bar (a definition says no yes / no).
_DEONTIC = re.compile(r"得|可|須|需|應|要|限|予|准|計|列入|採認|承認|認定|給|停止|取消|註銷|恢復|受理|義務|免|加倍|折算|扣|不")


# The question states a shortfall of its own ("有一年 0 分", "積分不夠", "a zero year"): a bar on shortfalls refuses it.
_SHORTFALL_SAID = re.compile(r"(?<![\d.])0(?!\d|\.\d)|[零〇]|掛零|挂零|沒(?:有)?(?:積分|學分|分數|分)|没(?:有)?(?:积分|学分|分数|分)|"
                             r"[一1]\s*分(?:都|也)\s*(?:沒|没)|"  # ("2023年一分都沒有": a zero year)
                             r"不[夠够足]|未滿|未满|未達|未达|缺|差|少了|"
                             r"\b(?:zero|nothing|none|nil|short|missing)\b|\bno (?:credits?|points?|cme)\b|\bnot enough\b", re.I)


def _sign(segment: str, asked: set[str], permission: bool, shortfall_said: bool = True) -> bool | None:
    """True: the segment denies; False: it allows (or, for a need question, requires); None: for a
    permission question, a requirement the person may not meet. `shortfall_said`: the question states a shortfall of
    its own (`_SHORTFALL_SAID`)."""
    if _segment_negative(segment, asked):
        # (for "do I need …", a bar on a shortfall requires: "需要每年都有積分嗎" against 每年不得有零分; for "may I …" it
        # refuses only a question that states a zero year or a shortfall of its own — "可以展延嗎" met by "須滿 600 分且每年
        # 之積分不得有零分始得申請" is a condition the person may or may not meet, never a 不可以)
        if not _bars_shortfall_only(segment, asked):
            return True
        return (True if shortfall_said else None) if permission else False
    if permission and _RESTORED_ONLY_AFTER.search(segment):
        return True  # "待參加…訓練後始恢復資格": may she go on until then? no (for "does she need …", it is required)
    if asked & {"免", "不須"} and _FEE_STATED.search(segment):
        return True  # "補發證書免費嗎", "is a replacement free?" met by "若補發證書，費用貳佰元整": a fee is no exemption
    if permission and _PENALTY.search(segment) and not asked & {"取消", "註銷", "撤銷", "扣"}:
        return None  # "…經發現者註銷該時間之繼續教育積分" for "can someone else sign for me?": a penalty grants nothing (it
        # was read as a yes); whether it falls on the act asked is the bar's to say (`_bar_on_predicate`)
    if permission and _REQUIREMENT.search(re.sub(r"不須|不需|無須|毋須|不必", "", segment)):
        return None  # (不須 is no requirement: what the question also denies, a grant of its leave)
    return False


# A right given back once something is done ("於補齊時數及經驗後，始恢復操作資格", "待…通過…後，始恢復判讀資格").
_RESTORED_AFTER = re.compile(r"(?:於|待|俟|直至|直到|至)[^。；;]{0,60}?(?:後|為止)\s*[，,]?\s*(?:始|才|方)(?:得|可|能)?\s*(?:恢復|重新)")


# A consequence that takes something away: credits cancelled, reading stopped, a certificate revoked, a grant refused.
_TAKES_AWAY = re.compile(r"註銷|撤銷|取消|停止|吊銷|喪失|作廢|不予(?:採認|計|認定|給|承認)")
_CANCELS = re.compile(r"註銷|撤銷|取消|停止|吊銷|喪失|作廢")


def takes_away_asked(piece: str, sentence: str, case_terms: frozenset[str] | None = None,
                     asked_terms: frozenset[str] | None = None) -> bool:
    """The (folded) asking piece asks for a benefit or a going-on (`ASKS_BENEFIT`: get, keep, 拿, 繼續 …), neither asking
    of the taking away itself (`ASKS_PENALTY`) nor negated, and the sentence's consequence takes it away (`_TAKES_AWAY`)
    on a condition that is no failure the question may not state ("未參加者應停止判讀" is no answer to "可以繼續判嗎" from
    one who may yet attend): the consequence says No to it. With `case_terms` (the question's) and `asked_terms` (the
    asking piece's), where no verdict was read, the case must also state the consequence's condition and the piece ask
    for what it takes away ("兩堂的積分都能拿到嗎" met by "同一時間重複參加…時,將註銷該時間所有…積分")."""
    core = _A_NOT_A.sub(lambda m: m.group(1) or m.group(0)[0], _RATIONALE_EN.sub("", piece))  # (算不算 → 算, 有沒有 → 有)
    if not ASKS_BENEFIT.search(core) or ASKS_PENALTY.search(core) or ASKS_NEGATED.search(core):
        return False
    parts = _clauses_of(sentence)
    for i, (text, is_condition) in enumerate(parts):
        if is_condition or not (_TAKES_AWAY if case_terms is None else _CANCELS).search(text):
            continue  # (read with no verdict, only a cancellation or a stop: a refusal, 不予給付, bars what it names)
        before = [t for t, c in parts[:i] if c]
        if (before and _NEGATED_CONDITION.search(before[-1])) or _NEGATED_CONDITION.search(
                text.split("者", 1)[0] if "者" in text[:-1] else ""):
            return False
        if case_terms is None:
            return True
        return bool(before and (case_terms & _terms(before[-1])) - GENERIC and
                    ((asked_terms or frozenset()) & _terms(text)) - GENERIC)
    return False


# A late application asked for ("可以事後補嗎", "逾期還能申請嗎", "到期後還能補辦嗎", "can I file it late?", "apply after it has
# expired?") …
_LATE_ASKED = re.compile(r"事後補|事后补|補申請|补申请|補送|补送|補提|补提|補件|补件|補辦|补办|補交|补交|"
                         r"(?:逾期|過期|过期|到期)(?:後|后|了|以後|以后|之後|之后)?\s*(?:還|还|仍|也)?\s*(?:能|可以|可)\s*(?:補|补|申請|申请|展延)|"
                         r"\b(?:apply|file|submit|send)\w*\s+(?:\w+\s+){0,3}?(?:late|afterwards|after\s+(?:it|the\s+(?:certificate|deadline))\s+"
                         r"(?:expires|has\s+expired|lapses|passes|has\s+passed))\b|\blate\s+(?:application|renewal|filing)\b", re.I)
# … and the text making a way for one (得於…一年內，補行申請 / 於…一年內，補提展延申請).
_LATE_GRANT = re.compile(r"補(?:行|提)\s*(?:展延)?\s*(?:申請|展延)")


def late_make_up_granted(piece: str, asked: str, text: str) -> bool:
    """The (folded) asking piece asks leave for a late application (`_LATE_ASKED`) and the (folded) text grants one
    (`_LATE_GRANT`) — a bar on late ones there ("逾期恕不受理") leaves it to the bar."""
    return bool(asks_permission(asked) and _LATE_ASKED.search(piece) and _LATE_GRANT.search(text))


# Leave asked to do without something ("可以不用附病例數嗎", "是不是可以不交", "免附嗎", "can I skip the case log?", "do it without
# the case numbers?"): only a text that exempts answers it yes.
_SKIP_ASKED = re.compile(r"(?:可以|能|可|能否|可否)\s*(?:不用|不必|不需要?|不須|不要|免)|^\s*(?:不用|不必|免)[^，,。]{0,12}?(?:嗎|吗)|"
                         r"\b(?:skip|skipping|without|waive\w*|no need to|not need to|do(?:n't| not) (?:have|need) to)\b", re.I)


def exempts_skipped(piece: str, text: str, gist_en: str = "") -> bool:
    """The (folded) text exempts what the (folded) piece asks leave to do without (`_SKIP_ASKED`): an exemption (`_EXEMPTS`)
    whose words after it share the Chinese piece's words after its skip ("不用附病例數" against "不須附上…個案數證明"); an
    English piece needs only an exemption (its words are not the text's)."""
    if piece.isascii():
        return bool(_EXEMPTS.search(text) or _EXEMPTS.search(gist_en))
    skip = _SKIP_ASKED.search(piece)
    # (read by its characters: the piece's 繳費 is the text's 收費, its 病例數 the text's 個案數)
    wanted = set(re.findall(r"[\u4e00-\u9fff]", re.split(r"[，,。？?！!]", piece[skip.end():])[0][:8])) - _SKIP_FILLER \
        if skip else set()
    for m in _EXEMPTS.finditer(text):
        if not wanted or wanted & set(text[m.end():m.end() + EXEMPTED_CHARS]):
            return True
    return False


_SKIP_FILLER = frozenset("嗎吗呢吧啊的了就也還还都再可以能要用")


def _parent_text(clause: Clause, corpus: Corpus | None) -> str:
    """The text of the clause's parent (its list's ruling), or ""."""
    parent = corpus.get(clause.parent) if corpus is not None and clause.parent else None
    return parent.text or "" if parent is not None else ""


def restored_after(piece: str, question: str, text: str) -> bool:
    """The piece asks whether a right comes back (`ASKS_RESTORED`) and the clause restores it once something is done,
    which the question does not deny doing (`RESTORING_DENIED`); a cancellation asked of is restored by nothing the
    clause says ("資格被取消之後還能恢復嗎": the text restores a unit's use, not a cancelled qualification)."""
    return bool(ASKS_RESTORED.search(piece) and _RESTORED_AFTER.search(fold(text)) and
                not RESTORING_DENIED.search(fold(question)) and not _CANCELLED_ASKED.search(fold(question)))


# A right asked back in so many words ("恢復", "reinstated", "get … back"), not a mere "again" …
_RESTORE_WORD = re.compile(r"恢復|恢复|復權|复权|\b(?:get\s+(?:[\w'’-]+\s+){0,3}back|reinstat\w*|restor\w*|regain\w*)\b", re.I)
# … and a text that gives anything back at all (恢復 / 重新 / 始得).
_RESTORES = re.compile(r"恢復|重新|始得|始可|方得|方可")

# A cancellation the question speaks of ("資格被取消", "註銷", "revoked", "cancelled").
_CANCELLED_ASKED = re.compile(r"取消|註銷|撤銷|\b(?:cancell?ed|revoked|struck off)\b", re.I)


def zero_year_barred(question: str, asked: str, text: str) -> bool:
    """The question states a year with nothing (`ZERO_YEAR_SAID`) and asks whether that will do ("is that ok", "可以展延嗎"),
    and the clause bars a year at zero (每年之積分不得有零分)."""
    return bool(ZERO_YEAR_SAID.search(fold(question)) and asks_permission(asked) and _BARS_SHORTFALL.search(fold(text)))


# A fee the segment states ("費用貳佰元整", "收費 1,000 元"): what a question asking whether it is free (免) is denied by.
_FEE_STATED = re.compile(r"(?:費用|收費|繳費|繳交)[^，,。；;]{0,6}?(?:[0-9,]+|[壹貳參肆伍陸柒捌玖拾佰仟一二三四五六七八九十百千]+)\s*元")


# A penalty a consequence imposes (註銷 / 取消 / 撤銷 credits, a qualification, a certificate; 扣 a subsidy): no leave.
_PENALTY = re.compile(r"註銷|取消|撤銷|扣(?:款|除|減|當年度)")


_DEDUCTION_ASKED = re.compile(r"扣|\b(?:deduct\w*|penal\w*|docked|cut)\b", re.I)


# Asking whether one may go on doing something ("還能繼續照嗎", "keep imaging", "go on reading").
_GOES_ON = re.compile(r"繼續|继续|還能|还能|還可以|还可以|仍(?:可|能|然)|照常|\b(?:keep|continue|go on|carry on|still)\b", re.I)
# A right given back only once something is done ("待…後始恢復資格", "俟複測通過後始得恢復使用"): until then it is withheld.
_RESTORED_ONLY_AFTER = re.compile(r"(?:待|俟|直至|直到|至).{0,40}?(?:後|為止|通過)\s*(?:始|才|方)(?:得|可|能)?\s*(?:恢復|繼續|重新|使用)")


def _clauses_of(sentence: str) -> list[tuple[str, bool]]:
    """The sentence's segments in order, each marked as a condition (…者 / …時 / 如 …, a grade row's label
    before its colon) or not; a segment with 者 inside ("…加蓋職章者免收費") is split into its condition and its
    verdict; 限…者 is a requirement."""
    from knowledge.lexical import grade_letters

    out: list[tuple[str, bool]] = []
    pieces = re.split(r"([，,：:;])", fold(sentence).rstrip("。；; "))  # (；: folded to ;)
    for x, sep in zip(pieces[::2], [*pieces[1::2], ""]):
        x = x.strip()
        if not x:
            continue
        if sep in "：:" and sep and grade_letters(x):
            out.append((x, True))  # a table row's label ("任一項 D 等：立即停止攝影") states its condition
        elif x.startswith("限"):
            out.append((x, False))
        elif "者" in x[:-1] and not x.endswith("者"):
            head, tail = x.rsplit("者", 1)
            out += [(head + "者", True), (tail, False)]
        else:
            out.append((x, bool(_CONDITION.search(x))))
    merged: list[tuple[str, bool]] = []
    for x, is_condition in out:  # "超過部分之篩檢費用，本署得不予給付": a bare subject and the verdict on it are one
        if merged and not is_condition and not merged[-1][1] and not _DEONTIC.search(merged[-1][0]) and \
                _DEONTIC.search(x) and merged[-1][0].endswith(("費用", "部分", "金額", "積分", "分數", "資格")):
            merged[-1] = (merged[-1][0] + "，" + x, False)
        else:
            merged.append((x, is_condition))
    return merged


_DENIED_SPAN = re.compile(r"[^，,。.?？!！；;:：]{1,40}")
# Where the question's main ask begins inside an unpunctuated run ("有一年沒有積分還可以展延嗎", "no credits one year can I
# still renew"): a linking adverb (還, 仍, 但 …) or an inverted modal and its subject ends what the negation governs.
_MAIN_ASK = re.compile(r"[還还仍卻却但]|可是|不過|不过|\b(?:still|but)\b|"
                       r"\b(?:can|could|may|will|would|do|does|am|is|are|should|must)\s+(?:i|we|he|she|they|you|it)\b", re.I)


def _denied_span(text: str, start: int) -> str:
    """The words a negation ending at `start` governs: up to the next punctuation (`_DENIED_SPAN`), or to where the
    question's main ask begins in the same run (`_MAIN_ASK`), whichever comes first."""
    span = _DENIED_SPAN.match(text, start)
    if not span:
        return ""
    words = span.group(0)
    main = _MAIN_ASK.search(words, 1)
    return words[:main.start()] if main else words


def _denied_terms(question: str) -> frozenset[str]:
    """The terms the question's own negations govern: the words after each 沒 / 不 / not / no up to the next
    punctuation ("沒有對外公開" → 對外, 公開; "no outside attendees" → outside, 對外 …), A-not-A forms aside."""
    text = _EN_TAG.sub("", _A_NOT_A.sub("", fold(question)))
    out: set[str] = set()
    for m in _QUESTION_NEGATED.finditer(text):
        if span := _denied_span(text, m.end()):
            out |= question_terms(span)
    for m in _KEPT_OUT.finditer(text):  # ("outsiders not allowed in", "closed to outsiders", "外人不能參加": who is kept
        out |= question_terms(next(g for g in m.groups() if g))  # out is denied, named before the negation)
    return frozenset(out)


# Who or what the question says is kept out, named before the negation: "outsiders not allowed in", "outside people
# aren't admitted", "closed to outsiders", "院外人士不能參加", "外人不可以進來旁聽" (the terms of the one kept out are denied).
_KEPT_OUT = re.compile(r"\b((?:[a-z-]+\s+)?[a-z-]+?)\s+(?:are\s+|is\s+)?(?:not|n't|never)\s+(?:allowed|permitted|admitted|invited|welcome)\b|"
                       r"\bclosed\s+to\s+((?:[a-z-]+\s+)?[a-z-]+)|"
                       r"([\u4e00-\u9fff]{2,4}?)(?:都)?(?:不能|不可以|不可|不得|無法|没法|沒辦法|没办法)(?:進來|进来|進|进|參加|参加|旁聽|旁听|聽講|听讲|入場|入场|報名|报名)")


def _denies_requirement(parts: list[tuple[str, bool]], denied: frozenset[str], asked: set[str]) -> bool:
    """The question says it will not do what the sentence requires ("不用等課程結束吧" against 應於課程結束後…發給),
    and the sentence itself refuses the alternative (勿於報到時即發給): the answer is the refusal. A requirement
    with alternatives (限第一作者或發表者) is not denied by denying one of them."""
    if not any(_segment_negative(t, asked) for t, c in parts if not c):
        return False
    return any(not c and _REQUIREMENT.search(t) and not _segment_negative(t, asked) and not re.search(r"或|及|、", t)
               and len((denied & _terms(t)) - GENERIC) >= 2 for t, c in parts)


# A verb the question asks leave for and the verb a rule obliges that it undoes ("可以拒絕嗎" against 有義務接受,
# "may I skip it?" against 須參加): the obligation is the answer, never a yes.
OPPOSITES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"拒絕|回絕|婉拒|推掉|不收|\b(?:refus(?:e|ing)|declin(?:e|ing)|reject(?:ing)?|turn(?:ing)? (?:\w+ ){0,2}(?:down|away)|say no)\b",
                re.I), re.compile(r"接受|受理")),
    (re.compile(r"缺席|翹掉|跳過|\b(?:skip(?:ping)?|miss(?:ing)?|not attend(?:ing)?|be absent)\b", re.I),
     re.compile(r"參加|出席")),
)
# A restriction on who or what qualifies ("限第一作者或發表者"): for "may I …?" a condition the person may not meet.
_RESTRICTION = re.compile(r"^\s*(?:[一二三四五六七八九十]+、)?[^，,]{0,40}?(?:僅)?限(?!制)")


# Values that exclude one another. A rule naming some ("限第一作者或發表者", "(第一作者/通訊作者)", "限在醫學中心進修")
# is not met by a question that states another value of the same family ("我是第三作者", "在地區醫院", "3rd author") or
# denies the rule's own ("上台的也不是我", "not the presenter"). A family of one value (the presenter) is excluded only
# by a denial: a third author may also be the one who presented.
EXCLUSIVE: tuple[tuple[tuple[str, re.Pattern[str]], ...], ...] = (
    (("first", re.compile(r"第一作者|一作|\b(?:first|1st|lead|primary)[- ]author", re.I)),
     ("corresponding", re.compile(r"通訊作者|責任作者|\bcorresponding[- ]author", re.I)),
     ("other", re.compile(r"第(?:[二三四五六七八九十]|[2-9])作者|(?<![第一])[二三四五六]作(?!者)|共同作者|其他作者|其餘作者|中間作者|中间作者|"
                          r"\b(?:second|third|fourth|fifth|sixth|last|middle|co-?)[- ]author|\b[2-9](?:nd|rd|th)[- ]author", re.I))),
    (("medical centre", re.compile(r"醫學中心|\bmedical cent(?:er|re)s?\b|\bacademic medical", re.I)),
     ("regional", re.compile(r"區域(?:教學)?醫院|\bregional (?:teaching )?hospitals?\b", re.I)),
     ("district", re.compile(r"地區(?:教學)?醫院|\b(?:district|community|local) hospitals?\b", re.I)),
     ("clinic", re.compile(r"診所|\bclinics?\b", re.I))),
    # 5.15's islands against places it does not name (Taitung's 綠島 and 蘭嶼 are named: "台東的蘭嶼" states a named one)
    (("listed island", re.compile(r"澎湖|金門|馬祖|綠島|蘭嶼|烈嶼|小金門|烏坵|東引|南竿|北竿|莒光|望安|七美|馬公|連江|\b(?:penghu|kinmen|matsu|quemoy|"
                                  r"pescadores|green island|orchid island|lanyu|l[uü]dao|magong|makung|nangan|beigan|jinmen|lieyu|"
                                  r"little kinmen|wuqiu|dongyin|juguang|qimei|wang'?an|lienchiang)\b", re.I)),
     ("unlisted place", re.compile(r"小琉球|琉球嶼|琉球鄉|龜山島|[台臺]東|花蓮|屏東|偏鄉|偏遠|山地鄉|原住民鄉|本島|"
                                   r"\b(?:taitung|hualien|pingtung|xiaoliuqiu|liuqiu|lambai|lamay|rural|remote|mountain)\b", re.I))),
    (("presenter", re.compile(r"發表者|發表人|上[台臺]|[台臺]上|上去講|去講|去報(?!名)|(?:講|報告)的(?![^，,。]{0,6}作者)|演講者|去貼|貼(?:的|海報|壁報)|\bpresent(?:er|ed|ing)\b|\bspeaker\b|"
                              r"\bput (?:up|together) (?:the |our |my |a )?(?:e-?)?poster\b|\bgave (?:it|the (?:talk|presentation))\b|\bgave\s*$|\bdelivered\b", re.I)),),
)
# The families' values that name a place: whose case it is (a colleague's, "學長在金門"), the place is stated, not denied
_PLACE_VALUES = frozenset({"medical centre", "regional", "district", "clinic", "listed island", "unlisted place"})
_MENTION_CLAUSE = re.compile(r"[^，,。.？?！!；;()（）]+")
_CONJUNCTION = re.compile(r"\b(?:and|but|while|that|who|which)\b|而且|但是?|可是|不過", re.I)  # (a relative's subject is its own)  # "second author and wasn't presenting"
# A mention whose subject is someone else ("my fellow is presenting it", "一作是我學弟"): the value is not the person's own.
_SOMEONE_ELSE = re.compile(r"\b(?:my|our|his|her|a|the|another)\s+(?:\w+\s+)?(?:fellow|resident|colleague|co-?worker|student|junior|"
                           r"senior|boss|chief|attending|mentor|friend|trainee|supervisor|pi|advisor)s?\b|\bsomeone else\b|"
                           r"\bsomebody else\b|別人|他人|其他人|學弟|學妹|學長|學姐|學姊|老闆|同事|住院醫師|總醫師|指導教授", re.I)
# Someone else having the person do it ("老闆叫我月會上台講", "my chief asked me to present"): the doer is the person.
_HAS_ME_DO = re.compile(r"[叫要請请讓让派排找]我|\b(?:asked|told|wants|wanted|got|had|made|assigned)\s+me\s+to\b", re.I)
# (… or after a word typed in English: "學弟貼poster 我掛第二作者" is two clauses, the junior's and the person's own)
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fffa-zA-Z])\s+(?=[\u3400-\u9fff])")
_DENIES_MENTION = re.compile(r"不是|不|沒|没|非(?!得|要|常)|\b(?:not|isn't|wasn't|weren't|didn't|never)\b", re.I)


# A Chinese negation inside one run of words governs what follows it ("我是第三作者也不是上台發表的人": 上台 is denied, 第三作者
# stated) — unless what follows is only the person ("上台的不是我", "报告的不是本人"): then the whole run is denied.
_ZH_DENIAL = re.compile(r"[也又並并而卻却]?(?:不是|並非|并非|不算|沒有|没有|沒|没)")
_ONLY_THE_PERSON = re.compile(r"^\s*(?:我|本人|我自己|我本人)?\s*(?:啦|喔|哦|耶|呢|的)?\s*$")


def _stated_before_denial(clause: str) -> str | None:
    """The words of a Chinese run before its first negation, when they state a value (EXCLUSIVE) of their own and the
    negation governs something other than the person; else None (the run is read whole, as before)."""
    m = _ZH_DENIAL.search(clause)
    if m is None or m.start() == 0 or not re.search(r"[\u4e00-\u9fff]", clause[:m.start()]):
        return None
    before = clause[:m.start()]
    if _ONLY_THE_PERSON.match(clause[m.end():]) or not any(cue.search(before) for family in EXCLUSIVE for _, cue in family):
        return None
    return before


# The A-not-A of counting asked of a stated case ("區域醫院進修算不算", "有沒有算"): it asks whether the case counts, its 不
# denies nothing of the case. (Leave asked of two people — "能不能兩個人都去申請" — keeps its reading.)
_COUNT_A_NOT_A = re.compile(r"算不算|有沒有|有没有")


def _a_not_a_positive(m: re.Match[str]) -> str:
    """An A-not-A form's positive verb (算不算 → 算, 有沒有 → 有, 可不可以 → 可以, 需不需要 → 需要)."""
    form = m.group(0)
    return {"有沒有": "有", "是不是": "是", "可不可以": "可以", "需不需要": "需要"}.get(form, form[0])


def _stated_values(text: str) -> tuple[set[str], set[str]]:
    """(values the text states, values it states within a denial), per EXCLUSIVE, read clause by clause."""
    stated: set[str] = set()
    denied: set[str] = set()
    text = _CJK_GAP.sub("，", text)  # "我是第三作者 不是上台的人": a space between Chinese words ends a clause as a comma does
    for clause in (c for part in _MENTION_CLAUSE.findall(text) for c in _CONJUNCTION.split(part)):
        if (before := _stated_before_denial(clause)) is not None:
            for family in EXCLUSIVE:  # "我是第三作者也不是上台發表的人": what comes before the 不是 is stated, not denied
                stated |= {value for value, cue in family if cue.search(before)}
            clause = clause[len(before):]
        denial = bool(_DENIES_MENTION.search(clause))
        negative = denial or bool(_SOMEONE_ELSE.search(clause) and not _HAS_ME_DO.search(clause))
        # (the A-not-A that asks leave denies no place: "在醫學中心進修可不可以申請", "在區域醫院進修能不能算" state the place)
        place_denial = bool(_DENIES_MENTION.search(_A_NOT_A_VERB.sub(_a_not_a_positive, clause)))
        for family in EXCLUSIVE:
            for value, cue in family:
                if cue.search(clause):
                    # (a place is the case's whoever it is: "學長在金門衛生所上班" asks of his 金門, never denies it)
                    (denied if (place_denial if value in _PLACE_VALUES else negative) else stated).add(value)
    return stated, denied - stated


_PRESENTER_RULE = re.compile(r"第一作者或發表者|發表者")
_AUTHOR_PLACES = frozenset({"first", "corresponding", "other"})
_FIRST_PERSON = re.compile(r"我|本人|\b(?:i|i'm|i am|me|my)\b", re.I)
_SOMEONE_ELSES = re.compile(r"的是(?!\s*(?:我|本人))|是[^，,。]{0,6}?(?:去|上台|上臺)(?:講|讲|報告|报告)")  # "上台報告的是主任", "是第一作者去講的"


def _presenter_rule_holder(read: list[Candidate], question: str) -> Candidate | None:
    """A question stating (or denying) that the person presented ("但沒有上台", "上台的是我") beside an author's place asks
    the rule limiting who may claim a talk (限第一作者或發表者): that clause among the hits read, when the best is not one."""
    stated, denied = _stated_values(question)
    if "presenter" not in stated | denied or not (stated | denied) & _AUTHOR_PLACES or \
            _PRESENTER_RULE.search(fold(read[0].clause.text)):
        return None  # (an author's place must be said beside it: "same paper presented twice", "主任要我上台" ask no such rule)
    return next((c for c in read[1:] if _PRESENTER_RULE.search(fold(c.clause.text))), None)


def _asks_need(question: str) -> bool:
    """The piece that asks yes / no asks whether something is required ("do I need …", "還要附…嗎")."""
    piece = _before_alternative(yes_no_piece(fold(question)))  # (not the restriction offered as the alternative to leave asked)
    return bool(_NEED_EN.search(piece) or re.search(r"需要|需不需要|要不要|必須|須|得要|還要|也要|一定要|還得|还得|仍得|仍須", piece))


def rule_not_met(sentence: str, question: str, whole_question: str | None = None) -> bool:
    """Every family of values the sentence names (its restriction's alternatives) is excluded by the question: it
    states another value of that family and none of the sentence's, or denies all of the sentence's. Read on the
    question's first alternative ("在地區醫院進修可以算嗎？還是一定要醫學中心": 地區醫院 is what is asked)."""
    text = fold(question)
    whole = fold(whole_question) if whole_question else text  # (the message, when `question` is its asking piece)
    if (piece := yes_no_piece(text)) != text and \
            _stated_values(_COUNT_A_NOT_A.sub(_a_not_a_positive, _first_alternative(piece)))[0]:
        text = piece  # "一定要在醫學中心嗎？區域醫院進修可以算嗎": the piece that asks states the case (區域醫院); the
        # 醫學中心 of the piece before is asked about, not the person's
    # "I'm third author — can I claim it or is it only the presenter / first author?", "我二作，可以算嗎？還是只有一作才算": the
    # values the restricting alternative names are the ones the person sets their own case against
    alternative = _ZH_OR.search(whole) or _EN_OR.search(whole)
    set_against = (_stated_values(whole[alternative.end():])[0]
                   if alternative is not None and alternative.start() > 0 and _ONLY_ALTERNATIVE.match(whole[alternative.end():])
                   else set())
    if (m := _ZH_OR.search(text) or _EN_OR.search(text)) is not None and m.start() > 0:
        text = text[:m.start()]
    text = re.sub(r"是不是(?=[只隻僅]|限)", "是", text)  # (是不是只限醫學中心 asks whether the limit holds; its 不 denies nothing)
    said = fold(sentence)
    # (the A-not-A that asks — "區域醫院進修算不算", "有沒有算" — denies nothing of the case: read as its positive)
    asked, denied = _stated_values(_COUNT_A_NOT_A.sub(_a_not_a_positive, text))
    denied = denied | (set_against - asked) if asked else denied
    named = [{v for v, cue in family if cue.search(said)} for family in EXCLUSIVE]
    if not any(named):
        return False
    for family, values in zip(EXCLUSIVE, named):
        if not values:
            continue
        others = {v for v, _ in family} - values
        if asked & values:
            return False  # the question states a value the rule allows
        if not (asked & others) and not values <= denied:
            return False  # the question says nothing that excludes this family's alternatives
    return True


# The value a restriction admits denied right before it ("非醫學中心", "不是在醫學中心", "not at a medical centre"): the denial
# governs the value — unlike a denial of something after it ("在醫學中心進修不到一個月": the length is denied, not the place).
_VALUE_DENIED = re.compile(r"(?:非|不是|並非|并非|不在|沒有在|没有在)\s*(?:在)?\s*(?:醫學中心|澎湖|金門|馬祖|綠島|蘭嶼|離島)|"
                           r"\bnot\s+(?:at\s+|in\s+|on\s+)?(?:an?\s+|the\s+)?(?:medical\s+cent(?:er|re)|outlying\s+island|offshore)|\bnon-medical[- ]cent", re.I)


def case_excluded(sentence: str, question: str) -> bool:
    """`rule_not_met`, the question's own case shown outside the restriction: it states another value of a family the
    sentence names ("在區域醫院", "在台東偏鄉") or denies the admitted value itself right before it ("非醫學中心") — a
    denial of something else in the clause ("在醫學中心進修不到一個月") excludes nothing."""
    if not rule_not_met(sentence, question):
        return False
    said = fold(sentence)
    text = _first_alternative(fold(question))
    asked, _ = _stated_values(text)
    for family in EXCLUSIVE:
        values = {v for v, cue in family if cue.search(said)}
        if values and asked & ({v for v, _ in family} - values):
            return True
    return bool(_VALUE_DENIED.search(text))


def _restriction_met(sentence: str, question: str) -> bool:
    """The question states a value the sentence's restriction allows in every family of values it names (限第一作者或
    發表者 against "我是第一作者但沒有上台": first author — one of the two alternatives is enough), and the question states
    it as its own (not within a denial)."""
    said = fold(sentence)
    stated, _ = _stated_values(fold(question))
    # (only what the person says of themselves: "上台報告的是主任" and "壁報是第一作者去講的" state someone else's place)
    own: set[str] = set()
    for piece in (c for part in _MENTION_CLAUSE.findall(_CJK_GAP.sub("，", fold(question))) for c in _CONJUNCTION.split(part)):
        if _FIRST_PERSON.search(piece) and not _SOMEONE_ELSES.search(piece) and not _SOMEONE_ELSE.search(piece):
            own |= {v for family in EXCLUSIVE for v, cue in family if cue.search(piece)}
    stated &= own
    named = [{v for v, cue in family if cue.search(said)} for family in EXCLUSIVE]
    if not stated or not any(named):
        return False
    return any(stated & values for values in named if values)


def _undoes_obligation(parts: list[tuple[str, bool]], question: str, asked: set[str]) -> bool:
    """The question asks leave to do the opposite of what a segment obliges (see OPPOSITES)."""
    q = fold(question)
    # the leave is asked in the clause that asks ("醫師缺席了座談會，還能繼續判讀嗎" states the absence: it asks no leave)
    asking = re.split(r"[，,、;；]", yes_no_piece(q).rstrip("?？ "))[-1]
    for ask, duty in OPPOSITES:
        if not ask.search(asking) or duty.search(_A_NOT_A.sub("", q)):
            continue
        if any(not c and _REQUIREMENT.search(t) and duty.search(t) and not _segment_negative(t, asked) for t, c in parts):
            return True
    return False


# What the question asks be done comes after its asking verb ("指導老師還要|每六年換一次證嗎", "do I still have to|renew?"):
# a segment sharing those words is the verdict on it, before one sharing only the subject ("可申請終身指導老師證書" for
# the 指導老師 asked about, against "通過後免換證" for the 換證).
_ASKING_VERB = re.compile(r"還要|需要|必須|須|得|要|可以|能|可|算|\b(?:have to|has to|need to|needs to|must|can|could|may|still)\b|"
                          # ("is she required to attend …?", "are we supposed to …?": the duty asked, said in the passive)
                          r"\b(?:required|obliged|obligated|supposed|expected|mandated)\s+to\b", re.I)

def _predicate(question: str) -> str:
    """The words after the last asking verb of the piece that asks yes / no ("" when it has none)."""
    piece = yes_no_piece(fold(question))
    found = list(_ASKING_VERB.finditer(piece))
    # "還得通過跑片考試才能繼續判讀嗎": what 才 introduces is the purpose; the act asked is the one before it
    found = [m for m in found if piece[max(0, m.start() - 1):m.start()] != "才"] or found
    return piece[found[-1].end():] if found else ""


_RESTATED = re.compile(r"[未沒没無非不]([\u4e00-\u9fff]{2})")

# An exemption a consequence states ("免換證", "不須附上…", "無須繳費") and the act it exempts.
_EXEMPTION = re.compile(r"(?:免(?!費)|不須|不需|無須|毋須|不必)\s*(?:再)?([\u4e00-\u9fff]{2,4})")


def _exempts_asked(parts: list[tuple[str, bool]], question: str, q_terms: frozenset[str]) -> bool:
    """A consequence segment exempts the act the question asks be done: the exempted act's term is one of the
    question's ("still need to renew?" → 換證 met by 免換證), or its verb is in the question's predicate ("還要每六年換一次嗎"
    met by 免換證: 換)."""
    predicate = _predicate(question)
    for text, is_condition in parts:
        if is_condition:
            continue
        for m in _EXEMPTION.finditer(fold(text)):
            act = m.group(1)
            if act[:2] in q_terms or (act[0] in predicate and act[0] not in _TALK):
                return True
    return False


def _restated_denial(segment: str, denied: frozenset[str]) -> str:
    """The consequence without the negations that restate the question's own denied fact ("無手術者，應說明個案未手術理由"
    for "沒開刀/沒有接受手術": 未手術 names the case, it denies nothing)."""
    return _RESTATED.sub(lambda m: m.group(1) if m.group(1) in denied else m.group(0), segment)


# A threshold passed, in the question and in a band row's label ("超過六成", "over 60%", "超過 60%").
# (a negated one — 不超過, 沒有超過, no more than, not over — passes no threshold: `(?<!…)`)
_OVER = (r"(?<![不未沒没])(?<!沒有)(?<!没有)(?<!\bno\s)(?<!\bnot\s)"
         r"(?:超過|超过|高於|高于|大於|大于|逾|\bover\b|\babove\b|\bmore than\b|\bexceed(?:s|ed|ing)?\b|\btop(?:s|ped|ping)\b|"
         r"\bin excess of\b|>)")
_OVER_PERCENT = re.compile(rf"{_OVER}\s*([0-9]+(?:\.[0-9]+)?)\s*(?:%|趴|percent\b)", re.I)
_OVER_TENTHS = re.compile(rf"{_OVER}\s*([一二兩两三四五六七八九])\s*成(?![一二兩两三四五六七八九半])")


# A threshold the question says is not passed ("不超過 20%", "沒有超過 20%", "no more than 20%", "not over 20%")
_NOT_OVER_PERCENT = re.compile(r"(?:(?:不|未|沒有?|没有?)(?:超過|超过|高於|高于|大於|大于|逾)|\b(?:no|not)\s+(?:more|higher|greater)\s+than|"
                               r"\bnot\s+(?:over|above|exceeding))\s*([0-9]+(?:\.[0-9]+)?)\s*(?:%|趴|percent\b)", re.I)


def denies_stated_bound(question: str, clause_text: str) -> bool:
    """Does the question say a threshold is not passed that the clause states passed ("陰性差異不超過 20%" against
    "丙、…陰性個案複判差異超過 20%")? That clause's case is the one the question rules out: no answer to it."""
    denied = {float(x) for x in _NOT_OVER_PERCENT.findall(fold(question))}
    return bool(denied) and bool(denied & {float(x) for x in _OVER_PERCENT.findall(fold(clause_text))})


def _restates_band(question: str, label: str) -> bool:
    """`label` is a band row's label (甲、/ 乙、… a band, no modal: "丙、疑似陽性…超過 60%或陰性…超過 20%") and every
    threshold the question states as passed is one the label states ("超過六成" = 超過 60%); a figure of the case inside a
    band, or none at all, is not this (whether the case is in the band is then for the figures to decide) — unless
    the band is closed and holds the case's own figure of the same measure ("陽性差異 55%" in "乙、疑似陽性…介於 50% -
    60%…"): the row is then the case's too."""
    from knowledge.ranges import value_in_band

    text = fold(label)
    if not _STEM_ROW.match(text) or not _BAND.search(text) or _DEONTIC.search(text[2:]):
        return False
    if value_in_band(question, text, strict=True):
        return True
    q = fold(question)
    asked = {float(x) for x in _OVER_PERCENT.findall(q)} | \
        {float(cn_to_int(x) or 0) * 10 for x in _OVER_TENTHS.findall(q)}
    stated = {float(x) for x in _OVER_PERCENT.findall(text)}
    other = _OVER_TENTHS.sub("", _OVER_PERCENT.sub("", q))  # (no other figure of the case beside the threshold)
    return bool(asked) and asked <= stated and not re.search(r"[0-9]\s*(?:%|趴)|[一二兩两三四五六七八九]\s*成", other)


# A verb-object word naming what kind of event a noun is ("判片座談會", "跑片考試", "品管討論會"): no act of its own, so the
# question's "還能判片嗎" is not answered by "待參加…判片座談會" but by the "停止判讀" before it.
_EVENT_MODIFIER = re.compile(r"[\u4e00-\u9fff]{2}(?=座談會|討論會|研討會|說明會|考試|課程|訓練|會議)")


def _acts(text: str) -> frozenset[str]:
    """`_terms` of the text, less the words that only name an event's kind (`_EVENT_MODIFIER`)."""
    return _terms(_EVENT_MODIFIER.sub("", fold(text)))


def verdict(sentence: str, question: str, q_terms: frozenset[str] | None = None, case_text: str | None = None) -> bool | None:
    """The sentence's verdict on what the question asks: True = denies, False = allows, None = unsure.

    Regulations say "condition → consequence" (未能如期補齊者，應停止操作): when a condition of the sentence
    matches the question (shared terms, and both negated: the user's 沒補齊 meets 未能如期補齊者) better
    than the verdicts do, its consequence is the verdict. Otherwise the verdict is the non-condition
    segment sharing most with the question, unless one of another polarity is about as close, or the
    question states a negated fact of its own that such a segment may answer (then None: the line
    cannot settle it). For "may I …?", a requirement (須 / 限 / 應) is not a yes: whether the person
    meets it is not known, so None. A negation the question itself uses (免 in 是不是免費, waived,
    恕不 …) is what is asked about, not a denial."""
    parts = _clauses_of(sentence)
    if not parts:
        return False
    if DEADLINE_PUT.search(fold(question)):
        return None  # "兩年內參加就行嗎", "do they have until the next review?": the deadline put for confirmation — the rule's
        # own deadline (下次後續審查前, but within a year when the review is later) answers it, stated with no yes / no that
        # the person's own interval, which the line cannot weigh, would have to decide
    if _restates_band(question, parts[0][0]):
        parts[0] = (parts[0][0], True)  # "超過六成是不是馬上停判" against "丙、…超過 60%…，立即停止判讀": the row's band is the case
    q_terms = q_terms if q_terms is not None else question_terms(question)
    asked = _asked_negations(question)
    permission = asks_permission(question)
    q_negated = bool(_QUESTION_NEGATED.search(_RATIONALE.sub("", _EN_TAG.sub("", _A_NOT_A.sub("", fold(question))))))
    if not q_negated and _stop_only_if_unmet(parts, question):
        return True  # "陽性差異介於50%到60%，要停判嗎" met by 乙's "須…參加…；未參加者應停止判讀": the stop asked follows
        # only a failure the question does not state (未參加者) — not stopped, the duty is the answer (the lead answers 停判,
        # never the 須 of the duty: "需要：…停止判讀" read as "yes, stopped")
    if (permission or not _asks_need(question)) and rule_not_met(sentence, question, case_text):
        return True  # "我是第三作者，也不是我上台" against 限第一作者或發表者: the restriction is not met
    if permission and _undoes_obligation(parts, question, asked):
        return None  # "指導老師可以拒絕嗎" met by "指導老師有義務接受…": never its 可以; the duty is the answer, and
        # the text states no denial a 不可以 could rest on, so the line gives the duty without a polarity word
    if not permission and _asks_need(question) and _exempts_asked(parts, question, q_terms):
        conditions = [t for t, c in parts if c]
        if not conditions or _meets_condition(question, sentence):
            return True  # "61 歲了還要每六年換一次嗎", "turning 61 — still need to renew?" met by "…60歲以上…者，…免換證":
            # the act asked about is exempted, and the person's own figure meets the condition of the exemption
    if _GRADE_TERM.search(" ".join(q_terms)) and not any(_DEONTIC.search(t) for t, _ in parts):
        return None  # "評了個 C 還能拍嗎" met by the grade table (320-339 分 C): it grades, what a C entails is its
        # measures row's to say (a sentence with no modal, grant or bar gives no yes / no)
    # a segment with no modal, grant or bar of its own ("在國內", "第六條 在國內") sets the scene: it is no verdict
    verdicts = [t for t, c in parts if not c and _DEONTIC.search(t)] or [t for t, c in parts if not c] or [parts[-1][0]]
    predicate = question_terms(_predicate(question)) - GENERIC
    shortfall_said = bool(_SHORTFALL_SAID.search(fold(case_text or question)))  # (the whole message states the case)
    scored = [(len((q_terms & _terms(x)) - GENERIC), _sign(x, asked, permission, shortfall_said), x) for x in verdicts]
    # the segment holding most of what is asked be done, then most of the question
    top, denies, top_text = max(reversed(scored), key=lambda t: (len(predicate & _acts(t[2])), t[0]))
    if permission and denies is None and (bar := _bar_on_predicate(scored, predicate, top_text)) is not None:
        top, denies, top_text = bar  # "能不能報到時就發證明" met by "應於課程結束後…發給證明，請勿於報到時即發給": the
        # requirement's 應 leaves the leave open, the bar on the same act (勿…發給) answers it
    q_grades = {t for t in q_terms if len(t) == 2 and t[0] == "等" and t[1] in "abcd"}
    denied = _denied_terms(question)
    pairs: list[tuple[int, bool | None]] = []  # (how well a condition matches the question, its consequence)
    in_time = _deadline_met(fold(question))
    # "blew past the deadline", "逾期沒改": the question states the text's 未於規定時間內 / 未於期限內 / 未能如期 condition
    case_terms = q_terms | _DEADLINE_TERMS if _MISSED_DEADLINE.search(fold(question)) else q_terms
    case_terms = case_terms | _conditions_stated_en(question)  # ("…and it was human error": 若係人為因素導致)
    for i, (text, is_condition) in enumerate(parts):
        after = next((t for t, c in parts[i + 1:] if not c), None)
        if not is_condition or after is None:
            continue
        if in_time and _UNTIMELY_CONDITION.search(text):
            pairs.append((len((q_terms & _terms(text)) - GENERIC) + 2, None))  # "改善完了" against "未於…時間內改善者": not
            # the case's condition, and what the timely case may do the text leaves to its other sentences (no verdict)
            continue
        # of the consequences that follow ("…60歲以上申請者，可申請終身證書，通過後免換證"), the one holding what is asked
        # be done ("還要換證嗎": 免換證), else the first
        after = next((t for t, _ in itertools.takewhile(lambda p: not p[1], parts[i + 1:]) if predicate & _acts(t)), after)
        shared = len((case_terms & _terms(text)) - GENERIC)
        both_negated = q_negated and bool(_NEGATED_CONDITION.search(text))
        grade = bool(q_grades & _terms(text))  # the row for the grade the question states
        if grade and not both_negated:  # its verdict: the row's first segment about what is asked, if any
            row = list(itertools.takewhile(lambda p: not p[1], parts[i + 1:]))
            if not row and (case_terms & _terms(parts[i + 1][0])) - GENERIC - q_grades:
                # "任一項 B 或 C 等：若係人為因素導致，…須…參加" asked "a B from human error — must they attend?": the row's own
                # condition, which the question states too, leads to the verdict (its consequence)
                nested = next((t for t, c in parts[i + 1:] if not c), None)
                if nested is not None:
                    pairs.append((shared + 4, _granted_only(_sign(nested, asked, permission), nested, question, permission)))
                continue
            about = next((t for t, _ in row if (q_terms & _terms(t)) - GENERIC - q_grades), None)
            if permission and _GOES_ON.search(question):  # "may she keep imaging?": the row's stop, whatever else it
                # requires ("不得用於…，須經再次實地測試通過後，始得恢復使用": the 須 of getting it back is no leave now)
                about = next((t for t, _ in row if _sign(t, asked, permission)), about)
            pairs.append((shared + 2, None if about is None else _sign(about, asked, permission)))
        elif shared and not grade and not _NEGATED_CONDITION.search(text) and (denied & _terms(text)) - GENERIC \
                and not _piece_states(question, text):
            # the question denies the condition ("no outsiders may attend" against 須對外公開…者): its consequence
            # is not the answer; one granted only then (始得 / 始可 / 才) is refused, any other is unsettled — unless
            # the question states another, negated condition of the text and asks nothing its consequence does ("沒補齊，
            # 會被停止嗎" against "未能如期補齊者，應停止操作，於補齊…後，始恢復操作資格": the restoring is no answer to the stop)
            if not (predicate & _acts(after)) and any(_NEGATED_CONDITION.search(t) and (case_terms & _terms(t)) - GENERIC
                                                      for t, c in parts[:i] if c) and q_negated:
                continue
            pairs.append((shared, True if _ONLY_THEN.match(after) else None))
        elif shared and (both_negated or grade or shared > top or predicate & _acts(after)):  # the question states it
            after = _restated_denial(after, denied & _terms(text))  # (the case the condition itself names: 無手術者)
            # (its consequence holding what is asked be done — "補齊以後能恢復嗎" against "於補齊…後，始恢復操作資格" —
            # is the verdict on it, before a negated condition the question also states: "未能如期補齊者，應停止操作")
            pairs.append((shared + 2 * (both_negated or grade) + 2 * bool(predicate & _acts(after)),
                          _granted_only(_sign(after, asked, permission), after, question, permission)))
    if pairs:  # chained conditions refine each other (…時，須改善；若未改善者，不得使用): the last one stated
        best = max(p[0] for p in pairs)
        return [neg for score, neg in pairs if score * 2 >= best][-1]
    if _denies_requirement(parts, denied, asked):
        return True
    if permission and denies is False and any(neg is None and _RESTRICTION.search(x) for _, neg, x in scored) and \
            not _restriction_met(sentence, case_text or question):
        return None  # "第三作者可以申請嗎" met by "…壁報，限第一作者或發表者，每篇…": whether the person qualifies is the question
        # (one who states a value it allows, "我是第一作者但沒有上台", qualifies: the grant stands)
    if denies is None or (denies and top == 0):
        return None  # a denial sharing no specific term with the question denies something else (恕不受理 of late ones)
    where = next((i for i, (t, c) in enumerate(parts) if not c and t == top_text), None)
    if q_grades and where and parts[where - 1][1] and not (q_terms & _terms(parts[where - 1][0])) - GENERIC:
        return None  # a grade row's "未參加者，應停止攝影": a consequence of a condition the question does not state
    # a rival is a segment of the other polarity; a requirement the person may not meet (None) contradicts no
    # denial ("可不可以報到就發？" met by "應於課程結束後…發給，請勿於報到時即發給": the 勿 answers)
    # (when the top segment holds what is asked be done, a rival must too: "可申請終身…證書" is no rival to "免換證")
    on_predicate = bool(predicate & _acts(top_text))
    rival = max((n for n, neg, x in scored if neg is not None and neg != denies
                 and (not on_predicate or predicate & _acts(x))), default=-1)
    if (rival >= 1 and rival * 2 > top) or (rival >= 0 and q_negated):
        return None
    return _granted_only(denies, top_text, question, permission)


# A condition of the text an English question states in its own words ("it was human error" → 若係人為因素導致): the text's
# terms for it, read only to match the question's case to the text's conditions (not for retrieval: as a query synonym it
# pulled other clauses up).
_EN_CONDITIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bhuman[\s-]+(?:error|factors?|mistake)s?\b|\b(?:operator|user|staff|tech|technician|radiographer)[\s-]+"
                r"(?:error|mistake)s?\b", re.I), "人為因素"),
)


def _conditions_stated_en(question: str) -> frozenset[str]:
    """The text's terms for the conditions an English question states (`_EN_CONDITIONS`)."""
    if not question.isascii():
        return frozenset()
    return frozenset(t for cue, term in _EN_CONDITIONS if cue.search(question) for t in _terms(term))


# A sanction asked of ("要停判嗎", "會被停拍嗎", "is she suspended / stopped from reading?") …
_EN_ASKS_STOP = re.compile(r"\b(?:stop(?:s|ped)?|suspend(?:s|ed)?|barred|pulled)\b", re.I)
# … and the text's sanction (停止判讀, 停止攝影, 停權).
_STOP_IN_TEXT = re.compile(r"停止|停權")
# … not a stop already suffered, asked what follows it ("被停止操作之後，補齊了能恢復嗎", "once suspended, can she resume?")
_ASKS_RESTORED = re.compile(r"恢復|恢复|復權|复权|之後|以後|之后|以后|\b(?:resum\w*|reinstat\w*|restor\w*|back|after|once)\b", re.I)


def _stop_only_if_unmet(parts: list[tuple[str, bool]], question: str) -> bool:
    """Whether the sentence's every stop (停止 / 停權) follows a negated condition (未參加者、未通過者) and the question asks
    whether the stop applies without stating that failure: the stop is conditional on what the person has not (yet)
    failed, so the answer to "stopped?" is no — the duty (須參加…) is what the line then states."""
    text = fold(question)
    if not (_ZH_ASKS_STOP.search(text) or _EN_ASKS_STOP.search(text)) or _ASKS_RESTORED.search(text):
        return False
    stops = [i for i, (t, c) in enumerate(parts) if not c and _STOP_IN_TEXT.search(t)]
    if not stops:
        return False
    for i in stops:
        before = next((t for t, c in reversed(parts[:i]) if c), None)  # the nearest condition before the stop
        if before is None or not re.match(r"^\s*(?:未|沒有|没有|不)", before):
            return False
    return True


_ADVISED = re.compile(r"建議")
_BARS = re.compile(r"停止|停權|不得|取消|註銷|撤銷")


def _stop_not_stated(text: str, asked: str) -> bool:
    """A stop asked of ("要停判嗎", "is she stopped from reading?") that the clause does not impose on the case as stated:
    its every stop follows a failure the question does not state (未參加者應停止判讀), or it bars nothing and only advises
    (建議…參加). Not when the question states the failure itself ("沒去座談會會被停判嗎")."""
    piece = fold(asked)
    if not (_ZH_ASKS_STOP.search(piece) or _EN_ASKS_STOP.search(piece)) or _ASKS_RESTORED.search(piece):
        return False
    if _QUESTION_NEGATED.search(_A_NOT_A.sub("", _ZH_ASKS_STOP.sub("", piece))):
        return False
    text = fold(text)
    if not _BARS.search(text):
        return bool(_ADVISED.search(text))
    return _stop_only_if_unmet(_clauses_of(text), asked) and not re.search(r"不得|取消|註銷|撤銷", text)


def _piece_states(question: str, condition: str) -> bool:
    """The question's asking piece states the (un-negated) condition itself, whatever its story denied before ("沒補齊，
    補齊後可以恢復嗎": the piece asks of the case once it is done)."""
    piece = re.split(r"[，,;；]", yes_no_piece(fold(question)).strip())
    if len(piece) < 2:
        return False
    last = piece[-1] or piece[-2]
    return bool((question_terms(last) & _terms(condition)) - GENERIC - _denied_terms(last))


def _bar_on_predicate(scored: list[tuple[int, bool | None, str]], predicate: frozenset[str],
                      top_text: str) -> tuple[int, bool | None, str] | None:
    """For a permission question whose closest segment is a requirement (its sign None), the segment that bars the act
    asked (sign True, holding as much of the predicate's acts as the requirement): the bar answers no. None without one."""
    top_acts = _acts(top_text)
    need = len(predicate & top_acts)
    if not need:
        return None
    # (a bar that restates the requirement's act with its object left out — "應於課程結束後…發給出席證明，勿於報到時即
    # 發給" — bars that object: it holds the act, and a term of the question of its own, 報到)
    return next((s for s in scored if s[1] is True and s[2] != top_text and (
        len(predicate & _acts(s[2])) >= need or (s[0] > 0 and _acts(s[2]) & top_acts))),
        None)


# An English gist's bar ("cannot be claimed", "must not", "may not", "is not accepted", "are not counted").
_EN_BAR = re.compile(r"\b(?:cannot|can't|must not|may not|shall not|is not|are not|not be|not to be|never)\s+(?:be\s+)?"
                     r"(?:\w+ed|\w+en|claimed|used|counted|accepted|given|issued|allowed|recogni[sz]ed)\b", re.I)
_ZH_BAR = re.compile(r"不得|不可|不予|不能|恕不|勿")
EN_BAR_TERMS = 2  # the question's own terms the barring gist must hold


def _gist_bars_asked(c: Candidate, asked: str) -> bool:
    """An English permission question ("can I claim credit for both?") met by a clause whose text bars (不得…) and whose
    English gist, one rule with no rows, states that bar ("…cannot be claimed for CME credits again") holding the
    question's own terms: no."""
    gist = c.clause.gist_en or ""
    if not asks_permission(asked) or not _EN_BAR.search(gist) or re.search(r"[;；]", gist) or \
            not _ZH_BAR.search(fold(c.clause.text)) or _EN_EXCEPT.search(gist):
        return False
    if "國內" in fold(c.clause.text) and ABROAD.search(fold(asked)):
        return False  # "…a paper presented abroad?" met by the rule for papers presented in Taiwan (在國內): not its case
    return len((question_terms(fold(asked)) & _terms(gist)) - GENERIC) >= EN_BAR_TERMS


_EN_EXCEPT = re.compile(r"\b(?:unless|except|only if|until|without)\b", re.I)


# A list introduced as the cases a ruling is for ("若符合下列條件者，不須…", "有下列情形之一者"), not a list of what is required.
_LISTED_CASES = re.compile(r"(?:符合|具備|具有|有)下列[^，,。；]{0,10}者|下列(?:條件|情形|情況)之一")
LISTED_CASE_TERMS = 2  # the item's own terms a question must state (an item with no threshold) to be its case


def _listed_condition(c: Candidate, corpus: Corpus | None, question: str, q_terms: frozenset[str]) -> str | None:
    """For a listed condition — an item with no modal, grant or bar of its own under a parent that rules on "下列…"
    ("若符合下列條件者，不須附上第二條之個案數證明：(1)…演講 3次(含)以上") —: the parent's ruling with the item after it when
    the question states the item's case (a figure that meets its threshold, or, without one, its own terms); "" when
    it does not (no verdict); None for any other clause."""
    clause = c.clause
    parent = corpus.get(clause.parent) if corpus is not None and clause.parent else None
    own = _ENUMERATOR.sub("", fold(clause.text)).strip()
    if parent is None or not own or _DEONTIC.search(own) or not _LISTED_CASES.search(fold(parent.text)):
        return None
    ruling = next((x for x in sentences(parent.text) if _LISTED_CASES.search(fold(x)) and _DEONTIC.search(fold(x))), None)
    if ruling is None:
        return None
    combined = f"{ruling.rstrip('。；;')}：{clause.text.strip()}"
    has_threshold = any(cue.search(own) for cue in _UNIT_THRESHOLD)
    met = _meets_condition(question, combined) if has_threshold else \
        len((q_terms & _terms(own)) - GENERIC) >= LISTED_CASE_TERMS
    if met and has_threshold and (item_acts := _acts_named(own)) and not item_acts & _acts_named(question):
        met = False  # "參加介入研討會4次，還要附個案數嗎", "attended IR conferences 4 times" against "(1)…演講 3次(含)以上…講師
        #或…座長": the count is of another doing — the item's threshold is not the case's (no 不需要)
    return combined if met else ""


_EN_ROW_GRADES = re.compile(r"^\s*(?:(?i:all|any|every|each)\s+)?([A-D](?:\s*(?:/|,|or|and)\s*[A-D])*)\s*:")


def _grade_rows(c: Candidate, lang: str) -> list[tuple[set[str], str]]:
    """The clause's rows for grades, each with the grade letters it is for: the Chinese text's sentences naming a grade
    ("任一項 B 等：應…"), and for English the gist's rows ("any B: attend …"), the language the question's terms are in."""
    rows = [(_said_grades(x), x) for x in sentences(c.clause.text)]
    if lang != "zh-TW" and c.clause.gist_en:
        rows = [({g.lower() for g in re.findall("[A-D]", m.group(1))}, x) for x in re.split(r"[;；]", c.clause.gist_en)
                if (m := _EN_ROW_GRADES.match(x))]
    return [(g, x) for g, x in rows if g]


def _grade_spared(c: Candidate, asked: str, lang: str) -> bool:
    """A need question for a grade the person states ("各項都A，還要去上討論會嗎", "all A — do they have to attend the QC
    meeting?") met by a grade table whose row for that grade requires nothing of what is asked (各項目皆 A 等：定期接受
    後續審查) while a row for another grade requires it (任一項 B 等：應…參加…討論會): not needed."""
    grades = _grades(asked)
    predicate = question_terms(_predicate(asked)) - GENERIC
    if not grades or not predicate or not _asks_need(asked):
        return False
    rows = _grade_rows(c, lang)
    own = [x for g, x in rows if g <= grades]
    others = [x for g, x in rows if not g & grades]
    # (going to a class asked in everyday words — "去上課補積分", "take extra classes" — is the rows' own 討論會 / 訓練)
    course = bool(_COURSE_ASKED.search(_predicate(asked)))

    def requires(x: str) -> bool:
        return bool(predicate & _acts(x)) or (course and bool(_COURSE_IN_ROW.search(fold(x))))

    return bool(own) and not any(requires(x) or _DEONTIC.search(fold(x)) for x in own) and any(requires(x) for x in others)


# A class or training asked in everyday words ("去上課", "補課", "受訓", "take extra classes / a course") …
_COURSE_ASKED = re.compile(r"上課|上课|補課|补课|受訓|受训|\b(?:class(?:es)?|courses?|training|seminars?)\b", re.I)
# … and the grade rows' own words for one (品管討論會, 40 小時乳攝訓練, 座談會, 課程; the English gists' "QC meeting", "training").
_COURSE_IN_ROW = re.compile(r"討論會|座談會|訓練|課程|\b(?:meeting|training|seminar|course|conference)\b", re.I)


# A grade said of one item ("有一項D", "一項拿D", "one item came back D", "got a D on one test").
_ONE_ITEM_GRADE = re.compile(r"(?:有|一|(?<![0-9])1)\s*(?:項|个|個|项)\s*(?:是|拿|拿到|被評|被评|評|评)?\s*([a-d])(?![a-z])|"
                             r"\bcame\s+back\s+(?:an?\s+)?([a-d])\b|\bgot\s+an?\s+([a-d])\b", re.I)
_ROW_IF_MISSED = re.compile(r"未[^，,。；;]{0,12}者|\b(?:if not|unless|otherwise|else|or stop|who miss\w*|not attend\w*|missing)\b", re.I)
_ROW_BARS = re.compile(r"不得|停止|取消|\b(?:barred|stop|stops|cancell?ed)\b", re.I)


def _grade_row_bars(c: Candidate, asked: str, lang: str) -> bool:
    """Whether one may go on ("還能繼續用嗎", "can we keep using it?") asked of the one grade the question states, met by a
    grade table whose row for exactly that grade bars or stops it (任一項 D 等：…不得用於…)."""
    piece = yes_no_piece(fold(asked))
    if not _GOES_ON.search(piece) or not asks_permission(piece):
        return False
    grades = _asked_grades(asked)
    if len(grades) != 1:
        return False
    own = [fold(x) if lang == "zh-TW" else x for g, x in _grade_rows(c, lang) if g == grades]
    # (a row that stops only when its duty is missed, "任一項 B 等：應…參加…，未參加者應停止攝影", bars nothing yet)
    return bool(own) and all(_ROW_BARS.search(x) and not _ROW_IF_MISSED.search(x) for x in own)


# The kinds of question a grade table's row for the stated grade answers (what to do, what follows, by when, what to
# hand in); a yes / no reads the rows itself, a figure asked may be a band's.
_ROW_KINDS = frozenset({"consequence", "other", "period", "documents", "definition"})
_ROW_DUTY = re.compile(r"應|須|停止|恢復|\b(?:attend|stop|must|training|review)\b", re.I)


def _asked_grade_row(c: Candidate, question: str, lang: str) -> str | None:
    """The row of a grade table (two rows or more ruling what follows, each for its grades) for the one grade the
    question states ("拿到B等要做什麼" → "任一項 B 等：應於下次後續審查前參加…"), else None."""
    grades = _grades(question) or {g.lower() for m in _ONE_ITEM_GRADE.finditer(fold(question)) for g in m.groups() if g}
    if len(grades) != 1:
        return None
    rows = _grade_rows(c, lang)
    if sum(1 for _, x in rows if _ROW_DUTY.search(fold(x) if lang == "zh-TW" else x)) < 2:
        return None
    own = [i for i, (g, _) in enumerate(rows) if g == grades] or \
        [i for i, (g, _) in enumerate(rows) if grades < g]  # ("有一項C" is the row for "任一項 B 或 C 等")
    if len(own) != 1:
        return None
    row = rows[own[0]][1].strip().rstrip("。.；; ")
    if lang != "zh-TW" and re.search(r"\balso\b", row) and own[0] > 0:
        # ("any C: also 40-hour training" adds to the row before it: that row, then this one)
        row = f"{rows[own[0] - 1][1].strip().rstrip('.;； ')}; {row.strip()}"
    return _bare(row) if lang == "zh-TW" else f"{row[:1].upper()}{row[1:]}"


# The duty put as the first alternative ("are instructors obliged to …, or is it optional?", "is it mandatory or just advised?").
_DUTY_ASKED_FIRST = re.compile(r"[^?]*?\b(?:required|mandatory|compulsory|obligatory|a\s+must|obliged|obligated|duty|obligation)\b"
                               r"[^?]*?\bor\b", re.I)


# The leads for "only a recommendation?" (`ADVICE_ONLY_ASKED`), by `_duty_force`'s answer: English, then Chinese.
_ADVICE_ONLY_LEADS = {False: {"Not required, only recommended": "Yes, only recommended", "Required": "Required"},
                      True: {"不是強制的，只是建議": "是，只是建議", "是強制的": "屬強制規定"}}


def _duty_force(c: Candidate, zh: bool) -> str | None:
    """Whether the clause advises (建議 / 鼓勵, no 應 / 須) or requires (應 / 須 / 必須, no 建議) what it rules on: the
    answer to "required or only recommended?"; None when it says both or neither."""
    text = fold(c.clause.text)
    advised, required = bool(_ADVISED.search(text)), bool(re.search(r"(?<![不無毋免])(?:應|須|必須)|有義務", text))
    if advised and not required:
        return "不是強制的，只是建議" if zh else "Not required, only recommended"
    if required and not advised:
        return "是強制的" if zh else "Required"
    return None


# A leave the text grants ("可申請終身指導老師證書", "得…"), with no duty in the same segment.
_GRANT_ONLY = re.compile(r"可|得|may\b", re.I)


def _granted_only(sign: bool | None, segment: str, question: str, permission: bool) -> bool | None:
    """A need question ("還要每六年換一次嗎", "do I still need to keep renewing?") is not answered "yes, needed" by a segment
    that only grants something ("可申請終身指導老師證書"): a leave is no duty, so the line states it without a polarity
    word (None). Any other sign stands."""
    if sign is False and not permission and _asks_need(question) and _GRANT_ONLY.search(segment) \
            and not _REQUIREMENT.search(re.sub(r"不須|不需|無須|毋須|不必", "", segment)):
        return None
    return sign


# A figure of the question's own case and a threshold of the text in the same unit ("我第七年了" / "in my 7th year" /
# "we did 45 a day" against "8年以上" / "上限 40 案" / "須於六個月內"): one that falls short of a minimum or goes past a
# maximum is a no, whatever else the sentence grants. (Meeting a threshold is no yes: other conditions may fail.)
_T_UNITS = {"年": "年", "個月": "月", "天": "天", "日": "天", "週": "週", "分": "分", "案": "案", "例": "案", "篇": "篇",
            "小時": "小時", "歲": "歲", "次": "次"}
_T_UNIT = "個月|小時|年|天|日|週|分|案|例|篇|歲|次"
_Q_FIGURE_ZH = re.compile(rf"(第\s*)?({_NUM})\s*(?:多)?\s*({_T_UNIT})")
_EN_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())} | \
    {"single": 1}  # ("just a single SCI paper")
_EN_ORDINALS = {w: i for i, w in enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth tenth "
                                            "eleventh twelfth".split())}
_EN_T_UNITS = {"year": "年", "month": "月", "day": "天", "week": "週", "credit": "分", "point": "分", "case": "案",
               "screening": "案", "exam": "案", "study": "案", "hour": "小時", "paper": "篇",
               # the abbreviations people type ("~6 yrs", "18 mos", "3wks", "40 pts")
               "yr": "年", "mo": "月", "mth": "月", "wk": "週", "hr": "小時", "pt": "分",
               "time": "次", "article": "篇", "publication": "篇",
               "lecture": "次", "talk": "次"}  # ("given 1 lecture" against "演講 3次(含)以上")  # ("moderated 2 times" against "3次(含)以上")
# (a kind of paper between the figure and its unit — "1 SCI paper", "one first-author SCI article" — qualifies it, the
# figure still counts papers)
_PAPER_KIND_EN = (r"(?:(?:sci|non[- ]?sci|scie|first[- ]author(?:ed)?|corresponding[- ]author|co[- ]?authored|full|published|"
                  r"original|research|journal|indexed)[- ]+){0,3}")
_Q_FIGURE_EN = re.compile(r"\b([0-9]+(?:\.[0-9]+)?|[a-z]+)(st|nd|rd|th)?(?:[- ]+|(?<=[0-9])(?=[a-z]))" + _PAPER_KIND_EN +
                          r"(years?|months?|days?|weeks?|credits?|points?|cases?|screenings?|exams?|studies|hours?|papers?|"
                          r"articles?|publications?|times|lectures?|talks?|"
                          r"yrs?|mos|mths?|wks?|hrs?|pts?)\b",
                          re.I)
_T_MIN = (re.compile(rf"({_NUM})\s*({_T_UNIT})\s*(?:\(含\))?\s*以上"),
          re.compile(rf"(?:至少|不少於|不得少於|不低於|(?<![不未])滿)\s*({_NUM})\s*({_T_UNIT})"))
_T_MAX = (re.compile(rf"({_NUM})\s*({_T_UNIT})\s*(?:\(含\))?\s*(?:以下|以內|內|為限)"),
          re.compile(rf"(?:上限(?:為|是)?|最多|不得超過|不超過|至多)\s*({_NUM})\s*({_T_UNIT})"))


def _figure_value(raw: str) -> float | int | None:
    """A figure as written (digits, or Chinese numerals as 六 / 一百二十)."""
    return cn_to_int(raw.replace(",", "")) if not re.fullmatch(r"[0-9.]+", raw) else float(raw)


def _en_unit_key(word: str) -> str:
    """An English unit word as its `_EN_T_UNITS` key ("cases" → "case", "pts" → "pt", "studies" → "study")."""
    word = word.lower()
    return "study" if word == "studies" else word.rstrip("s")


def _question_figures(question: str, whole: str | None = None) -> dict[str, set[float]]:
    """The figures of the question's own case by unit (第七年 / "7th year": six completed; 明年 5 月 is a date, not a
    duration); a unitless one of one's own in the unit `whole` (the whole question, else `question`) asks in."""
    text = fold(question)
    out: dict[str, set[float]] = {}
    for nth, raw, unit in _Q_FIGURE_ZH.findall(text):
        if unit == "月" or unit == "日" and re.search(rf"{re.escape(raw)}\s*日", text) and "月" in text:
            continue  # a date (5 月 20 日)
        if unit == "次" and nth:
            continue  # 第 2 次: which time, not how many
        value = _figure_value(raw)
        if value is not None:
            out.setdefault(_T_UNITS[unit], set()).add(float(value) - (1 if nth and unit == "年" else 0))
    for raw, suffix, unit in _Q_FIGURE_EN.findall(text):
        word = raw.lower()
        value = float(word) if word[0].isdigit() else _EN_ORDINALS.get(word, _EN_NUMBERS.get(word))
        if value is None:
            continue
        ordinal = bool(suffix) or word in _EN_ORDINALS
        key = _en_unit_key(unit)
        if key in ("year", "yr") and re.search(rf"\b{re.escape(raw)}(?:st|nd|rd|th)?[- ]*(?:years?|yrs?)[- ]+old\b", text):
            out.setdefault("歲", set()).add(float(value))  # "58 years old" is an age
            continue
        out.setdefault(_EN_T_UNITS[key], set()).add(float(value) - (1 if ordinal and key in ("year", "yr") else 0))
    for m in _TIMES_EN.finditer(text):
        out.setdefault("次", set()).add({"once": 1.0, "twice": 2.0, "thrice": 3.0}[m.group(1)])  # ("lectured twice")
    if (bare := _bare_own_figure(fold(whole) if whole else text)) is not None and bare[0] not in out:
        out[bare[0]] = {bare[1]}  # "how many RFA cases do I need…, I have 150 — am I ok?": 150 in the unit asked
    if (later := _age_at_applying(text)) is not None:
        out["歲"] = {later}  # "今年59歲，明年滿60才送申請": the age on the application date is the case's (not today's)
    elif "歲" not in out and (age := _question_age(question)) is not None:
        out["歲"] = {age}  # "can I apply for the lifetime one at 58?", "turning 58": an age with no unit after it
    return out


# A figure of one's own said with no unit ("I have 150", "we've done 150 so far", "我有150", "我目前做了一百五") — its unit is the
# one the question asks the rule's figure in ("how many RFA cases do I need", "要幾例"), when it asks in exactly one.
_BARE_OWN_EN = re.compile(r"\b(?:i|we)(?:'ve|\s+have|\s+had|\s+did|\s+got)?\s+(?:(?:got|done|have|had|did|completed|logged|accumulated|"
                          r"already|only|just|now|so\s+far)\s+){0,2}(?:about\s+|around\s+|roughly\s+|~\s*)?([0-9]+(?:\.[0-9]+)?)"
                          r"(?=\s*(?:[,.;!?\u2014\u2013)]|-\s|$|(?:so\s+far|now|already|total|in\s+total|altogether)\b))", re.I)
_BARE_OWN_ZH = re.compile(rf"(?:我|自己|本人)\s*(?:目前|現在|现在|已經|已经|才|只|大概|大约|大約)?\s*(?:有|做了|做過|做过|累積了?|累积了?|"
                          rf"拿了|拿到|湊了|凑了)\s*(?:了)?\s*(?:大概|大約|大约|約|约)?\s*({_NUM})"
                          rf"(?=\s*(?:[，,。；;？?！!\u2014\u2013)）]|$|而已|左右|了|多))")
_ASKED_UNIT_EN = re.compile(r"\bhow\s+many\s+(?:[a-z/-]+\s+){0,3}?(" + "|".join(
    sorted((k + ("" if k.endswith("s") else "s?") for k in _EN_T_UNITS), key=len, reverse=True)) + r"|studies)\b", re.I)
_ASKED_UNIT_ZH = re.compile(rf"(?:幾|几|多少)\s*({_T_UNIT})")


def _bare_own_figure(text: str) -> tuple[str, float] | None:
    """(unit, value) of a unitless figure of the person's own (`_BARE_OWN_EN` / `_ZH`) in the one unit the (folded)
    question asks the rule's figure in; None when there is none, the unit asked is not one, or other figures are said."""
    units = {_EN_T_UNITS[_en_unit_key(m.group(1))] for m in _ASKED_UNIT_EN.finditer(text)}
    units |= {_T_UNITS[m.group(1)] for m in _ASKED_UNIT_ZH.finditer(text)}
    found = [m.group(1) for rx in (_BARE_OWN_EN, _BARE_OWN_ZH) for m in rx.finditer(text)]
    if len(units) != 1 or len(found) != 1 or len(re.findall(r"[0-9]+(?:\.[0-9]+)?", text)) > 1 or \
            (value := _figure_value(found[0])) is None:
        return None
    return next(iter(units)), float(value)


# Whether one's own figure will do, asked ("am I ok?", "is that enough?", "夠嗎", "這樣可以嗎", "do I qualify?").
_OWN_OK = re.compile(r"[夠够]嗎|[夠够]吗|[夠够]不[夠够]|(?:這樣|这样)?(?:可以|行)(?:嗎|吗)|達標|达标|過關|过关|符合(?:嗎|吗)|"
                     r"\b(?:am i|are we|is (?:that|this|it)|will (?:that|this|it)|would (?:that|this|it))\s+(?:ok(?:ay)?|fine|good|"
                     r"enough|sufficient|there|set|covered)\b|\benough\b|\bqualif\w*|\beligible\b|"
                     r"\bdo i (?:pass|make it|meet)\b|\b(?:ok|good)\s*\??\s*$", re.I)


def _own_figure_unchecked(asked: str, question: str, said: str) -> bool:
    """The yes / no piece `asked` asks whether one's own figure will do (`_OWN_OK`), and the question holds one in a unit
    the text `said` gives a figure in but no threshold (`_thresholds`: no 以上 / 上限 read) — nothing was compared, so a
    Yes would be unsupported."""
    if not _OWN_OK.search(fold(asked)):
        return False
    units = {_T_UNITS[u] for _, _, u in _Q_FIGURE_ZH.findall(fold(said))} - set(_thresholds(said))
    return bool(units & set(_question_figures(asked, question)))


# "once" / "twice" as a count of times ("lectured twice", "only once") — never "at once" (together), nor "once" opening a
# clause ("once I pass", "once suspended": when)
_TIMES_EN = re.compile(r"(?<!\bat )(?<!\ball at )\b(once|twice|thrice)\b"
                       r"(?!\s+(?:i|we|you|he|she|it|they|the|a|an|my|our|your|this|that|\w+ed)\b)", re.I)


def _thresholds(said: str) -> dict[str, list[tuple[str, float]]]:
    """The text's thresholds by unit: ("min" | "max", figure)."""
    text = fold(said)
    out: dict[str, list[tuple[str, float]]] = {}
    for side, cues in (("min", _T_MIN), ("max", _T_MAX)):
        for cue in cues:
            for raw, unit in cue.findall(text):
                value = _figure_value(raw)
                if value is not None:
                    out.setdefault(_T_UNITS[unit], []).append((side, float(value)))
    return out


_PUTS_TO_RULE = re.compile(rf"(?:上限|下限|門檻|最多|最少|至少|規定)\s*(?:是不是|是否|就是|是|為|訂)\s*(?:{_NUM})|"
                           r"\b(?:cap|limit|maximum|minimum|threshold)\s+(?:is|of|at|set at)\s+[0-9]", re.I)


_PUT_LIMIT = re.compile(r"(上限|下限|門檻|最多|最少|至少)\s*(?:是不是|是否|就是|是|為|訂)\s*(" + _NUM + r")\s*(個月|人次|[案件例人次分天年%篇小時]*)")
_COUNT_UNITS = frozenset({"案", "件", "例", "人", "人次", "次"})


def _other_figure_put(question: str, source: str, stated: set[float | int]) -> bool:
    """"上限是不是 600 案？" met by a text setting its 上限 at 500 案: the figure put to the rule (naming the limit the text
    names, in no unit or in one the text counts in) is not the text's — 不是 (the line gives the text's figure)."""
    m = _PUT_LIMIT.search(yes_no_piece(fold(question)))
    text = _ENUMERATOR.sub("", fold(source))
    if not m or m.group(1) not in text:
        return False
    unit, units = m.group(3), set(_UNIT_OF.findall(text))
    if unit and unit not in units and not (unit in _COUNT_UNITS and units & _COUNT_UNITS):
        return False  # "上限是不是 6 個月" against a cap in 案: another limit is asked about
    value = numbers_in(m.group(2))
    return bool(value) and not value & numbers_in(text)


# A period put to the rule as the time allowed ("兩年內參加就行嗎", "有兩年可以補嗎", "do they really get 2 years to attend?", "we have
# two years to go, right?") …
_PERIOD_PUT = re.compile(
    rf"({_NUM})\s*(年|個月)\s*(?:內|之內|以內)?[^，,。？?]{{0,12}}?(?:就行|就好|就可以|即可|都可以|都行)|"
    rf"有\s*({_NUM})\s*(年|個月)\s*(?:的時間)?\s*(?:可以|能)|"
    r"\b(?:get|have|got|given|allowed)\s+(?:a\s+full\s+|the\s+full\s+|up\s+to\s+)?([0-9]+|one|two|three|four|five|six)\s+"
    r"(years?|months?)\s+(?:to|before|for)\b", re.IGNORECASE)
# … and the period the text bounds it by ("1 年內", "於 6 個月內", "within 1 year").
_PERIOD_BOUND = re.compile(rf"({_NUM})\s*(年|個月)\s*(?:內|之內|以內)|\bwithin\s+([0-9]+|one|two|three|four|five|six)\s+(years?|months?)\b",
                           re.IGNORECASE)
_PERIOD_UNIT = {"年": "年", "個月": "月", "year": "年", "years": "年", "month": "月", "months": "月"}


def _periods(pattern: re.Pattern[str], text: str) -> list[tuple[float, str]]:
    """The (value, unit) periods `pattern` finds in (folded) `text`: its groups are value, unit in pairs."""
    out = []
    for m in pattern.finditer(text):
        groups = [g for g in m.groups()]
        for raw, unit in zip(groups[::2], groups[1::2]):
            if raw is None:
                continue
            value = _EN_NUMBERS.get(raw.lower()) if raw.isalpha() and raw.isascii() else _figure_value(raw)
            if value is not None:
                out.append((float(value), _PERIOD_UNIT[unit.lower()]))
    return out


def period_put_longer(piece: str, said: str) -> bool:
    """The (folded) asking piece puts a period allowed (`_PERIOD_PUT`: "get 2 years to attend", "兩年內…就行") longer than every
    period the text bounds in that unit (`_PERIOD_BOUND`: "1 年內", "within 1 year"): not that long — No / 不是."""
    put = _periods(_PERIOD_PUT, piece)
    bounds = _periods(_PERIOD_BOUND, said)
    return any(bounds_in and all(value > limit for limit in bounds_in)
               for value, unit in put if (bounds_in := [b for b, u in bounds if u == unit]))


def _short_of(question: str, said: str, whole: str | None = None) -> bool:
    """The question's one figure in a unit falls short of the text's one minimum in that unit, or goes past its one
    maximum (two thresholds or two figures in a unit: which is meant is not known, no verdict). `whole`: the whole
    question the yes / no piece `question` was cut from (a unitless figure of one's own takes the unit it asks in)."""
    if _PUTS_TO_RULE.search(yes_no_piece(fold(question))):
        return False  # "上限是不是 60 案？": a figure put to the rule, not the person's case (the line gives the rule's)
    figures = _question_figures(question, whole)
    for unit, limits in _thresholds(said).items():
        values = figures.get(unit, set())
        if len(values) != 1 or len(set(limits)) != 1:
            continue
        (value,), [(side, limit)] = values, limits[:1]
        if _per_period(question, unit) != _per_period(said, unit, limit):
            continue  # "每年大約 120 分，六年夠嗎" against "六年…須滿 600 分": a yearly figure is no six-year total (nor a
            # daily cap a monthly count); the line states the rule and the figure decides
        if _beyond_band(said, limit, unit):
            continue  # "2 小時以內每次 5 分，超過 2 小時每次 10 分": past the one band is the next band, no bar
        if (side == "min" and value < limit) or (side == "max" and value > limit):
            return True
    return False


_PAST = r"(?:超過|逾|大於|高於|多於|未滿|不足|少於|低於)"
# A figure said per period ("每年 120 分", "一天 45 案", "100 credits a year", "45/day"): a rate, not a total.
_PER_ZH = r"(?:每|一)\s*(?:年|個月|月|天|日|週|周)"
_PER_EN = re.compile(r"\b(?:a|per|each|every)\s+(?:year|month|day|week)\b|/\s*(?:yr|year|mo|month|day|d|wk|week)\b|"
                     r"\b(?:annually|yearly|monthly|daily|weekly)\b", re.I)


def _per_period(text: str, unit: str, figure: float | None = None) -> bool:
    """The figure in `unit` (the one equal to `figure`, or any) is said per period: a per-period word earlier in its
    segment ("每年之積分…", "一天操作…上限為 40 案") or just after it ("45 a day")."""
    folded = fold(text)
    for m in re.finditer(rf"({_NUM})\s*(?:多)?\s*({_T_UNIT})", folded):
        if _T_UNITS.get(m.group(2)) != unit:
            continue
        raw = m.group(1)
        value = _figure_value(raw)
        if figure is not None and (value is None or float(value) != figure):
            continue
        before, after = folded[max(0, m.start() - 30):m.start()], folded[m.end():m.end() + 14]
        if re.search(_PER_ZH, re.split(r"[，,。；;？?]", before)[-1]) or _PER_EN.search(after[:14]):
            return True
    for m in _Q_FIGURE_EN.finditer(folded):  # "100 credits a year", "45 screenings per day"
        key = m.group(3).lower().rstrip("s") if m.group(3).lower() != "studies" else "study"
        if _EN_T_UNITS.get(key) != unit or not m.group(1)[0].isdigit():
            continue
        if (figure is None or float(m.group(1)) == figure) and _PER_EN.search(folded[m.end():m.end() + 14]):
            return True
    return False


def _beyond_band(said: str, limit: float, unit: str) -> bool:
    """The text also rules on the other side of its threshold ("超過 2 小時…", "未滿 8 年者…"): it sets bands."""
    text = fold(said)
    for m in re.finditer(rf"{_PAST}\s*({_NUM})\s*({_T_UNIT})", text):
        raw, found = m.group(1), _T_UNITS.get(m.group(2))
        value = _figure_value(raw)
        if found == unit and value is not None and float(value) == limit:
            return True
    return False


# A figure of the person's own case ("陽性個案 90 位，已追蹤 70 位", "we did 45 a day", "複判差異 17%") against a rule that
# turns on a threshold or a band ("70% ≤ 追蹤完成率 < 75%", "上限 40 案", "超過 20%"): whether the rule applies is for the
# figure to decide, and the line does not compute it. Unless the figure is settled — it falls short of the one threshold
# (`_short_of`) or lies in a band the sentence states (knowledge.ranges) — the line states the rule and says the figure
# decides, never a yes / no. (A figure the question restates from the rule, "超過20%", "上限是不是 40 案", is the
# rule's, not the person's.)
_OWN_UNITS = {"位": "人", "人": "人", "名": "人", "例": "案", "案": "案", "件": "案", "個": "個", "次": "次", "場": "次",
              "張": "張", "台": "台", "部": "台", "篇": "篇", "%": "%", "趴": "%", "分": "分", "小時": "小時", "天": "天",
              "週": "週", "年": "年", "個月": "月", "歲": "歲", "people": "人", "patients": "人", "women": "人", "cases": "案",
              "positives": "案", "screenings": "案", "exams": "案", "mammograms": "案", "studies": "案", "films": "張",
              "images": "張", "points": "分", "credits": "分", "hours": "小時", "days": "天", "weeks": "週",
              "months": "月", "years": "年", "percent": "%", "times": "次", "papers": "篇", "talks": "次", "lectures": "次",
              "presentations": "次"}
_OWN_FIGURE = re.compile(rf"(?<![第0-9A-Za-z.])({_NUM})\s*(個月|小時|[位人名例案件個次場張台部篇%趴分天週年歲]|(?:[\w-]+\s+){{0,2}}?"
                         r"(?:people|patients|women|cases|positives|screenings|exams|mammograms|studies|films|images|points|"
                         r"credits|hours|days|weeks|months|years|percent|times|papers|talks|lectures|presentations)\b)", re.I)
# A bare number of the person's case ("we tracked 151", "追蹤了 29"): no unit, not a date, a clause or a category.
_BARE_NUMBER = re.compile(r"(?<![第0-9A-Za-z.\-/])([0-9]+(?:\.[0-9]+)?)(?![0-9.%A-Za-z])"
                          r"(?!\s*(?:個月|小時|[位人名例案件個次場張台部篇趴分天週年歲月日號條款項組]|[-/:]))")
_NOT_A_FIGURE_BEFORE = re.compile(r"(?:category|cat\.?|bi-?rads|article|section|item|grade|note|version|第|條|款|項|版|"
                                  r"類|等級)[\s「」\"'(（]*(?:[0-9]+\s*(?:、|,|跟|和|及|與|或|and|or|&)\s*)*$", re.I)
_FIGURE_BOUND_BEFORE = re.compile(r"(?:超過|大於|高於|未達|未滿|(?<![未不])滿|低於|小於|不足|不到|少於|多於|以上|至少|最多|上限|下限|門檻|每|[<>≤≥]|"
                                  r"\b(?:every|each|per|over|under|above|below|more than|less than|at least|at most|up to|exceeds?|cap(?: is| of)?|"
                                  r"limit(?: is| of)?))\s*(?:是不是|是否|是|為|of)?\s*$", re.I)
# (after it: a bound, or a frequency the rule sets — "6年換1次", "每年1次" — not a figure of the person's case)
_FIGURE_BOUND_AFTER = re.compile(r"\s*(?:\(含\))?\s*(?:以上|以下|以內|之內|內|\b(?:or more|or less|or fewer)\b|"
                                 r"[\u4e00-\u9fff]{1,2}\s*(?:1|一)\s*次)", re.I)
# One threshold of the text in a unit the question states one figure in ("超過每年合理量之 10% 以上者" against "15% over",
# "8年以上" against "第十年"): the figure is put to it — `_short_of` answers a shortfall, and a figure that meets it meets
# the condition the verdict is about.
_UNIT_THRESHOLD = (re.compile(rf"({_NUM})\s*(個月|小時|[位人名例案件個次場張台部篇%分天週年歲])\s*(?:\(含\))?\s*(?:以上|以下|以內|之內|為限)"),
                   re.compile(rf"(?:至少|不少於|不得少於|不低於|(?<![不未])滿|上限(?:為|是)?|最多|不得超過|不超過|超過|未達|未滿|低於|高於|"
                              rf"大於|小於)\s*({_NUM})\s*(個月|小時|[位人名例案件個次場張台部篇%分天週年歲])"))
# What makes a rule turn on a figure: a comparison, a bound, a band.
_THRESHOLD = re.compile(rf"[<>≤≥]|以上|以下|未達|未滿|超過|低於|高於|不足|介於|大於|小於|至少|上限|下限|最多|不少於|不超過|以內|"
                        rf"(?<![不未])滿\s*(?:{_NUM})|(?:{_NUM})\s*%?\s*[-–~～至]\s*(?:{_NUM})")
_FIGURES_DECIDE = ("視您的數字而定", "It depends on your figures")  # (neither reads as a yes / no)


def _figure_pairs(text: str, *, values_only: bool) -> set[tuple[float, str]]:
    """(value, unit family) of each figure with a unit `text` states; with `values_only`, not the ones it gives as a
    bound ("超過 20%", "60 分以上") and not a calendar year (2026 年, 115 年) or a lone one (一次, 一篇)."""
    t = fold(text)
    out: set[tuple[float, str]] = set()
    for m in _OWN_FIGURE.finditer(t):
        raw, unit = m.group(1).replace(",", ""), _OWN_UNITS[m.group(2).lower().split()[-1]]
        value = float(raw) if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", raw) else cn_to_int(raw)
        if value is None:
            continue
        if values_only and (_FIGURE_BOUND_BEFORE.search(t[max(0, m.start() - 8):m.start()])
                            or _FIGURE_BOUND_AFTER.match(t, m.end())
                            or (unit == "年" and value >= 50) or value == 1):
            continue
        out.add((float(value), unit))
    if values_only:
        for m in _BARE_NUMBER.finditer(t):
            value = float(m.group(1))
            if value != 1 and not 1900 <= value <= 2100 and not _NOT_A_FIGURE_BEFORE.search(t[max(0, m.start() - 24):m.start()]) \
                    and not _FIGURE_BOUND_BEFORE.search(t[max(0, m.start() - 8):m.start()]):
                out.add((value, ""))
    return out


def _a_ratio_asked(question: str, source: str) -> bool:
    """The question states two or more counts in one unit that the clause does not state (a rate of the person's
    own, "陽性 70 位，追蹤了 50 位"), and the clause states no threshold to put it to."""
    given = _figure_pairs(source, values_only=False)
    own = [u for v, u in _figure_pairs(question, values_only=True) if u and (v, u) not in given]
    return any(own.count(u) >= 2 for u in own) and not _THRESHOLD.search(fold(source))


# A breakdown in brackets after a figure ("4 invited talks (2 in Korea, 2 local)", "演講 5 次（國外 2、國內 3）"): its parts
# add up to the figure before it, which alone is put to the rule.
_BRACKETED = re.compile(r"[(（]([^()（）]{1,60})[)）]")
_PLAIN_NUMBER = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?![0-9.])")


# A question naming the rule's bound itself ("is the cap 450?", "上限是 450 嗎"): its figure is the rule's, not its own.
_NAMES_LIMIT = re.compile(r"上限|下限|門檻|最多|最少|至少|\b(?:cap|caps|ceiling|limit|limits|max|maximum|min|minimum|threshold|"
                          r"quota|requirement|required|at least|at most)\b", re.I)


def _without_breakdown(text: str) -> str:
    """`text` without each bracketed breakdown whose numbers (two or more) sum to the last number before it."""
    def drop(m: re.Match[str]) -> str:
        parts = [float(x) for x in _PLAIN_NUMBER.findall(m.group(1))]
        before = _PLAIN_NUMBER.findall(text[max(0, m.start() - 80):m.start()])
        return " " if len(parts) >= 2 and before and sum(parts) == float(before[-1]) else m.group(0)
    return _BRACKETED.sub(drop, text)


# A cycle the question names ("renew it every six years", "每 6 年換證"): how often something recurs, a period of the
# rules, never a figure of the person's own case that a threshold would be applied to.
_CYCLE = re.compile(rf"每\s*(?:隔)?\s*(?:{_NUM})\s*(?:個月|个月|年|天|日|週|周)|"
                    r"\bevery\s+(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:years?|months?|days?|weeks?)\b",
                    re.I)


def _figure_past_row_bound(question: str, said: str, source: str) -> bool:
    """Does a rate the question states lie past the open bound, of its measure, of the line or its clause
    (knowledge.ranges.past_stated_bound)?"""
    from knowledge.ranges import past_stated_bound

    return past_stated_bound(question, said) or past_stated_bound(question, source)


_VAGUE_TIMES = re.compile(r"次|場|场|回|\btimes\b|\btalks?\b|\blectures?\b|\bsessions?\b", re.I)
_TIMES_THRESHOLD = re.compile(r"(?:\d+|[一二兩三四五六七八九十]+)\s*次|\b(?:\d+|three|two|five)\s+(?:or\s+more\s+)?times\b", re.I)


def figures_decide(question: str, said: str, source: str) -> bool:
    """The question states figures of its own case that the rule's threshold or band (in `said` or its clause's
    `source`) would have to be applied to, and none of them is settled by a band of `said` holding it (a cycle it
    names, `_CYCLE`, is none of its own)."""
    own = _figure_pairs(_CYCLE.sub(" ", _without_breakdown(question)), values_only=True)
    if not _NAMES_LIMIT.search(fold(question)):  # (a bare 4 is its "4 talks"; "is the cap 450 screenings?" puts no figure
        own = {(v, u) for v, u in own if u or not any(v == w and unit for w, unit in own)}  # of its own to the rule)
    if (age := _stated_age(question)) is not None:
        # "我今年剛滿61" / "I'm 61": the person's age is a figure of the case in 歲 (a bare 61 after 滿 is no bound)
        own = {(v, u) for v, u in own if not (v == age and u in ("", "歲"))} | {(age, "歲")}
    if not own:
        # (one's own count said only vaguely, "當過幾次座長/講者，能申請嗎", "gave talks a few times": put to a threshold of times it
        # decides nothing — never 可以 / Yes for a count no one gave)
        return bool(_VAGUE_TIMES.search(" ".join(find_vague(question)))) and \
            bool(_THRESHOLD.search(fold(said)) and _TIMES_THRESHOLD.search(fold(said)))
    stated = _figure_pairs(f"{source} {said}", values_only=False)
    given = numbers_in(f"{source} {said}")
    own = {(v, u) for v, u in own if (v, u) not in stated and (u or v not in given)}
    if not own or not (_THRESHOLD.search(fold(said)) or _THRESHOLD.search(fold(source))):
        return False
    limits: dict[str, set[float]] = {}
    for cue in _UNIT_THRESHOLD:
        for raw, unit in cue.findall(fold(said)):
            value = float(raw) if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", raw) else cn_to_int(raw)
            if value is not None:
                limits.setdefault(_OWN_UNITS[unit], set()).add(float(value))
    put = {(v, u) for v, u in own if u in limits}
    if put and all(len(limits[u]) == 1 for _, u in put) and len({u for _, u in put}) == len(put) and \
            all(u and not any(u == unit for _, unit in stated) for _, u in own - put):
        own = put  # "做介入快三十年了…我今年剛滿61，可以申請終身的嗎" against "年滿 60 歲以上": the 30 years are in a unit the
        # rule states nothing in — only the age is put to its one threshold (a unit the clause states stays undecided)
    units = [u for _, u in own]
    if units == [""] and sum(len(v) for v in limits.values()) == 1:
        return False  # one bare figure ("I'm 62") against the text's one threshold ("年滿 60 歲以上"): put to it
    if all(u and len(limits.get(u, ())) == 1 and units.count(u) == 1 for u in units):
        return False  # each figure meets the one threshold of its unit, or falls short of it (`_short_of`): settled
    from knowledge.ranges import bands, holds, past_stated_bound, stated_values

    # (a sentence with no band of its own — the row's "未參加者應停止判讀" — is read with its row's band)
    # (… nor a rate past the row's own open bound, of its measure: "陰性複判差異 23%，還能繼續判讀嗎" met by 丙's "陰性…超過 20%，
    # 立即停止判讀" — settled, no)
    return not holds(stated_values(question), bands(said) or bands(source)) and \
        not past_stated_bound(question, said) and not past_stated_bound(question, source)


# A figure the question puts to the rule ("上限是不是 600 案", "is the cap 450 screenings"): digits with a unit.
# (a calendar year is no figure the rule is put to: "85年衛生署那個函", "民國 110 年", "in 2024": a 年 of 50 or more)
_STATED_FIGURE = re.compile(r"(?<![0-9.])(?!(?:[5-9][0-9]|[1-9][0-9]{2,3})\s*年(?!齡))([0-9]+(?:\.[0-9]+)?)\s*(?:分|案|例|%|天|日|個月|年|小時|元|篇|張|"
                            r"credits?|points?|cases?|screenings?|days?|months?|years?|hours?)", re.I)


_UNIT_OF = re.compile(rf"(?:{_NUM})\s*(分|案|例|%|天|日|個月|年|小時|元|篇|張)")


def _same_unit(question: str, text: str) -> bool:
    """The text states a figure in a unit the question states one in ("600 案?" against 500 案): the question's
    figure is then the one the rule sets. A denial in a text with no figure of that unit ("還要附 6 年內的個案數證明嗎"
    against "不須附…證明") denies what is asked, whatever the figure."""
    asked = set(_UNIT_OF.findall(yes_no_piece(fold(question))))
    return bool(asked & set(_UNIT_OF.findall(fold(text)))) or not asked


def _said_grades(sentence: str) -> set[str]:
    from knowledge.lexical import grade_letters

    return grade_letters(fold(sentence))


_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
_COPULA_ASKS = re.compile(r"(?:也|還|还|仍|就|都)是(?!否|不是)(?!\s*(?:要|得|需|須|會|会|能|可))")  # (還是要 / 也是要: a
# modal asks, "still / also need to" — no copula)


# The copula asking a yes / no ("是另外一套標準嗎", "是分兩部分嗎"), not 是 inside a word (但是, 還是, 就是, 是否, 凡是).
_COPULA = re.compile(r"(?<![但還还就凡或於于總总若只可要即倒])是(?!否)")


_CONCESSIVE = re.compile(r"(?:不管|不論|不论|無論|无论)\s*(?:有沒有|有没有|是不是|會不會|会不会)")


# A purpose after the act asked ("…才能繼續判讀", "…才可以申請"): it names what the act is for, it does not ask.
_PURPOSE = re.compile(r"才(?:能|可以|可|得)[^，,。？?！!]*")


# An English question asking whether something stands in the way ("does a zero year block / prevent / disqualify my
# renewal?", "will it rule me out?"): a bar on the act asked about answers Yes (it does block), its grant No.
_BLOCKS_ASKED_EN = re.compile(r"\b(?:block(?:s|ed|ing)?|prevent(?:s|ed|ing)?|disqualif\w*|jeopardi[sz]\w*|endanger\w*|"
                              r"(?:rule[sd]?|count[sd]?)\s+(?:me|you|him|her|us|them)\s+out|"
                              r"(?:keep|stop)s?\s+(?:me|you|him|her|us|them)\s+from|stand\s+in\s+the\s+way)\b", re.I)


def asks_rule_exists(question: str) -> bool:
    """Does the question ask whether there is a rule at all ("放射師的乳攝量有沒有規範？")? Not a bare tag after another
    ask ("報到時可以發證明嗎？學會有沒有規定", `RULE_TAG`): that asks what the ask before it asks."""
    pieces = [p for p in PIECES.split(fold(question)) if p and p.strip()]
    return any(ASKS_RULE_EXISTS.search(p) and not rule_tag_after_ask(pieces, k) for k, p in enumerate(pieces))


_JOINING = re.compile(r"^\s*(?:另外|此外|以及|還有|还有|那)(?:還有|还有)?(?=[^嗎吗]*(?:也|還|还)[^嗎吗]{0,8}(?:嗎|吗|[?？]))")
# The mark a clause asks with: a particle, a question mark, or the A-not-A form ("…發下去嗎", "…可不可以").
_CLAUSE_ASKS = re.compile(r"[嗎吗吧?？]|" + _A_NOT_A.pattern)


def asking_clause_of(piece: str) -> str:
    """The (folded) piece's last comma clause that asks (`_CLAUSE_ASKS`), or its last clause when none does: a remark said
    after the ask ("可以報到時就先發出席證明嗎，這樣散會比較不會塞") gives no verb to the answer (its 不會 is the reason)."""
    clauses = [c for c in re.split(r"[，,]", piece) if c.strip()]
    if not clauses:
        return piece
    return next((c for c in reversed(clauses) if _CLAUSE_ASKS.search(c)), clauses[-1])


def asking_clause(question: str) -> str:
    """The (folded) question's yes / no piece (`yes_no_piece`), narrowed in Chinese to its clause that asks
    (`asking_clause_of`); an English piece whole."""
    piece = yes_no_piece(question)
    return piece if piece.isascii() else asking_clause_of(piece)


def confirms_after_wh(piece: str, tail: str) -> bool:
    """A how / what clause, then a yes / no clause with 嗎 that puts a reading of it ("是怎麼算的，全部抽片取平均嗎",
    "分數怎么给，是照篇数算吗"): the yes / no clause is the one answered first."""
    if tail == piece or not re.search(r"[嗎吗]", tail) or ZH_WH.search(tail):
        return False
    return bool(ZH_WH.search(piece[:piece.rfind(tail)]))


# The clause after an "only?" that asks of another thing with an A-not-A of its own ("只有學會辦的嗎，教學醫院辦的算不算").
_AFTER_ONLY_ASK = re.compile(r"(?:嗎|吗|呢)\s*[,，、]?\s*([^,，、?？]{2,40}?)\s*[?？]?\s*$")


AFTER_ONLY_TERMS = 2  # the other thing's own terms the text must hold


def _other_named_asked(piece: str, text: str) -> str | None:
    """For a (folded) piece asking "only X?" then, in a clause of its own, whether another thing counts ("只有學會自己辦的
    嗎，教學醫院辦的算不算"): that clause's positive word (算) when the (folded) text holds the other thing's own terms
    (教學醫院), else None."""
    m = _AFTER_ONLY_ASK.search(piece)
    if m is None or ASKS_ONLY.search(m.group(1)) or not (aa := _A_NOT_A_VERB.search(m.group(1))):
        return None
    named = question_terms(m.group(1)[:aa.start()]) - GENERIC
    if len(named & _terms(text)) < AFTER_ONLY_TERMS:
        return None  # (one shared word — 課程 of "國外的線上課程" — does not name a thing the text holds)
    verb = aa.group(1) or aa.group(0)
    return A_NOT_A_WORDS.get(aa.group(0), (verb, "不" + verb))[0]


def polarity_word(question: str, negative: bool, lang: str) -> str:
    """可以 / 不可以, 需要 / 不需要 … after the question's own verb; Yes / No in English (the other way round for a
    question asking whether something blocks the act: `_BLOCKS_ASKED_EN`)."""
    if lang == "en":
        if _BLOCKS_ASKED_EN.search(yes_no_piece(fold(question))):
            negative = not negative
        return "No" if negative else "Yes"
    text = fold(question)
    piece = yes_no_piece(text)
    # (an aside, or a "whether or not" — 不管有沒有 SCI —, states the case: its A-not-A asks nothing)
    if m := _A_NOT_A_VERB.search(_CONCESSIVE.sub("", _ASIDE.sub("", piece))):  # the A-not-A form is the asking verb
        # ("有沒有扣抵的規定" → 有, not 要跟…的 要)
        verb = m.group(1) or m.group(0)
        yes, no = A_NOT_A_WORDS.get(m.group(0), (verb, "不" + verb))
        return no if negative else yes
    # (an aside in brackets states the case, it does not ask: "…（主辦單位有先送學會），也是照…給嗎")
    piece, text = _ASIDE.sub("", piece), _ASIDE.sub("", text)
    if NECESSITY_ASKED.search(_first_alternative(_ASIDE.sub("", piece))) and not _A_NOT_A_VERB.search(piece):
        return "不需要" if negative else "需要"  # "一定得一組緻密一組非緻密嗎": the need asked (never 可以 of another piece)
    if negative and ASKS_FIXED.search(piece):
        return "不是"  # "每年都一樣嗎", "是固定的嗎" met by "將逐年調整": not so (never the verb of another piece: 有改會公告嗎)
    if negative and re.search(r"(?:要|會|会)(?:被)?\s*停", piece) and _ZH_ASKS_STOP.search(piece):
        return "不會"  # "要停判嗎" met by a stop only after a failure not stated: not stopped (不需要 would read as "no need to")
    if negative and ASKS_ENOUGH.search(piece) and not re.search(r"[a-z]", ASKS_ENOUGH.search(piece).group(0)):
        # ("…只要照原能會的標準做即可，還是…": 即可 is the sufficiency asked too)
        return "不夠"  # "原能會的就夠了嗎" met by "須同時符合…及…": not enough (not the 可以 of another word)
    if any(cue.search(bare := _PURPOSE.sub("", piece)) for cue, _, _ in MODALS):
        piece = bare  # "還得考過跑片考試才可以繼續判讀嗎": the need asks (需要), not the 可以 of its purpose
    # the verb of the piece's last clause first ("下禮拜就要開了，…現在補送還會受理嗎": 會, not the story's 要), then the
    # piece's, then the question's
    # (a piece opening with 還有 / 另外 adds another thing to the ask before it — "…會不會測壓迫板？還有照野對齊那個也測嗎":
    # its 有 joins, it is no verb; a piece with no verb of its own then asks with the A-not-A of the one before)
    piece = _JOINING.sub("", piece)
    tail = asking_clause_of(piece)
    if confirms_after_wh(piece, tail):
        # "抽片成績是怎麼算的，全部抽片取平均嗎？": the how-clause before it is no yes / no — the confirmation asked after it
        # is answered, with its own verb or (none) the copula it puts (是 / 不是), never the 算 of the how-clause
        piece = text = tail
    # (the alternative put after the piece asks nothing of its own: "這種也在…範圍裡面嗎？還是一定要醫學會主辦的才算數" is
    # answered 是, never with the 要 of the course it offers instead)
    if piece.strip(" ?？") and piece.strip(" ?？") in (before := _first_alternative(text)):
        text = before
    for at, part in enumerate((tail, piece, text)):
        if at == 0 and (tail == piece or _COPULA_ASKS.search(tail)):
            continue  # (a copula asking in the tail is read with its piece, below)
        if at == 2 and (m := _A_NOT_A_VERB.search(_CONCESSIVE.sub("", part))):
            verb = m.group(1) or m.group(0)
            yes, no = A_NOT_A_WORDS.get(m.group(0), (verb, "不" + verb))
            return no if negative else yes
        for cue, yes, no in MODALS:
            if cue.search(part):
                return no if negative else yes
        if at == 1 and _COPULA_ASKS.search(piece):
            break  # "也是照國際會議的分數給嗎": its own copula asks (not a verb of the alternative after it: 還是…算)
    if negative and _COPULA.search(piece):
        return "不是"  # "是另外一套標準嗎" met by "…同…之規定": the copula that asks is denied (as 是不是 → 不是)
    return "否" if negative else "是"


# Words holding a numeral that state no number ("不一定", "一律", "統一", "唯一"): the line "不一定：…" claims no 1.
_NOT_A_NUMBER = re.compile(r"一定|一律|一併|一般|一旦|一樣|一直|一些|統一|唯一|一致|一起")


def numbers_in(text: str) -> set[int | float]:
    """The numbers a text states (Arabic or Chinese numerals; 1,000 → 1000)."""
    out: set[int | float] = set()
    for m in re.finditer(_NUM, _NOT_A_NUMBER.sub("", fold(text))):
        raw = m.group(0).replace(",", "")
        value = float(raw) if "." in raw else cn_to_int(raw) if not raw.isdigit() else int(raw)
        if value is not None:
            out.add(value)
    return out


@dataclass
class Candidate:
    """One retrieved clause as the sentence-level reading sees it."""

    clause: Clause
    score: float  # the retriever's, relative to its best non-look-up hit
    via: list[str]
    kind_match: bool
    overlap: float  # share of the question's terms in the clause's best sentence or its gist
    sentence: str  # that sentence


@dataclass
class DirectLine:
    """The first line of a rules answer and the clauses it rests on (best first)."""

    text: str
    cited: list[str]
    confident: bool
    kind: AnswerKind


def read_hits(q_terms: frozenset[str], hits: list, corpus: Corpus, kind: AnswerKind) -> list[Candidate]:
    """The retriever's hits, in its order, with what their sentences and gists hold for the question."""
    plain = [h.score for h in hits if "lookup" not in h.via]
    top = max(plain) if plain else 1.0
    need = KIND_NEEDS.get(kind)
    out: list[Candidate] = []
    for h in hits:
        text = h.clause.text if h.clause.text.strip() else corpus.full_text(h.clause.id)
        gist = " ".join(g for g in (h.clause.gist_zh, h.clause.gist_en) if g)
        sentence, share = best_sentence(q_terms, text)
        gist_share = len(q_terms & _terms(gist)) / max(len(q_terms), 1) if gist else 0.0
        out.append(Candidate(clause=h.clause, score=h.score if "lookup" in h.via else h.score / top,
                             via=list(h.via), kind_match=bool(need.search(fold(text))) if need else True,
                             overlap=max(share, gist_share), sentence=sentence))
    return out


# The term the question's name for a rule's issuer and the text's 本會 / 本署 share (`names_issuer`).
_ISSUER_TERM = "#issuer"


def _listed_condition_terms(q_terms: frozenset[str], clause: Clause, corpus: Corpus) -> frozenset[str]:
    """The question's specific terms that the conditions listed under a ruling clause hold ("若符合下列條件者，不須附…"
    over "(1) 在…介入會議演講 3 次以上…"), or none when the clause rules on no listed conditions (`rules_on_listed`)."""
    if not rules_on_listed(clause.id, corpus):
        return frozenset()
    listed = " ".join(x for k in corpus.children(clause.id) for x in (k.text, k.gist_zh, k.gist_en) if x)
    return (q_terms & _terms(listed)) - GENERIC


def ask_share(q_terms: frozenset[str], clause: Clause) -> float:
    """The largest share of the question's specific terms that one of the clause's curated asks holds."""
    q = q_terms - GENERIC
    return max((len(q & _terms(a)) / len(q) for a in clause.asks), default=0.0) if q else 0.0


_REF = re.compile(r"第\s*[0-9]+\s*號")
_NAME = re.compile(r"「([^」]{2,40})」")


def gist_misses(question: str, q_terms: frozenset[str], sentence: str, gist: str) -> bool:
    """The gist leaves out what the question asks about and the sentence states: a figure the question gives
    (間隔超過一年 → 應於一年內), a letter number it asks for (哪個文號 → 第 0950051262 號), a name it asks for
    (哪些標準 → 「輻射醫療曝露品質保證標準」)."""
    text, summary = fold(sentence), fold(gist)
    figures = {t for t in q_terms if t.startswith("#")}
    if figures & _terms(sentence) - _terms(gist):
        return True
    asked = fold(question)
    if ASKS_REF.search(asked) and _REF.search(text) and not _REF.search(summary):
        return True
    if _CODES_ASKED.search(asked) and _CODES_LISTED.search(text) and not _CODES_LISTED.search(summary):
        return True  # "追蹤完成率是算哪幾類 category 的個案" against a gist of the deduction table: the codes listed
    names = [n for n in _NAME.findall(text) if n not in summary]
    return bool(ASKS_NAME.search(asked) and names)


# Which codes or categories are asked ("算哪幾類 category", "哪些 BI-RADS 分類", "which categories count"), and a list of codes
# a text states ("category「0」、「3」、「4」、「5」", "Category 0, 3, 4, 5")
_CODES_ASKED = re.compile(r"(?:哪|什麼|什么|\bwhich\b|\bwhat\b)[^，,。？?；;]{0,8}?(?:category|categor(?:y|ies)|類別|类别|分類|分类|類|类|級|级|"
                          r"bi-?rads|codes?)|(?:category|categories|類別|类别|分類|分类)\s*(?:是|有|算|包括|包含)?\s*(?:哪|什麼|什么)",
                          re.I)
_CODES_LISTED = re.compile(r"(?:category|categories|bi-?rads)\s*[「『\"“]?\s*[0-9]\s*[」』\"”]?\s*[、,，]", re.I)


def _cite_label(clause: Clause, lang: str) -> str:
    return f"（{clause.label}）" if lang == "zh-TW" else f" ({clause.id})"


_ABOUT_EN = re.compile(r"^this (?:item|section|note) (?:covers|lists|sets) (?:the )?(?:standards |rules )?(?:for |of )?", re.I)
HEADING_CHARS = 25  # a clause whose own text (enumerator aside) is this short and has items under it is a heading
ITEMS_MAX = 8  # a heading with more items than this is listed no further ("…等")
ITEMS_EN_CHARS = 240  # in English the items are their gists: longer than this together, the line gives none


ITEMS_FIGURES_CHARS = 160  # a heading's items given as their gists (for a figure asked) up to this length together


_NUMBER_CUE = re.compile(r"上限|下限|最多|最少|門檻|(?<!哪)幾|多少|\b(?:how many|how much|maximum|minimum|caps?|limits?)\b", re.I)


def _items(clause: Clause, corpus: Corpus, lang: str, kind: AnswerKind = "other", question: str = "") -> str:
    """The items of a heading clause ("(三) 臨床影像評估。" → "自選片、抽選片"; in English their gists), or "". For a
    figure or a period asked ("放射師的攝影量有什麼上限"), the items' Chinese gists when they state one and are short
    together ("每月上限 500 案；機構年合理量…"): their names alone leave the figure out."""
    list_asked = bool(question) and bool(ASKS_LIST.search(fold(question)))
    if len(_bare(clause.text)) > HEADING_CHARS and not _LIST_FOLLOWS.search(fold(clause.text)) and not list_asked:
        return ""  # (a clause whose text says its conditions follow, "若符合下列條件者，不須附…", is answered by them too;
        # so is one whose items are asked for by name: "會查哪幾大項", "main parts of it, quick list")
    kids = [k for k in corpus.children(clause.id) if not k.path[len(clause.path):].startswith(".n")]
    if not kids:
        return ""
    wants_figure = kind in ANSWERING_KINDS or (question and _NUMBER_CUE.search(fold(question)))  # "有哪些上限"
    need = KIND_NEEDS.get(kind if kind in ANSWERING_KINDS else "number") if wants_figure else None
    measures = bool(question) and (kind == "consequence" or bool(ASKS_MEASURES.search(fold(question))))
    if need is None and measures:
        need = KIND_NEEDS["consequence"]  # "評等不好有哪些輔導措施": the rows' measures, not their conditions' names
    # "各級要做什麼" / "怎麼分級的" / "幾種處理等級": every row's own rule (a scale's rows state its bands)
    each = bool(question) and bool(ASKS_EACH.search(fold(question)) or ASKS_GRADING.search(fold(question)) or
                                   ASKS_PROCESS.search(fold(question)) or
                                   (ASKS_LEVELS.search(fold(question)) and level_count(fold(" ".join(
                                       k.text for k in kids))) is not None))
    if lang == "zh-TW" and (need is not None or each) and all(k.gist_zh for k in kids) and \
            (each or any(need.search(fold(k.gist_zh or "")) for k in kids)):
        listed = "；".join((k.gist_zh or "").rstrip("。 ") for k in kids)
        if (len(kids) <= 4 and len(listed) <= ITEMS_FIGURES_CHARS) or (each and len(kids) <= ITEMS_MAX):
            return listed
    if lang == "zh-TW":
        names = [_named_with_contents(k) if list_asked else k.heading or _bare(k.text) for k in kids]
        return "、".join(names[:ITEMS_MAX]) + ("等" if len(names) > ITEMS_MAX else "")
    gists = [_ABOUT_EN.sub("", k.gist_en).rstrip(". ") for k in kids if k.gist_en]
    listed = "; ".join(_lower_first(g) for g in gists)
    # a list, every row, a scale or the measures asked for: every item, at more length (the labels alone would name the
    # rows' conditions and leave out the measures asked)
    full = list_asked or each or measures
    if 0 < len(gists) <= (ITEMS_MAX if full else 4) and len(listed) <= (ITEMS_LIST_EN_CHARS if full else ITEMS_EN_CHARS):
        return listed  # (a list asked for gets every item, at more length)
    # too long together: the labels the gists open with ("Self-selected: …", "Sampled: …"), when every one has one
    # (a list asked for takes longer labels: a scale's rows are labelled by their bands, "Discrepancy 50–60% (…) or …")
    most = ITEM_LABEL_LIST_CHARS if full else ITEM_LABEL_CHARS
    labels = [g.split(":", 1)[0].strip() for g in gists if ":" in g and len(g.split(":", 1)[0]) <= most]
    if len(labels) == len(gists) == len(kids) and 0 < len(labels) <= ITEMS_MAX:
        return "; ".join(_lower_first(x) for x in labels)
    return _gist_heads(gists, kids)


# An item whose own text enumerates what it takes in ("(1) 醫療曝露品保作業實測項目包含：平均乳腺輻射劑量、半值層測量…等。").
_ENUMERATES = re.compile(r"(?:包含|包括)\s*[：:]\s*(?P<list>[^。；]+?、[^。；]+?)\s*(?:等)?\s*[。；]?$")


def _named_with_contents(item: Clause) -> str:
    """An item of a list asked for, by its heading — and, when its own text enumerates what it takes in, with that
    enumeration in brackets ("醫療曝露品保作業實測項目（平均乳腺輻射劑量、半值層測量…）"): a name such as "實測項目" hides
    the tests a person asking "會測哪些項目" wants."""
    name = item.heading or _bare(item.text)
    found = _ENUMERATES.search(_bare(item.text))
    return f"{name}（{found.group('list').strip()}）" if found else name


def _gist_heads(gists: list[str], kids: list[Clause]) -> str:
    """Each item's gist up to its first "; " or bracket ("Keep annual … QA records (printer QC …); non-FDA …" → "Keep
    annual … QA records"), joined, when every item has one and they are short together (ITEMS_EN_CHARS); else ""."""
    heads = [re.split(r"\s*(?:;|\()", g, maxsplit=1)[0].strip() for g in gists]
    listed = "; ".join(_lower_first(h) for h in heads)
    if len(heads) == len(kids) and 0 < len(heads) <= ITEMS_MAX and all(heads) and len(listed) <= ITEMS_EN_CHARS:
        return listed
    return ""


ITEM_LABEL_CHARS = 40
ITEM_LABEL_LIST_CHARS = 130
_STEM_ROW = re.compile(r"(?:^|(?<=[\s。；;:：]))[甲乙丙丁戊己庚]、")
_BAND = re.compile(rf"(?:{_NUM})\s*(?:%|分)")


def level_count(text: str) -> tuple[int, str] | None:
    """How many levels the (full, folded) clause text sets, and how: its grade letters when it names them from A on
    ("85 分以上 A 等、… D 等" → (4, "a-d")), else its rows 甲、乙、丙、丁 when every one states a band (a figure with % or
    分) → (4, "rows"); None when it sets no such scale. The count is the quote's own, read off its enumeration."""
    from knowledge.lexical import grade_letters

    letters = sorted(grade_letters(text))
    if len(letters) >= 2 and letters == list("abcd"[:len(letters)]):
        return len(letters), f"{letters[0]}-{letters[-1]}"
    found = list(_STEM_ROW.finditer(text))
    rows = [m.start() for m in found]
    bodies = [text[a:b] for a, b in zip(rows, [*rows[1:], len(text)])]
    in_order = "".join(m.group(0)[0] for m in found) == "甲乙丙丁戊己庚"[:len(found)]
    if len(bodies) >= 2 and in_order and all(_BAND.search(b) for b in bodies):
        return len(bodies), "rows"
    return None


# How many outcomes a scale's rows set, asked as kinds of measure rather than levels ("評估結果分成幾種處置", "有幾類處理方式",
# "how many different outcomes / consequences are there"): the count of the rows (`_levels_lead`, only where the clause
# sets such a scale).
_OUTCOMES_COUNTED = re.compile(r"幾\s*(?:種|類|个|個)\s*(?:不同的?)?\s*(?:處置|處理|措施|結果|後果|處分|罰則|輔導)|"
                               r"\bhow many (?:different |possible |kinds of |types of )?(?:outcomes|consequences|measures|"
                               r"actions|dispositions|penalties|sanctions)\b", re.I)


def asks_scale(question: str) -> bool:
    """Does the question ask how many levels a scale has, or how it is graded ("分成幾級", "怎麼分級的"), or into how
    many kinds of measure its outcomes fall ("分成幾種處置", `_OUTCOMES_COUNTED`)?"""
    folded = fold(question)
    return bool(ASKS_LEVELS.search(folded) or ASKS_GRADING.search(folded) or _OUTCOMES_COUNTED.search(folded))


def asks_graded(question: str) -> bool:
    """Does the yes / no ask whether something is graded at all ("會打A到D的等級嗎", "are there grading standards for the
    unit?") — not how the grades are taken (`GRADED_HOW`), and stating no grade of its own as the case (a range, "A到D",
    names the scale)?"""
    folded = fold(question)
    # (the clause that asks: a grade said in a condition before it — "如果評等不好看，有沒有配套的輔導措施" — is the case)
    asking = asking_clause(folded)
    return bool(ASKS_GRADED.search(asking) and not GRADED_HOW.search(folded) and not _grades(GRADE_RANGE.sub(" ", folded)))


def _graded_holder(read: list[Candidate], corpus: Corpus) -> Candidate | None:
    """Of the clauses read, the one setting a grade scale (`level_count` of its whole text, items included) that holds most
    of the question (its rank, then its own grading words — "評等表" over the measures naming the same letters — break a tie)."""
    scales = [(round(c.overlap, 3), bool(_GRADING_WORDS.search(fold(f"{c.clause.heading or ''} {c.clause.text}"))), -i, c)
              for i, c in enumerate(read[:CANDIDATES])
              if level_count(fold(corpus.full_text(c.clause.id) or c.clause.text)) is not None
              and _GRADING_WORDS.search(fold(corpus.full_text(c.clause.id) or c.clause.text))]
    return max(scales, key=lambda t: t[:3])[3] if scales else None


_GRADING_WORDS = re.compile(r"評等|等級|分級")


def _levels_lead(clause: Clause, corpus: Corpus, lang: str) -> str:
    """"分四級：" / "4 levels: " for a clause setting a scale (`level_count`), else ""."""
    from knowledge.labels import zh_numeral

    # the scale this clause sets: its own text and its items' (a grade table further down is another item's scale)
    found = level_count(fold(" ".join([clause.text, *(k.text for k in corpus.children(clause.id))])))
    if found is None:
        return ""
    n, how = found
    if lang == "zh-TW":
        return f"分{zh_numeral(n)}級：" if how == "rows" else f"分 {how.upper().replace('-', '–')} {zh_numeral(n)}等："
    return f"{n} levels: " if how == "rows" else f"{n} grades ({how.upper().replace('-', '–')}): "
ITEMS_LIST_EN_CHARS = 600  # a list asked for ("quick list pls"): its items' gists together up to this length
_LIST_FOLLOWS = re.compile(r"下列|如下")


HEADING_WORDS = 8  # a sentence this short with no modal ("(2) 輔導措施") is a row's heading: it rules on nothing
VERDICT_SENTENCE_CHARS = 120  # a longer sentence than this stays summarised by its gist
# A sentence's exception for a negated case ("無手術者，應說明…", "未參加者，…"): what a question stating such a case asks.
_NEGATED_CASE = re.compile(r"[無未沒没不非][^，,；;。]{0,12}者")


# The society each regulation's English gists call "the society", by name: the answer to "who …?".
_SOCIETY_EN = {"tsa-cme": "Taiwan Surgical Association", "tsir-instructor": "Taiwan Society of Interventional Radiology"}


# What a same-treatment ask names as the treatment ("也是照國際會議給分嗎" → 國際, "按國外的算" → 國外).
_TREATED_AS = re.compile(r"(?:照|按|依|比照|當成|當作|视为|視為)(?:照)?\s*(?:著|着)?\s*([\u4e00-\u9fff]{2})")
_REGARDLESS = re.compile(r"(?:不分|不論|無論)")


def _plainly_in(term: str, text: str) -> bool:
    """The (folded) text names the term other than after 非 / 不是."""
    return any(text[max(0, m.start() - 2):m.start()][-1:] != "非" and not text[max(0, m.start() - 2):m.start()].endswith("不是")
               for m in re.finditer(re.escape(term), text))


def _subject_denied(question: str, text: str, gist_en: str = "") -> bool:
    """The question denies the subject of the text's regardless-grant ("非國際性會議" against "國際性會議不分國內、外…"; in
    English a "non-international" whose word the clause's English gist names plainly: "international meetings …")."""
    m = _REGARDLESS.search(text)
    if m is None:
        return False
    subject = re.findall(r"[a-z-]+", gist_en.lower())[:2]  # the gist's own subject ("International meetings earn …")
    for word in re.findall(r"\bnon[- ]?([a-z]{4,})|\bnot (?:an? |the )?([a-z]{4,})", question.lower()):
        if (word[0] or word[1]) in subject:
            return True  # (not a word of the gist's later phrases: "…the cap on events not run by the society")
    runs = _CJK_RUN.findall(re.sub(r"^.*?[、，,。；;：:]", "", text[:m.start()][-16:]) or text[:m.start()][-16:])
    subject = runs[-1] if runs else ""
    q = fold(question)
    return any(re.search(rf"(?:非|不是|不屬於|不算)\s*{re.escape(subject[i:i + 2])}", q) for i in range(len(subject) - 1))


def _line(c: Candidate, question: str, q_terms: frozenset[str], kind: AnswerKind, lang: str,
          corpus: Corpus | None = None) -> str:
    """Gist (or, without one, the answering sentence) + citation; a yes / no question gets its polarity first."""
    zh = lang == "zh-TW"
    gist = c.clause.gist(lang)
    need = DETAIL_NEEDS.get(kind)
    if kind == "where" and web_address_lead(c.clause, question, lang):
        need = None  # (the address leads the line: the summary may say the rest)
    if gist and need is not None and c.sentence and not need.search(fold(" ".join(
            g for g in (c.clause.gist_zh, gist) if g))) and need.search(fold(c.sentence)):
        gist = None  # the summary leaves out what was asked (the web address, the documents): the sentence says it
    if gist and c.sentence and gist_misses(question, q_terms, c.sentence, " ".join(
            g for g in (c.clause.gist_zh, gist) if g)):
        gist = None  # the summary leaves out the figure, the letter number or the name the question asks about
    if gist and zh and kind == "yes_no" and c.sentence and len(_bare(c.sentence)) <= VERDICT_SENTENCE_CHARS and \
            _NEGATED_CASE.search(fold(c.sentence)) and _QUESTION_NEGATED.search(_A_NOT_A.sub("", fold(question))) and \
            any(len(t) == 2 and _CJK_RUN.fullmatch(t) for t in
                (q_terms & _terms(c.sentence)) - _terms(" ".join(g for g in (c.clause.gist_zh, gist) if g)) - GENERIC):
        gist = None  # "沒開刀還能算追蹤完成嗎" against a gist that leaves out "…評估是否列為追蹤完成數": the verdict's own
        # sentence, which holds what is asked about, is the line
    if gist:
        body = gist.rstrip("。. ")
        if kind == "number":
            body = _asked_segment_first(body, question, zh)
    elif zh:
        body = _bare(c.sentence or c.clause.text)
    else:
        body = f"{c.clause.label} says: “{_bare(c.sentence or c.clause.text)}”"
    if kind == "consequence" and zh and not question.isascii() and (ruled := stated_condition(c.clause, question)) and \
            len([x for x in _clauses_of(c.clause.text or "") if x[1]]) > 1:
        body = f"{_bare(ruled[1])}；{body}"  # "每台複測都沒通過會怎樣" met by a table of several cases: the consequence of
        # the one the question states first (若所有…皆未通過複測，取消…資格), then the clause's summary
    if kind in _ROW_KINDS and (row := _asked_grade_row(c, question, lang)) is not None:
        body = row  # "拿到B等要做什麼？沒去的話會怎樣": the row of the grade stated (its duty, its deadline, what follows
        # missing it), not the whole table's summary
    alternatives = first_alternative(question) if kind == "choice" else None
    if kind == "choice" and alternatives is None and both_or_only_one_asked(question) and \
            (combined := combination_ruling(question, c.clause)) is not None:
        # "參加國外會議的積分和發表的積分是兩個都算還是二選一？", "attendance and poster credits, or is it either/or?" (no two
        # pieces to split) met by "…第四款與第六款可重複得分": both — the rule on the two activities named together
        lead = f"可以，兩者都可得分：{_bare(combined)}；" if zh else \
            f"Yes, both: {c.clause.label} says “{_bare(combined)}”; "
        return lead + (body if zh else _lower_first(body)) + _cite_label(c.clause, lang) + ("。" if zh else ".")
    if kind == "choice" and alternatives is None and c.clause.doc == "tsa-cme" and both_or_only_one_asked(question) and \
            len(events := _distinct_events(question, zh)) >= 2 and not _SAME_THING.search(fold(question)) and \
            len(_acts_named(question)) >= 2:
        # "在月會演講和年會發表論文，兩個都算還是二選一？": two activities at two different meetings, each counted by its own
        # clause (as asked yes / no below); one activity at two meetings ("presented a poster at the annual congress and
        # at a monthly meeting") may be one paper twice, which 第六條 bars — no yes
        pair = "與".join(events[:2]) if zh else " and ".join(events[:2])
        lead = f"可以，兩者都算：{pair}是不同場合，各依其款目分別計分；" if zh else \
            f"Yes, both: the {pair} are different meetings, each credited under its own item; "
        return lead + (body if zh else _lower_first(body)) + _cite_label(c.clause, lang) + ("。" if zh else ".")
    said_in = document_contents(c.clause, corpus, question, lang) if corpus is not None and kind != "yes_no" else None
    if said_in is not None:
        body = said_in  # "85年那個衛生署函是怎麼講展延的": what the letter says (its items' rules), not what it is about
    # ("where are the measures for …?": where, and what they are)
    elif (kind != "where" or ASKS_MEASURES.search(fold(question))) and corpus is not None and \
            (items := _items(c.clause, corpus, lang, kind, question)):
        body += ("：" if zh else ": ") + items  # a heading's gist says only what it is about: its items answer
        if not zh and (about := re.match(r"this (?:item|section) (?:covers|lists|sets) (?=the\b)", body, re.I)):
            body = body[about.end()].upper() + body[about.end() + 1:]  # ("The standards for …: <items>", the items
            # leading — never "This item covers …" as if the heading were the answer)
        if lead := parts_count_lead(question, c.clause, corpus, lang):  # "分幾大塊": the count, then the items
            body = lead + (body if zh else _lower_first(body))
    if kind == "who" and not zh and (name := _SOCIETY_EN.get(c.clause.doc)):
        # "who decides …?": the body named ("the society" of the English gists is the one the rules are by)
        body = re.sub(r"\b([Tt])he society\b", lambda m: f"{m.group(1)}he {name}", body, count=1)
    if kind == "where" and (lead := web_address_lead(c.clause, question, lang)):
        body = lead + (body if zh else _lower_first(body))  # "網站是哪個": the address first, then the sentence giving it
    if kind == "where" and not zh and ASKS_WHICH_CLAUSE.search(question):
        label = en_label(c.clause.id)
        body = f"{label[:1].upper()}{label[1:]}: {_lower_first(body)}"  # "which article …?": the article named first
    if DUTY_FORCE_ASKED.search(fold(question)) and (force := _duty_force(c, zh)) is not None:
        # "is attending required or only recommended?" met by "…建議…參加": which of the two the text makes it
        if not zh and _DUTY_ASKED_FIRST.match(fold(question)):
            force = {"Required": "Yes, required", "Not required, only recommended": "No, not required, only recommended"}[force]
            # ("are they obliged to …, or is it optional?": the duty is the alternative asked first — its yes / no leads)
        return f"{force}{'：' if zh else ': '}{body if zh else _lower_first(body)}" + _cite_label(c.clause, lang) + \
            ("。" if zh else ".")
    if asks_advice_only(fold(question)) and (force := _duty_force(c, zh)) is not None:
        # "is going to the reading conference only a recommendation?", "只是建議嗎" met by "建議…參加": yes, only advised
        # (met by "須參加": required — the line says which, never a bare yes / no the other way round)
        return f"{_ADVICE_ONLY_LEADS[zh][force]}{'：' if zh else ': '}{body if zh else _lower_first(body)}" + \
            _cite_label(c.clause, lang) + ("。" if zh else ".")
    if kind in ("who", "choice") and (parties := offered_parties(question)) is not None and \
            (either := either_sentence(c.clause.text, parties)) is not None:
        # "who applies — the organizer or the member?", "要由主辦單位申請還是會員自己申請？" met by "主辦單位…申請認定或會員持
        # …申請認定": the text offers both parties as its own alternatives — either one, in the text's words
        said = _bare(either) if zh else f"{c.clause.label} says: “{_bare(either)}”"
        lead = "兩者皆可：" if zh else f"Either the {parties[0]} or the {parties[1]}: "
        return f"{lead}{said}" + _cite_label(c.clause, lang) + ("。" if zh else ".")
    if alternatives and (also := also_required(alternatives, c.clause.text, c.clause.gist_en or "")) is not None:
        # "去座談會就好，還是還要考試？", "is the seminar enough, or do they also have to pass the test?" met by "須…參加…座談會…
        # 並通過跑片考試": the "also" is required — 需要 to it (No to "enough" in English), both stated
        lead = f"{polarity_word(also, False, lang)}，兩者都須完成：" if zh else "No, both are required: "
        return lead + (body if zh else _lower_first(body)) + _cite_label(c.clause, lang) + ("。" if zh else ".")
    asked = first_joined_yes_no(question) if kind == "yes_no" else alternatives[0] if alternatives else \
        _yes_no_before_consequence(question) if kind in _ASKED_AFTER_WHETHER else None
    if kind == "yes_no" and asked == question and (before := _before_supposed(question)) is not None:
        asked = before  # "這台還能繼續做嗎？如果全部機器都複測不過呢": the yes / no asked first; the case supposed after it
        # is the body's (its 不過 is no denial the yes / no is read with)
    if asked is None and kind in _CONFIRMED_AFTER:
        asked = yes_no_after(question)  # "…會怎樣？可以隨時抽片嗎", "算哪一類？腫瘤栓塞那類嗎": the last piece's yes / no first
    member_off = affirmed = False
    unled = body  # (the body before any yes / no lead: an either-or left unled is read once more below)
    if asked is not None:
        said = _verdict_sentence(c, asked, q_terms)
        # (zh only: an English question's terms do not meet the Chinese ruling's, and its item reads as before)
        listed = _listed_condition(c, corpus, asked, q_terms)
        if not zh and (not listed or not _asks_need(asked)):
            listed = None  # (English: the ruling read with the item only where the case is shown to meet it and the
            # need is asked — "three invited talks, is the case log still required?"; otherwise the item reads as before,
            # its own gist's yes standing: "can I skip the case log if I've lectured 5 times?")
        if listed:
            said = listed  # "講過 4 次了，還要附個案數證明嗎" met by the item "(1)…演講 3次(含)以上": its list's ruling
            # ("若符合下列條件者，不須附上…個案數證明") on the case the item states
        # "是不是馬上就不能判了？": whether a denial holds; the rule is read for the positive ("…就能判了") and its
        # denial is a 是 (its grant is left unsaid: the text would have to deny the question's own 不能)
        positive = _positive(asked)
        if positive is not None:
            asked = positive
        denies = verdict(said, asked, q_terms if positive is None and asked is question else question_terms(asked),
                         case_text=question)
        if positive is None and (off := code_off_list(question, c.clause)) is not None:
            denies, body = True, off + ("；" if zh else "; ") + (body if zh else _lower_first(body))  # "category 2 有算在
            # 疑似陽性裡面嗎" met by "(category「0」、「3」、「4」、「5」)": the code asked is not among those listed — no
            member_off = True
        elif denies is not True and positive is None and (kind == "yes_no" or alternatives) and \
                (aimed := affirmed_piece(c.clause, asked, q_terms)) is not None:
            denies, affirmed, asked = False, True, aimed  # "存影像的設備實地測試會不會查得到" met by "(4) 影像儲存設備查核" under "實地測試：", "抽印本要不要附"
            # met by "須檢附…抽印本影本": the clause itself states what is asked, with no denial of its own — 會 / 要 / Yes
        # "會被一年 30 分的上限卡住嗎" met by "…且受第五條第十二款…之限定": yes (不受…限制: no)
        capped = _capped(asked, c.clause.text or said, q_terms, " ".join(g for g in (c.clause.gist_zh, c.clause.gist_en) if g))
        if capped is not None:
            denies = capped
        if denies is not True and positive is None and _stop_not_stated(c.clause.text or said, asked):
            denies = True  # "介於50%到60%，要停判嗎" met by 乙 (須參加…；未參加者應停止判讀), or 甲 (建議參加): not stopped
        if denies is None and asks_permission(asked) and re.search(r"限(?!制)", fold(said)) and \
                not rule_not_met(said, asked, question) and _restriction_met(said, question):
            denies = False  # "我是第一作者但沒有上台，可以申請嗎" met by "限第一作者或發表者": one alternative the person states
            # meets it (the presenting denied beside it excludes nothing: either will do)
        permission_unmet = denies is True and asks_permission(asked) and rule_not_met(said, asked, question)
        some_allowed = bool(ASKS_SOME.search(yes_no_piece(fold(asked))) and ASKS_MAY.search(yes_no_piece(fold(asked))) and
                            _SOME_OF_ALL.search(fold(c.clause.text or said)))
        # ("may they check just some items instead of all of them?": the some is asked, its "all" is what is set aside)
        not_always = bool(ASKS_ALWAYS.search(yes_no_piece(fold(asked))) and _DISCRETION.search(fold(c.clause.text or said))) \
            and not some_allowed
        # "非得是第一作者嗎", "must I be first author?" met by "(第一作者或通訊作者)": one of the courses the text offers
        not_always = not_always or one_course_of_several(yes_no_piece(fold(asked)), c.clause)
        # "拿 A 就一定能用嗎？" / "is an A unit guaranteed to be usable?" met by "A、B、C 之儀器，有下列任一情況者，不得用於…":
        # not necessarily; "還是有可能不能用嗎？" / "could it still be barred?": it could
        excepted = bool(_EXCEPTIONS.search(fold(c.clause.text or said)))
        barred_too = excepted and bool(ASKS_MAYBE_BARRED.search(fold(question)))
        if excepted and ASKS_GUARANTEED.search(fold(question)):
            not_always, barred_too = True, False
        if not_always:
            denies = None  # "every time, all items?" met by "all or some, as needed": no yes, and no 不 the text says
            # (the line says "not necessarily", below: `_NOT_NECESSARILY`)
        if alternatives and denies is False and not _ONLY.search(alternatives[1]) and not _ALL_OTHER.search(alternatives[1]) \
                and not ASKS_NEED.search(alternatives[0]) and not _same_or_separate(alternatives[0], said) and \
                not (ASKS_DONE.search(alternatives[0]) and (verb := _asked_verb(question)) and verb in fold(c.clause.text)):
            denies = None  # "does the society remind us, or do I apply myself?": a text that grants something is no
            # yes to the first of two courses; only "X too, or only Y?" is answered yes by the text that includes X,
            # and "do I need to X, or …?" by the text that requires X
        if ASKS_AUTOMATIC.search(fold(question)) and _REQUIRES_ACTION.search(fold(c.clause.text or said)):
            denies, positive = True, None  # "will they renew it automatically?", "是不是不用申請就展延" met by "…始得申請展延":
            # not without an application (the question's own 不用申請 is what the text denies: 不是)
        if denies is False and _ASKS_POOLED.search(yes_no_piece(fold(asked))) and \
                not re.search(r"平均|合併|合計|加總", fold(c.clause.text or said)) and \
                (_PICKS_ONE.search(fold(c.clause.text or said)) or _SEPARATELY.search(fold(c.clause.text or said))):
            denies = True  # "do they average everyone's sets?" met by "各選出分數最高之 1 組代表": no, the best one counts;
            # "兩台平均起來算一個嗎" met by "按每台…分別計算": no, each separately
        if alternatives and capped is not None:
            denies = capped  # "does it count toward the cap, or sit on top of it?": the text puts it under the cap
        if kind == "consequence" and denies is False and first_alternative(question) is not None:
            denies = None  # the first of two courses asked before "會怎樣": its grant is no yes to the other
        if not affirmed and (".n" in c.clause.id or len(_bare(said)) <= HEADING_WORDS) and not _DEONTIC.search(fold(said)) and \
                ASKS_DEONTIC.search(yes_no_piece(fold(asked))):  # (the piece that asks: not a reported "要不要準備")
            denies = None  # "can she keep …?" met by a note that defines ("…為平均分數") or a row's heading ("(2) 輔導措施"):
            # it grants or bars nothing
        source = c.clause.text if c.clause.text.strip() else said
        # (a cycle named, "renew it every six years", is no figure put to the rule: `_CYCLE`)
        stated = {float(n) if "." in n else int(n) for n in
                  _STATED_FIGURE.findall(_CYCLE.sub(" ", yes_no_piece(fold(question))))} - {1}
        # (an item's own heading states the category's figure: "可以併入血管介入的100例裡面嗎" met by the item "(4)…(TIPS)"
        # of "血管介入治療: 共 100例" names the count the item is counted in, no figure put to the rule)
        heading_figures = numbers_in(_ENUMERATOR.sub("", _parent_text(c.clause, corpus))) if c.clause.kind in ("item", "subitem") else set()
        if stated - numbers_in(_ENUMERATOR.sub("", source)) - heading_figures and \
                not (denies is True and not _same_unit(question, source)) and \
                not _meets_condition(question, said) and not _in_clause_band(question, said, source):
            denies = None  # "上限是不是 600 案？" met by 500: the line gives the clause's figure, never a 是 to 600
            # (a denial of a text with no figure in the question's unit stands: `_same_unit`)
        other_figure = _other_figure_put(question, source, stated)  # … but its 不是 (the line gives the text's 500)
        asked_grades = _grades(question)
        piece = yes_no_piece(fold(asked))
        if denies is False and _contrary_ask(piece, fold(said)):
            denies = None  # "only the society's?" met by "the society's or …": the rule only ("any different?" met by
            # "the same rules", "mandatory?" by "advised": no, and the line states why — `_denied_by_grounds` below)
        # (an item is read with its heading, the category it is listed under, where the question names the item itself or the
        # heading's own figure: "TIPS…可以併入血管介入的100例 / 病例數嗎" met by "(4)…(TIPS)" of "血管介入治療: 共 100例"; a
        # heading that shares only a word, "評核標準是固定的嗎" met by 二(一) under 二's "審查標準", lends the item nothing)
        if denies is not None and not piece.isascii():  # (the words are read only where a polarity is left to check)
            named_item = (question_terms(fold(question)) & _terms(said)) - GENERIC - _PRONOUN_TERMS
            own_words = _terms(said) | (_terms(_parent_text(c.clause, corpus)) if stated & heading_figures or named_item
                                        else frozenset())
            if not any((question_terms(p) & own_words) - GENERIC - _PRONOUN_TERMS
                       for p in _same_ask_pieces(fold(asked), piece)):
                denies = None  # "要附抽印本嗎？給個 DOI 連結行不行": the piece that asks shares nothing with the sentence
                # (one that asks it again of another thing, "…也要交代嗎", is read with the piece it repeats)
        if denies is False and other_kind_ruled(said, question):
            denies = None  # "do DR units also need the exposure index check?" met by "CR 須加測曝露指標之確認": the duty
            # is the CR unit's — no yes for the DR unit (the line states whose it is)
        if denies is False and _OWN_DOING.search(piece) and _AGENT_SET.search(fold(c.clause.text or said)):
            denies = None  # "醫院自己測完交報告可以嗎" met by "(由本署與…指派人員進行)": the text names who does it, and its
            # grant is no leave for the person to do it instead (the line states who)
        if denies is False and not question.isascii() and (courses := only_or_also(question)) is not None and \
                not _course_held(courses[1], c.clause, corpus):
            denies = None  # "只測機器本身嗎？還是連空調也會測？" met by the list of tests: the thing the second course adds is
            # nowhere in it — no 會 (which would read as yes to it); the line states what the list holds
        on_list = items_on_list(piece, c.clause, strict=False, exclusion=True)
        if on_list is False and (denies is False or not _PAYS_FOR.search(piece)):
            denies = None  # "is the MRI coil included?" met by a list without it: its grant is no yes, and a bar of
            # something else in the sentence ("超過…部分…不予給付" for "do the days count weekends?") is no no
        if on_list and _INCLUSION.search(" ".join(x for x in (fold(c.clause.text), fold(c.clause.gist_en or "")))):
            denies = _asks_left_out(piece)  # "do the working days include holidays?" met by "工作天數（含例假日）" /
            # "(incl. holidays)": yes, whatever another part of the sentence bars ("超過…部分…不予給付" is about something
            # else); "are holidays excluded?", "要扣掉例假日嗎": no, the text counts them in
        if asked_grades and (said_grades := _said_grades(said)) and not asked_grades & said_grades:
            denies = None  # "all A — must they attend?" met by the row for C: it says nothing about A
        short = _short_of(asked, said, whole=question)
        if denies is False and not short and _own_figure_unchecked(asked, question, said):
            denies = None  # "how many RFA cases do I need…, I have 150 — am I ok?" met by "…180例" (no 以上 / 上限 read):
            # whether one's own figure will do is not read from the text — no Yes (the rule's figure is stated)
        if short and not asks_permission(asked) and _asks_need(asked) and \
                _exempts_asked(_clauses_of(said), asked, question_terms(asked)):
            short, denies = False, None  # "55 歲還要換證嗎" against "60歲以上…免換證": short of the exemption's threshold,
            # the exemption does not reach the case — no 不需要 (and no 需要 the text does not state)
        if short:
            denies = True  # "第七年了，年資夠嗎" against "8年以上": the question's own figure falls short of the threshold
        if period_put_longer(piece, " ".join(x for x in (fold(source), fold(c.clause.gist_en or "")) if x)):
            denies = True  # "do they really get 2 years to attend?", "兩年內參加就行嗎" met by "(間隔逾 1 年則 1 年內)": no
        if denies is False and asks_permission(asked) and _ALL_ONE_KIND.search(piece) and \
                _DISTINCT_KINDS.search(fold(c.clause.text or said)):
            denies = True  # "兩組都挑非緻密的行不行", "can both sets be non-dense?" met by "2 組…分屬…兩種不同類型": the text
            # requires one of each kind — its grant of the sets is no leave to make them all one kind
        grounds = permission_unmet or _denied_by_grounds(piece, fold(said), _asks_change(question))
        both_needed = False
        if ASKS_ENOUGH.search(piece) and _BOTH_REQUIRED.search(fold(c.clause.text or said)) and \
                (question_terms(asked) & _terms(fold(c.clause.text or said))) - GENERIC and \
                not _lacking_denied(fold(c.clause.text or said), fold(question)):
            grounds = both_needed = True  # "原能會的標準就夠了嗎", "is the AEC standard alone enough?" met by "須同時符合…規定及
            # …標準": no, both are required (the line says so, then states both)
        if (asks_permission(asked) or ASKS_TAKEN.search(piece)) and late_for_window(fold(question), fold(source)):
            grounds = True  # "下禮拜就開了，現在申請還會受理嗎", "it starts next week, can we still apply?" met by
            # "開辦前 30 天…逾期不受理": the case is late for the window, and the late application is barred — no
        if REFUSAL.search(piece) and asks_permission(asked) and _DUTY.search(fold(said)):
            grounds = True  # "指導老師可以拒絕嗎", "can the instructor turn them down?" met by "有義務接受…": no
        if denies is not True and ASKS_COUNTS.search(piece) and _CANCELS_CREDIT.search(fold(said)):
            denies = True  # "同時參加兩個課程，積分都算嗎", "do both sessions count?" met by "…者，註銷該時間所有…積分":
            # its grant words aside, the credits are cancelled
        if denies is None and way_to_skip(fold(asked), c.clause):
            denies = False  # "is there any way to skip the case numbers?" met by "…者，不須附上…個案數證明": yes, there is
        if denies is None and asks_permission(asked) and grants_several(asked, c.clause):
            denies = False  # "可以同時申請兩個領域嗎", "can I apply for several areas at once?" met by "可申請單一或多重領域
            # 認證": the several is what the text allows
        if denies is None and some_allowed:
            denies = False  # "可以只挑其中幾項審嗎", "can they review just some of the items?" met by "就全部或部分項目":
            # the part is what the text allows
        if denies is not False and (ASKS_STILL.search(piece) or (ASKS_SAME_TREATMENT.search(piece) and
                                                                 same_thing_compared(question, c.clause))) and \
                _REGARDLESS_GRANT.search(fold(c.clause.text or said)) and \
                not _subject_denied(question, fold(c.clause.text or said), c.clause.gist_en or ""):
            denies = False  # "辦在台北還算國際會議嗎", "is it still treated as international if held in Taipei?" met by
            # "國際性會議不分國內、外…一律…核給": the circumstance the person names is one the rule sets aside
        elif (ASKS_STILL.search(piece) or ASKS_SAME_TREATMENT.search(piece)) and \
                _subject_denied(question, fold(c.clause.text or said), c.clause.gist_en or ""):
            denies = None  # "國外開的非國際性會議，還是依國際會議給分嗎" met by "國際性會議不分國內、外…": the rule is about what
            # the question says its case is not
        if denies is False and ASKS_STILL.search(piece) and (treated := _TREATED_AS.search(fold(piece))) and \
                not _plainly_in(treated.group(1), fold(c.clause.text or said)):
            denies = None  # "也是照國際會議給分嗎" met by "…非國際性的會議，應以參加國內會議來認定": the text treats the case
            # as something other than asked — its grant is no yes (the line states what it is treated as)
        if _treated_otherwise(fold(question), fold(c.clause.text or said)):
            denies = True  # "學會會把它當國際會議算嗎", "do they count like overseas conferences?" met by "…非國際性的會議，
            # 應以參加國內會議來認定": the text treats the case as the contrary category — no
        if not grounds and _CHANGE_WORD.search(piece) and not ASKS_FIXED.search(piece) and \
                _CHANGES.search(fold(c.clause.text or said)):
            denies = False  # "每年會改嗎" / "will they revise it?" met by "標準將逐年調整": yes, it changes (only "fixed?"
            # is denied by the change: `_denied_by_grounds`)
        not_only = only_of_many(yes_no_piece(fold(question)), fold(c.clause.text or said), fold(question))  # (not its
        # positive)
        if denies is None and restored_after(piece, question, source):
            denies = False  # "can they ever get operating privileges back?", "補齊後還能恢復嗎" met by "於補齊時數及經驗後，
            # 始恢復操作資格": yes, once it is made up (the line states on what)
        if denies is False and _RESTORE_WORD.search(piece) and not _RESTORES.search(fold(source)):
            denies = None  # "機構資格被取消之後還能恢復嗎" met by "…取消醫療機構資格" (nothing restored): the text's cancellation
            # is no yes to getting it back, and it says nothing of a way back (the line states the rule, no polarity)
        if zero_year_barred(question, asked, source):
            grounds = True  # "one year I had literally nothing — is that ok for renewing?" met by "每年之積分不得有零分": no
        if (asks_permission(asked) or ASKS_NEED.search(piece)) and deferral_barred(piece, fold(source)):
            grounds = True  # "超過60%，可以等下次後續審查前再去座談會嗎", "can she wait until the next review?" met by "…超過
            # 60%…，立即停止判讀": the text acts at once — no putting it off
        if grace_before_stop(fold(question), fold(source)):  # (the question's own 不能, not its positive)
            grounds, positive = True, None  # "積分不夠是不是馬上就不能照了" met by "須於六個月內補齊…未能如期補齊者，應停止
            # 操作": not at once (不是 / No — the line states the period)
        if grounds:
            denies = True  # the restriction is not met / the text's sameness or advice answers no, whatever else held
        elif denies is not True and positive is None and late_make_up_granted(piece, asked, fold(source)):
            denies = False  # "來不及申請展延…可以事後補嗎" met by "…但情形特殊…者，得於…屆滿之日起一年內，補行申請": yes —
            # on the text's own terms, which the line states (a late application the text bars, 逾期恕不受理, grants none)
        elif grace_given(fold(question), fold(source)):
            denies, positive = False, None  # "非FDA的機器品保沒過，會先給改善期限嗎" met by "…本署將要求限期改善，未於期限內
            # 改善之儀器，不得用於…": yes, a period is given first (the bar is what follows its end)
        # "陽性 90 位、追蹤 70 位，會扣嗎": the rule's band decides, and the line has not put the figures to it
        # (… but a case the restriction leaves out is settled whatever its figures: "middle author on 3 SCI papers" met by
        # "2 篇以上者(第一作者/通訊作者)…不須附": no — the count is never put to the rule)
        decide = not short and not grounds and not (denies is True and case_excluded(said, question)) and \
            figures_decide(question, said, source)
        if decide or (denies is not None and not short and not grounds and _a_ratio_asked(question, source)):
            denies = None  # (two counts of one unit, "70 位…追蹤 50 位", and a clause with no threshold: it settles nothing)
        if denies is not None and _OWN_OVER.search(piece) and not _PLAIN_NUMBER.search(piece):
            denies = None  # "我們的年篩檢量會不會超量？" with no count of one's own: the rule says how it is judged, not
            # whether this facility is over (a 會 would be a verdict on a figure never given)
        if positive is not None:
            # (a figure short of the text's threshold is no 是 either: "只有 1 篇，是不是不用附…" against "2 篇以上者…不須附"
            # — the grant's denial does not reach the case, and its 須 is not the text's to state)
            denies = None if denies is not True or short else denies
            if denies is None and not short and states_asked_denial(said, question):
                denies = True  # "是不是不用再湊個案數就能申請" met by "…不須附上第二條之個案數證明": 是
        if not decide and not barred_too and not not_always and positive is None and \
                asks_rule_exists(question) and \
                _RULE_MARK.search(fold(" ".join(x for x in (c.clause.text, c.clause.gist_zh or "") if x))):
            denies = False  # "放射師的乳攝量有沒有規範？" met by the clause that is that rule (每月上限…): there is one (its
            # own 不得 / 不須 is that rule, never a "no rule")
        if denies is False and positive is None and not decide and _JUDGED.search(fold(said)):
            denies = None  # "沒做手術還算追蹤完成嗎" met by "…得俟理由合理性，評估是否列為追蹤完成數": someone judges the
            # case — its grant is no yes, and the line states who judges and on what (no polarity)
        if denies is True and positive is None and not decide and _JUDGED.search(fold(said)) and \
                not _ZH_BAR.search(fold(said)) and not _EN_BAR.search(said):
            denies = None  # "確診但拒絕手術，還算追蹤完成嗎" met by the same sentence: the case it leaves out (無手術者) is
            # judged, not refused — its 無 is no 不算 either
        if denies is None and kind == "yes_no" and _grade_row_bars(c, asked, lang):
            denies = True  # "有一項D，這台還能繼續用嗎", "one item came back D — can we keep using it?" met by the table's row
            # for D ("任一項 D 等：…不得用於…"): no, whatever words the question and the row share
        if _grade_spared(c, asked, lang):
            denies, positive = True, None  # "各項都A，還要去上討論會嗎": the row for A asks none of it, B's does — no
        if denies is None and not zh and not decide and not not_always and positive is None and \
                _gist_bars_asked(c, asked):
            denies = True  # "can I claim credit for both?" met by "…cannot be claimed for CME credits again" (不得重複
            # 申請): the gist's own bar on what is asked
        if other_figure and not decide:
            denies, positive = True, None
        if listed == "" and _asks_need(asked):
            denies = None  # "還要附個案數嗎" with a listed condition the case is not shown to meet: its list's ruling may
            # not reach it, and the item itself requires nothing (whether something counts as the item is its own to say)
        if denies is not None and _held_figure(question) - numbers_in(_ENUMERATOR.sub("", source)):
            denies, positive = None, None  # "do I still get the full 50?" met by a clause of 40 / 20: no yes to a 50 it lacks
        if figure_changed_for_case(asked, source):
            denies, positive = True, None  # "SCI 論文是病例報告，還是拿 50 分嗎" met by "…50 分…若為病例報告，積分減半": no
        if denies is not None and category_unsettled(question, c.clause, corpus):
            denies, positive = None, None  # "RFA 算腫瘤栓塞嗎" met by 消融's list: the line says where RFA is listed, no 算
        if _ASKS_PROBLEM.search(piece):
            denies, positive = None, None  # "一年掛零會不會有問題", "is a blank year a problem?": the verdict words answer
            # whether the text grants or bars, not whether it is a problem (会 / Yes would read the other way round): the
            # line states the rule, no yes / no
        if (kind == "yes_no" or both_or_only_one_asked(question, alternatives)) and \
                (combined := combination_ruling(question, c.clause)) is not None:
            # "出國開會那30分跟發表論文的分可以兩個都拿嗎" met by "…第四款與第六款可重複得分": the rule on the two activities
            # named together answers (not the figures, nor the restriction on who presents), and the line states it
            decide, not_only, barred_too, not_always, grounds, positive, denies = False, False, False, False, False, None, False
            body = f"{_bare(combined)}；{body}" if zh else f"{c.clause.label} says “{_bare(combined)}”; {_lower_first(body)}"
        elif kind == "yes_no" and c.clause.doc == "tsa-cme" and ASKS_BOTH.search(yes_no_piece(fold(question))) and \
                len(events := _distinct_events(question, zh)) >= 2 and not _SAME_THING.search(fold(question)):
            # "月會演講跟年會發表論文的分可以兩個都拿嗎": two activities at two different meetings are two credited items,
            # each counted by its own clause (no figure of one's own decides it; the same paper twice is 第六條's)
            decide, not_only, barred_too, not_always, grounds, positive, denies = False, False, False, False, False, None, None
            pair = "與".join(events[:2]) if zh else " and ".join(events[:2])
            body = (f"可以：{pair}是不同場合，各依其款目分別計分；{body}" if zh else
                    f"Yes: the {pair} are different meetings, each credited under its own item; {_lower_first(body)}")
        if denies is False and positive is None and _SKIP_ASKED.search(_A_NOT_A.sub("", piece)) and \
                not any(exempts_skipped(_A_NOT_A.sub("", piece), fold(x), c.clause.gist_en or "")
                        for x in (said, c.clause.text or "", _parent_text(c.clause, corpus))):
            # (an item of a list — "(1) 演講 3次(含)以上" — is ruled by its list's exemption: "若符合下列條件者，不須附…")
            denies = None  # "是不是可以不用附病例數？" met by "…局部腫瘤消融治療 180例": a count required is no leave to do
            # without it — only a text that exempts (不須附 / 免) says yes, and exempts the thing asked ("可以不用繳費嗎" met by
            # "…不須附第 2 條個案數證明" is no 可以: the fee is not what it waives); the line states the rule, no 是
        if positive is None and not decide and not not_always and (
                denies is False and takes_away_asked(piece, said) or
                denies is None and on_list is not False and
                takes_away_asked(piece, said, question_terms(question), question_terms(piece))):
            denies = True  # "Do I get credits for both?" met by "…同一時間重複參加…,將註銷該時間所有…積分", "can he keep reading?"
            # met by "…超過 60%…，立即停止判讀": the consequence for the case takes away what is asked for — No (a Yes
            # would read "yes, it is cancelled")
        if sanction_follows(piece, question, c.clause.text or said):
            # "簽到單請別人代簽會有事嗎", "請學弟代簽會被註銷嗎", "will I lose the credits?" met by "不得由他人代為簽名，經發現者
            # 註銷…積分": yes, it follows (its 不得 is the bar the sanction is for, never a 不會 / No)
            decide, not_only, barred_too, not_always, grounds, positive, denies = False, False, False, False, False, None, False
        if denies is None and positive is None and not decide and not not_always and takes_away_asked(piece, said) and \
                _figure_past_row_bound(question, said, source):
            denies = True  # "陰性複判差異 23%，還能繼續看片嗎" met by 丙's "…陰性超過 20%，立即停止判讀": the figure the question
            # states meets the row's own bound (of its measure), so the row's stop is the case's — No
        if member_off:
            # the code asked is not on the clause's list: no, whatever the words the list's sentence shares granted
            decide, not_only, barred_too, not_always, positive, denies = False, False, False, False, None, True
        if decide:
            body = f"{_FIGURES_DECIDE[0]}：{body}" if zh else f"{_FIGURES_DECIDE[1]}: {_lower_first(body)}"
        elif not_only and not grounds and (other := alternatives or first_alternative(question)) and \
                (does := _ALSO_DOES.match(other[1])) and \
                (question_terms(other[1]) & _terms(fold(c.clause.text or said))) - GENERIC - {"會有", "有人"}:
            # "只有交報告嗎？還是會有人來現場實測？" met by "實地測試及相關品管報告": the second course asked is what the text
            # also holds — its own verb answers it (not only the first)
            word = does.group(1)[-1] if zh else "Yes"
            body = f"{word}：{body}" if zh else f"{word}: {_lower_first(body)}"
        elif not_only and not grounds and zh and (word := _other_named_asked(piece, fold(c.clause.text or said))):
            # "只有外科醫學會自己辦的嗎，教學醫院辦的算不算" met by "包括本會及各教學醫院…": the other thing asked after the
            # "only?" is one the text holds — its own A-not-A answers (算), the text shows it is not only the first
            body = f"{word}：{body}"
        elif not_only and not grounds:
            # "是不是只有學會辦的才算" met by "包括本會及各教學醫院或醫事團體所舉辦…": not only (whatever its grant said)
            body = f"不只：{body}" if zh else f"Not only: {_lower_first(body)}"
        elif barred_too and not not_always:
            body = f"有可能：{body}" if zh else f"Yes, it can: {_lower_first(body)}"
        elif denies is not None:
            word = "是" if positive is not None else polarity_word(asked, denies, lang)
            if member_off and denies:
                word = _member_denial_word(asked, lang)
            if both_needed and denies and positive is None:
                body = f"兩者都須符合；{body}" if zh else f"both are required — {_lower_first(body)}"
            body = f"{word}：{body}" if zh else f"{word}: {_lower_first(body)}"
        elif not_always and excepted:
            body = f"{_NOT_NECESSARILY[0]}：{body}" if zh else f"{_NOT_NECESSARILY[1]}: {_lower_first(body)}"
        elif not_always and positive is None and (other := alternatives or first_alternative(question)) and \
                ASKS_SOME.search(other[1]) and not ASKS_POSSIBLE.search(fold(other[1])) and \
                not (_ASKS_WILL.search(fold(other[1])) and not ASKS_MAY.search(fold(other[1])) and
                     not _NAMES_GROUND.search(fold(other[1]))):
            # "一定每項都要查嗎？還是可以只挑幾項？" met by "全部或部分": the second course is the one the rule allows (and
            # "還是會看上次的結果只挑幾項": the course on the rule's own ground, 視…前次審查結果); "還是會挑部分查" asks
            # what they will do, which the rule leaves open: not necessarily (below)
            # (led by the course allowed in the person's own words, and the first course denied beside it: a bare 可以
            # reads as yes to the first course asked, "每項都一定會查嗎")
            body = f"{_course_allowed(other[1])}（{_NOT_NECESSARILY[0]}全查）：{body}" if zh else \
                f"Yes, they may — not necessarily all: {_lower_first(body)}"
        elif not_always and positive is None and _ONE_SUFFICES.search(fold(c.clause.text or said)) and \
                ASKS_NEED.search(piece) and not re.search(r"一定|\b(?:always|necessarily)\b", piece, re.I):
            # "是不是要每一項條件都符合？" met by "符合其中之一即可": one suffices — not all are needed
            # (English keeps round 9's "Not necessarily", unless the question puts the one as its other course: "all of
            # them, or is meeting one enough?" — then that course is the answer, "No, any one is enough")
            body = f"不用：{body}" if zh else \
                f"{'No, any one is enough' if _ONE_PUT.search(question) else _NOT_NECESSARILY[1]}: {_lower_first(body)}"
        elif not_always and positive is None and not zh and _ONE_SUFFICES.search(fold(c.clause.text or said)) and \
                _ONE_PUT.search(question):
            body = f"No, any one is enough: {_lower_first(body)}"  # "all of them, or is meeting one enough?" met by "符合
            # 其中之一即可": the one course the question puts is the answer
        elif not_always and positive is None:
            body = f"{_NOT_NECESSARILY[0]}：{body}" if zh else f"{_NOT_NECESSARILY[1]}: {_lower_first(body)}"
        # otherwise the verdict turns on a fact the line cannot settle: the gist states it, no yes / no
    elif leaves_figure_open(question, c.clause.text):
        body = f"不固定：{body}" if zh else f"No fixed figure: {_lower_first(body)}"  # "有固定給幾分嗎" met by "依…相關程度核給"
    elif corpus is not None and asks_scale(question) and (lead := _levels_lead(c.clause, corpus, lang)):
        body = lead + (body if zh else _lower_first(body))  # "分成幾級？": the count first, then what the levels are
    elif kind == "number" and ASKS_LIMIT.search(fold(question)) and numbers_in(body) and \
            (_THRESHOLD.search(fold(body)) or _EN_LIMIT.search(body)):
        body = f"有：{body}" if zh else f"Yes: {_lower_first(body)}"  # "is there a cap?" met by the cap: yes, and the cap
    if kind == "choice" and body == unled and (lead := either_or_lead(alternatives or _zh_alternatives(question), c,
                                                                        question, lang)):
        body = lead + (body if zh else _lower_first(body))  # "is it free, or is there a fee?" met by "免審查費": free
    if kind == "period" or _ASKS_MONTHS.search(fold(question)):
        body = in_months(body, question)
    return body + _cite_label(c.clause, lang) + ("。" if zh else ".")


# An English yes / no alternative put back as a statement: "is there a fee" → "there is a fee", "can they be changed" →
# "they can be changed", "do they change" → "they change", "is the first review free" → "free" (its last word, the
# predicate, after a subject too long to repeat).
_EN_THERE = re.compile(r"^(is|are)\s+there\s+(.+)$", re.I)
_EN_AUX_PRONOUN = re.compile(r"^(is|are|can|could|will|would|may|might|should|must|do|does|did|has|have)\s+"
                             r"(it|they|we|i|you|he|she|this|that|these|those)\s+(.+)$", re.I)
_EN_COPULA_PREDICATE = re.compile(r"^(?:is|are)\s+(?:the|this|that|these|those|our|my|a|an)\s+.+\s+([a-z-]+)$", re.I)
_PERSON = {"i": "you", "we": "you", "you": "I"}


def _en_statement(alternative: str) -> str | None:
    """The English alternative ("is there a review fee?", " can they be changed year to year?") as a statement, or None
    when its form is not one of `_EN_THERE`, `_EN_AUX_PRONOUN`, `_EN_COPULA_PREDICATE`."""
    alt = re.split(r"[:,]\s*", re.sub(r"\s*\?+\s*$", "", alternative))[-1]  # ("first review: is it free?": its ask)
    alt = re.sub(r"^\s*(?:or\s+)?", "", alt)
    if m := _EN_THERE.match(alt):
        return f"there {m.group(1).lower()} {m.group(2)}"
    if m := _EN_AUX_PRONOUN.match(alt):
        aux, subject = m.group(1).lower(), _PERSON.get(m.group(2).lower(), m.group(2).lower())
        if aux in ("do", "does", "did"):
            return f"{subject} {m.group(3)}"
        if aux in ("is", "are"):
            aux = {"i": "am", "you": "are", "it": "is", "he": "is", "she": "is", "this": "is", "that": "is"}.get(subject, "are")
        return f"{subject} {aux} {m.group(3)}"
    if m := _EN_COPULA_PREDICATE.match(alt):
        return m.group(1)
    return None


# Words of an English question that name nothing of its own (what `_one_gist_segment` leaves out).
_EN_FILLER = frozenset("the and for are can could will would may might should must does did has have there this that these "
                       "those they them their its our your you any all just only also yes not how what when who which with "
                       "from into about year".split())


def _one_gist_segment(question: str, gist_en: str) -> bool:
    """Does one segment of the English gist (split at ";") hold every word of the question the gist holds at all? A gist
    ruling on two cases ("the first review … free …; a replacement certificate costs NT$200") settles an either-or only
    for the case the question names — "is a replacement free, or is there a fee?" names the other segment's case."""
    words = {w for w in re.findall(r"[a-z][a-z-]{2,}", fold(question)) if w not in _EN_FILLER}
    segments = [fold(x) for x in gist_en.split(";") if x.strip()]
    said = {w for w in words if any(re.search(rf"\b{re.escape(w)}", x) for x in segments)}
    return bool(said) and any(all(re.search(rf"\b{re.escape(w)}", x) for w in said) for x in segments)


def _alternative_holds(alternative: str, c: Candidate, question: str) -> bool | None:
    """Does the clause support the alternative (True), deny it (False), or neither (None)? A change the text states
    (`_CHANGES`) supports "can they be changed?" and denies "fixed?" (the whole clause's rule); otherwise the verdict of
    its own sentence, where the English gist rules on the question's case in one segment (`_one_gist_segment`)."""
    text = fold(c.clause.text or c.sentence or "")
    piece = fold(alternative)
    if _CHANGES.search(text) and ASKS_FIXED.search(piece):
        return False
    if _CHANGES.search(text) and _CHANGE_WORD.search(piece):
        return True
    if question.isascii() and (not c.clause.gist_en or not _one_gist_segment(question, c.clause.gist_en)):
        return None
    denies = verdict(_verdict_sentence(c, alternative, question_terms(alternative)), alternative,
                     question_terms(alternative), case_text=question)
    return None if denies is None else not denies


def _zh_alternatives(question: str) -> tuple[str, str] | None:
    """(first, second) of a Chinese "X還是Y" whose alternatives ask no wh-word ("初審是免費的，還是要繳審查費？"); None
    otherwise (`first_alternative` covers a first alternative that asks with 嗎 or an opening copula)."""
    text = fold(question)
    m = _ZH_OR.search(text)
    if m is None or question.isascii():
        return None
    first, second = text[:m.start()].strip(), text[m.end():].strip()
    if not first or not second or ZH_WH.search(first) or ZH_WH.search(second):
        return None
    return first, second


ZH_STATEMENT_CHARS = 12  # a Chinese alternative longer than this is not said back as the lead


def _zh_statement(alternative: str) -> str | None:
    """The Chinese alternative said back as the lead ("…審查是免費的" → "是免費的", "還是每年會調整？" → "每年會調整"): its
    last clause from its copula, marks and particles dropped; None when longer than `ZH_STATEMENT_CHARS`."""
    clause = re.split(r"[，,]", re.sub(r"(?:[嗎吗呢吧])?[?？!！\s]*$", "", alternative))[-1].strip()
    clause = re.sub(r"^(?:還是|还是|或是|抑或|或)", "", clause)
    if (copula := [m.start() for m in re.finditer(r"是(?!否|不是)", clause)]) and not re.search(r"還是|还是", clause):
        clause = clause[copula[-1]:]
    return clause if clause and len(clause) <= ZH_STATEMENT_CHARS else None


def either_or_lead(alternatives: tuple[str, str] | None, c: Candidate, question: str, lang: str) -> str:
    """The lead of "X, or Y?" ("is it free, or is there a review fee?", "是固定的，還是每年會調整？") the clause settles:
    the alternative it supports while denying the other, said back ("Yes, free: …", "每年會調整：…"); "" when it
    supports both, neither, or the alternative cannot be said back — the line then states the rule with no lead."""
    if alternatives is None or (lang == "en") != question.isascii():
        return ""
    holds = [_alternative_holds(a, c, question) for a in alternatives]
    if sorted(holds, key=str) != [False, True]:
        return ""
    chosen = alternatives[holds.index(True)]
    statement = _en_statement(chosen) if lang == "en" else _zh_statement(chosen)
    if statement is None or numbers_in(statement) - numbers_in(c.clause.text or ""):
        return ""
    return f"Yes, {statement}: " if lang == "en" else f"{statement}："


# A period asked in months ("幾個月前可以申請", "how many months before", "how early … months").
_ASKS_MONTHS = re.compile(r"幾個?月|几个?月|多少個?月|\bhow many months\b|\bmonths?\b", re.I)
# A half year said in words ("半年", "half a year", "half-year").
_HALF_YEAR_ZH = re.compile(r"半年(?![（(度])")
_HALF_YEAR_EN = re.compile(r"\bhalf(?:\s+a|-|\s+)\s*year\b(?!\s*\()", re.I)
# Whole years said with a figure ("1 年內", "within 2 years").
_YEARS_ZH = re.compile(r"(?<![0-9.])([0-9]+)\s*年(?![（(度0-9])")
_YEARS_EN = re.compile(r"(?<![0-9.])([0-9]+)[\s-]+years?\b(?!\s*\()", re.I)


def in_months(body: str, question: str) -> str:
    """A period the line states as a half year also said in months ("半年（6 個月）", "half year (6 months)"): the unit a
    "how early" is asked in; and, when the question asks in months, whole years too ("1 年（12 個月）")."""
    body = _HALF_YEAR_ZH.sub("半年（6 個月）", body)
    body = _HALF_YEAR_EN.sub(lambda m: f"{m.group(0)} (6 months)", body)
    if re.search(r"幾個?月|几个?月|多少個?月|\bhow many months\b", fold(question), re.I):
        # (a short period only: "1 年（12 個月）"; a 6-year validity is no period asked in months)
        body = _YEARS_ZH.sub(lambda m: f"{m.group(0)}（{int(m.group(1)) * 12} 個月）" if int(m.group(1)) <= 2 else m.group(0), body)
        body = _YEARS_EN.sub(lambda m: f"{m.group(0)} ({int(m.group(1)) * 12} months)" if int(m.group(1)) <= 2 else m.group(0),
                             body)
    return body


def period_conversions(text: str) -> set[int]:
    """The month counts a text's periods convert to (半年 → 6, "2 年" → 24): figures a line may restate them in."""
    folded = fold(text)
    out = {6} if re.search(r"半年|half(?:\s+a|-|\s+)\s*year", folded, re.I) else set()
    for raw in re.findall(rf"(?<![0-9.])({_NUM})\s*(?:年|years?\b)", folded):
        value = int(raw) if raw.isdigit() else cn_to_int(raw)  # ("一年" as "1 年")
        if value is not None and 0 < value <= 2:
            out.add(int(value) * 12)
    return out


# Every item asked to be of one kind ("兩組都挑非緻密的", "全部都送緻密型", "both sets non-dense", "all the same type") …
_ALL_ONE_KIND = re.compile(r"(?:兩|两|二|2)\s*(?:組|组|套)?\s*都|都(?:挑|選|选|用|拍|是|送|找)|全(?:部)?(?:都)?(?:挑|選|选|用|是|送)|"
                           r"\bboth\b[^?]{0,40}?\b(?:same|non-?dense|dense|fatty)\b|\b(?:two|2)\s+(?:non-?dense|dense|fatty)\b|\ball\b[^?]{0,30}?\bsame\b|\bsame\s+(?:type|kind|category)\b",
                           re.I)
# … met by a text requiring them to differ ("分屬…兩種不同類型", "各選出 1 組"): no.
_DISTINCT_KINDS = re.compile(r"分屬|分属|兩種不同|两种不同|不同類型|不同类型|各選出|各选出")


# A yes / no asking whether the case is a problem ("會不會有問題", "有影響嗎", "is that a problem?", "will it be an issue?").
# Whether trouble or a sanction follows ("會有事嗎", "會被註銷嗎", "會不會有問題", "will I get in trouble?", "would I lose the
# credits?") …
_TROUBLE_ASKED = re.compile(r"(?:會|会)(?:不(?:會|会))?\s*(?:有事|出事|被(?:抓|罰|罚|註銷|注销|撤銷|撤销|取消|扣|停權|停权))|"
                            r"(?:會|会)(?:不(?:會|会))?\s*有問題|(?:會|会)(?:不(?:會|会))?\s*有问题|有沒有問題|有没有问题|有(?:什麼|什么)?(?:後果|后果)|"
                            r"\b(?:get\s+(?:in|into)\s+trouble|be\s+(?:a|an)\s+(?:problem|issue)|(?:be|get)\s+penali[sz]ed|"
                            r"lose\s+(?:the\s+|my\s+|those\s+|that\s+|his\s+|her\s+)?(?:credits?|points?)|"
                            r"(?:get|be)\s+(?:cancell?ed|revoked|voided|struck))\b", re.I)
# … against a text that bars an act and sanctions it once found ("不得由他人代為簽名，經發現者註銷…積分")
_BAR_WORD = re.compile(r"不得|不可|不能|禁止|嚴禁")
_SANCTIONED = re.compile(r"(?:經發現者?|经发现者?|違者|违者|違反者|违反者|否則|否则|查獲者|查获者)[^。；;]{0,12}?(?:註銷|注销|撤銷|撤销|取消|不予|停止|停權|停权|扣)")


def sanction_follows(piece: str, question: str, text: str) -> bool:
    """The (folded) asking piece asks whether trouble or a sanction follows (`_TROUBLE_ASKED`), the text sanctions what it
    bars (`_SANCTIONED`), and the act the question names is the barred one — a term of the barring segment its allowed
    segments do not hold ("代簽" → 代為簽名 against "需由參加者親筆簽名"): yes, it follows."""
    body = fold(text)
    if not _TROUBLE_ASKED.search(piece) or not _SANCTIONED.search(body):
        return False
    segments = [x for x in re.split(r"[，,；;。]", body) if x.strip()]
    allowed = frozenset().union(*(_terms(x) for x in segments if not _BAR_WORD.search(x) and not _SANCTIONED.search(x)))
    asked = question_terms(question)
    return any(asked & (_terms(x) - allowed - GENERIC) for x in segments if _BAR_WORD.search(x))


_ASKS_PROBLEM = re.compile(r"有問題|有问题|有影響|有影响|\b(?:an? (?:problem|issue)|problematic|matter)\b", re.I)


# … met by a clause that states one (a limit, a duty, a bar).
_RULE_MARK = re.compile(r"規定|上限|下限|不得|須|應|限")


_REQUIRES_ACTION = re.compile(r"(?:須|應|需|始得|方得|才能)[^，,。；]{0,30}(?:申請|檢具|提出|函送|報請|送審)")
_PICKS_ONE = re.compile(r"最高|最低|較高|較低|最佳|最好")
# Several asked as pooled into one ("兩台平均起來", "合併計算", "加總", "combined") …
_ASKS_POOLED = re.compile(r"平均|合併|合并|加總|加总|合起來|合起来|一起算|併在一起|并在一起|\baverag\w*|\bmean\b|\bcombined?\b|"
                          r"\bpool(?:ed)?\b|\btogether\b", re.I)
# … met by a text that counts each on its own ("按每台…分別計算", "各…計算"): no, separately.
_SEPARATELY = re.compile(r"分別(?:計算|計分|評分|評等|審查|核算)|各自(?:計算|計分|評分)|逐台|每台[^。；]{0,12}分別")


# … met by a text that puts it under the limit (受…之限定 / 限制), or exempts it (不受…限制 / 不在此限 / 不計入).
_STATES_CAPPED = re.compile(r"(?<!不)受[^。；]{0,80}?(?:限制|限定|規範|上限)")
_STATES_UNCAPPED = re.compile(r"不受[^。；]{0,40}(?:限制|限定|上限)|不在此限|不計入|不列入")
_CAP_WORDS = frozenset({"上限", "限制", "限定", "卡住", "cap", "limit", "ceiling", "count", "counts", "toward", "towards"})


def _capped(question: str, said: str, q_terms: frozenset[str], gists: str = "") -> bool | None:
    """For a question asking whether a limit applies to what it names: False (it does: no denial) when the sentence
    puts it under one, True when the sentence exempts it, None otherwise or when the sentence shares too little of
    the question beyond the limit's own words (another category's limit says nothing about the one asked)."""
    if not ASKS_CAPPED.search(yes_no_piece(fold(question))):
        return None
    text = re.sub(r"\([^()]*\)", "", fold(said))  # "受第五條第十二款(…不得累積超過 30 分。)之限定": the reference's own words aside
    shared = {t for t in q_terms & _terms(f"{text} {fold(gists)}") if not t.startswith("#")}  # (the limit's own figure aside)
    if len(shared - GENERIC - _CAP_WORDS) < 2:
        return None
    if _STATES_UNCAPPED.search(text):
        return True
    return False if _STATES_CAPPED.search(text) else None


# A clause that bars or obliges in listed cases ("有下列任一情況者，不得用於…", "有下列情形之一者"): a grant before it is
# not unconditional.
_EXCEPTIONS = re.compile(r"有下列[^，,。；]{0,6}(?:情況|情形|事項)[^，,。；]{0,4}者?[，,]?[^，,。；]{0,8}?(?:不得|不予|應|須)|下列情[形況]之一")


# The bound a figure of the person's case meets ("20% above the volume" against "超過…10% 以上者"): the condition holds.
_MIN_SIDE = re.compile(r"以上|至少|不少於|不低於|超過|大於|高於|(?<![不未])滿")


# The person's age stated without its unit ("今年剛滿61", "I'm turning 61", "aged 62"): a two-digit figure after 滿 / turning
# with no other unit after it.
# ("今年才58", "今年已經62": the person's age this year, said with no 歲)
_AGE = re.compile(r"(?:(?<![未不])滿|今年(?:才|剛|已經|已|都|也)?|\bturn(?:s|ed|ing)|\baged?|\bi'?m|\bi am|\bat(?:\s+(?:the\s+)?age(?:\s+of)?)?)\s*([1-9][0-9])(?![0-9]|\.[0-9])(?!\s*(?:個月|小時|[年月天日週個次分案例篇%趴人位名張台件堂場組]|"
                  r"(?:years?|yrs?|months?|days?|weeks?|times?|cases?|points?|credits?|hours?|percent)\b))", re.I)


# The age the person will have when applying, which an application rule judges (以申請日為基準日): "明年滿60才送申請",
# "等滿 60 歲再申請", "到60歲以後再提出申請", "I'll wait till I turn 60 to apply", "apply after I turn 60", "by the time I
# apply I'll be 60" — not the age said of today ("今年59歲") nor one reached after an application made now ("明年滿60，現在
# 可以申請嗎": its age is today's).
_AGE_AT_APPLYING = re.compile(
    r"(?:(?<![未不])滿|到|等到|等滿|過了?)\s*([1-9][0-9])\s*(?:歲|岁)?\s*(?:以後|以后|之後|之后|後|后)?\s*(?:才|再)\s*"
    r"(?:送|提出|提|遞|递|交|去)?\s*申請|"
    r"\b(?:turn|turns|turned|reach|reaches|reached|hit|am|'m|be)\s+([1-9][0-9])\b[^.?!;]{0,24}?\b(?:before|then|to)\s+"
    r"(?:i\s+|we\s+|he\s+|she\s+)?(?:apply|submit|send)|"
    r"\b(?:apply|applying|submit|submitting)\b[^.?!;]{0,16}?\b(?:after|once|when)\s+(?:i|he|she)\s+(?:turn|turns|reach|reaches|hit|hits)\s+"
    r"([1-9][0-9])\b|"
    r"\bby the time (?:i|he|she) (?:apply|applies|submit|submits)\b[^.?!;]{0,12}?\b(?:i'?ll|i will|he'?ll|she'?ll|will) be\s+"
    r"([1-9][0-9])\b", re.I)


def _age_at_applying(question: str) -> float | None:
    """The age the (folded) question says the person will have when the application is sent (`_AGE_AT_APPLYING`)."""
    m = _AGE_AT_APPLYING.search(question)
    return float(next(g for g in m.groups() if g)) if m else None


# An age said as the year it is reached, with no 歲 ("主任明年就61了", "今年快65了", "年底就滿62", "I turn 63 next year",
# "he turns 61 in March"): a bare number after a time word and before 了 (no unit after it: "明年就6篇了" is no age).
_AGE_REACHED = re.compile(r"(?:明年|今年|年底|後年|下個?月|快要?|就要)\s*(?:就|快|要|會|会)?\s*(?:滿|满)?\s*([1-9][0-9])\s*(?:歲|岁)?\s*了|"
                          r"\bturns?\s+([1-9][0-9])\s+(?:next|this|in|by|soon)\b", re.I)


def _question_age(question: str) -> float | None:
    """The person's age the question states (also as "61 歲" / "61 years old" through `_figure_pairs`), else None; the
    age at the application, when the question says the application waits for it (`_AGE_AT_APPLYING`); the age said as
    the year it is reached ("明年就61了", `_AGE_REACHED`)."""
    if (later := _age_at_applying(fold(question))) is not None:
        return later
    m = _AGE.search(fold(question))
    if m is None and (m := _AGE_REACHED.search(fold(question))) is not None:
        return float(next(g for g in m.groups() if g))
    return float(m.group(1)) if m else None


def _meets_condition(question: str, said: str) -> bool:
    """The question states one figure with a unit, and the sentence one threshold in that unit that it meets (a
    minimum it reaches, a maximum it stays within): the rule's condition holds for the person's case."""
    from knowledge.ranges import value_in_band

    if value_in_band(question, said, strict=True):
        return True  # "陽性差異 55%，還要考跑片嗎" met by the row "疑似陽性…50%-60%…須…通過跑片考試": its band holds the case
    own = {(v, u) for v, u in _figure_pairs(question, values_only=True) if u}
    if (age := _question_age(question)) is not None:
        own = {(v, u) for v, u in own if u != "歲"} | {(age, "歲")}
    text = fold(said)
    if len(own) > 1 and not _NAMES_LIMIT.search(fold(question)):
        # "I've done IR for 25 years and I'm 62" against "aged 60 or over": a figure in a unit the sentence states nothing
        # in is not put to it — the one in the unit of its threshold is ("is the cap 450?" names the rule's own bound, no
        # figure of the case: left as it was)
        units_said = {u for _, u in _figure_pairs(text, values_only=False)} | \
            {_OWN_UNITS.get(m.group(2)) for cue in _UNIT_THRESHOLD for m in cue.finditer(text)}
        own = {(v, u) for v, u in own if u in units_said}
    if len(own) != 1:
        return False
    ((value, unit),) = own
    found: list[tuple[bool, float]] = []
    for cue in _UNIT_THRESHOLD:
        for m in cue.finditer(text):
            raw, u = m.group(1), m.group(2)
            limit = float(raw) if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", raw) else cn_to_int(raw)
            if limit is not None and _OWN_UNITS.get(u) == unit:
                around = text[max(0, m.start() - 6):m.end()]
                found.append((bool(_MIN_SIDE.search(around)), float(limit)))
    if len(set(found)) != 1:
        return False
    ((minimum, limit),) = set(found)
    return value >= limit if minimum else value <= limit


def _in_clause_band(question: str, said: str, source: str) -> bool:
    """A sentence with no band of its own ("未參加者應停止判讀") read with its clause's band holding the stated value."""
    from knowledge.ranges import bands, value_in_band

    return not bands(said) and value_in_band(question, source, strict=True)


def _verdict_sentence(c: Candidate, asked: str, q_terms: frozenset[str]) -> str:
    """The sentence of the clause that rules on what is asked be done (`_ruling_sentence`) — or, when the question asks
    about an adverse outcome that sentence does not state, the sentence stating it (`outcome_sentence`)."""
    found = _ruling_sentence(c, asked, q_terms)
    if c.clause.text.strip() and (stating := outcome_sentence(sentences(c.clause.text), asked, found)) is not None:
        return stating
    return found


def _ruling_sentence(c: Candidate, asked: str, q_terms: frozenset[str]) -> str:
    """The sentence of the clause that rules on what is asked be done: the one holding most of the question's predicate
    (the words after its asking verb), when it holds more of it than the sentence sharing most of the whole question
    ("…subspecialty society applying for CME — do we still have to pay the fee?": "…外科系醫學會者…免收費", not the
    sentence on what an application must state, which shares the topic's words)."""
    said = c.sentence or c.clause.text
    predicate = question_terms(_predicate(asked)) - GENERIC
    if not predicate or not c.clause.text.strip():
        return said
    rows = sentences(c.clause.text)
    grades = {t for t in q_terms if _GRADE_TERM.fullmatch(t)}
    if grades & _terms(said):  # the row for the grade the question states rules on its case: another row does not
        rows = [x for x in rows if grades & _terms(x)]
    found = max(rows, key=lambda x: (len(predicate & _terms(x)), len(q_terms & _terms(x))), default=said)
    found = found if len(predicate & _terms(found)) > len(predicate & _terms(said)) else said
    # the case the question states ("送件的是外科系醫學會、或有外科部主任簽名蓋職章…還要劃撥嗎") is a condition of another
    # sentence ("申請單位為外科系醫學會者或…經醫院外科部主任簽名…者免收費"): that sentence rules on it, not the general rule
    # holding the predicate ("每申請一次收費 1,000 元(以劃撥方式)")
    # (a condition sharing only the topic's words with the question, "若醫療機構年…超過合理量…者" for a question on how the
    # 合理量 is counted, states no case of the question's: its words beyond the sentence already chosen count)
    own = q_terms - _terms(found)
    stated = max(rows, key=lambda x: _condition_share(x, own), default=found)
    share = _condition_share(stated, own)
    found = stated if share >= STATED_CONDITION and share > _condition_share(found, own) else found
    # "skipped the case conference — can he keep reading?", "沒去討論會還能繼續判讀嗎": the person states a lapse and asks
    # whether they go on; the clause's sentence on those who lapse ("未參加者應停止判讀") rules, not the one stating the duty
    if _GOES_ON.search(fold(asked)) and _QUESTION_NEGATED.search(_A_NOT_A.sub("", fold(asked))) and \
            not _NEGATED_CASE.search(fold(found)):
        lapse = next((x for x in rows if _NEGATED_CASE.search(fold(x)) and x != found), None)
        if lapse is not None:
            return lapse
    return found


STATED_CONDITION = 3  # the question's own terms a sentence's condition (…者 / 如 / 若 …) must hold to rule on its case

# An adverse outcome the question asks about ("會不會被取消資格", "could we lose our qualification?", "停權嗎", "suspended?")
# and the text's own word for it: (the question's words, the text's).
_OUTCOMES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"取消|撤銷|撤销|註銷|注销|失去|喪失|丧失|\b(?:lose|loses|losing|lost|cancel\w*|revok\w*|withdrawn)\b", re.I),
     re.compile(r"取消|撤銷|註銷")),
    (re.compile(r"停權|停权|\bsuspen\w*", re.I), re.compile(r"停權")),
)


def outcome_sentence(rows: list[str], asked: str, found: str) -> str | None:
    """The sentence of the clause stating the adverse outcome the question asks about ("…皆未…完成複核，取消醫療機構
    資格" for "會不會被取消資格", "could the facility lose its qualification?"), when the sentence chosen does not state
    it: the outcome's own sentence rules on whether it follows (the other's bar on a unit is no 不會 to it). None
    when no outcome is asked, the chosen sentence states it, or no sentence does (or more than one: which is unsure)."""
    piece = _A_NOT_A.sub("", fold(asked))
    for question_words, text_words in _OUTCOMES:
        if not question_words.search(piece) or text_words.search(fold(found)):
            continue
        stating = [x for x in rows if text_words.search(fold(x)) and not _segment_negative(
            next((t for t, c in _clauses_of(x) if not c and text_words.search(t)), ""), set())]
        if len(stating) == 1:
            return stating[0]
    return None


def _condition_share(sentence: str, q_terms: frozenset[str]) -> int:
    """The most of the question's specific terms one condition segment of the sentence holds."""
    return max((len((q_terms & _terms(t)) - GENERIC) for t, c in _clauses_of(sentence) if c), default=0)


_EN_LIMIT = re.compile(r"\b(?:at most|at least|up to|max|maximum|minimum|cap\w*|limit\w*|no more than|or more|or fewer|exceed\w*)\b",
                       re.I)


# A Chinese yes / no question about a denial: its negated modal and the positive it denies.
_NEGATED_MODAL = re.compile(r"不能|不可以|不可|不得|不准|無法|沒辦法|没办法|不用|不需要|不必|不須")
_POSITIVE_OF = {"不能": "能", "不可以": "可以", "不可": "可", "不得": "得", "不准": "准", "無法": "能", "沒辦法": "能",
                "没办法": "能", "不用": "需要", "不需要": "需要", "不必": "需要", "不須": "須"}


def _positive(question: str) -> str | None:
    """"是不是馬上就不能判了？" → "是不是馬上就能判了？": a Chinese question whose asking piece asks whether a denial holds
    (是不是 / 是否 / 嗎 / 吧 with a negated modal), as its positive; None for any other question."""
    text = fold(question)
    piece = yes_no_piece(text)
    if piece.isascii() or not re.search(r"是不是|是否|[嗎吗吧]", piece):
        return None
    last = re.split(r"[，,、]", piece)[-1]  # the clause that asks ("不用等結束再發，報到時發可以嗎": not 不用)
    bare = _A_NOT_A.sub("", last)
    m = _NEGATED_MODAL.search(bare)
    if m is None or not re.search(r"是不是|是否|[嗎吗吧]", last) or re.search(r"(?:可以|能|可)$", bare[:m.start()]):
        return None  # ("是不是可以不用附": leave not to attach, a permission question of its own)
    at = text.find(piece)
    inner = piece.replace(m.group(0), _POSITIVE_OF[m.group(0)], 1)
    return text[:at] + inner + text[at + len(piece):] if at >= 0 else inner


# Denials that say one thing ("不能 / 不可 / 不得 / 不准": may not), as `_negation_key` joins the need-nots.
_MAY_NOT = frozenset({"不能", "不可", "不得", "不准"})


def _denial_key(text: str, m: re.Match[str]) -> str:
    key = _negation_key(text, m)
    return "不得" if key in _MAY_NOT else key


def states_asked_denial(sentence: str, question: str) -> bool:
    """The question asks whether a denial holds ("是不是不用再湊個案數就能申請", "是否不得再申請") and a verdict of the
    sentence makes that same denial about what it governs ("…亦可提出申請，不須附上第二條之個案數證明": 不用 ~ 不須, on
    個案數): the denial holds — the polarity is the clause's own negation, not a reading of the positive."""
    piece = yes_no_piece(fold(question))
    last = _A_NOT_A.sub("", re.split(r"[，,、]", piece)[-1])
    m = _NEGATED_MODAL.search(last)
    if m is None:
        return False
    if any(c and any(cue.search(t) for cue in _UNIT_THRESHOLD) for t, c in _clauses_of(sentence)) and \
            not _meets_condition(question, sentence):
        return False  # "我是通訊作者，是不是不用附…" against "發表 SCI 文章 2 篇以上者…不須附": the count is not known met
    key = _denial_key(last, m)
    governed = question_terms(_DENIED_SPAN.match(last, m.end()).group(0) if m.end() < len(last) else "") - GENERIC
    for segment, is_condition in _clauses_of(sentence):
        if is_condition:
            continue
        for n in NEGATION.finditer(segment):
            if _denial_key(segment, n) == key and governed & _terms(segment[n.start():]):
                return True
    return False


# A rule leaving the case to someone's judgement ("評估是否列為", "得俟理由合理性", "視…而定", "酌予"): no yes.
# (not 酌予扣款, "deducted by the table below", nor 得視需要…全部或部分, `_DISCRETION`'s)
_JUDGED = re.compile(r"評估是否|審查是否|得俟|視[^，,。；]{0,12}而定|個案認定|核定是否")


# "X 嗎？還是 Y" / "do they …, or only …?": the first alternative is itself a yes / no question.
_ZH_OR = re.compile(r"[?？,，\s]*(?:還是|或是|抑或)")
_EN_OR = re.compile(r",?\s+or\b(?!\s+not\b)", re.I)
# … met by a rule that leaves it to discretion ("得視需要…就全部或部分項目") or lets any one do ("其中之一即可").
_DISCRETION = re.compile(r"視需要|視情況|全部或部分|或部分|其中之一|任一項即可|即可")
# … answered "not necessarily": the rule lets it be all, or only some (the text's discretion grounds the denial:
# DENIAL_GROUNDS).
# A second course asked with its own 會 / 有 ("…嗎？還是會有人來現場實測？", "…, or will someone test it on site?").
# The second course asked as what will happen ("還是會挑？", "or will they pick some?"), no leave asked: the first course's
# "not necessarily" answers, not a 可以 (ASKS_MAY: "還是可以只挑幾項" asks the leave)
_ASKS_WILL = re.compile(r"(?<!不)(?:會|会)(?![不])|\b(?:will|would|do|does)\b", re.I)
# (… unless it names the part it would be: "還是會…只挑幾項查？" is the course the rule allows — 可以)
_ALSO_DOES = re.compile(r"\s*(?:也|還|还)?(會|会|有)|\s*(?:will|do|does|is|are)\b", re.I)
# One's own amount asked whether over the limit ("我們的年篩檢量會不會超量", "院內有沒有爆量", "are we over the cap?").
_OWN_OVER = re.compile(r"(?:我們|我们|我|本院|院內|院内|敝院)[^，,。？?]{0,12}?(?:有沒有|有没有|會不會|会不会|是否|已經|已经)?"
                       r"(?:超量|超過|超过|爆量|超標|超标)|\b(?:are|is|am)\s+(?:we|i|our\s+\w+)\s+(?:\w+\s+)?over\b", re.I)
_NOT_NECESSARILY = ("不一定", "Not necessarily")
COURSE_CHARS = 14  # a second course this short (Han characters, no figure) is echoed after 不一定 ("不一定，可以只查一部分")


def _course_allowed(course: str) -> str:
    """The second course of "A 嗎？還是 B？" as the line states it allowed: its own words when short and figure-free
    ("可以只查一部分"), else 可以."""
    first = re.split(r"[?？。，,!！]", course.strip(), maxsplit=1)[0].strip()
    first = re.sub(r"^(?:還是|还是|或是|或者|抑或)\s*", "", first)
    first = re.sub(r"(?:嗎|吗|呢|啊|吧)$", "", first).strip()
    if first.startswith(("可以", "可")) and 0 < len(first) <= COURSE_CHARS and not re.search(r"[0-9]", first) and \
            not NEGATION.search(first):
        return first
    return "可以"
# The ground a discretion rests on, named in the course asked ("看我們上次的結果只挑幾項", "based on our last review"): the
# rule's 視需要或…前次審查結果 says they will, on that ground.
_NAMES_GROUND = re.compile(r"(?:上次|上一次|前次|前一次|之前|先前|以前|過去|过去)[^，,。？?]{0,8}?(?:結果|结果|成績|成绩|審查|审查|表現|表现)|"
                           r"視需要|看需要|依需要|\b(?:previous|last|prior|earlier|past)\s+(?:\w+\s+)?(?:results?|reviews?|audits?|"
                           r"performance|scores?)\b|\bas needed\b", re.I)
# Two courses the text offers as alternatives ("第一作者或通訊作者", "第一作者/通訊作者", "first/corresponding author").
_ALTERNATIVES_ZH = re.compile(r"([\u4e00-\u9fff]{2,})\s*(?:或|/)\s*([\u4e00-\u9fff]{2,})")
_ALTERNATIVES_EN = re.compile(r"\b([a-z][a-z-]{2,})\s*(?:/|\bor\b)\s*([a-z][a-z-]{2,})\b")
_MUST_SPAN = re.compile(r"(?:一定(?:要|得|需要|須)|非得|非要|必須|\b(?:must|has to|have to)\b)([^，,。？?；;]*)", re.I)


def one_course_of_several(piece: str, clause: Clause) -> bool:
    """The (folded) piece asks whether one named course is required ("一定要 / 非得 / must … X") and the clause offers X
    with an alternative the piece does not name at all ("(第一作者或通訊作者)"): the answer is "not necessarily". (An
    alternative the piece names too — "一定要介入相關的課程或研討會嗎" — leaves the must on something else.)"""
    must = _MUST_SPAN.search(piece)
    if must is None:
        return False
    span = must.group(1)
    if piece.isascii():
        pairs = _ALTERNATIVES_EN.findall(fold(clause.gist_en or ""))
        return any(re.search(rf"\b{re.escape(a)}\b", span) and not re.search(rf"\b{re.escape(b)}\b", piece)
                   for a, b in pairs)
    pairs = _ALTERNATIVES_ZH.findall(fold(clause.text)) + _ALTERNATIVES_ZH.findall(fold(clause.gist_zh or ""))
    for a, b in pairs:
        named = next((a[-n:] for n in range(len(a), 1, -1) if a[-n:] in span), None)
        # (the must is on the alternative itself — "一定要第一作者(才行)嗎" — not on a qualifier of it: "一定要介入相關的
        # 課程嗎" asks the 介入相關, which the text requires)
        if named and not _MUST_TAIL.sub("", span.replace(named, "", 1)).strip() and \
                not any(b[:n] in piece for n in range(2, len(b) + 1)):
            return True
    return False


_MUST_TAIL = re.compile(r"^\s*(?:是|當|当)|(?:的|才(?:行|能算|算|可以|能|可)?|嗎|吗|呢|啊|[?？!！\s])+$")
# … where the rule lets one of several do ("符合其中之一即可"): a need of all of them is answered no.
_ONE_SUFFICES = re.compile(r"其中之一|任一(?:項|款|條)?即可|之一即可")
# The one put as the other course of an "all or one" question ("or is meeting one of them enough", "or just any one?", "or
# only one"): a single one named, enough or sufficing.
_ONE_PUT = re.compile(r"\b(?:or|just|only)\b[^?]{0,30}?\b(?:one|1|any|either|a\s+single)\b(?:\s+of\s+(?:them|those|these|the\s+\w+))?"
                      r"[^?]{0,20}?\b(?:enough|suffices?|sufficient|ok(?:ay)?|fine|do)\b", re.I)


# … met by a rule that grants regardless of it ("不分國內、外…一律…核給", "不論…均採認"), not one that bars regardless.
_REGARDLESS_GRANT = re.compile(r"(?:不分|不論|無論)[^。；]{0,60}?(?<!不)(?<!不予)(?<!未)(?:核給|給予|給|計入|列入|採認|認定|適用|承認)")


# … met by a text cancelling it ("註銷該時間所有繼續教育積分", "取消…積分").
_CANCELS_CREDIT = re.compile(r"(?:註銷|撤銷|取消)[^，,。；]{0,12}(?:積分|學分|時數|分數)")


_SOME_OF_ALL = re.compile(r"全部或部分|全部或一部|或部分|或一部分")


# What a review checks, asked ("會查…嗎", "會被評估嗎", "有沒有含…").
_CHECK_ASKED = re.compile(r"[查審检檢測测]|評估|评估|[看含]|包括|包含")


def _earlier_yes_no(question: str) -> str | None:
    """The question up to the yes / no piece before the one that asks (`yes_no_piece`), when there is one
    ("閱片系統會被評估嗎? 實測有沒有含讀片螢幕那塊" → "閱片系統會被評估嗎?"); None otherwise."""
    text = fold(question)
    pieces = question_pieces(text)
    last = yes_no_piece(text)
    if last not in pieces:
        return None
    if not _CHECK_ASKED.search(last):
        return None  # (only a check asked twice: "會被評估嗎？有沒有含…", never another ask after a first one)
    before = [i for i, p in enumerate(pieces[:pieces.index(last)]) if ZH_YES_NO.search(p) and _CHECK_ASKED.search(p)
              and not ZH_WH.search(some_for_which(p)) and not re.match(r"\s*(?:還是|或是|抑或)", p)]
    return "".join(pieces[:before[-1] + 1]) if before else None


# (a single one is "only": "…, or is it one domain per person?", "還是一人限一項")
_ONLY = re.compile(r"只|隻|僅|就好|而已|才(?:有|會|会|算|要|查|做|需)|[一1](?:人|個人)?限[一1]|\b(?:only|just|solely|(?:one|1) (?:\w+ )?(?:per|each|at a time)|"
                   r"a single|single (?:one|area|domain|item)|no more than one)\b", re.I)  # (folding to Traditional writes 只 as 隻 before a verb: 還是隻通知)
# A second alternative that is the whole of the other course ("…, or is it all paperwork?", "還是全部都是書面"): the text
# that grants the first is a yes to it, as to "…, or only Y?".
_ALL_OTHER = re.compile(r"\b(?:is it|it's|it is|are they|is that|they're|are these) (?:all|entirely|purely|just)\b|"
                        r"\b(?:entirely|purely|exclusively)\b|全部都是|全都是|都只是|純粹|完全是", re.I)


# (across a comma: "應在證書效期屆滿前,主動向醫學會提出展延申請")
_APPLICATION_REQUIRED = re.compile(r"(?:須|應|需|始得|方得|才能)[^。；]{0,30}?(?:申請|檢具|提出|函送|報請|送審)")
_ACTION_ASKED = re.compile(r"申請|申请|辦|办|提出|送件|報名|报名|\bapply\w*|\bfil(?:e|ing)\b|\bsubmit\w*|\bsen(?:d|ds|ding)\s+(?:\w+\s+){0,5}?in\b")
_LEAD_MODAL = re.compile(r"^(?:是|就)?(?:得|要|需要|須|必須|必须|应该|應該|應|应)?")


# The person's own doing named in an alternative ("myself", "take the initiative", "自己", "主動") …
_OWN_ACTION = re.compile(r"自己|主動|主动|親自|亲自|本人|\b(?:myself|ourselves|yourself|on (?:my|our) own|(?:take|taking) the initiative|"
                         r"proactively|personally)\b", re.I)
# … set against another party doing it for them, or its happening of itself ("does the society send a reminder and handle
# it", "學會會通知", "會幫我們辦").
_OTHER_DOES = re.compile(r"通知|提醒|寄[^，,。？?]{0,6}(?:通知|信|單)|幫|帮|代[辦办為为]|處理|处理|\b(?:remind\w*|notif\w*|send\w*|"
                         r"handles?|handled|take care|takes care|do(?:es)? (?:it|that|this)|on (?:my|our) behalf|for (?:me|us))\b", re.I)


# How an application is sent, asked as one of its channels: on paper / by post ("還要寄公文嗎", "mail in a letter") …
_PAPER_CHANNEL = re.compile(r"寄|郵寄|邮寄|紙本|纸本|公文|來函|来函|函送|發文|发文|\b(?:mail(?:ed|ing)?|post(?:ed|al)?|paper|letter|"
                            r"hard\s*copy|fax(?:ed)?)\b", re.I)
# … or online ("網路上填就好", "線上申請", "is it all online now?") — the channel of the sending, not an online course.
_ONLINE_CHANNEL = re.compile(r"(?:網路|网路|網上|网上|線上|线上|上網|上网|系統|系统)\s*上?\s*(?:申請|申请|填|送|登錄|登录|報|报|傳|传|辦|办)|"
                             r"\b(?:apply|applied|applying|submit\w*|file[ds]?|filing|done|sen[dt]|sending|all|it)\s+(?:\w+\s+){0,2}?"
                             r"(?:online|electronically)\b|\bonline\s+(?:application|form|system|submission|portal)\b", re.I)
# What is sent is an application for an activity's credits to be recognised ("申請…積分認定", "get credits approved",
# "accredited") — not a certificate's renewal (展延 / 換證), whose own rules say how it is filed.
_APPLICATION_NAMED = re.compile(r"(?:申請|申请|認定|认定|\b(?:appl(?:y|ied|ying|ication)|approv\w*|accredit\w*|recogni[sz]\w*)\b)"
                                r"|(?<=[積积學学]分)\s*(?:認定|认定)", re.I)
_CREDITS_NAMED = re.compile(r"積分|积分|學分|学分|認定|认定|\b(?:credits?|cme|accredit\w*)\b", re.I)
_RENEWAL_NAMED = re.compile(r"展延|換證|换证|證書|证书|\b(?:renew\w*|certificate|cert)\b", re.I)
# A text stating that applications have moved online ("來函(已改為線上申請)申請"): the channel now in force.
_ONLINE_NOW = re.compile(r"改為(?:網路)?線上(?:申請)?|改以(?:網路)?線上")


def channel_asked(question: str) -> bool:
    """Does the question ask how an application is sent — whether still on paper / by post ("現在還要寄公文嗎？還是網路上填
    就好？", "do we still mail a letter to get credits approved, or is it online now?")? Not a sheet mailed back ("簽到單要寄
    回嗎": no application), nor an online course, nor an application the person already makes online."""
    text = fold(question)
    # (the paper named: online alone is the way the person already applies — "開辦前10天才上網申請，還會受理嗎" asks the
    # window, not the channel)
    return bool(_PAPER_CHANNEL.search(text) and _APPLICATION_NAMED.search(text)
                and _CREDITS_NAMED.search(text) and not _RENEWAL_NAMED.search(text))


def online_now_lead(question: str, clause: Clause, lang: str) -> str | None:
    """The lead for a question asking the channel (`channel_asked`) met by a clause that says applications have moved
    online ("已改為線上申請"): that channel, in place of a yes / no the question's other words would get ("還要寄公文嗎"
    met by "來函需註明…" read 需要 — the paper asked is what the text replaced)."""
    if not channel_asked(question) or not _ONLINE_NOW.search(fold(clause.text or "")):
        return None
    return "已改為線上申請：" if lang == "zh-TW" else "Online now: "


def _online_now_holder(read: list[Candidate], question: str) -> Candidate | None:
    """For a question asking the channel, the close hit of the best one's regulation that says applications have moved
    online (`_ONLINE_NOW`), when the best one does not ("…寄公文嗎？還是網路上填就好？" met first by the fee and the letter's
    contents, 4.3: 4.2's "來函(已改為線上申請)" answers)."""
    best = read[0]
    if not channel_asked(question) or _ONLINE_NOW.search(fold(best.clause.text or "")):
        return None
    # (any of the hits read: one clause of a regulation says so, and the channel's words rank its neighbours as high)
    return next((c for c in read[1:] if c.clause.doc == best.clause.doc
                 and c.score >= best.score * ANSWERING_SCORE and _ONLINE_NOW.search(fold(c.clause.text or ""))), None)


def _own_course_lead(question: str, clause: Clause, lang: str) -> str | None:
    """For "automatic, or do I apply myself?" ("展延是學會自動辦，還是要自己主動去申請", "is renewal automatic, or do I have
    to apply?") met by a text requiring the application (`_REQUIRES_ACTION`): the second course, said back as the
    answer ("要自己主動去申請：", "Not automatic, you apply: "); None otherwise."""
    text = fold(question)
    m = _ZH_OR.search(text) or _EN_OR.search(text)
    # (the gist too: "須於證書屆滿前 6 個月內備妥文件及費款經醫學會申請展延" says in a few words what 11.n1 spreads over its note)
    if m is None or not any(_APPLICATION_REQUIRED.search(fold(x)) for x in (clause.text, clause.gist_zh or "")):
        return None
    first, rest = text[:m.start()], text[m.end():]
    if _OWN_ACTION.search(first) and _ACTION_ASKED.search(first) and not _OWN_ACTION.search(rest) and \
            (ASKS_AUTOMATIC.search(rest) or _OTHER_DOES.search(rest)):
        # "do I need to take the initiative and file for renewal myself, or does the society send a reminder and handle
        # it?", "要自己主動申請嗎？還是學會會通知": the first course, the person's own, is the one the text requires — who
        # does it is the answer (a bare "Yes" says nothing of the society's reminder)
        return "Yes, you apply yourself: " if lang != "zh-TW" else "要自己主動申請："
    if not ASKS_AUTOMATIC.search(first) or ASKS_AUTOMATIC.search(rest):
        return None
    second = re.sub(r"[?？。!！\s]+$|(?:呢|嗎|吗|吧)+[?？]*$", "", text[m.end():].strip())
    if not _ACTION_ASKED.search(second):
        return None
    if lang != "zh-TW":
        return "Not automatic, you apply: "
    second = _LEAD_MODAL.sub("", second, count=1)
    return f"要{second}：" if second else None


# An English clause opening with an auxiliary after a scene-setting phrase ("for the paperwork review, is meeting the
# AEC standard enough, or …"): it asks yes / no whatever its subject (a gerund, a noun).
_CLAUSE_AUX_HEAD = re.compile(r"(?:^|[,;:]\s*)(?:(?:and|so|but|then)\s+)?(?:is|are|does|do|did|can|could|must|should|will|would|"
                              r"has|have)\s+(?=[a-z])", re.I)


# A sufficiency stated at the end of the first alternative, without a question particle ("…就夠了", "…就可以了", "…即可").
_ENOUGH_STATED = re.compile(r"(?:就|便|即)(?:夠|够|足夠|足够|可以|行|好|ok)了?\s*[,，]?\s*$|即可\s*[,，]?\s*$", re.I)


# A first alternative that says it would do ("去座談會就好", "只要上課就夠了", "is the seminar enough") and a second that asks
# for more besides ("還是還要考試", "還是也得…", "or do they also have to …").
_WOULD_DO = re.compile(r"就好|就行|就夠|就够|就可以了?|即可|而已|\b(?:enough|sufficient|suffices?|alone|all (?:it|that) takes)\b", re.I)
_ALSO_ASKED = re.compile(r"^\s*(?:是|就)?(?:還|还|也|仍|另外)(?:要|得|需要|须|須|必須|必须)|\b(?:also|too|as well|in addition)\b", re.I)
# A requirement joining two duties in one sentence ("須…參加判片座談會…並通過跑片考試", "須同時符合…及…").
_JOINED_DUTY = re.compile(r"(?:須|應|需|必須)[^。；]{0,80}?(?:並|及|與|和|、|同時)")


def also_required(alternatives: tuple[str, str], text: str, gist_en: str = "") -> str | None:
    """The second alternative of "X 就好，還是還要 Y？" / "is X enough, or do they also have to Y?" when the clause's
    requirement joins Y's own words to another duty (Y is required besides; in English, Y's words are the gist's, after
    its "and"), else None."""
    first, second = alternatives
    if not _WOULD_DO.search(first) or not _ALSO_ASKED.search(second):
        return None
    # (the duty from its modal on: "前次已要求參加座談會者，…應立即停止判讀並停權" names the seminar in its case, not its duty)
    duty = next((s[m.start():] for s in sentences(fold(text)) if (m := _JOINED_DUTY.search(s))), None)
    if duty is None:
        return None

    def named(alternative: str, said: str) -> bool:
        terms = _terms(alternative) if alternative.isascii() else question_terms(alternative)
        return bool((terms & _terms(said)) - GENERIC - _PRONOUN_TERMS)

    if second.isascii():  # (English: the gist's "X and Y", the first before its "and", the second after it)
        joined = re.split(r"\band\b", fold(gist_en), maxsplit=1)
        return second if len(joined) == 2 and named(first, joined[0]) and named(second, joined[1]) else None
    return second if named(first, duty) and named(second, duty) else None


def first_alternative(question: str) -> tuple[str, str] | None:
    """(first alternative, the rest) of an "X or Y?" question whose first alternative asks yes / no itself with
    嗎 / A-not-A or an auxiliary first ("會公開嗎？還是只通知我們？" → "會公開嗎？", "do they also test the monitors, or
    only the unit?" → "do they also test the monitors?"); None when it does not ("算 5 分還是 10 分？")."""
    text = fold(question)
    m = _ZH_OR.search(text) or _EN_OR.search(text)
    if m is None or m.start() == 0:
        return None
    first = text[:m.start()].strip()
    piece = re.split(r"[。！!；;—–]|\s+-{1,2}\s+|(?<=[?？])", first)
    head = next((p for p in reversed(piece) if p.strip()), first)
    aux = AUX_SUBJECT.search(head) if head.isascii() else None  # "For claiming X do I have to prove Y, or …"
    # (the 幾 of "只挑其中幾項…嗎" is "some", no wh-word: `some_for_which`)
    # ("是每個項目都要查，還是可以只挑幾項？", "後續審查是每項都查，還是…": the copula of "是 A 還是 B" asks whether A)
    if AUX_FIRST.match(head.strip()) or (not ZH_WH.search(some_for_which(head)) and (
            ZH_ASKS.search(head) or re.match(r"\s*[^,，?？]{0,10}?(?<![還还不])是(?![不否])", last := re.split(r"[,，]", head)[-1]) and
            len(last.strip()) > 3)) or \
            (aux is not None and not EN_WH.search(head[:aux.start()])) or \
            (head.isascii() and (lead := _CLAUSE_AUX_HEAD.search(head)) is not None and not EN_WH.search(head[:lead.end()])) or \
            (_ENOUGH_STATED.search(head) and not ZH_WH.search(some_for_which(head))):
        # ("…只要符合原能會的標準就夠了，還是程序書也要符合？", "X 就可以了，还是 Y 也要": a sufficiency put as the first
        # alternative, no 嗎 — the alternative after it is the "also", and the first is asked yes / no)
        return (head if head.rstrip().endswith(("?", "？")) else head + "?"), text[m.end():]
    return None


# The person proposing to do it themselves ("醫院自己測", "自行辦理", "can we do it in-house?") …
_OWN_DOING = re.compile(r"自己|自行|我們來|本院自|\b(?:ourselves|myself|themselves|in-house|our own staff|by ourselves)\b", re.I)
# … met by a text naming who does it ("由本署與…指派人員進行", "由本會認定").
_AGENT_SET = re.compile(r"由[^，,。；]{1,30}?(?:進行|辦理|執行|負責|認定|審查|核發|指派)")


# A sentence's own enumerator ("十四、", "1、", "(2)", "乙、", "第二條 "): the citation after the line names the clause.
_ENUMERATOR = re.compile(r"^\s*(?:第[零一二三四五六七八九十百]+條\s*|[(（]?[0-9一二三四五六七八九十甲乙丙丁]{1,3}[)）、]\s*)")


def _bare(sentence: str) -> str:
    """The sentence as a line: no enumerator before it, no 。；:： after it."""
    return _ENUMERATOR.sub("", sentence.strip()).rstrip("。；;:： ")


_SAME = re.compile(r"同|一樣|比照|準用|\bsame\b", re.I)
_LIST = re.compile(r"[^，,。]{1,30}(?:或|及|、)[^，,。]{1,30}")
_ADVISED = re.compile(r"建議|鼓勵")
_JUDGEMENT = re.compile(r"[依視][^，,。；]{0,30}程度|視[^，,。；]{0,8}(?:情況|需要|而定)|酌予|酌情")
_FIGURE_STATED = re.compile(r"\d\s*(?:分|案|例|篇|小時|%)")


_CAP_STATED = re.compile(r"上限|下限|不得(?:累積|累计)?超過|最多|至多|以[^，,。；]{0,8}為限|門檻")


_EN_CAP = re.compile(r"\b(?:max(?:imum)?|cap(?:ped)?|ceiling|at most|no more than|limit(?:ed)?|up to)\b", re.I)


def _asked_segment_first(body: str, question: str, zh: bool) -> str:
    """A gist stating several figures ("…上限 40 案，每輛…最多 3 人", "…30 credits first author…; …max 60 a year") with
    the one the question asks about first: the figure in the unit asked ("幾個放射師": 人), or the cap for "is there a
    max?". Unchanged when the first segment already holds it or none does."""
    parts = [p for p in re.split(r"(?<=[；;])\s*", body) if p.strip()]
    joiner = "；" if zh else "; "
    if len(parts) < 2 and zh:
        parts, joiner = [p for p in re.split(r"(?<=[，])", body) if p.strip()], "，"
    elif len(parts) < 2:
        parts, joiner = [p for p in re.split(r",\s+and\s+", body) if p.strip()], ", and "
    if not 2 <= len(parts) <= 4 or not all(re.search(r"\d", p) for p in parts):
        return body
    unit = "人" if ASKS_PEOPLE.search(fold(question)) else _asked_unit(question)
    limit = bool(ASKS_LIMIT.search(fold(question)) or re.search(r"最多|至多|上限|最高|\b(?:at most|max(?:imum)?|cap|ceiling)\b",
                                                                  fold(question)))

    def signal(part: str) -> int:
        said = fold(part)
        return 2 * bool(unit and _states_unit(said, unit)) + bool(limit and (_CAP_STATED.search(said) or _EN_CAP.search(part)))

    best = max(range(len(parts)), key=lambda i: (signal(parts[i]), -i))
    if best == 0 or signal(parts[best]) <= signal(parts[0]):
        return body
    moved = parts[best].rstrip("；;，, ")
    moved = moved[:1].upper() + moved[1:]
    rest = [p.rstrip("；;，, ") for i, p in enumerate(parts) if i != best]
    rest = [r if zh or r[:2].isupper() else r[:1].lower() + r[1:] for r in rest]
    return joiner.join([moved, *rest])


_LATIN_WORD = re.compile(r"[a-z]{4,}")


# An example named ("例如 iliac vein stent", "比如說 TIPS", "像是 PTA 這種", "e.g. IVC filter"): the Latin words up to the next break.
_EXAMPLE_NAMED = re.compile(r"(?:例如|比如(?:說|说)?|譬如|像是|好比|\be\.?g\.?|\bsuch\s+as\b|\blike\b)[\s:：,，]*(?:[a-z][a-z0-9/-]*\s*){1,5}",
                            re.I)
_CAPS_NAME = re.compile(r"(?<![A-Za-z])[A-Z]{3,6}(?![A-Za-z])")
# An English word with a Chinese count noun after it ("case數", "paper 數量", "film量"): the person's word for a count of
# the thing (個案數), never a word of the regulation's own text ("case report").
_COUNTED_WORD = re.compile(r"(?<![a-z])[a-z]+\s*(?:數量|数量|數|数|量)", re.I)
# The names in capitals that the questions about a whole regulation share (its body, its credits, its papers).
_EVERY_CLAUSE_NAMES = frozenset({"hpa", "tsa", "tsir", "cme", "sci", "ir"})


def _literal_holder(read: list[Candidate], question: str) -> Candidate | None:
    """In a Chinese question, an English word of the regulation's own ("category", "poster") that a close hit's text
    holds and the best hit's does not: that hit, else None. (English questions share English words with every gist: in
    one, only a name in capitals counts — "our unit isn't FDA-cleared" met by the clause on units without FDA approval.)"""
    text = fold(question)
    if _CJK_RUN.search(text):
        # (an English name given as an example of the case, "例如 iliac vein stent", "像是 TIPS 這種", is the person's word for
        # the case to be placed, never the regulation's word: the domain list names it in Chinese)
        words = set(_LATIN_WORD.findall(_COUNTED_WORD.sub(" ", _EXAMPLE_NAMED.sub(" ", text)).lower()))
    else:  # (an English question: only a name typed in capitals, "isn't FDA-cleared", is the regulation's own word)
        words = {w.lower() for w in _CAPS_NAME.findall(question)} - _EVERY_CLAUSE_NAMES
    if not words:
        return None
    best = read[0]
    own = fold(best.clause.text).lower()

    def holds(w: str, t: str) -> bool:  # the word whole, or its plural ("stent" is not held by "stenting")
        return re.search(rf"(?<![a-z]){re.escape(w)}(?:s|es)?(?![a-z])", t) is not None

    return next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc
                 and c.score >= best.score * ANSWERING_SCORE
                 and any(holds(w, fold(c.clause.text).lower()) and not holds(w, own) for w in words)), None)


def _judged(text: str) -> bool:
    """The clause leaves its figure to judgement and states none ("視…與外科醫學之相關程度來核給積分")."""
    t = fold(text)
    return bool(_JUDGEMENT.search(t) and not _FIGURE_STATED.search(t))


def leaves_figure_open(question: str, text: str) -> bool:
    """The question asks for a fixed figure ("有固定給幾分嗎", "is there a set number of credits?") and the clause leaves it
    to judgement, stating no figure ("依…相關程度核給")."""
    t = fold(text)
    return bool(ASKS_FIXED.search(fold(question)) and _JUDGEMENT.search(t) and not _FIGURE_STATED.search(t))


# Two things joined in one grant ("第一作者及通訊作者積分 50 分", "座長或講者…"): a joiner between two short runs.
_JOINER = re.compile(r"及|和|與|与|或|、|/")
_COMPARED_SIDES = re.compile(r"(?:跟|和|與|与|同)(?=[^跟和與与同]*?(?:一樣|一样|相同|同樣|同样))|\bthe\s+same\s+as\b|\bsame\s+as\b", re.I)


def granted_jointly(question: str, said: str) -> bool:
    """Does the question ask whether two things it names are treated the same ("通訊作者跟第一作者分數一樣嗎", "is corresponding
    author the same as first author?"), and `said` grant both in one breath, joined ("每篇第一作者及通訊作者積分 50 分")? Then
    they are the same: one figure, one grant for both (no 同 / 一樣 of the text's own needed)."""
    q = fold(question)
    if not ASKS_SAME.search(q) or (m := _COMPARED_SIDES.search(q)) is None:
        return False
    left = question_terms(q[:m.start()]) - GENERIC
    right = question_terms(re.split(r"一樣|一样|相同|同樣|同样|\?|？", q[m.end():])[0]) - GENERIC
    left, right = {t for t in left - right if not t.isascii()}, {t for t in right - left if not t.isascii()}
    if not left or not right:
        return False
    text = fold(said)
    for j in _JOINER.finditer(text):
        before = re.split(r"[，,。；;]", text[max(0, j.start() - 6):j.start()])[-1]
        after = re.split(r"[，,。；;]", text[j.end():j.end() + 6])[0]
        rest = re.split(r"[，,。；;]", text[j.end():])[0]
        if re.search(r"\d", rest) and ((any(t in before for t in left) and any(t in after for t in right))
                                       or (any(t in before for t in right) and any(t in after for t in left))):
            return True
    return False


def _contrary_ask(piece: str, said: str) -> bool:
    """The asking piece is one a grant in `said` does not answer yes (see above)."""
    if ASKS_DIFFERENT.search(piece) and _SAME.search(said):
        return True
    if ASKS_SAME.search(piece) and not _SAME_RULE.search(said) and not granted_jointly(piece, said):
        return True
    first = re.split(r",?\s+or\b|還是|或是", piece)[0]  # "several at once or only one?": the first alternative asks
    # ("is it just the radiologists?", "只針對醫師嗎"): a text stating X does not make it X alone — only its own 限 / 僅 / 只 does
    if ASKS_ONLY.search(first) and _LIST.search(said) and not re.search(r"限|僅", said):
        return True
    if ASKS_ONLY_ONE.search(first) and not re.search(r"限|僅|只|隻|唯|\bonly\b", said, re.I):
        return True
    if ONLY_OR_ALSO.search(piece) and _LIST.search(said) and not re.search(r"限|僅", said):
        return True  # "is it just the background they check, or also the exam count?" met by a list of both: no "yes"
    if ASKS_FIXED.search(piece) and _JUDGEMENT.search(said) and not _FIGURE_STATED.search(said):
        return True
    return _advice_only(piece, said)


def _advice_only(piece: str, said: str) -> bool:
    """"Mandatory?" / "do I need to …?" met by advice alone (建議 / 鼓勵, and no 須 / 應): no requirement to answer yes
    ("陽性差異 45%，還要考跑片嗎" against 甲's "建議…參加…座談會")."""
    return bool((ASKS_REQUIRED.search(piece) or ASKS_NEED.search(piece)) and _ADVISED.search(said)
                and not re.search(r"須|應|必須", said))


# A rule stating that one thing follows another's rules (同…規定, 比照, 準用), not 同時 / 共同 / 不同.
_SAME_RULE = re.compile(r"(?<![不共如])同(?![時意步等一])|比照|準用|一樣|\bsame\b", re.I)


# Words of change ("每年都會調", "會不會每年改", "還是會變"): a question naming the change asks about it, not only "fixed?".
_CHANGE_WORD = re.compile(r"調|改|變|修|\b(?:chang|adjust|revis|updat)", re.I)


def _asks_change(question: str) -> bool:
    """A piece of the question other than the one asking "fixed?" (and other than one asked only "if so") names a change."""
    pieces = [p for p in PIECES.split(fold(question)) for p in re.split(r"還是|还是|或是|\bor\b", p) if p.strip()]
    # (read clause by clause: a change the person reports before asking something else — "聽說會改，改了會怎麼通知" — or
    # names in a wh-ask of its own — "改了會怎麼通知", "how would we find out" — asks no yes / no about the change, and the
    # "fixed?" asked is still denied by it; a report that ends the question — "…固定的嗎？聽說每年都會調" — is offered for
    # confirmation, and an A-not-A — "會不會每年改，改了會怎麼通知" — asks it)
    clauses = [c for p in pieces for c in re.split(r"[，,]", p) if c.strip()]
    return any(_CHANGE_WORD.search(c) and not ASKS_FIXED.search(c) and not IF_SO.match(c) and
               not (_REPORTED_CHANGE.match(c) and k < len(clauses) - 1) and not ZH_WH.search(c) and not EN_WH.search(c)
               for k, c in enumerate(clauses))


_REPORTED_CHANGE = re.compile(r"\s*(?:我)?(?:聽說|听说|據說|据说|聽人說|听人说|好像|有人說|有人说)[^嗎吗?？]*$|"
                              r"\s*(?:i\s+)?(?:heard|hear|was told|someone said)\b[^?]*$", re.I)


def _denied_by_grounds(piece: str, said: str, change_asked: bool = False) -> bool:
    """The contrary ask is answered no by what the text states: "different?" by the rule that one follows the
    other's (同…規定 / 比照), "mandatory?" by advice alone (建議 / 鼓勵 and no 須 / 應). (The line quotes that ground:
    evals.first_line counts it as the denial's support.)"""
    if ASKS_DIFFERENT.search(piece) and _SAME_RULE.search(said):
        return True
    if ASKS_FIXED.search(piece) and _JUDGEMENT.search(said) and not _FIGURE_STATED.search(said):
        return True  # "a fixed value?" met by "依…相關程度核給": no, it depends
    if ASKS_FIXED.search(piece) and _CHANGES.search(said) and not change_asked:
        return True  # "are the standards fixed?" met by "標準將逐年調整": no, they change
    return _advice_only(piece, said)


# A text saying the rule itself changes ("標準將逐年調整", "如有修正另行公告"): what "fixed?" is denied by.
_CHANGES = re.compile(r"(?:逐年|隨時|每年|定期|得|將|視需要)(?:予以)?(?:調整|修正|修訂|變更)")


_PRONOUN_TERMS = frozenset({"這樣", "那樣", "這個", "那個"})


# Categories a rule treats a case as, each with its contrary ones: asked to be treated as one ("當國際會議算嗎", "count
# like overseas conferences?") and treated by the text as its contrary ("以參加國內會議來認定"), the answer is no.
CATEGORY_CONTRARIES = {"國內": frozenset({"國際", "國外"}), "國際": frozenset({"國內"}), "國外": frozenset({"國內"})}
_CATEGORY_EN = {"international": "國際", "overseas": "國外", "foreign": "國外", "abroad": "國外", "domestic": "國內"}
_TREATED_AS_ASKED = re.compile(r"(?:當成|當作|当成|当作|算成|算作|視為|视为|視同|比照|當|当|照|按)\s*(國內|國際|國外|国内|国际|国外)|"
                               r"\b(?:as|like)\s+(?:an?\s+|the\s+)?(international|overseas|foreign|domestic)\b|"
                               r"\b(?:count|counted|treated|credited|recogni[sz]ed)\s+(?:as\s+)?(abroad)\b|"
                               # sameness asked of a category ("跟國際會議一樣給分嗎", "the same as an international meeting")
                               r"(?:跟|和|與|与|同)[^，,。？?]{0,8}?(國內|國際|國外|国内|国际|国外)[^，,。？?]{0,10}?(?:一樣|一样|相同|同樣|同样)|"
                               r"\bsame\s+(?:\w+\s+){0,2}?as\s+(?:an?\s+|the\s+)?(international|overseas|foreign|domestic)\b", re.I)
_TREATED_IN_TEXT = re.compile(r"(?:以|比照|視為|視同|依)(?:參加)?\s*(國內|國際|國外)(?:性)?[^，,。；]{0,6}?(?:來)?(?:認定|計算|核給|辦理)")


def _treated_otherwise(question: str, text: str) -> bool:
    """The question asks whether its case is treated as one category, and the text treats it as a contrary one."""
    asked = _TREATED_AS_ASKED.search(question)
    treated = _TREATED_IN_TEXT.search(text)
    if asked is None or treated is None:
        return False
    word = next(g for g in asked.groups() if g)
    category = _CATEGORY_EN.get(word.lower(), word.replace("国内", "國內").replace("国际", "國際").replace("国外", "國外"))
    return treated.group(1) in CATEGORY_CONTRARIES.get(category, frozenset())


# The kinds a last piece may ask after an earlier piece asking whether ("可以加倍嗎？要附什麼證明？", "can I apply for both?
# and what window …?"): the line answers yes / no first, its body the rest.
_ASKED_AFTER_WHETHER = ("consequence", "documents", "period", "number")


# An English yes / no joined to a wh-question in one sentence ("do I get double, and what proof do I send?", "does it
# count, and how many points a month?"): two pieces, read as if a question mark stood between them.
_EN_AND_WH = re.compile(r",?\s+and\s+(?=(?:what|how|which|who|where|when)\b)", re.I)


# Two English yes / no asks joined in one sentence ("do my points get doubled, and is there anything I have to send in?",
# "can I claim both, and do I need proof?"): the second starts with its own auxiliary after ", and".
_EN_AND_AUX = re.compile(r",\s*and\s+(?=(?:is|are|do|does|did|can|could|should|must|will|would|have|has)\s+"
                         r"(?:there|i|we|you|they|he|she|it|my|our|the|that|this)\b)", re.I)


# A last piece that supposes another case and asks what then ("如果全部機器都複測不過呢", "那全部都沒過呢", "what if every unit fails?").
_SUPPOSED_AFTER = re.compile(r"^\s*(?:那|那麼|那么)?\s*(?:如果|假如|若是|若|要是|萬一|万一)[^?？]*(?:呢|怎麼辦|怎么办|會怎樣|会怎样)?\s*[?？]?\s*$|"
                             r"^\s*(?:and\s+|but\s+)?what\s+(?:if|about\s+if)\b", re.I)


def _before_supposed(question: str) -> str | None:
    """The pieces before a last one that supposes another case (`_SUPPOSED_AFTER`), when they ask yes / no; else None."""
    pieces = question_pieces(fold(question))
    if len(pieces) < 2 or not _SUPPOSED_AFTER.match(pieces[-1]):
        return None
    before = "".join(pieces[:-1]).strip()
    return before if answer_kind(before) == "yes_no" else None


def first_joined_yes_no(question: str) -> str:
    """The first of two English yes / no asks joined by ", and" ("Do my points get doubled, and is there anything I
    have to send in for that?" → "…Do my points get doubled?"): the one the line answers yes / no, the body stating the
    rest; the whole question otherwise (a Chinese one, one ask, or a first piece that asks no yes / no)."""
    if question.isascii() and (asks := re.match(r"\s*([^?]+\?)\s*(\S.*)$", question)) and \
            PREPARE.search(asks.group(2)) and not PREPARE.search(asks.group(1)) and answer_kind(asks.group(1)) == "yes_no":
        return asks.group(1)  # "will they check the PACS? should we get it ready?": the check asked, then getting ready
    if question.isascii() and (wh := _EN_AND_WH.search(question)) is not None and "?" not in question[:wh.start()] and \
            answer_kind(first := question[:wh.start()].rstrip(" ,") + "?") == "yes_no" and \
            WH_ASKS_ITSELF.match(question[wh.end():]):
        return first  # "do both need to attend the QC meeting, and what if they skip it?": the yes / no asked first is
        # the one the line leads with (the wh-ask after it is the body's: what follows, when, which)
    if not question.isascii() or (joined := _EN_AND_AUX.search(question)) is None:
        return question
    if not _PAPERWORK_ASKED.search(question[joined.end():]):
        return question  # "does it count as international, and does it fall under the cap?": two rulings asked, read
        # together as before (the line's yes / no may come from either)
    first = question[:joined.start()].rstrip(" ,") + "?"
    return first if answer_kind(first) == "yes_no" else question


# A second ask about what to hand in or do for it ("is there anything I have to send", "do I need to file a form?").
_PAPERWORK_ASKED = re.compile(r"\b(?:anything|send|file|submit|attach|paperwork|forms?|proof|documents?|copies|copy|report|"
                              r"hand in|mail)\b", re.I)


def _yes_no_before_consequence(question: str) -> str | None:
    """A yes / no asked before the consequence ("可以用印章蓋嗎？被抓到會怎樣", "can a colleague sign for me? what happens
    if we're caught?"): the pieces before the last, which the line answers yes / no first (its body states what follows);
    None when no earlier piece asks yes / no."""
    pieces = question_pieces(fold(question))
    if pieces and (joined := _EN_AND_WH.search(pieces[-1])):
        last = pieces.pop()
        pieces += [last[:joined.start()] + "?", last[joined.end():]]  # "do I get double, and what proof …?"
    if len(pieces) < 2:
        return None
    before = "".join(pieces[:-1]).strip()
    if answer_kind(before) not in ("yes_no", "choice"):
        return None
    # ("可以蓋章嗎？或是請學弟代簽？被抓到會怎樣": two courses asked before it are read together, and only a bar is given —
    # `_line`: a grant of one says nothing of the other)
    return before


# The kinds an earlier piece may ask before a last piece asking yes / no ("國健署會怎樣？可以隨時抽片嗎", "算在哪一類？腫瘤
# 栓塞那類嗎", "what happens then? can they pull images any time?"): the line answers the yes / no first, its body the rest.
_CONFIRMED_AFTER = ("consequence", "where", "definition", "other")


# A Chinese guess offered after a wh-ask, said as a statement with a question mark ("…怎麼算的？所有抽到的片子平均？",
# "…誰來審？國健署自己？"): whether the guess is so — a yes / no (never a bare noun, "月會？", nor a 呢 of another thing).
_GUESS_CHARS = 4
_GUESS_WORDS = 5  # an English guess this long states a reading of its own ("…the lower of the two?"), not a noun


def offered_guess(before: str, piece: str) -> bool:
    """`piece` (folded) is a guess offered for confirmation after the wh-ask `before`."""
    bare = piece.strip()
    if bare.isascii():  # "how is it picked? best set per breast type then the lower of the two?": a guess with no
        # question word or auxiliary of its own, after a wh-ask
        return bool(bare.endswith("?") and before.isascii() and EN_WH.match(before.strip()) and not EN_WH.search(bare)
                    and not AUX_FIRST.match(bare) and not re.search(r"\bor\b", bare, re.I)
                    and len(re.findall(r"[a-z]+", bare, re.I)) >= _GUESS_WORDS)
    return bool(not bare.isascii() and bare.endswith(("?", "？")) and ZH_WH.search(before) and not ZH_WH.search(bare)
                and not ZH_YES_NO.search(bare) and not re.search(r"呢|還是|还是|或是", bare)
                and len("".join(_CJK_RUN.findall(bare))) >= _GUESS_CHARS)


def yes_no_after(question: str) -> str | None:
    """The last piece of a question, when it asks yes / no after earlier pieces that ask something else (a consequence,
    which category, what): the piece the line answers yes / no first; None for one piece, or a last piece asking other."""
    pieces = [p for p in question_pieces(fold(question)) if p.strip()]
    if len(pieces) < 2 or (answer_kind(pieces[-1]) != "yes_no" and not offered_guess(pieces[-2], pieces[-1])):
        return None
    if answer_kind("".join(pieces[:-1]).strip()) in ("yes_no", "choice"):
        return None  # (two yes / no pieces are the whole question's: `answer_kind` read them)
    return pieces[-1]


def _same_or_separate(first: str, said: str) -> bool:
    """"Are they graded the same as the in-hospital techs, or a separate scheme?" met by a text stating the same rules
    (同…規定 / "the same rules"): the first alternative is what the text says, a yes."""
    return bool(ASKS_SAME.search(first) and _SAME_RULE.search(said))


# A text's own case that changes its figure ("刊出若為病例報告，積分減半", "…者，積分得加倍計算"), and the question's own
# word for the change (it then asks about the change itself: "病例報告是不是減半").
_FIGURE_CHANGED_FOR = re.compile(r"(?:若為|如為|若是|如果是)\s*([\u4e00-\u9fffa-z ]{2,10}?)\s*[，,]?\s*(?:其)?(?:積分|分數)?\s*(減半|加倍)")
_CHANGE_ASKED = re.compile(r"減半|减半|打折|一半|半數|加倍|兩倍|雙倍|\b(?:half|halved|halves|double|doubled|twice)\b", re.I)


_HELD_FIGURE = re.compile(r"\b(?:full|still(?:\s+(?:worth|get|earn|be|is))?|worth)\s+(?:the\s+)?(?:full\s+)?([0-9]+)\b(?!\s*(?:times|papers|cases|%))",
                          re.I)


def _held_figure(question: str) -> set[int]:
    """The bare figures an English question asks to hold ("the full 50", "still worth 30"): no unit after them, so
    `_STATED_FIGURE` does not read them."""
    return {int(n) for n in _HELD_FIGURE.findall(question)}


def figure_changed_for_case(question: str, source: str) -> bool:
    """The question names the case a text changes its figure for (病例報告 → 減半) and asks whether the text's unchanged
    figure still holds ("SCI 論文如果是病例報告，還是拿 50 分嗎", "is a case report still worth the full 50?"): the
    answer is no, whatever the text grants. False when the question states the changed figure (25) or names the
    change itself ("是不是減半")."""
    from knowledge.lexical import expand_query  # noqa: PLC0415 (as `question_terms`)

    asked, text = fold(question), fold(source)
    if _CHANGE_ASKED.search(asked):
        return False
    stated = numbers_in(question) - {1}
    full = bool(_FULL_ASKED.search(asked))  # "do case reports get full credit?": the unchanged figure, unnamed
    for m in _FIGURE_CHANGED_FOR.finditer(text):
        case, change = m.group(1).strip(), m.group(2)
        # the figures the change applies to: those before it (not a yearly cap after it, "…不得超過 60 分")
        rates = numbers_in(_ENUMERATOR.sub("", text[:m.start()]))
        changed = {n * 2 for n in stated} if change == "減半" else {n / 2 for n in stated}
        if (case in asked or case in expand_query(question)) and \
                ((stated & rates and not changed & rates) or (full and change == "減半")):
            return True
    return False


# The unchanged figure asked for without its number ("full credit", "the full points", "全額", "全部的分數", "滿分").
_FULL_ASKED = re.compile(r"\bfull\s+(?:credits?|points?|marks?|score|value|amount|rate)\b|全額|全额|滿分|满分|全分|"
                         r"全部(?:的)?(?:分數|分数|積分|积分|學分|学分)|完整(?:的)?(?:分數|分数|積分|积分)", re.I)


def _lower_first(text: str) -> str:
    """'The society…' → 'the society…' after 'Yes: '; an acronym ('TSA', 'HPA') keeps its case."""
    return text if text[:2].isalpha() and text[:2].isupper() else text[:1].lower() + text[1:]


def _related(a: Clause, b: Clause) -> bool:
    return a.id.startswith(b.id + ".") or b.id.startswith(a.id + ".")


# A figure or a period asked for and not in the best hit's sentence nor its gist: a close hit whose sentence states
# one, sharing as much of the question, answers ("抽選片是抽多久以內拍的" — the note on the sampled score states no
# period; 一(三)2 "過去一年內所拍攝" does).
ANSWERING_KINDS = ("period", "number")
ANSWERING_SCORE = 0.75  # of the best hit's retrieval score
ANSWERING_DEPTH = 2  # the hits after the best that may answer in its place


_BEFORE_WINDOW = re.compile(rf"前\s*[「『\"]?\s*(?:{_NUM}|半)\s*(?:個)?(?:年|個月|月|天|日|週)|(?:{_NUM}|半)\s*(?:個)?(?:年|個月|月|天|日|週)\s*(?:前|以前|之前)")


_EN_UNIT_ZH = {"image": "張", "film": "張", "picture": "張", "case": "案", "screening": "案", "exam": "案", "paper": "篇",
               "article": "篇", "credit": "分", "point": "分", "hour": "小時", "day": "天", "people": "人", "person": "人",
               "radiographer": "人", "time": "次", "unit": "台", "set": "組"}
_SAME_COUNT = {"例": "案", "名": "人", "位": "人"}


def _asked_unit(question: str) -> str | None:
    text = fold(question)
    if m := ASKED_UNIT_ZH.search(text):
        return _SAME_COUNT.get(m.group(1), m.group(1))
    if m := ASKED_UNIT_EN.search(text):
        word = m.group(1).lower()
        return _EN_UNIT_ZH.get(word if word == "people" else word.rstrip("s"), None)
    return None


# A case stated by what did not happen because someone would not ("refused surgery", "拒絕手術").
_REFUSED = re.compile(r"\b(?:refus\w*|declin\w*|skipp\w*|without)\b|拒絕|拒绝|不願|不愿|放棄|放弃", re.I)
# The words people use for an act the text names otherwise (開刀 for 手術).
_SAME_ACT = {"開刀": "手術", "動刀": "手術"}


def _row_holding_value(read: list[Candidate], question: str) -> Candidate | None:
    """The close hit of the best one's regulation whose band holds a value the question states, when the best one
    states bands (it is a row of that table) none of which holds it."""
    from knowledge.ranges import band_spans, value_in_band

    best = read[0]
    if not band_spans(best.clause.text or "") or value_in_band(question, best.clause.text):
        return None
    return next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc
                 and c.score >= best.score * ANSWERING_SCORE and value_in_band(question, c.clause.text or "")), None)


def _row_stating_bound(read: list[Candidate]) -> Candidate | None:
    """The close hit of the best one's regulation stating the open bound or range the question states (its "span"
    ranking, knowledge.ranges), when the best one is a row of bands that does not — a bound is no value a band holds,
    so `_row_holding_value` cannot place it."""
    from knowledge.ranges import band_spans

    best = read[0]
    if "span" in best.via or not band_spans(best.clause.text or ""):
        return None
    spans = [c for c in read[1:1 + ANSWERING_DEPTH] if "span" in c.via]
    if len(spans) != 1 or spans[0].clause.doc != best.clause.doc or spans[0].score < best.score * ANSWERING_SCORE:
        return None
    return spans[0]


def _band_row_stated(c: Candidate, question: str) -> bool:
    """`c` is a band row restating the band (or holding the value, or the whole range) the question states
    (`_restates_band`)."""
    parts = _clauses_of(c.clause.text or "")
    return bool(parts) and _restates_band(question, parts[0][0])


def case_band_row(question: str, clause: Clause) -> bool | None:
    """For a band row (甲、/ 乙、… stating bands): whether it is the row of the case the question states (its band restated,
    or a value of the question inside it — `_restates_band`); None for a clause that is no band row."""
    parts = _clauses_of(clause.text or "")
    if not parts or not _STEM_ROW.match(fold(parts[0][0])) or not _BAND.search(fold(parts[0][0])):
        return None
    return _restates_band(question, parts[0][0])


def _band_row_holder(read: list[Candidate], question: str) -> Candidate | None:
    """The close hit of the best one's regulation that is a band row restating the band the question states
    (`_restates_band`: "above 20%" against "丙、…陰性個案複判差異超過 20%"), when the best one is not."""
    def restates(c: Candidate) -> bool:
        parts = _clauses_of(c.clause.text or "")
        return bool(parts) and _restates_band(question, parts[0][0])

    best = read[0]
    if restates(best):
        return None
    rows = [c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc
            and c.score >= best.score * ANSWERING_SCORE and restates(c)]
    return rows[0] if len(rows) == 1 else None


# A quantifier over all things ("每台…都", "所有", "全部", "all", "none of", "every"): met by the text's 所有 / 皆 / 全數.
_ALL_SAID = re.compile(r"每[台臺部位個]|所有|全部|全都|全數|都|\b(?:all|every|each|none)\b", re.I)
CONDITION_MATCH = 3  # shared specific terms (a negation both state counting 2) for the question to state a condition


# A duty a row lays on its case with words between ("須分別於下次後續審查前完成參加…討論會"): a consequence of that case.
_DUTY_OF_ROW = re.compile(r"(?:須|應)[^，,。；;]{0,20}?(?:參加|完成|接受)")


_GRADE_WORD = re.compile(r"等?[a-e]?等?", re.I)


def stated_condition(clause: Clause, question: str) -> tuple[int, str] | None:
    """The clause's condition the question states, with its consequence ("若所有乳房 X 光攝影儀皆未通過複測，取消醫療機構資格"
    for "每台複測都沒通過會怎樣"): (how well it matches, the condition and its consequence), the best match of at least
    `CONDITION_MATCH`; None for no such condition or a tie between two consequences."""
    q_terms = question_terms(question)
    q_negated = bool(_QUESTION_NEGATED.search(_A_NOT_A.sub("", fold(question))))
    q_all = bool(_ALL_SAID.search(fold(question)))
    q_grades = _asked_grades(question)
    found: list[tuple[int, str]] = []
    for sentence in sentences(clause.text or ""):
        parts = _clauses_of(sentence)
        for i, (text, is_condition) in enumerate(parts):
            after = next((t for t, c in parts[i + 1:] if not c), None)
            if not is_condition or after is None or not (KIND_NEEDS["consequence"].search(after) or
                                                         _DUTY_OF_ROW.search(after)):
                continue
            # (conditions joined before one consequence are one case: "任一項 B 或 C 等：若係人為因素導致，…須…參加" — the
            # question's "有一項C，是人為因素" states both, and their shared terms add up)
            joined = [text, *(t for t, c in itertools.takewhile(lambda p: p[1], parts[i + 1:]))]
            if i > 0 and parts[i - 1][1]:
                continue  # (the run is read once, from its first condition)
            text = "，".join(joined)
            # (a grade's own words, "等", "等b", count once, as the grade's point below: never as shared terms too)
            shared = len({t for t in (q_terms & _terms(text)) - GENERIC if not _GRADE_WORD.fullmatch(t)})
            if not shared:
                continue
            score = shared + 2 * (q_negated and bool(_NEGATED_CONDITION.search(text))) + \
                (q_all and bool(re.search(r"所有|全部|全數|皆|均", text))) + bool(q_grades & _said_grades(text))
            found.append((score, f"{_in_original(clause.text, re.sub(r'^(?:另，?)', '', text))}，"
                                 f"{_in_original(clause.text, after)}"))
    if not found:
        return None
    top = max(score for score, _ in found)
    best = [said for score, said in found if score == top]
    return (top, best[0]) if top >= CONDITION_MATCH and len(set(best)) == 1 else None


def _in_original(text: str, folded: str) -> str:
    """The words of the (unfolded) `text` that the folded segment `folded` was read from (the quote keeps 「X 光」),
    or the segment itself when folding changed more than letter case."""
    found = re.search(re.escape(folded), text, re.I)
    return found.group(0) if found else folded


def _other_grades(grades: set[str], said: str) -> bool:
    """A condition for grades (評等為 A、B、C 者) none of which the question's own grade is ("有一項D"): not its case."""
    named = _said_grades(said)
    return bool(grades and named and not grades & named)


def _stated_condition_holder(read: list[Candidate], question: str) -> Candidate | None:
    """For a consequence asked of a case (Chinese), the close hit of the best one's regulation holding a condition the
    question states better than the best one's own does."""
    if question.isascii():
        return None
    best = read[0]
    if _band_row_stated(best, question):
        return None  # "複判陽性差異超過六成會怎樣?是馬上停嗎還是等下次後審" met first by 丙 (超過 60%): the row whose band the
        # question states is the case's — another row's condition sharing the words of a course offered (下次後續審查) is not
    own = stated_condition(best.clause, question)
    grades = _asked_grades(question)
    # (the best one's own rows naming the question's grade, "任一項 D 等：…停止攝影" for "有一項評等是D": a rival must state
    # the question's case by its words alone, its grade's point aside)
    own_grade = bool(grades & _said_grades(fold(best.clause.text or "")))
    rivals = [(m[0], c) for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc
              and c.score >= best.score * ANSWERING_SCORE and (m := stated_condition(c.clause, question)) is not None
              and not _other_grades(grades, m[1])
              and not (own_grade and m[0] - bool(grades & _said_grades(m[1])) < CONDITION_MATCH)]
    if not rivals:
        return None
    top = max(score for score, _ in rivals)
    if own is not None and own[0] >= top:
        return None
    return next(c for score, c in rivals if score == top)


def _holds_item(read: list[Candidate], question: str) -> Candidate | None:
    """For a question asking whether something includes an item, the close hit of the best one's regulation that states
    an inclusion holding the item, when the best one does not hold it."""
    piece = yes_no_piece(fold(question))
    best = read[0]

    def holds(c: Candidate) -> bool:
        text = " ".join(x for x in (fold(c.clause.text), fold(c.clause.gist_en or "")) if x)
        return bool(items_on_list(piece, c.clause, strict=False, exclusion=True)) and bool(_INCLUSION.search(text))

    if items_on_list(piece, best.clause, strict=False, exclusion=True) is not False:
        return None
    return next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc
                 and c.score >= best.score * ANSWERING_SCORE and holds(c)), None)


_FAILED = re.compile(r"([沒没未])過")
_FAILED_EN = re.compile(r"\b(?:did(?: not|n'?t) pass|(?:has|have|was|were)(?: not|n'?t) passed|not pass(?:ed)?)\b", re.I)
# ("failed" is not: a failed inspection is the text's 未合格, a failed indicator its 未通過 — the word does not say which)
# The hits after the best that may rule on the negated case in its place: a text naming the very case ("…未通過者") is a
# narrower cue than a figure or a period, so it is looked for one hit further down.
NEGATED_CASE_DEPTH = 3
SUBJECT_CHARS = 8  # the text before a bare 未通過者 that names what failed


# The sanction of a duty's breach, said after the duty in the same sentence ("…須…參加…討論會，…違者取消機構資格"): the one
# who did not do what the sentence requires is its 違者.
_BREACH = re.compile(r"違者|違反者|未依規定(?:辦理)?者|未(?:參加|出席|完成|接受|繳交|提出)者")  # (未參加者: who did not do the act)
BREACH_SHARED = 2  # the terms of the act not done that the duty must hold (one shared word, 乳攝, names no act)
# The act a duty requires: what follows its verb up to the next comma ("完成參加示範醫院乳攝品管討論會"). The sentence's
# subject (負責放射師) and its time frame (下次後續審查前) are not the act: "放射師學分沒達到後續審查表的要求" and
# "沒有放射科醫師" share them and skipped no seminar.
_DUTY_ACT = re.compile(r"(?:參加|出席|完成|接受|繳交|提出|辦理)([^，,]+)")


def _breach_ruled(text: str, denied: set[str]) -> bool:
    """Does a sentence of `text` require the act the question says was not done (`denied`, the terms of the act) and rule
    on its breach (`_BREACH`)? "skipped the QC seminar" met by "…須…參加…品管討論會…違者取消機構資格"."""
    for sentence in re.split(r"[。；;\n]", text):
        if (m := _BREACH.search(sentence)) is None:
            continue
        acts = {t for a in _DUTY_ACT.finditer(sentence[:m.start()]) for t in _terms(a.group(1))}
        if len(acts & denied) >= BREACH_SHARED:
            return True
    return False


def _negated_case(read: list[Candidate], question: str) -> Candidate | None:
    """For a question stating a case by its negation ("沒做手術", "never had surgery", "未滿 6 年"), the close hit of the
    best one's regulation whose text rules on that negated case ("無手術者，應說明…"), when the best one's does not."""
    question = _FAILED.sub(r"\1通過", fold(question))  # ("沒過", "没过": the text's 未通過)
    text = _A_NOT_A.sub("", question)
    if not (_QUESTION_NEGATED.search(text) or _REFUSED.search(text)):
        return None
    denied = set(_denied_terms(question))
    for m in _REFUSED.finditer(text):  # "refused surgery", "拒絕手術": what was refused
        if span := _DENIED_SPAN.match(text, m.end()):
            denied |= question_terms(m.group(0) + span.group(0))  # (with its verb: "refused surgery" is 手術)
    if _FAILED_EN.search(text):
        denied.add("通過")  # "our indicators did not pass": the text's 未通過者
    denied = {_SAME_ACT.get(t, t) for t in denied} - GENERIC
    if not denied:
        return None

    q_terms = question_terms(question)

    def rules_on(c: Candidate, window: int) -> bool:
        # the words the text negates in a case ("無手術者" → 手術), against what the question negates; a bare 未通過者
        # (what failed is named before it) only when that is the question's too ("指標未通過者" for "指標沒過", not for
        # "品保檢查沒過", whose own clause says 未合格)
        text = fold(c.clause.text or "")
        if "如期" in denied and _UNTIMELY_CONDITION.search(text):
            return True  # "not re-checked in time" (如期) met by "若未於該會規定時間內完成改善": the text's own words for
            # a thing not done in time rule on the case, as 未能如期 does
        for m in re.finditer(rf"[無未沒没不非]([^，,；;。()（）]{{1,{window}}}?)者", text):
            shared = _terms(m.group(1)) & denied
            if shared and (shared != {"通過"} or (q_terms & _terms(text[max(0, m.start() - SUBJECT_CHARS):m.start()])) - GENERIC):
                return True
        return _breach_ruled(text, denied)


    best = read[0]
    if rules_on(best, 30):
        return None
    return next((c for c in read[1:1 + NEGATED_CASE_DEPTH] if c.clause.doc == best.clause.doc
                 and c.score >= best.score * ANSWERING_SCORE and rules_on(c, 6)), None)


def _asking_pieces(question: str) -> list[tuple[str, AnswerKind]]:
    """Each asking piece of the question with the answering kind it asks for (`asked_kinds`), in order."""
    return list(_asking_pieces_of(question))


@per_answer(RECENT_TEXTS)
def _asking_pieces_of(question: str) -> tuple[tuple[str, AnswerKind], ...]:
    """`_asking_pieces`, remembered within one answer (a new list each call: the callers' own)."""
    text = fold(question)
    pieces = [p for p in re.split(r"(?<=[?？])|[。！!；;，,]|\band\s+(?=how|what|when)", text, flags=re.I) if p and p.strip()]
    found: list[tuple[str, AnswerKind]] = []
    for piece in pieces:
        if not (ASKING.search(piece) or ZH_WH.search(piece) or HOW_OFTEN.search(piece)):
            continue
        k = "period" if HOW_OFTEN.search(piece) else answer_kind(piece)
        if k == "number" and COUNT_LOOKED_AT.search(piece):
            continue  # "拍了多少案這件事，也算…嗎": the count names what is checked, it is not asked
        if k in ANSWERING_KINDS:
            found.append((piece, k))
    return tuple(found)


def asked_kinds(question: str) -> list[AnswerKind]:
    """The answering kinds (a period, a figure) each asking piece of the question asks for, in order, without repeats:
    "外專證書多久要展延一次？總共要幾分" → period, number; "how long is it valid and how many points?" → period, number."""
    return list(dict.fromkeys(k for _, k in _asking_pieces(question)))


def _meets_need(c: Candidate, kind: str, question: str) -> bool:
    said = fold(" ".join(x for x in (c.sentence, c.clause.gist_zh or "") if x))
    if kind == "number" and (unit := _asked_unit(question)) is not None:
        return _states_unit(said, unit)
    return bool(KIND_NEEDS[kind].search(said))


def _figure_asked_first(read: list[Candidate], question: str) -> Candidate | None:
    """For a yes / no question whose earlier piece asks a figure or a period ("How many credits do I need in the 6 years?
    and is a blank year a problem?", "總共要幾分？中間有一年掛零可以嗎"), the close hit of the best one's regulation
    that states what the earlier piece asks, when the best one does not; None otherwise."""
    kinds = asked_kinds(question)
    best = read[0]
    if not kinds or all(_meets_need(best, k, question) for k in kinds):
        return None
    return next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc
                 and c.score >= best.score * ANSWERING_SCORE and c.overlap >= best.overlap / 2
                 and all(_meets_need(c, k, question) for k in kinds)), None)


def _documents_note(question: str, best: Candidate, corpus: Corpus) -> Clause | None:
    """For a question asking a figure and the documents that claim it, when the best clause states the figure: its own
    note naming the documents (5.4 備註一 "須檢附會議參加證影本"); None otherwise."""
    kinds = [k for _, k in _asking_pieces(question)]
    if "number" not in kinds or not _meets_need(best, "number", question) or not _DOCUMENTS_ASKED.search(fold(question)):
        return None
    return next((k for k in corpus.children(best.clause.id) if ".n" in k.id
                 and KIND_NEEDS["documents"].search(fold(k.text))), None)


# the documents asked ("要交什麼證明", "需要附哪些文件", "what paperwork", "what do I need to send in")
_DOCUMENTS_ASKED = re.compile(r"(?:交|附|繳|提供|送)[^，,。？?；;]{0,6}?(?:什麼|什么|哪些|哪種|哪种)|(?:什麼|什么|哪些)(?:證明|证明|文件|資料|资料)|"
                              r"\b(?:what|which)\s+(?:documents?|proof|paperwork|forms?)\b|"
                              r"\bwhat\s+(?:\w+\s+){0,2}?(?:do|should|must)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?"
                              r"(?:attach|enclose|include|submit|upload|send(?:\s+in)?|hand\s+in|provide)\b", re.IGNORECASE)


# a yes / no asked after the figure, its mark left off ("離島能不能加倍", "可不可以抵"): more is asked
_ASKED_AFTER = re.compile(r"[?？]|嗎|吗|(?:能|可|會|会|是|有|要|算)不(?:能|可以|會|会|是|有|要|算)")


def _figure_beside(read: list[Candidate], best: Candidate, question: str) -> Candidate | None:
    """For a question whose first asking piece asks a figure the best clause does not state, another piece asking more
    ("How many points is a monthly meeting normally, and do island docs get it doubled?", "月會一次幾分？離島可以加倍嗎"), the
    close hit of its regulation, apart from it, that states the figure — answered beside it, not in its place; else None."""
    pieces = _asking_pieces(question)
    if not pieces or pieces[0][1] != "number" or _meets_need(best, "number", question) or leaves_figure_open(question, best.clause.text):
        return None  # (no fixed figure is the answer, "有固定給幾分嗎" met by "依相關程度核給": no other's figure beside it)
    if _judged(best.clause.text):
        return None  # (a clause leaving the figure to judgement, "視…相關程度來核給", is the answer to its figure asked:
        # another activity's figure beside it would read as this one's)
    if find_vague(pieces[0][0]):
        return None  # ("講過好幾次課、也發過SCI，還要交病例數嗎": a count said vaguely asks no figure)
    text = fold(question)
    rest = text[text.find(pieces[0][0]) + len(pieces[0][0]):]
    if not (ASKING.search(rest) or ZH_WH.search(rest) or _ASKED_AFTER.search(rest)) or answer_kind(rest) == "number":
        return None  # (the figure is all that is asked, or asked again after: the best clause's own answer)
    # (its own article too: "國外會議算幾分？要交什麼資料" met first by 5.4's note on the documents, 5.4 states the 30)
    # (never the item the best one sets apart from itself: 5.10's 不含第三款 is not answered beside 5.3's figures)
    return next((c for c in read[:1 + ANSWERING_DEPTH] if c is not best and c.clause.doc == best.clause.doc
                 and c.clause.id not in _excluded_items(best.clause)
                 and c.score >= best.score * ANSWERING_SCORE and _meets_need(c, "number", question)), None)


def _both_asked(read: list[Candidate], question: str) -> Candidate | None:
    """For a question asking both a period and a figure, the close hit of the best one's regulation that states both
    (the best one itself when it does); None when one kind is asked, or no close hit states both."""
    kinds = asked_kinds(question)
    if len(kinds) < 2:
        return None
    best = read[0]
    return next((c for c in read[:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc
                 and c.score >= best.score * ANSWERING_SCORE and c.overlap >= best.overlap / 2
                 and all(_meets_need(c, k, question) for k in kinds)), None)


# A count of things handed in asked ("總共要交幾張", "要送幾組", "附幾份", "how many images do we submit / send in"): the
# clause stating how many are handed in answers, in its own unit.
_HANDED_IN_COUNT = re.compile(r"(?:交|送|繳|附|寄|提供|上傳|準備|选|選|挑)[^，,。？?]{0,4}?(?:幾|多少)\s*(?:個\s*)?(?:張|組|份|套|片|篇)|"
                              r"\bhow many\s+(?:\w+\s+){0,2}?(?:images?|films?|pictures?|sets?|copies|papers?)\b[^?]{0,40}?"
                              r"\b(?:submit\w*|send\w*|sent|hand\w* in|turn\w* in|upload\w*|provid\w*|pick\w*|select\w*)\b|"
                              r"\b(?:submit|send|hand in|turn in|upload|provide|pick|select)\s+how many\b", re.I)
# … and a clause stating what is handed in or picked ("自選…共 8 張影像", "須檢附…", "送審").
_HANDS_IN = re.compile(r"自選|選|送|交|繳|檢附|附|提供|上傳")


def handed_in_count(question: str) -> bool:
    """The question asks how many things are handed in ("自選片總共要交幾張", "how many images do we submit?")."""
    return bool(_HANDED_IN_COUNT.search(fold(question)))


def _hands_in(c: Candidate) -> bool:
    """The candidate's sentence states what is handed in or picked."""
    return bool(_HANDS_IN.search(fold(c.sentence or c.clause.text)))


def _states_unit(text: str, unit: str) -> bool:
    units = {unit, *(u for u, same in _SAME_COUNT.items() if same == unit)}
    return any(re.search(rf"(?:{_NUM})\s*{u}", text) for u in units)


def _heading_item(read: list[Candidate], q_terms: frozenset[str]) -> Candidate | None:
    """A heading ranked first ("(四) 乳房 X 光攝影篩檢巡迴車", its gist "本節規範…") rules on nothing: its own item close
    behind that holds more of the question's specific terms (in its sentence or gists) answers instead."""
    best = read[0]
    if "lookup" in best.via or len(_bare(best.clause.text)) > HEADING_CHARS:
        return None
    mine = len((q_terms & _terms(" ".join(x for x in (best.sentence, best.clause.gist_zh, best.clause.gist_en) if x))) - GENERIC)
    for c in read[1:1 + ANSWERING_DEPTH]:
        if c.clause.parent != best.clause.id or c.score < best.score * ANSWERING_SCORE:
            continue
        held = len((q_terms & _terms(" ".join(x for x in (c.sentence, c.clause.gist_zh, c.clause.gist_en) if x))) - GENERIC)
        if held >= mine + HEADING_MARGIN:
            return c
    return None


HEADING_MARGIN = 2  # more of the question's specific terms an item must hold than its heading to answer in its place


_PARTICLES = re.compile(r"[過过了阿啊嗎吗呢吧喔哦耶啦?？!！。，,\s]+$")


def _asked_verb(question: str) -> str | None:
    """The verb an A-not-A question asks about: the last two characters of its asked words before the particles
    ("有沒有送衛生署備查過阿" → 備查); None without an A-not-A, or for a generic word."""
    piece = yes_no_piece(fold(question))
    m = A_NOT_A_ASK.search(piece)
    if m is None:
        return None
    run = _CJK_RUN.findall(_PARTICLES.sub("", re.split(r"[，,]", piece[m.end():])[0]))
    return None if not run or len(run[-1]) < 2 or run[-1][-2:] in GENERIC else run[-1][-2:]


def _verb_holder(read: list[Candidate], question: str) -> Candidate | None:
    """A close hit (same regulation, within ANSWERING_DEPTH, as close in score) whose text holds the verb a question asks
    was done (有沒有送…備查過) when the best hit's does not: that clause rules on it."""
    if not ASKS_DONE.search(yes_no_piece(fold(question))) or (verb := _asked_verb(question)) is None:
        return None  # (only a deed asked with 有沒有…過: the last two characters of any other ask may be a noun, 乳攝)
    best = read[0]
    if verb in fold(best.clause.text):
        return None
    return next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc and verb in fold(c.clause.text)
                 and c.score >= best.score * ANSWERING_SCORE), None)


# A duty asked of someone ("老師是不是一定要指導並簽章", "必須接受學員申請嗎", "do instructors have to sign the case reports?").
_ASKS_DUTY = re.compile(r"一定要|一定得|必須|必需|是不是要|是否要|是否須|需不需要|要不要|得不得|有沒有義務|有義務|義務|"
                        r"\b(?:must|required|obliged|obligated|duty|have\s+to|has\s+to|need\s+to|needs\s+to)\b", re.I)
_EN_WORD = re.compile(r"[a-z]{4,}")
_SIGNED = re.compile(r"簽名|簽字|蓋章|簽核|署名")  # (the rules write 簽章 for a signature that certifies)
_EN_PLAIN = frozenset({"that", "this", "with", "they", "them", "their", "have", "does", "will", "still", "also", "when",
                       "what", "from", "into", "once", "each", "every", "someone", "anyone", "really", "always"})


def _acts_asked(question: str) -> frozenset[str]:
    """The acts a duty question asks be done: the two-character runs of its predicate (指導, 簽章, 報告…) and its English
    words' first four letters ("sign off on the case reports" → sign, case, repo)."""
    predicate = _SIGNED.sub("簽章", _predicate(question))
    acts = {run[i:i + 2] for run in _CJK_RUN.findall(predicate) for i in range(len(run) - 1)}
    acts |= {w[:4] for w in _EN_WORD.findall(predicate.lower()) if w not in _EN_PLAIN}
    # (… and the regulation's own words for everyday ones: "機器用幾年跟搬家紀錄" is the text's 使用年限 / 遷移 — without them a
    # clause stating a duty and sharing only 紀錄 holds more of the acts than the list item naming the very record)
    acts |= {t for t in question_terms(predicate) if _CJK_RUN.fullmatch(t) and len(t) >= 2}
    return frozenset(acts - GENERIC)


def _duty_holder(read: list[Candidate], question: str) -> Candidate | None:
    """For a yes / no question asking whether someone must do something, a close hit (same regulation, within
    ANSWERING_DEPTH, as close in score) that states a duty (有義務 / 應 / 須) and holds more of the acts asked than the best
    hit does: "老師是不是一定要指導並在報告上簽章" met first by the instructor's eligibility (指導老師) is answered by 第三條
    (指導老師有義務…指導…簽章)."""
    if not _ASKS_DUTY.search(yes_no_piece(fold(question))) or not (acts := _acts_asked(question)):
        return None

    def held(c: Candidate) -> int:
        text = fold(" ".join(x for x in (c.clause.text, (c.clause.gist_en or "").lower()) if x))
        return sum(1 for a in acts if a in text)

    best = read[0]
    floor = held(best)
    found = [c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc and c.score >= best.score * ANSWERING_SCORE
             and _DUTY.search(fold(c.clause.text)) and held(c) >= (1 if floor == 0 else floor + 2)]
    # (… or further down, one holding most of the acts where the best holds none: "once I'm a certified instructor, am I
    # required to accept trainees who want to observe my cases?" met first by the eligibility article, then by renewal and
    # the preamble — 第三條's "有義務接受學員申請觀察病例" holds accept, trainees, observe, cases)
    found = found or [c for c in read[1 + ANSWERING_DEPTH:CANDIDATES] if c.clause.doc == best.clause.doc and floor == 0
                      and c.score >= best.score * ANSWERING_SCORE and _DUTY.search(fold(c.clause.text))
                      and held(c) >= max(DUTY_ACTS_DEEP, (len(acts) + 1) // 2)]
    return max(found, key=held) if found else None


DUTY_ACTS_DEEP = 3  # the acts asked a duty clause below ANSWERING_DEPTH must hold to answer in place of a best that holds none


# The deed a "who" asks of ("是誰在審", "誰負責審核", "谁来评分", "who reviews …"): its verb's character / stem.
_WHO_DOES = re.compile(r"誰(?:在|來|来|負責|负责|要|會|会)?\s*(審|核|評|评|發|发|認定|认定)|"
                       r"\bwho\s+(?:\w+\s+)?(review|approv|assess|evaluat|issu|certif)", re.I)


def _doer_holder(read: list[Candidate], question: str) -> Candidate | None:
    """A close hit (same regulation, within ANSWERING_DEPTH, as close in score) whose text holds the deed a "who" question
    asks of (誰在審 → 審) when the best hit's does not: it names who does it."""
    m = _WHO_DOES.search(fold(question))
    if m is None:
        return None
    verb = next(g for g in m.groups() if g)
    best = read[0]

    def holds(c: Candidate) -> bool:
        return verb.lower() in fold(c.clause.text).lower() or verb.lower() in (c.clause.gist_en or "").lower()

    if holds(best):
        return None
    return next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc and holds(c)
                 and c.score >= best.score * ANSWERING_SCORE), None)


# "Who decides / signs off / recognises …?", "誰來認定", "醫院自己決定還是學會決定": the body that rules on it is asked …
_WHO_DECIDES = re.compile(r"(?:誰|谁|哪個單位|哪个单位|哪裡|哪里)[^，,。？?]{0,6}?(?:決定|决定|認定|认定|核定|核可|批准|說了算|说了算|審定|审定)|"
                          r"(?:決定|决定|認定|认定|核定|說了算|说了算)\s*(?:的)?\s*(?:嗎|吗)?\s*[？?，,]?\s*(?:還是|还是|或是)|"
                          r"\bwho(?:'s|’s| is)?\s+(?:\w+\s+){0,2}?(?:signs?|signing|decides?|deciding|determines?|recogni[sz]es?|"
                          r"approves?|rules?|judges?|says?|gets to (?:decide|say))\b", re.I)
# … and the clause naming who does it ("認定由本會「教育委員會」為之", "委託本會認定之"), not one only naming the act
# ("始得向本會申請繼續教育積分認定")
_DECIDER_TEXT = re.compile(r"由[^，,。；]{1,30}?(?:認定|審查|審核|核定|核可|評定)|(?:認定|審查|審核|核定|核可)(?:由|之)|"
                           r"委託[^，,。；]{1,20}?(?:認定|審查)")


def _decider_holder(read: list[Candidate], question: str) -> Candidate | None:
    """For "who decides whether it counts?" a close hit (same regulation, within ANSWERING_DEPTH, as close in score) that
    names who rules on it (由…認定 / 認定由…為之) when the best hit names none: "who signs off on whether a course counts"
    met first by 第三條 (the courses that count) is answered by 第四條第一款 (認定由本會「教育委員會」為之)."""
    if not _WHO_DECIDES.search(fold(question)) or ASKS_AMENDMENT.search(fold(question)) or \
            re.search(r"\bchanges?\s+(?:to|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?rules\b", question, re.I):
        return None  # (who approves an amendment of the rules is the amendment article's: `_amendment_holder`)
    best = read[0]
    if _DECIDER_TEXT.search(fold(best.clause.text)):
        return None
    return next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc
                 and _DECIDER_TEXT.search(fold(c.clause.text)) and c.score >= best.score * ANSWERING_SCORE), None)


_APPENDIX = re.compile(rf"(?:附表|附件)\s*(?:{_NUM})")


# An item of a list of what to attach ("(3)檢附演講摘要影本", "(1) 檢附會議議程的封面影本").
_ATTACHMENT_ITEM = re.compile(r"^\s*[(（]?\s*[0-9０-９一二三四五六七八九十]+\s*[)）、]\s*(?:須|需|應)?(?:檢附|附上)")  # (an item that
# merely mentions 檢附 — "…不須附上…個案數證明，檢附相關文件為佐證資料" — is a rule of its own)
# A question naming a document ("要附摘要嗎", "is the agenda cover needed?"): the item of the list is what it asks about.
_NAMES_DOCUMENT = re.compile(r"影本|摘要|證明|文件|議程|簽名單|抽印本|封面|\b(?:abstract|agenda|cop(?:y|ies)|offprint|reprint|"
                             r"cover page|programme|program)s?\b", re.I)


def _rule_over_attachment(read: list[Candidate], question: str) -> Candidate | None:
    """For a yes / no question that asks about no document ("can I claim the presentation points too?", "第三作者也能
    申請發表積分嗎"), met first by an item of the list of what to attach, its parent (a close hit) that states the rule:
    the attachment item grants nothing and bars nothing (its 須檢附 is no yes to the claim)."""
    best = read[0]
    folded = fold(question)
    if "lookup" in best.via or not best.clause.parent or dict(KIND_CUES)["documents"].search(folded) or \
            _NAMES_DOCUMENT.search(folded) or not _ATTACHMENT_ITEM.search(fold(best.clause.text)):
        return None
    return next((c for c in read[1:] if c.clause.id == best.clause.parent and c.score >= best.score * ANSWERING_SCORE),
                None)


# A question asking which category, domain or group something goes under ("which of the domains do those go under?",
# "算哪個領域", "歸在哪一類").
ASKS_CATEGORY = re.compile(r"領域|领域|(?:算|歸|归|屬|属)(?:在|到|於|于)?(?:哪|那)|\b(?:domains?|categor(?:y|ies))\b|"
                           r"\b(?:go|goes|fall|falls|come|comes)\s+under\b|\bbelongs?\s+(?:to|in|under)\b|\bclassif\w*", re.I)
# ("what goes in the packet?" asks what is sent, no category)
NAMED_ITEM_CHARS = 3  # a Chinese name the question's English words map to this long names a listed item (腎動脈), not a topic


def _named_item_holder(read: list[Candidate], question: str, corpus: Corpus | None = None) -> Candidate | None:
    """For a question asking which category something goes under, named in English words the regulation lists by its
    own name ("renal artery stenting" → 腎動脈), the close hit of the best one's regulation whose text lists that name,
    when the best one's does not (it shares only the procedure's word, 支架); None otherwise."""
    if not ASKS_CATEGORY.search(fold(question)):
        return None
    from knowledge.lexical import expand_query

    # (a name held by one hit only: a topic word the hits share, 指導老師 from "instructor", names no listed item)
    best = read[0]
    # (nor does a word of the regulation's own title, "instructor" → 指導老師 of …指導老師認證辦法: it names the whole)
    title = fold(corpus.documents[best.clause.doc].title) if corpus is not None and best.clause.doc in corpus.documents \
        else ""
    names = [t for t in expand_query(question) if len(t) >= NAMED_ITEM_CHARS and _CJK_RUN.fullmatch(t)
             and sum(t in fold(c.clause.text) for c in read) == 1 and t not in title]
    if not names or any(n in fold(best.clause.text) for n in names):
        return None
    return next((c for c in read[1:1 + ANSWERING_DEPTH + 1] if c.clause.doc == best.clause.doc
                 and c.score >= best.score * ANSWERING_SCORE and any(n in fold(c.clause.text) for n in names)), None)


def _ruling_holder(read: list[Candidate], question: str) -> Candidate | None:
    """The close hit of the best one's regulation whose text holds the regulation's word for what the question asks to
    be ruled on (knowledge.intents.ruling_words: "claim it twice" → 重複), when the best one's text holds none of them
    (a heading or a sibling moved first for another reason, "the colorectal society" naming another body); None
    otherwise."""
    from knowledge.intents import ruling_words

    words = ruling_words(question)
    best = read[0]
    if not words or any(w in fold(best.clause.text) for w in words):
        return None
    return next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc
                 and c.score >= best.score * ANSWERING_SCORE and any(w in fold(c.clause.text) for w in words)), None)


# A question about amending the rules themselves ("who signs off when the rules are amended?", "辦法修改要誰通過").
ASKS_AMENDMENT = re.compile(r"修改|修正|修訂|增訂|修法|改辦法|\bamend\w*|\b(?:revis|chang|updat|modif)\w*\s+(?:to\s+|of\s+|in\s+)?"
                            r"(?:(?:the|these|this|its|their|our|cme|credit|credits|surgical|instructor)\s+){0,3}"
                            r"(?:rules?|regulations?)\b|"
                            # (round 41: the regulation named by its owner between, "changes to the surgical society's
                            # CME regulation", "辦法要變更", "规定改动")
                            r"\b(?:revision|change|update|modification|amendment)s?\s+(?:to|of|in)\s+(?:[\w'’-]+\s+){0,5}?"
                            r"(?:rules?|regulations?|bylaws?)\b|(?:辦法|規定|條文|规定)[^，,。？?！!]{0,4}?(?:變更|更改|改動|要改|改了|改過)|"
                            r"(?:變更|更改|改動)[^，,。？?！!]{0,4}?(?:辦法|規定|條文)|\b(?:rules?|regulations?)\s+(?:are|is|get|gets|got|were|was)\s+"
                            r"(?:amended|revised|changed|updated)\b", re.I)
_AMENDS = re.compile(r"修改|修正|修訂|增訂")


def _amendment_holder(read: list[Candidate], question: str) -> Candidate | None:
    """For a question about amending the rules, the close hit of the best one's regulation stating how they are
    amended (本辦法經理事會通過…增訂、修改時亦同), when the best one's text does not; None otherwise."""
    best = read[0]
    if not ASKS_AMENDMENT.search(fold(question)) or _AMENDS.search(fold(best.clause.text)):
        return None
    return next((c for c in read[1:] if c.clause.doc == best.clause.doc  # (any of the hits read: the ask is specific)
                 and c.score >= best.score * ANSWERING_SCORE and _AMENDS.search(fold(c.clause.text))), None)


def _items_of(clause: Clause, corpus: Corpus) -> list[Clause]:
    """A clause's own items (its children less its notes)."""
    return [k for k in corpus.children(clause.id) if not k.path[len(clause.path):].startswith(".n")]


def _parts_holder(read: list[Candidate], question: str, corpus: Corpus) -> Candidate | None:
    """For a question asking how many parts a whole has ("總共分幾大塊", "how many parts"), the close hit of the best
    one's regulation that has items of its own, when the best one has none (a grading table, or a note, that only names
    the parts in its rows): the heading whose items the parts are answers."""
    best = read[0]
    # (only a count of parts: "哪幾類 category" met by the clause naming them in brackets is answered by it)
    if "lookup" in best.via or not PARTS_COUNTED.search(fold(question)) or \
            _items_of(best.clause, corpus) or _ENUMERATES.search(_bare(best.clause.text)):
        return None
    return next((c for c in read[1:] if c.clause.doc == best.clause.doc and c.score >= best.score * ANSWERING_SCORE
                 and _items_of(c.clause, corpus)), None)


# "有哪些來源 / 活動 / 方式可以認（算、採認）", "which activities count": the things asked for are a list of what is accepted.
_WHICH_ACCEPTED = re.compile(r"(?:哪些|哪幾[種類项項个個])[\u4e00-\u9fff]{0,6}?(?:可以|能|會|可)?(?:認|算|採認|承認|計入|列入)|"
                             r"\bwhich\s+(?:\w+\s+){0,2}(?:count|are accepted|are recogni[sz]ed)\b", re.I)
LISTING_ITEMS = 3  # a heading with this many items or more lists the things accepted


def _listing_holder(read: list[Candidate], question: str, corpus: Corpus) -> Candidate | None:
    """For a question asking which things are accepted ("積分有哪些來源可以認？"), the close hit of the best one's regulation
    whose own items list them, when the best one has no items and lists nothing itself."""
    best = read[0]
    if "lookup" in best.via or not _WHICH_ACCEPTED.search(fold(question)) or _items_of(best.clause, corpus) or \
            _ENUMERATES.search(_bare(best.clause.text)):
        return None
    return next((c for c in read[1:] if c.clause.doc == best.clause.doc and c.score >= best.score * ANSWERING_SCORE
                 and len(_items_of(c.clause, corpus)) >= LISTING_ITEMS), None)


def listing_first(question: str, hits: list, corpus: Corpus) -> list:
    """`hits` with the close hit whose items list the things accepted moved first (`_listing_holder`: "積分有哪些來源可以算？"
    met first by the renewal article, 600 分, which lists none), so the clause the line answers from leads the ranking too;
    `hits` unchanged otherwise."""
    if len(hits) < 2 or not _WHICH_ACCEPTED.search(fold(question)):
        return hits
    read = read_hits(frozenset(), hits, corpus, "definition")
    listing = _listing_holder(read, question, corpus)
    if listing is None:
        return hits
    return [*(h for h in hits if h.clause.id == listing.clause.id), *(h for h in hits if h.clause.id != listing.clause.id)]


def parts_count_lead(question: str, clause: Clause, corpus: Corpus, lang: str) -> str:
    """"共 5 項：" / "5 parts: " when the question asks how many parts a whole has (`PARTS_COUNTED`) and the clause has
    items of its own (the count is its enumeration's, in the quote), else ""."""
    if not PARTS_COUNTED.search(fold(question)) or asks_scale(question):
        return ""
    n = len(_items_of(clause, corpus))
    if n < 2:
        return ""
    return f"共 {n} 項：" if lang == "zh-TW" else f"{n} parts: "


# The question says its thing is not one of a listed kind ("不在…名單裡", "不是第三款那些", "not on the … list", "isn't one of
# the …"): a clause setting that kind apart (`_excluded_items`) is the one asked about.
_DENIES_LISTED = re.compile(r"(?:不在|不屬於|不是|並非|沒有列在|沒列在|沒在)[^，,。？?！!]{0,16}?(?:名單|清單|列表|基準|第[一二三四五六七八九十]+款|"
                            r"那些|之列|裡面|裡|之內|範圍)|\b(?:not|isn'?t|aren'?t|wasn'?t|never)\s+(?:\w+\s+){0,2}?"
                            r"(?:on|in|(?:one|1)\s+of|among|part\s+of|listed|covered\s+by)\s+(?:the|that|those|this|its)\b", re.I)
# An item a clause sets apart from its own ("參加其他外科相關醫學會(不含第三款之醫學會)年會者"): 不含 / 除 …第N款.
_EXCLUDES_ITEM = re.compile(r"(?:不含|不包括|不包含|除)\s*第\s*([一二三四五六七八九十]+)\s*款")


def _excluded_items(clause: Clause) -> set[str]:
    """The ids of the sibling items `clause`'s own text sets apart (不含第三款之醫學會 → its parent's item 3)."""
    if not clause.parent:
        return set()
    return {f"{clause.parent}.{cn_to_int(m.group(1))}" for m in _EXCLUDES_ITEM.finditer(fold(clause.text))}


# The text's notes named ("備註裡", "附註", "the notes at the end", "cited in the footnotes").
_ASKS_NOTE = re.compile(r"備註|附註|\bfootnotes?\b|\bthe\s+notes?\b|\bnotes?\s+(?:at|to|of)\s+the\b")


def _note_holder(read: list[Candidate], question: str) -> Candidate | None:
    """For a question naming the text's notes, a close hit (same regulation, within ANSWERING_DEPTH, as close in score)
    that is a note (備註…) when the best hit is none: "which DOH letter is cited in the footnotes?" met first by the
    amendment history's DOH filings is answered by 第十一條備註二 (the letter the notes quote)."""
    best = read[0]
    if not _ASKS_NOTE.search(fold(question)) or ".n" in best.clause.id.split("/", 1)[-1]:
        return None
    return next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc
                 and ".n" in c.clause.id.split("/", 1)[-1] and c.score >= best.score * ANSWERING_SCORE), None)


# Where a tiered threshold begins is asked ("門檻是從多少%開始有要求", "差異到多少才開始要處理", "最低門檻是多少", "at what
# percentage does it start to matter?", "what's the lowest tier?"): the first row of the tiers, not whichever tier is hit.
ASKS_START = re.compile(r"從(?:多少|幾|几)[^，,。？?；;]{0,8}?(?:開始|起)|(?:多少|幾|几)[^，,。？?；;]{0,6}?(?:才|就)(?:開始|起算|起跳|算)|"
                        r"(?:多少|幾|几)\s*%?\s*(?:開始|起算|起跳)|最低(?:的)?(?:門檻|標準|下限|那一?級|那一?檔)|門檻(?:最低|起點|起始)|"
                        r"\b(?:at|from) what\b[^?]{0,50}?\b(?:start|starts|begin|begins|kick in|kicks in)\b|"
                        r"\b(?:lowest|first|bottom|starting)\s+(?:threshold|tier|band|level|cut-?off)\b|"
                        r"\bwhere\b[^?]{0,30}\b(?:threshold|tiers?|bands?)\b[^?]{0,20}\b(?:start|begin)", re.I)
_TIER_ROW = re.compile(r"^\s*[甲乙丙丁戊己庚]、")
_TIER_FIGURE = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*(%|分|案|例|張|篇)")


def _starting_row(read: list[Candidate], question: str, corpus: Corpus) -> Candidate | None:
    """For a question asking where a tiered threshold begins (`ASKS_START`), the row of the best hit's tiers (甲、乙、…
    rows of one heading) whose first figure is the lowest, when the best hit is another row or the heading itself."""
    if not ASKS_START.search(fold(question)):
        return None
    best = read[0]
    head = best.clause if any(_TIER_ROW.match(c.text or "") for c in corpus.children(best.clause.id)) else \
        corpus.get(best.clause.parent) if best.clause.parent else None
    if head is None:
        return None
    rows = [c for c in corpus.children(head.id) if _TIER_ROW.match(c.text or "") and _TIER_FIGURE.search(c.text)]
    if len(rows) < 2 or len({m.group(2) for c in rows if (m := _TIER_FIGURE.search(c.text))}) != 1:
        return None  # (figures of one unit only: tiers of one measure)
    first = min(rows, key=lambda c: float(_TIER_FIGURE.search(c.text).group(1)))
    if first.id == best.clause.id:
        return None
    held = next((c for c in read if c.clause.id == first.id), None)
    return held or Candidate(first, best.score, [v for v in best.via if v != "lookup"], best.kind_match, best.overlap,
                             next(iter(sentences(first.text)), first.text))


# A clause lifting a duty to attach ("不須附上第二條之個案數證明") and one setting it ("檢附該篇文章的抽印本影本").
_ATTACH_LIFTED = re.compile(r"(?:不須|不需|無須|毋須|免)(?:再)?(?:附|檢附|繳交|交)")
_ATTACH_SET = re.compile(r"檢附|須附|應附|附上|影本|\battach")


def _attachment_holder(read: list[Candidate], question: str) -> Candidate | None:
    """For a documents question that asks no exemption ("要附整篇文章還是第一頁就行"), met first by a clause lifting another duty to
    attach (不須附…個案數證明): the close hit that sets what is attached (檢附…抽印本影本); else None."""
    if _EXEMPTS.search(fold(question)) or not _ATTACH_LIFTED.search(fold(read[0].clause.text)):
        return None
    return next((c for c in read[1:3] if _ATTACH_SET.search(fold(c.clause.text)) and not _ATTACH_LIFTED.search(fold(c.clause.text))),
                None)


# A fee asked ("一次要多少錢", "how much is the fee?").
_ASKS_FEE = re.compile(r"多少錢|多少钱|幾塊|几块|費用|费用|收費|收费|要錢|要钱|\b(?:fees?|costs?|charged?|how much)\b", re.I)


_FEE_SEGMENT = re.compile(r"[，,；;](?![0-9]{3})")


def _fee_for_case(c: Candidate, question: str) -> int | None:
    """How closely the clause's fee is the question's case: 2 for a fee under a condition the question states ("若補發
    證書，費用貳佰元" for "補發要多少錢"), 1 for a fee under no condition, 0 when its every fee is for a case the question
    does not state (the same for an application's fee); None when it states no fee."""
    q_terms = question_terms(question)
    found = []
    for sentence in sentences(fold(c.clause.text or "")):
        parts = [(t, bool(_CONDITION.search(t.strip()))) for t in _FEE_SEGMENT.split(sentence)]  # (1,000 is one figure)
        for i, (text, is_condition) in enumerate(parts):
            if is_condition or not _FEE_STATED.search(text):
                continue
            condition = parts[i - 1][0] if i and parts[i - 1][1] else ""
            found.append(1 if not condition else 2 if (q_terms & _terms(condition)) - GENERIC else 0)
    return max(found) if found else None


def _fee_holder(read: list[Candidate], question: str) -> Candidate | None:
    """For a fee asked, the close hit (of either regulation) whose fee is closer to the question's case than the best
    one's (`_fee_for_case`): "申請認定一次要多少錢" met first by the instructor rules' fee for a replacement certificate —
    the application fee, 每申請一次收費 1,000 元, answers; "補發要多少錢" met first by it — the replacement's fee does."""
    if not _ASKS_FEE.search(fold(question)) or (own := _fee_for_case(read[0], question)) == 2:
        return None
    best = read[0]
    # (a best hit stating no fee — the application article's heading — gives way to its own regulation's fee for the case)
    return next((c for c in read[1:1 + ANSWERING_DEPTH] if c.score >= best.score * ANSWERING_SCORE
                 and (own is not None or c.clause.doc == best.clause.doc)
                 and (_fee_for_case(c, question) or 0) > (own if own is not None else 0)), None)


def _answering(read: list[Candidate], kind: AnswerKind, question: str = "", corpus: Corpus | None = None) -> Candidate:
    best = read[0]
    if question and "lookup" not in best.via and (fee := _fee_holder(read, question)) is not None:
        return fee
    if kind == "documents" and question and "lookup" not in best.via and (attached := _attachment_holder(read, question)):
        return attached  # "SCI文章申請認定時，要附整篇文章還是第一頁就行" met first by the instructor's SCI route (不須附…個案數):
        # the clause saying what is attached (抽印本影本) answers
    if kind in ("yes_no", "choice") and question and "lookup" not in best.via and \
            (online := _online_now_holder(read, question)) is not None:
        return online  # "還要寄公文嗎？還是網路上填就好？" met first by the letter's contents: the clause saying applications
        # have moved online answers the channel asked
    if question and "lookup" not in best.via and (note := _note_holder(read, question)) is not None:
        return note  # "the DOH letter cited in the notes — its number?" met first by the amendment history: the note answers
    # (the item a best hit sets apart from itself never answers in its place: "other surgery-related societies, not on the
    # training-standards list — how many points?" met first by 5.10 (不含第三款之醫學會, 依相關程度核給) is not answered by
    # 5.3's 15 / 30, the figure of the societies it excludes)
    if excluded := _excluded_items(best.clause):
        read = [best, *(c for c in read[1:] if c.clause.id not in excluded)]
    if question and corpus is not None and "lookup" not in best.via and \
            (narrower := _narrower_list_holder(read, question, corpus)) is not None:
        return narrower  # "针对读片医生的审查标准包括哪几方面" met first by the section's heading (審查標準: 工作人員、儀器…):
        # the heading of the part the question names (判讀醫師's standards: 繼續教育、複判差異) lists what is asked
    if question and "lookup" not in best.via and (taken := _taken_holder(read, question)) is not None:
        return taken  # "what materials does the agency pull for the re-read check?" met first by the re-read standards:
        # the clause stating what the agency takes (抽取…影像、異常報告表及完整檢查報告) answers
    if question and corpus is not None and (parts := _parts_holder(read, question, corpus)) is not None:
        return parts  # "實測總共分幾大塊" met first by the grading table naming the tests in its rows: the heading whose
        # items are the tests answers
    if kind == "definition" and question and corpus is not None and (listing := _listing_holder(read, question, corpus)):
        return listing  # "積分到底有哪些來源可以認？" met first by the renewal article (600 分, no list): the close hit whose
        # items are the things asked for (第五條's activities) answers
    if kind == "yes_no" and question and "lookup" not in best.via and \
            (restricted := _presenter_rule_holder(read, question)) is not None:
        return restricted  # "我是第一作者但沒有上台，可以申請嗎" met first by the instructor rules' SCI papers (第一作者):
        # who presented is asked of only the clause restricting a talk's credits to its first author or presenter
    if kind in ("yes_no", "choice") and question and "lookup" not in best.via and \
            (ruling := _ruling_holder(read, question)) is not None:
        return ruling  # "same paper at two societies' meetings, can I claim it twice?" met first by the credits article's
        # heading: the article ruling on a second claim (不得重複申請) answers
    if kind in ("who", "yes_no", "other") and question and "lookup" not in best.via and \
            (amends := _amendment_holder(read, question)) is not None:
        return amends  # "who signs off when the CME rules get amended?" met first by who recognises credits: the article
        # on how the rules themselves are passed and amended answers
    if question and "lookup" not in best.via and (named := _named_item_holder(read, question, corpus)) is not None:
        return named  # "renal artery stenting — which domain?" met first by the biliary / GI stenting item (支架): the
        # item listing the renal artery by name answers (血管介入)
    if kind == "yes_no" and question and (rule := _rule_over_attachment(read, question)) is not None:
        return rule  # "I'm 3rd author, can I claim the presentation points too?" met first by "(3)檢附演講摘要影本": the
        # rule above the list ("限第一作者或發表者") answers
    # (not "…有沒有規範？": whether there is a rule at all is answered by the rule as a whole, its heading)
    if kind in ("yes_no", "choice") and question and \
            not asks_rule_exists(question) and \
            not ONLY_OR_ALSO.search(fold(question)) and \
            (item := _heading_item(read, question_terms(question))) is not None:
        return item  # "can HPA pull the van's films at any time, or …?" met first by 乳攝車's heading: its item 2 answers
    if question and "lookup" not in best.via and (case := _negated_case(read, question)) is not None:
        return case  # "確診乳癌但沒做手術，還算追蹤完成嗎" met first by the list "複檢、確診或手術": the clause ruling on
        # "無手術者" answers (the list's grant is no yes to the case it leaves out)
    if question and "lookup" not in best.via and ASKS_ADVICE.search(fold(question)) and \
            not _ADVISED.search(fold(best.clause.text)):
        advised = next((c for c in read[1:] if c.clause.doc == best.clause.doc
                        and _ADVISED.search(fold(c.clause.text)) and c.score >= best.score * ANSWERING_SCORE), None)
        if advised is not None:
            return advised  # "到多少會被「建議」參加座談會", "at what discrepancy is attending only recommended?" met first by
            # the row that requires it (應…須): the row that advises (建議) is the one asked about
    if kind in ("yes_no", "choice") and question and "lookup" not in best.via and \
            (whole := _regardless_holder(read, question)) is not None:
        return whole  # "international congress held in Taipei — still international?" met first by the rule on members
        # abroad attending local non-international meetings: the rule granting international meetings 不分國內、外 answers
    if kind in ("yes_no", "choice") and question and "lookup" not in best.via and \
            (discretion := _discretion_holder(read, question)) is not None:
        return discretion  # "後續審查是每一項都一定會審嗎？還是看狀況" met first by "後續審查表如附表二" (a pointer, no verdict): the
        # clause leaving it to discretion ("得視需要…就全部或部分項目進行") answers — not necessarily all
    if kind == "yes_no" and question and "lookup" not in best.via and (bar := _exceptions_holder(read, question)) is not None:
        return bar  # "全拿 A 就一定能用嗎", "all A — guaranteed usable?" met first by the grade table's row for A: the clause
        # naming the cases that bar even an A unit ("A、B、C 者，如有下列任一項情況者，不得…") answers: not necessarily
    if question and corpus is not None and "lookup" not in best.via and \
            (start := _starting_row(read, question, corpus)) is not None:
        return start  # "門檻是從多少%開始有要求", "at what % does it start?" met first by a later tier's row (丁, 超過 50%):
        # the row where the tiers begin (甲, 40%-50%) answers
    if question and "lookup" not in best.via and (row := _row_holding_value(read, question)) is not None:
        return row  # "疑似陽性差異 53%，也要參加個案討論會嗎" met first by the 40%-50% row: the 50%-60% row is the case's
    if question and "lookup" not in best.via and (kind == "consequence" or (
            kind in ("yes_no", "choice") and case_band_row(question, best.clause) is False)) and \
            (row := _band_row_holder(read, question)) is not None:
        return row  # "what happens to a reader whose negative-case discrepancy goes above 20%?" met first by the
        # discrepancy heading: the row whose band is the one the question states (丙、…陰性…超過 20%) answers (asked
        # yes / no too: "over 60%, can she wait until the next review to attend?" met first by 乙, which shares its words)
    if kind == "consequence" and question and "lookup" not in best.via and \
            (ruled := _stated_condition_holder(read, question)) is not None:
        return ruled  # "如果每台乳攝機複測都沒通過，會怎麼樣" met first by a note on how the scores are computed: the clause
        # whose own condition the question states (若所有…皆未通過複測，取消…資格) answers
    if question and "lookup" not in best.via and (row := _row_stating_bound(read)) is not None:
        return row  # "差異超過 60% 的醫師可以先繼續看片等座談會嗎" met first by the 50%-60% row, which shares 座談會: the row
        # stating the very bound the question states ("超過 60%", the retriever's "span") is the case's
    if kind == "yes_no" and question and "lookup" not in best.via and (holder := _holds_item(read, question)) is not None:
        return holder  # "工作天數含不含例假日" met first by a rule on work experience: the clause stating what the days
        # include ("工作天數（含例假日）") answers
    if kind in ("who", "choice") and question and "lookup" not in best.via and \
            (decider := _decider_holder(read, question)) is not None:
        return decider  # "who signs off on whether a course counts, the hospital or the society?" met first by the courses
        # that count: the clause naming who rules on it (認定由本會「教育委員會」為之)
    if kind == "who" and question and "lookup" not in best.via and (doer := _doer_holder(read, question)) is not None:
        return doer  # "認證是誰在審？" met first by the 宗旨 naming the society: the clause stating who reviews (審查小組…審查)
    if kind == "yes_no" and question and "lookup" not in best.via and (duty := _duty_holder(read, question)) is not None:
        return duty  # "老師是不是一定要指導並在報告上簽章" met first by who may be an instructor: the clause stating the
        # duty and the acts asked (有義務…指導…簽章) answers
    if kind in ("yes_no", "choice") and question and "lookup" not in best.via and \
            (verb := _verb_holder(read, question)) is not None:
        return verb  # "辦法有沒有送衛生署備查過" met first by "…衛生署委託本會認定": the clause stating the 備查 answers
    if kind == "yes_no" and question and "lookup" not in best.via and \
            (figure := _figure_asked_first(read, question)) is not None:
        return figure  # "how many credits in the 6 years? and is a blank year a problem?" met first by the clause on
        # when to apply: the clause stating the figure (and the rule on the blank year) answers
    if question and "lookup" not in best.via and (both := _both_asked(read, question)) is not None:
        return both  # "多久要展延一次？總共要幾分": the clause stating the period and the figure answers both asks
    if kind == "number" and (ASKS_LIMIT.search(fold(question)) or _asks_period_cap(question)) and \
            not _CAP_STATED.search(fold(best.clause.text)):
        # (the best hit's own parent or item first: "a cap on presentations per meeting?" met by a presentation's sub-item,
        # its parent "每人最多 3 篇" answers before another clause's yearly cap)
        # (another regulation's cap is no answer: "放射師攝影量每個月上限多少" is never the surgical society's 30)
        capped = next((c for c in sorted(read[1:1 + ANSWERING_DEPTH], key=lambda c: not _related(c.clause, best.clause))
                       if _CAP_STATED.search(fold(c.clause.text)) and c.clause.doc == best.clause.doc
                       and c.score >= best.score * ANSWERING_SCORE), None)
        if capped is None and (item := re.search(r"第[一二三四五六七八九十]+款", best.clause.label or "")) is not None:
            # (further down: the clause whose cap names the best hit's own item, "第七款與第八款…一年總分不得超過60分"
            # for SCI papers met first by 第七款's per-paper figures)
            capped = next((c for c in read[1:] if c.clause.doc == best.clause.doc and item.group(0) in fold(c.clause.text)
                           and any(_CAP_STATED.search(x) and item.group(0) in x for x in sentences(fold(c.clause.text)))),
                          None)
        if capped is not None:
            return capped  # "is there a max on paper points a year?" met first by a clause of per-paper figures: the
            # close one stating the cap ("…一年總分不得超過 60 分") answers
    if question and "lookup" not in best.via and (literal := _literal_holder(read, question)) is not None:
        return literal  # "追蹤完成率是算哪幾個 category 的個案" met first by the rate's formula: the clause whose own text
        # holds the regulation's English word the question uses (category「0」、「3」…) answers
    if leaves_figure_open(question, best.clause.text):
        return best  # "其他外科相關學會的年會有固定給幾分嗎" met by "依…相關程度核給": no figure is the answer, not a
        # sibling's figure
    if kind == "documents" and "lookup" not in best.via and best.kind_match and \
            best.overlap < CONFIDENT_OVERLAP and \
            (item := next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.parent == best.clause.parent
                           and c.kind_match and c.overlap > 0 and c.overlap >= 2 * best.overlap
                           and c.score >= best.score * ANSWERING_SCORE), None)):
        return item  # "書審要附機器本身的什麼資料？跟用了幾年有關" met first by the list's QA-records item, which shares
        # (almost) no word of it: its sibling on the unit's years in service, sharing twice as many, answers
    if kind == "where" and "lookup" not in best.via and ASKS_APPENDIX.search(fold(question)) and \
            not _APPENDIX.search(fold(best.clause.text)) and \
            (named := next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc
                            and _APPENDIX.search(fold(c.clause.text)) and c.score >= best.score * ANSWERING_SCORE),
                           None)) is not None:
        return named  # "要幾學分是寫在後續審查表吧？那是附表幾" met first by the credits rule: the clause naming the
        # appendix ("後續審查表如附表二") answers
    if kind == "where" and question and (web := _web_address_holder(read, question)) is not None:
        return web  # "一年做幾案要去查，那個系統叫什麼？" met first by the van's screening cap: the clause giving the web
        # address where the count is looked up answers
    need = KIND_NEEDS.get(kind)
    if kind not in (*ANSWERING_KINDS, "who") or need is None or "lookup" in best.via:
        return best
    unit = _asked_unit(question) if kind == "number" else None
    said = fold(" ".join(x for x in (best.sentence, best.clause.gist_zh or "") if x))
    if unit and KIND_NEEDS["number"].search(said) and not _states_unit(said, unit):
        # (a best hit stating no figure at all — "依相關程度核給" — is left to the rule below)
        # "自選片要交幾張" met first by a note stating "各選 1 組": a close hit stating a figure in 張 answers
        handed = handed_in_count(question)
        found = next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc
                      and _states_unit(fold(" ".join(x for x in (c.sentence, c.clause.gist_zh or "") if x)), unit)
                      and c.score >= best.score * ANSWERING_SCORE
                      and (c.overlap >= best.overlap / 2 or (handed and _hands_in(c)))), None)
        # ("自選片總共要交幾張" against a long sentence sharing few of its words: the one stating what is handed in, 共 8 張)
        if found is not None:
            return found
    before = kind == "period" and bool(ASKS_BEFORE.search(fold(question)))
    if before:
        need = _BEFORE_WINDOW
    if need.search(fold(" ".join(x for x in (best.sentence, best.clause.gist_zh or "") if x))):
        return best
    if before:  # the window may be in another sentence of the clause than the one sharing most words
        return next((c for c in read[1:1 + ANSWERING_DEPTH] if need.search(fold(c.clause.text))
                     and c.clause.doc == best.clause.doc  # (another regulation's window is not this one's)
                     and c.score >= best.score * ANSWERING_SCORE and c.overlap >= best.overlap / 2), best)
    # a heading ranked first ("(2) 複判差異性評估：") states no figure: its own item that does, close behind, answers
    # (not a question asking its parts, "評等分幾級": the heading's items are the answer)
    from knowledge.shapes import asks_overview

    if asks_overview(question) == "parts" and any(c.clause.parent == best.clause.id for c in read[1:]):
        return best  # "複判差異分成幾種處理等級", "how many tiers are there?": the heading whose items are the tiers answers,
        # not its first item stating a figure
    if len(_bare(best.clause.text)) <= HEADING_CHARS and asks_overview(question) != "parts":
        part = next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.parent == best.clause.id
                     and need.search(fold(" ".join(x for x in (c.sentence, c.clause.gist_zh or "") if x)))), None)
        if part is not None:
            return part
    # an item ranked first ("(3)各部位靜脈血管氣球擴張/…", the examples the question gives) states no figure: its own
    # heading that does ("血管介入治療: 共 100例"), close behind, answers — the count is the category's
    heading = next((c for c in read[1:] if c.clause.id == best.clause.parent and c.score >= best.score * ANSWERING_SCORE
                    and need.search(fold(" ".join(x for x in (c.sentence, c.clause.gist_zh or "") if x)))), None)
    if heading is not None:
        return heading
    # (a close hit's figure may be in its gist, not its best sentence: "what completion rate do we need?" met first by the
    # rate's formula, next by the table of its bands, whose first sentence only introduces the table; another
    # regulation's figure is not this one's)
    return next((c for c in read[1:1 + ANSWERING_DEPTH]
                 if need.search(fold(" ".join(x for x in (c.sentence, c.clause.gist_zh or "") if x)))
                 and c.clause.doc == best.clause.doc
                 and c.score >= best.score * ANSWERING_SCORE and c.overlap >= best.overlap), best)


_URL = re.compile(r"https?://[\w./-]+\w/?|www\.[\w./-]+\w/?")


def _web_address_holder(read: list[Candidate], question: str) -> Candidate | None:
    """For a question asking a website or system ("網站是哪個", "what's the website"), the close hit of the best one's
    regulation that gives a web address, when the best one gives none."""
    best = read[0]
    text = fold(question)
    if "lookup" in best.via or not (PLACE_ASKED.search(text) or (LOOKED_UP.search(text) and PLACE_GUESSED.search(text))) \
            or _WEB_ADDRESS.search(best.clause.text):
        return None
    return next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == best.clause.doc
                 and _WEB_ADDRESS.search(c.clause.text) and c.score >= best.score * ANSWERING_SCORE), None)


def web_address_lead(clause: Clause, question: str, lang: str) -> str:
    """The web address a where-question asking a website or system is answered with, as the line's lead ("網址：https://…；"),
    or "" when the question asks no website or the clause gives none."""
    text = fold(question)
    if not (PLACE_ASKED.search(text) or (LOOKED_UP.search(text) and PLACE_GUESSED.search(text))):
        return ""
    found = _URL.search(clause.text)
    if found is None:
        return ""
    return f"網址：{found.group(0)}；" if lang == "zh-TW" else f"Website: {found.group(0)} — "


def _asks_period_cap(question: str) -> bool:
    """The piece that asks names the most a period allows ("一年最多能算多少", "每年頂多幾分", "at most per year"): the cap is
    asked, not a per-item figure (bot.routing's ASKS_LIMIT, read on the asking pieces only: "我今年發了好幾篇" tells)."""
    from bot.routing import ASKS_LIMIT as PERIOD_CAP  # noqa: PLC0415 - the routing's own reading of a limit asked

    # (a limit one's own figure is checked against — "is our count over the limit?", "超過上限了嗎" — asks no cap)
    return any(not _CHECKED_AGAINST.search(piece[:m.start()]) for piece, _ in _asking_pieces(question)
               for m in PERIOD_CAP.finditer(piece))


_CHECKED_AGAINST = re.compile(r"(?:\b(?:over|exceed\w*|past|above|beyond|under|within|below|hit|hits|reach\w*)\s+(?:the\s+|our\s+|a\s+|its\s+)?|"
                              r"超過|超过|超出|未達|低於|達到|达到)$", re.I)


# Where a comparison's second side begins ("跟國外開的…一樣", "和國際會議…相同", "the same as one abroad").
_COMPARED_WITH = re.compile(r"(?:跟|和|與|与|同|比)(?=[^跟和與与同比]*?(?:一樣|一样|相同|同樣|同样))|\bsame\s+(?:[\w-]+\s+){0,2}?(?:as|with)\b",
                            re.I)
# … a second side that names its thing only by pointing back ("國外開的一樣嗎", "as one abroad", "as those overseas").
_POINTED_BACK = re.compile(r"的\s*(?:積分|分數|分)?\s*(?:也|都)?\s*(?:一樣|一样|相同|同樣|同样)|^\s*(?:one|1|ones|those|it|them|that)\b", re.I)  # (the engine writes "one" as 1)


def same_thing_compared(question: str, clause: Clause) -> bool:
    """A sameness asked compares the thing the clause grants regardless of circumstance with itself in another circumstance
    ("台北辦的國際會議跟國外開的國際會議一樣嗎", "an international meeting in Taiwan — the same credits as one abroad?"): both
    sides name it (or the second points back to it), never two kinds ("國內研討會和國際會議一樣嗎")."""
    text = fold(clause.text)
    grant = _REGARDLESS_GRANT.search(text)
    q = fold(question)
    split = _COMPARED_WITH.search(q)
    if grant is None or split is None:
        return False
    runs = _CJK_RUN.findall(text[:grant.start()][-16:])
    names = {runs[-1][:2]} if runs else set()  # (國際性會議 → 國際: the kind, not the 會議 every meeting shares)
    names |= {w for w in re.findall(r"[a-z-]+", (clause.gist_en or "").lower())[:1] if len(w) > 3}
    left, right = q[:split.start()], q[split.end():]
    return any(n in left for n in names) and (any(n in right for n in names) or bool(_POINTED_BACK.search(right)))


def _regardless_holder(read: list[Candidate], question: str) -> Candidate | None:
    """For a question whether a thing still counts as itself in some circumstance ("辦在台北還算國際會議嗎", "held in
    Taipei, is it still international?"), the close hit of the best one's regulation that grants it regardless of such
    circumstances ("國際性會議不分國內、外…一律…核給"), when the best one's text names the thing only negated ("…參加當地非
    國際性的會議…"): the rule on the thing itself answers, not the one on what it is not."""
    piece = yes_no_piece(fold(question))
    if not (ASKS_STILL.search(piece) or ASKS_SAME_TREATMENT.search(piece)):
        return None
    # (the thing is the question's subject, not the treatment asked: "當地小型研討會也是照國際會議給分嗎" asks of a local
    # seminar whether it is treated as international — the rule on members abroad at local meetings is its case)
    q_terms = question_terms(_TREATED_AS_ASKED.sub(" ", fold(question)))
    best = read[0]
    for c in read[1:]:
        text = fold(c.clause.text)
        if c.clause.doc != best.clause.doc or c.score < best.score * ANSWERING_SCORE or \
                (m := _REGARDLESS_GRANT.search(text)) is None or _subject_denied(question, text, c.clause.gist_en or ""):
            continue
        runs = _CJK_RUN.findall(text[:m.start()][-16:])
        subject = {runs[-1][i:i + 2] for i in range(len(runs[-1]) - 1)} if runs else set()
        named = subject & q_terms
        said = fold(best.clause.text)
        if any(t in said and not _plainly_in(t, said) for t in named):  # (國際 only in 非國際性)
            return c
        # (in English, the gist's own subject, "International meetings earn …", against the best gist's "non-international")
        words = [w for w in re.findall(r"[a-z-]+", (c.clause.gist_en or "").lower())[:2] if len(w) > 3 and w in q_terms]
        if any(re.search(rf"\bnon-?{w}", (best.clause.gist_en or "").lower()) for w in words):
            return c
    return None


def _discretion_holder(read: list[Candidate], question: str) -> Candidate | None:
    """For a question whether something happens every time / to every item ("每一項都一定會審嗎", "do they always check all
    of it?"), a close hit of the best's regulation whose text leaves it to discretion, all or some (`_SOME_OF_ALL`), sharing
    what is asked about, when the best hit says neither."""
    piece = yes_no_piece(fold(question))
    if not ASKS_ALWAYS.search(piece) or _DISCRETION.search(fold(read[0].clause.text)):
        return None
    asked = question_terms(question) - GENERIC
    return next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == read[0].clause.doc
                 and _SOME_OF_ALL.search(fold(c.clause.text)) and asked & _terms(fold(c.clause.text))
                 and c.score >= read[0].score * ANSWERING_SCORE), None)


def _exceptions_holder(read: list[Candidate], question: str) -> Candidate | None:
    """For a question whether a grant holds in every case ("就一定能用嗎", "is it guaranteed?"), a close hit of the best's
    regulation listing the cases that bar it (`_EXCEPTIONS`) when the best hit lists none — for the question's grades, if
    it states any (the exceptions' own condition names them: "評等為 A、B、C 者")."""
    text = fold(question)
    if not ASKS_GUARANTEED.search(text) or _EXCEPTIONS.search(fold(read[0].clause.text)):
        return None
    grades = _grades(question)
    return next((c for c in read[1:1 + ANSWERING_DEPTH] if c.clause.doc == read[0].clause.doc
                 and _EXCEPTIONS.search(fold(c.clause.text))
                 and (not grades or grades <= _said_grades(fold(c.clause.text)))
                 and c.score >= read[0].score * ANSWERING_SCORE), None)


# The kinds of question a heading's items answer as a whole: which documents, which items, what it is.
_ITEMS_ANSWER = ("documents", "definition", "other")


# Whether two things may both be had ("兩個都拿", "都可以算", "both", "double-dip", "on top of"), and a text granting
# two of its items together ("第四款與第六款可重複得分").
ASKS_BOTH = re.compile(r"[兩两二](?:個|个|者|邊|边|項|项|種|种)?都|都(?:可以|能|可|會|会)?(?:拿|領|领|算|申請|申请|得|給|给|認|认)|"
                       r"一起(?:算|拿|申請|申请|認|认)|(?:重複|重复|同時|同时)(?:拿|領|领|算|得分|計分|计分)|疊加|叠加|"
                       r"\b(?:both|double[- ]dip\w*|stack(?:ed|s)?|on top of|combine[ds]?|as well as)\b", re.I)
_ITEMS_TOGETHER = re.compile(r"第([一二三四五六七八九十]+)款[與与及和、]第([一二三四五六七八九十]+)款[^。；;]{0,6}?(?:可|得)(?:重複|重复)")


def _activity_rules(question: str) -> set[str]:
    """The rules of the credited activities the question names in the calculators' own words (a word inside a longer
    name is that name's, as in `_activity_named`)."""
    from calculators.tsa_cme import KINDS
    from calculators.vocab_tsa import ACTIVITY_KINDS, NAMED_OVERSEAS_MEETINGS

    text = _undenied(fold(question))
    found = [(k, m.span()) for k, words in ACTIVITY_KINDS for m in re.finditer(words, text, re.I) if m.end() > m.start()]
    found += [("international_meeting", m.span()) for m in re.finditer(NAMED_OVERSEAS_MEETINGS, text, re.I)]
    named = {k for k, (a, b) in found if not any(o != k and x <= a and b <= y and y - x > b - a for o, (x, y) in found)}
    return {KINDS[k].rule for k in named if k in KINDS}


# The other course offered as "only one of them" ("or only one of them?", "or just one?", "還是只能擇一", "还是只能算一个"): the
# first course asks whether both may be had.
# (… or "one or the other", "is it either/or", "只能二選一", "還是擇一": the same — whether both may be had)
_ONLY_ONE = re.compile(r"\s*(?:(?:is\s+it|do\s+i\s+get|can\s+i\s+(?:claim|get)|do\s+they\s+count)\s+)?(?:just|only)\s+(?:one|1|either)\b|"
                       r"\s*(?:(?:is\s+it|do\s+i\s+get|can\s+i\s+(?:claim|get)|do\s+they\s+count|it'?s)\s+)?(?:just\s+|only\s+)?"
                       r"(?:(?:one|1)\s+or\s+the\s+other|either\s*(?:/|-|\s)\s*or)\b|"
                       r"\s*(?:是)?(?:只能|隻能|只可以|隻可以|只|隻)\s*(?:擇一|择一|選一|选一|二選一|二选一|"
                       r"(?:算|拿|領|领|申請|申请)?\s*(?:其中)?\s*(?:一|1)\s*(?:個|个|項|项|種|种|份|樣|样|邊|边))|"
                       r"\s*(?:是)?(?:要)?(?:二|兩|两)?(?:擇一|择一|選一|选一|取一)", re.I)


def only_one_alternative(other: str) -> bool:
    """The (folded) other course offered is "only one of them" (`_ONLY_ONE`)."""
    return bool(_ONLY_ONE.match(other))


# The same course offered after "or" / 還是 anywhere in the question ("attendance plus presentation points, or just one?",
# "兩個都算還是二選一？"), where the alternatives are not split out as two pieces
_OR_ONLY_ONE = re.compile(r"(?:\bor\b|還是|还是|或是|抑或)(?:" + _ONLY_ONE.pattern + ")", re.I)


# … or said first, the both after it ("是擇一還是都給？", "one or the other, or both?")
_ONE_OF_TWO = re.compile(r"擇一|择一|[二兩两](?:選|选|擇|择|取)一|(?:只能|隻能)(?:算|拿|領|领)?(?:其中)?一(?:個|个|項|项|種|种|邊|边)|"
                         r"\b(?:one|1)\s+or\s+the\s+other\b|\beither\s*[/-]\s*or\b|\b(?:just|only)\s+(?:one|1)\b", re.I)


def both_or_only_one_asked(question: str, alternatives: tuple[str, str] | None = None) -> bool:
    """Whether both may be had or only one of them is asked: the other course offered (`alternatives`, else any "or …"
    in the question) is "only one of them"."""
    if alternatives is not None and only_one_alternative(alternatives[1]):
        return True
    text = fold(question)
    return bool(_OR_ONLY_ONE.search(text) or (ASKS_BOTH.search(text) and _ONE_OF_TWO.search(text)))


def combination_ruling(question: str, clause: Clause) -> str | None:
    """For a question whether two credited activities may both be had, the clause's sentence granting exactly those two
    items together ("第四款與第六款可重複得分" for a meeting abroad and a talk given there); None otherwise — a grant of
    other items is no yes to the pair asked, and an activity the question does not name leaves it open."""
    alternative = first_alternative(question)
    if clause.doc != "tsa-cme" or not (ASKS_BOTH.search(yes_no_piece(fold(question))) or
                                       both_or_only_one_asked(question, alternative)):
        return None  # ("can I claim the attendance points and the presentation points, or only one of them?": the one
        # offered as the other course asks whether both may be had)
    asked = _activity_rules(question)
    if len(asked) < 2:
        return None
    for sentence in re.split(r"(?<=[。；;])|[()（）]", clause.text or ""):
        if (m := _ITEMS_TOGETHER.search(sentence)) is None:
            continue
        items = {f"tsa-cme/5.{cn_to_int(m.group(1))}", f"tsa-cme/5.{cn_to_int(m.group(2))}"}
        if asked == items:
            return sentence.strip()
    return None


# The society's meetings a question may name apart ("月會…年會", "monthly meeting … annual meeting", "國外的會"), and a
# question naming one thing twice ("同一篇", "the same paper"), which 第六條 rules on.
_EVENTS = (("月會", "monthly meeting", re.compile(r"月會|\bmonthly\s+meetings?\b", re.I)),
           ("年會", "annual meeting", re.compile(r"年會|\bannual\s+(?:meeting|congress)s?\b", re.I)),
           ("國外會議", "meeting abroad", re.compile(r"國外|國際|出國|\b(?:abroad|overseas|international)\b", re.I)))
_SAME_THING = re.compile(r"同一(?:篇|場|次|個|份)|同(?:篇|場)|\bsame\s+(?:paper|talk|poster|meeting|presentation)\b", re.I)


# What a person does at a meeting, by kind: a lecture, a paper / poster presented, chairing, attending.
_MEETING_ACTS = (("lecture", re.compile(r"演講|演讲|講者|讲者|講師|讲师|講(?:過|了)|讲(?:过|了)|上台講|\b(?:lectur\w*|talks?|speech|spoke|speakers?|"
                                         r"faculty)\b", re.I)),
                 ("paper", re.compile(r"論文|论文|文章|壁報|壁报|期刊|\bsci\b|\b(?:papers?|posters?|abstracts?|articles?|publications?|pubs?)\b",
                                      re.I)),
                 ("chair", re.compile(r"座長|座长|主持|\b(?:chair\w*|moderat\w*)\b", re.I)),
                 ("attend", re.compile(r"參加|参加|出席|\b(?:attend\w*|attendance)\b", re.I)))


def _acts_named(question: str) -> set[str]:
    """The kinds of doing at a meeting the question names (`_MEETING_ACTS`): two kinds are two credited items, one kind at
    two meetings may be one paper given twice."""
    text = fold(question)
    return {kind for kind, cue in _MEETING_ACTS if cue.search(text)}


def _distinct_events(question: str, zh: bool) -> list[str]:
    """The society's meetings the question names, in its order, named in the answer's language (月會, 年會, 國外會議)."""
    text = fold(question)
    found = sorted((m.start(), name_zh if zh else name_en) for name_zh, name_en, cue in _EVENTS if (m := cue.search(text)))
    return [name for _, name in found]


def _activity_named(question: str, clause: Clause) -> bool:
    """The question names a credited activity in the calculators' own words (calculators/vocab_tsa.ACTIVITY_KINDS, a
    named overseas meeting: "ACS clinical congress", "國外會議", "壁報") whose rule is this clause (or holds it)."""
    from calculators.tsa_cme import KINDS
    from calculators.vocab_tsa import ACTIVITY_KINDS, NAMED_OVERSEAS_MEETINGS

    if clause.doc != "tsa-cme":
        return False
    text = fold(question)
    found = [(k, m.span()) for k, words in ACTIVITY_KINDS for m in re.finditer(words, text, re.I) if m.end() > m.start()]
    found += [("international_meeting", m.span()) for m in re.finditer(NAMED_OVERSEAS_MEETINGS, text, re.I)]
    # (a word inside a longer name is that name's: the 年會 of "ACS年會" names no TSA annual meeting)
    named = {k for k, (a, b) in found if not any(o != k and x <= a and b <= y and y - x > b - a for o, (x, y) in found)}
    rules = {KINDS[k].rule for k in named if k in KINDS}
    return len(rules) == 1 and any(clause.id == r or clause.id.startswith(r + ".") for r in rules)


def _undenied(text: str) -> str:
    """`text` with what its own negations govern blanked ("只有去聽沒上台報告" → "只有去聽沒    ", "no presentation" → "no …"):
    an activity the person says they did not do is named by no one."""
    out = list(text)
    for m in _QUESTION_NEGATED.finditer(text):
        if span := _denied_span(text, m.end()):
            out[m.end():m.end() + len(span)] = " " * len(span)
    return "".join(out)


# the instructor's certificate said (its renewal, the certificate, an interventional radiology meeting by its name): the point
# rules are the ones asked (`_tsir_activity_named`)
_TSIR_NAMED = re.compile(r"換證|换证|指導老師|指导老师|介入|\binstructor\b|\bTSIR\b|"
                         r"(?-i:(?<![A-Za-z])(?:RSNA|CIRSE|SIR|JSIR|KSIR|BSIR|APSCVIR|APCCVIR|ECR|ECIO|GEST|WCIO|SNIS)(?![A-Za-z]))", re.I)


def _tsir_point_rule(clause: Clause) -> bool:
    """One of the instructor's renewal point rules (tsir-instructor/5.1 … 5.4), or an item under one."""
    return re.match(r"tsir-instructor/5\.[1-4](?:\.|$)", clause.id) is not None


# The words before a meeting that make it the place of a role ("at an overseas IR meeting", "during the CIRSE", "在日本的", "於國外"):
# the role's scope (international / domestic), no meeting attended of its own.
_ROLE_PLACE_BEFORE = re.compile(r"\b(?:at|in|during|for)\s+(?:an?\s+|the\s+|this\s+|that\s+|my\s+|one\s+)?$|(?:在|於|于)[^，,。；;？?]{0,10}$",
                                re.I)


def _tsir_activity_named(question: str, clause: Clause) -> bool:
    """`_activity_named`'s like for the instructor's renewal points (kept apart: "國外會議算幾分" names the surgical kind, and
    the instructor's clause only where the rules answer weighs its point rules against each other): the one point rule (tsir-instructor/5.1 … 5.4) whose activities
    the question names in the calculator's words (calculators/vocab_tsir.KINDS: "ECIO", "國外會議", "座長", "SCI case report"),
    none of them said not done ("只有去聽沒上台報告": the talk is denied, the meeting attended is named)."""
    from calculators.tsir_instructor import POINTS, SCOPED_KINDS
    from calculators.vocab_tsir import KINDS

    text = _undenied(question)  # (as typed: a meeting's short name is matched in capitals, "SIR" never "sir")
    found = [(k, m.span()) for k, words in KINDS for m in re.finditer(words, text, re.I) if m.end() > m.start()]
    named = {k for k, (a, b) in found if not any(o != k and x <= a and b <= y and y - x > b - a for o, (x, y) in found)}
    # (a meeting named as where a role is held, "moderate a session at an overseas IR meeting", "在國外介入年會當座長": the role's
    # scope, no attendance of its own)
    if named & set(SCOPED_KINDS):
        named -= {k for k, (a, b) in found if k not in SCOPED_KINDS and _ROLE_PLACE_BEFORE.search(text[max(0, a - 24):a])}
    rules = {POINTS[k].rule for k in named if k in POINTS}
    return len(rules) == 1 and any(clause.id == r or clause.id.startswith(r + ".") for r in rules)


def _heading_named(question: str, q_terms: frozenset[str], best: Candidate, corpus: Corpus) -> bool:
    """The best hit is a bare heading with items ("2、書面考核：") whose own name the question holds whole (書面考核), and
    the question asks which ones or what it is (not a figure, a yes / no): the heading's items answer it."""
    clause = best.clause
    if answer_kind(question) not in _ITEMS_ANSWER or not clause.heading or len(_bare(clause.text)) > HEADING_CHARS:
        return False
    name = _terms(clause.heading) - GENERIC
    return len(name) >= 2 and name <= q_terms and bool(corpus.children(clause.id))


# The rest of a list asked for ("除了年會月會之外，還有哪些", "besides X and Y, what other …", "what else counts").
_ASKS_REST = re.compile(r"除了?[^，,？?。]{1,24}(?:之外|以外|外)?[，,]?\s*(?:還有|还有|另外|其他|其它|還可以|还可以)[^，,？?。]{0,8}"
                        r"(?:哪|什麼|甚麼|什么|啥)|(?:其他|其它|還有)(?:哪些|哪幾|什麼|甚麼)|"
                        r"\b(?:besides|apart from|other than|aside from|except(?: for)?|beyond)\b[^?]{1,80}\b(?:what|which)\b|"
                        r"\b(?:what|which) (?:other|else)\b|\bwhat (?:\w+ )?else\b", re.I)


def _items_named(question: str, q_terms: frozenset[str], best: Candidate, corpus: Corpus) -> bool:
    """The best hit is a list whose own items the question names by their headings (年會, 月會 of "參加本會年會",
    "參加本會月會") and the question asks for the rest of them or for the list: one item named for "除了…還有哪些", two for
    "哪幾種 / which ones"."""
    kids = [k for k in corpus.children(best.clause.id) if k.heading]
    if len(kids) < 3:
        return False
    named = {k.id for k in kids if (q_terms & _terms(k.heading or "")) - GENERIC - _MEETING_WORDS}
    if len(named) == len(kids):
        return False  # a term every item holds names none of them
    text = fold(question)
    return (bool(_ASKS_REST.search(text)) and len(named) >= 1) or \
        (bool(ASKS_LIST.search(text) or ASKS_KINDS.search(text)) and len(named) >= 2)


@dataclass(frozen=True)
class _ListHit:
    """A clause read as a hit in another's place (the list an item retrieved first belongs to)."""
    clause: Clause
    score: float
    via: list[str]


# Which kinds of people or roles a part covers, asked ("涵蓋哪幾種職類", "管哪些人員", "包括哪幾類人", "which kinds of staff / roles
# does it cover"): the part's own items are the answer.
_ASKS_KINDS_OF_PEOPLE = re.compile(
    r"(?:哪幾|哪几|哪些|幾|几)\s*(?:種|种|類|类|個|个)?\s*(?:職類|职类|職別|职别|職系|职系|人員|人员|身分|身份|專業人員|专业人员)|"
    r"(?:哪幾|哪几|哪些)\s*(?:種|种|類|类)?\s*(?:的)?人|職類|职类|"
    r"\b(?:which|what)\s+(?:kinds?\s+of\s+|types?\s+of\s+|sorts?\s+of\s+)?(?:staff|roles|professions|personnel|job\s+(?:types|titles|categories)|"
    r"positions|people)\b", re.IGNORECASE)


# The whole list asked for ("有沒有一個總的清單", "全部有哪些", "is there a full list?"): the list, not one item of it.
_ASKS_WHOLE_LIST = re.compile(r"清單|清单|總表|总表|一覽|一览|全部(?:有)?哪些|所有的?哪些|\b(?:full|complete|whole|master)\s+list\b|"
                              r"\blist\s+of\s+(?:all|every)(?:thing)?\b", re.I)


def _kinds_parent(question: str, read: list[Candidate], corpus: Corpus) -> Clause | None:
    """For a question asking which kinds of people or roles a part covers (`_ASKS_KINDS_OF_PEOPLE`), or asking for the
    whole list (`_ASKS_WHOLE_LIST`), met first by one item of a list and another of the same list among the next two hits
    (the staff section's 放射師 and 判讀醫師; the credits article's 5.10 and 5.12): that list, a heading with items; else
    None."""
    if not (_ASKS_KINDS_OF_PEOPLE.search(fold(question)) or _ASKS_WHOLE_LIST.search(fold(question))) or \
            not read[0].clause.parent:
        return None
    parent_id = read[0].clause.parent
    if not any(c.clause.parent == parent_id for c in read[1:3]) or any(c.clause.id == parent_id for c in read[:3]):
        return None
    parent = corpus.get(parent_id)
    items = [k for k in corpus.children(parent_id) if ".n" not in k.path[len(parent.path):]] if parent is not None else []
    return parent if len(items) >= 2 else None


def _list_of_named_item(question: str, q_terms: frozenset[str], best: Candidate, corpus: Corpus) -> Clause | None:
    """The list (parent clause) the best hit is an item of, when the question names that item and asks for the rest of
    the list ("除了發表論文以外還有什麼", "besides X, what else …")."""
    if not best.clause.parent or not _ASKS_REST.search(fold(question)):
        return None
    parent = corpus.get(best.clause.parent)
    if parent is None or not (q_terms & _terms(best.clause.heading or "")) - GENERIC - _MEETING_WORDS:
        return None
    return parent if _items_named(question, q_terms, Candidate(clause=parent, score=best.score, via=best.via,
                                                              kind_match=True, overlap=0.0, sentence=""), corpus) else None


_MEETING_WORDS = frozenset({"參加", "本會", "發表", "其他"})  # the items' own verbs and owner: no item named by them


def _other_rule_alike(question: str, q_terms: frozenset[str], best: Candidate, second: Candidate) -> bool:
    """The second hit is another regulation's clause that its curated asks tie to the question as well as the best's
    ("SCI 病例報告通訊作者幾分": the surgical society's and the IR society's SCI clauses), and the question names neither
    regulation (knowledge.lookup.doc_hints): it is a rival, whatever its sentence shares."""
    from knowledge.lookup import doc_hints

    if ASKS_LIMIT.search(fold(question)) and not _CAP_STATED.search(fold(second.clause.text)):
        return False  # "is there a yearly cap on paper credits?": a clause stating no cap is no rival answer
    # (and the two are alike: both texts hold the same terms of the question — 通訊 / 作者 / SCI —, not one regulation's
    # radiographer cap against the other's credit cap)
    both = (q_terms & _terms(best.clause.text or "") & _terms(second.clause.text or "")) - GENERIC
    return second.clause.doc != best.clause.doc and not doc_hints(question) and len(both) >= ALIKE_TERMS and \
        ask_share(q_terms, second.clause) >= ask_share(q_terms, best.clause) > 0


ALIKE_TERMS = 2  # the question's terms two regulations' clauses must both hold to be alike


def _parts_asked(question: str, best: Candidate, read: list[Candidate]) -> bool:
    from knowledge.shapes import asks_overview

    return asks_overview(question) == "parts" and any(c.clause.parent == best.clause.id for c in read)


def _clause_order(clause_id: str) -> tuple[int, ...]:
    """A clause id's position in its regulation ("tsa-cme/4.3" → (4, 3)); notes and letters last."""
    return tuple(int(p) if p.isdigit() else 999 for p in clause_id.split("/", 1)[1].split("."))


_ELLIPTIC_LEAD = re.compile(r"^\s*(?:那麼?|還有|还有|另外|至於|至于|而|and|also|plus|what about|how about)\s*|\s*呢?\s*[?？]?\s*$", re.I)


def _elliptic_subject(question: str) -> tuple[str, str] | None:
    """(the piece that asks, the other thing a verbless piece after it asks the same of): "外科年會去一次幾分？月會呢？" →
    ("外科年會去一次幾分？", "月會"); None when there is no such piece."""
    pieces = question_pieces(fold(question))
    for before, piece in zip(pieces, pieces[1:]):
        if ELLIPTIC.match(piece) and (ZH_WH.search(before) or EN_WH.search(before)):
            subject = _ELLIPTIC_LEAD.sub("", piece).strip()
            if subject:
                return before, subject
    return None


def _elliptic_pair(question: str, read: list[Candidate]) -> tuple[Candidate, Candidate] | None:
    """The clause answering the piece that asks and the one answering the same ask of the other thing after it: the first
    hit holding the other thing's own words (月會), and the first of the same regulation, apart from it, holding words only
    the piece that asks has (年會) and none of the other thing's."""
    found = _elliptic_subject(question)
    if found is None:
        return None
    main, subject = found
    main_terms, subject_terms = question_terms(main) - GENERIC, question_terms(subject) - GENERIC
    other, own = subject_terms - main_terms, main_terms - subject_terms
    if not other or not own:
        return None
    sub = next((c for c in read if other & _terms(c.clause.text)), None)
    if sub is None:
        return None
    firsts = [c for c in read if c is not sub and c.clause.doc == sub.clause.doc and not _related(c.clause, sub.clause)
              and own & _terms(c.clause.text)]
    apart = [c for c in firsts if not other & _terms(c.clause.text)]
    # (a figure asked, "SCI full article 一作可以抵多少分？另一篇 non-SCI case report 呢": the first that states it in the unit
    # asked — not the route of two SCI papers, "SCI 文章 2 篇" — even when it shares a word with the other (case report))
    # (no clause apart from the other thing at all, "SCI原著一作…抵多少？病例報告呢": no pair — the best one answers both)
    if apart and answer_kind(main) == "number" and not any(_meets_need(c, "number", main) for c in apart):
        apart = [c for c in firsts if _meets_need(c, "number", main)] or apart
    return (apart[0], sub) if apart else None


def _one_line_each(cands: "list[Candidate] | tuple[Candidate, ...]", question: str, q_terms: frozenset[str], kind: AnswerKind,
                   lang: str, corpus: Corpus) -> DirectLine:
    """One line per clause, joined ("；" / "; "; in English each after the first in lower case), each with its citation."""
    lines = [_line(c, question, q_terms, kind, lang, corpus).rstrip("。.") for c in cands]
    if kind in _ASKED_AFTER_WHETHER:
        lines = _lead_once(lines)
    if lang == "zh-TW":
        return DirectLine("；".join(lines) + "。", [c.clause.id for c in cands], True, kind)
    return DirectLine("; ".join([lines[0], *(_lower_first(x) for x in lines[1:])]) + ".", [c.clause.id for c in cands],
                      True, kind)


# A line's yes / no lead ("可以：", "不需要：", "Yes: ").
POLARITY_LEAD = re.compile(r"^(?:(?:不|沒|没)?(?:可以|需要|能|會|算|有|是|要)|否|yes|no)(?:：|:\s)", re.I)


def _lead_once(lines: list[str]) -> list[str]:
    """Lines for one question asking whether, then what ("可以加倍嗎？要附什麼證明？"): the first yes / no lead any line
    has goes before them all, once (the lines answer the what; the lead answers the whether)."""
    leads = [m.group(0) for x in lines if (m := POLARITY_LEAD.match(x))]
    if not leads:
        return lines
    bare = [POLARITY_LEAD.sub("", x, count=1) for x in lines]
    return [leads[0] + (bare[0] if leads[0].endswith("：") else _lower_first(bare[0])), *bare[1:]]


DOCUMENT_ITEMS_MAX = 3


# An item awarding credits ("…每篇給積分 10 分"): an activity of the credits list, never an item of a list of what to attach
# (whatever document word it holds: 病例報告, 發表).
_AWARDS_CREDITS = re.compile(r"積分\s*\d+\s*分|\d+\s*分")


# What is marked on what is handed in, asked ("上面還要圈什麼、寫什麼", "what do I circle / write on it?") and the list's step
# that does it ("將雜誌名稱、題目…圈選出來並註明會員號碼"): that step is one of the items, though it names no document.
_ASKS_MARKING = re.compile(r"圈|寫|写|註明|注明|標註|标注|\b(?:mark|circle|highlight|write|note)\b", re.I)
_MARKS = re.compile(r"圈選|圈选|註明|注明")
_ASKS_ATTACH = re.compile(r"附|交|送|寄|\b(?:attach|submit|send|enclose)\b|\b(?:want|need|include)\s+(?:a\s+|the\s+)?cop(?:y|ies)\b", re.I)


def _document_items(best: Candidate, read: list[Candidate], question: str = "") -> list[Candidate]:
    """The best hit and its siblings among the hits that each name a document (影本 / 證明 …), in the clause's order:
    the items of one list of what to attach, when the best is one of them (or another step of that list; the step that
    marks what is handed in, when the question asks what is marked: `_ASKS_MARKING`)."""
    marking = bool(_ASKS_MARKING.search(fold(question)))
    if marking and _MARKS.search(fold(best.clause.text)) and not _ASKS_ATTACH.search(fold(question)):
        return []  # (the marking alone asked, met first by the marking step itself: it answers, whatever else was set aside
        # — "除了圈期刊名、題目那些，還要寫什麼" is answered by what that step has written, 會員號碼及中文姓名; what to attach
        # asked too, "要附什麼、要圈哪些", is the whole list)
    if _AWARDS_CREDITS.search(fold(best.clause.text)):
        return []  # (an activity of the credits list, "參加國際…每次積分 30 分": its documents are its own notes, never the
        # activities beside it — the island practice's licence copies are no proof of a congress abroad)
    names_one = [c for c in read if c.clause.parent == best.clause.parent and ".n" not in c.clause.id
                 and (KIND_NEEDS["documents"].search(fold(c.clause.text)) or (marking and _MARKS.search(fold(c.clause.text))))
                 and not _AWARDS_CREDITS.search(fold(c.clause.text))]
    if not names_one:
        return []
    # (the best one may be the list's step that names no document — "圈選出來並註明會員號碼" —: it is still one of them)
    items = names_one if best in names_one or ".n" in best.clause.id else [best, *names_one]
    return sorted(items, key=lambda c: _clause_order(c.clause.id))[:DOCUMENT_ITEMS_MAX]


def _left_after_set_aside(items: list[Candidate], question: str) -> list[Candidate]:
    """The document items the question does not set aside (knowledge.siblings.set_aside: "besides the programme cover and
    the circled page, …" has the cover and the circling in hand), in their order; all of them when it sets none aside or
    every one holds something of it."""
    aside = set_aside(question)
    if not aside:
        return items
    held = [aside & sibling_terms(" ".join(x for x in (c.clause.text, c.clause.gist_zh, c.clause.gist_en) if x)) for c in items]
    # (only words that single one item out name it: "copy" / 影本, "programme" / 議程 are several items' words)
    own = [h - set().union(*(o for j, o in enumerate(held) if j != i)) for i, h in enumerate(held)]
    left = [c for c, mine in zip(items, own) if not mine]
    if not any(own) and any(held) and not all(held):
        left = [c for c, h in zip(items, held) if not h]  # "除了影本，上面還要圈什麼": a word of several items ("影本") sets
        # aside every item holding it — what is left is the step holding none (the circling)
    return left if len(left) < len(items) and left else items


SPLIT_DEPTH = 3  # the hits whose own items (or whose parent's) may be the parts asked


def _split_heading(question: str, read: list[Candidate], corpus: Corpus) -> Clause | None:
    """For a yes / no question whether a whole splits into two named parts, the heading (a close hit, or a close hit's
    parent) with exactly two items, at least one of them named by the question; None otherwise."""
    m = ASKS_SPLIT.search(fold(question))
    if m is None:
        return None
    named = [question_terms(m.group(1)), question_terms(m.group(2))]
    for c in read[:SPLIT_DEPTH]:
        for clause in (c.clause, corpus.get(c.clause.parent) if c.clause.parent else None):
            kids = [k for k in corpus.children(clause.id) if ".n" not in k.id] if clause is not None else []
            if len(kids) != 2:
                continue
            held = [_terms(" ".join(x for d in (k, *corpus.descendants(k.id)) for x in (d.heading, d.text, d.gist_zh) if x))
                    for k in kids]
            if all(any((terms & h) - GENERIC for h in held) for terms in named):
                return clause  # (each part named is one the heading's items hold: a part it lacks is no 是)
    return None


def _only_or_also_heading(question: str, read: list[Candidate], corpus: Corpus) -> tuple[Clause, Clause, Clause] | None:
    """For "only X, or also Y?" (knowledge.siblings.only_or_also), the best hit or a clause over it one of whose items
    holds X and another Y — (heading, X's item, Y's item): both are in it, the answer is the heading's items. None
    otherwise (a Y no item holds is no yes)."""
    if (courses := only_or_also(question)) is None:
        return None
    # (the first course is what the only-ask names, not an ask before it: "現場測試是誰派人來做？只有國健署嗎，還是原能會也會
    # 來" offers two agencies — the 現場測試 of the who-ask before it is no course, and no item holds an agency)
    first, second = (question_terms(c) - GENERIC for c in (_last_sentence(courses[0]), courses[1]))
    # (the best hit itself, or a clause over it: a heading met only through a weaker hit is another subject's — "交報告就
    # 夠了嗎？還是也要參加座談會" met first by a re-read row is not answered by the credits article over a lesser hit)
    # (and one the search found: the line's clause is quoted)
    over = [read[0].clause]
    while len(over) < 3 and over[-1].parent and (up := corpus.get(over[-1].parent)) is not None and up.kind != "section":
        over.append(up)
    found = {c.clause.id for c in read}
    for clause in (c for c in over if c.id in found):
        kids = [k for k in corpus.children(clause.id) if ".n" not in k.id]
        held = [_terms(" ".join(x for d in (k, *corpus.descendants(k.id)) for x in (d.heading, d.text, d.gist_zh) if x))
                for k in kids]
        # (each course by words of its own item that the other item lacks: two rows of one table share their words)
        pair = next(((i, j) for i in range(len(kids)) for j in range(len(kids))
                     if i != j and first & (held[i] - held[j]) and second & (held[j] - held[i])), None)
        if pair is not None:
            return clause, kids[pair[0]], kids[pair[1]]
        also = next((kids[j] for j in range(len(kids)) if second & (held[j] - set().union(*held[:j], *held[j + 1:]))), None)
        if also is not None and not any(first & h for h in held) and _heading_in(question, clause):
            return clause, None, also  # "實地測試會測哪幾塊？只有機器本身，還是閱片螢幕跟影像儲存設備也算在裡面": the
            # second course is an item of the heading named, the first in the person's own words no item uses — the
            # second is in it, and the heading's items answer which parts there are
    return None


def _last_sentence(text: str) -> str:
    """The text after its last sentence end (?, ！, 。), what is left when nothing follows one."""
    pieces = [p for p in re.split(r"[?？!！。]", text) if p.strip(" ,，")]
    return pieces[-1] if pieces else text


_COURSE_NOISE = frozenset("也會会還还連连都算在裡里面要有是嗎吗呢測测查看審审")  # a course's verbs and particles


def _course_held(course: str, clause: Clause, corpus: Corpus | None) -> bool:
    """Does the clause (with its items) hold a content word of the (Chinese) course ("閱片螢幕跟影像儲存設備也算在裡面" →
    影像儲存…)? True when the course has no content word of its own."""
    own = {t for t in question_terms(course) - GENERIC if not set(t) & _COURSE_NOISE}
    if not own:
        return True
    kin = [clause, *(corpus.descendants(clause.id) if corpus is not None else ())]
    return bool(own & _terms(" ".join(x for d in kin for x in (d.heading, d.text, d.gist_zh) if x)))


def _heading_in(question: str, clause: Clause) -> bool:
    """The question names the clause's own heading ("實地測試" in "實地測試那天會測哪幾塊")."""
    own = _terms(clause.heading or "") - GENERIC
    return bool(own) and own <= question_terms(question)


def _both_line(found: tuple[Clause, Clause | None, Clause], question: str, lang: str,
               corpus: Corpus | None = None) -> str:
    """"會：兩者都在內——判讀醫師繼續教育及工作經驗、複判差異性評估（二(一)1）。" — the second course's own verb (會 / 有), then
    the two items by their headings (in English their gists); with no item of the first course, the second's item and
    then all the heading's items ("會：影像儲存設備查核也在內——實地測試包含：…")."""
    clause, first, second = found
    courses = only_or_also(question)
    does = _ALSO_DOES.search(courses[1]) if courses is not None else None
    if first is None:
        kids = [k for k in corpus.children(clause.id) if ".n" not in k.id] if corpus is not None else [second]
        if lang == "zh-TW":
            word = does.group(1) if does is not None and does.group(1) else "是"
            return f"{word}：{second.heading or _bare(second.text)}也在內——{clause.heading or _bare(clause.text)}包含：" + \
                "、".join(k.heading or _bare(k.text) for k in kids) + _cite_label(clause, lang) + "。"
        return "Yes, that is included too: " + "; ".join(
            _lower_first(_ABOUT_EN.sub("", k.gist_en or k.text).rstrip(". ")) for k in kids) + _cite_label(clause, lang) + "."
    if lang == "zh-TW":
        word = does.group(1) if does is not None and does.group(1) else "是"
        return f"{word}：兩者都在內——" + "、".join(k.heading or _bare(k.text) for k in (first, second)) + \
            _cite_label(clause, lang) + "。"
    return "Yes, both: " + "; ".join(_lower_first(_ABOUT_EN.sub("", k.gist_en or k.text).rstrip(". ")) for k in (first, second)) \
        + _cite_label(clause, lang) + "."


BOTH_OR_EITHER_DEPTH = 3  # the hits (and the clauses over them) read for the text's "其中之一即可" / "須同時…及…"


def both_or_either(question: str, read: list[Candidate], corpus: Corpus) -> tuple[Clause, bool] | None:
    """For a question asking whether all of several requirements are needed or any one will do
    (knowledge.conditions.asks_both_or_either), the close hit — or a clause over one — whose text settles it: (clause,
    False) for "符合其中之一即可" (either is enough), (clause, True) for "須同時符合…及…" (both). None otherwise."""
    if not asks_both_or_either(question):
        return None
    for c in read[:BOTH_OR_EITHER_DEPTH]:
        # (the requirements are the items of the clause that rules on them: "年資…跟演講論文" met by 1.2.2, under 第一條)
        for clause in (c.clause, *reversed(corpus.ancestors(c.clause.id))):
            own = fold(" ".join(x for x in (clause.text, clause.gist_zh) if x))
            if _ONE_SUFFICES.search(own):
                return clause, False
            if _BOTH_REQUIRED.search(own):
                return clause, True
    return None


def both_or_either_line(found: tuple[Clause, bool], lang: str) -> str:
    """"不用，符合其中之一即可：指導老師申請資格…（第一條）。" / "Yes, both are required: …" — the text's own answer to
    "all of them, or any one?", then its summary."""
    clause, both = found
    zh = lang == "zh-TW"
    gist = (clause.gist(lang) or _bare(clause.text)).rstrip("。. ")
    if zh:
        lead = "需要，兩者都須符合" if both else "不用，符合其中之一即可"
        return f"{lead}：{gist}" + _cite_label(clause, lang) + "。"
    lead = "Yes, both are required" if both else "No, either one is enough"
    return f"{lead}: {_lower_first(gist)}" + _cite_label(clause, lang) + "."


def short_form_line(short: tuple[str, str], clause: Clause, lang: str) -> str:
    """"「乳攝車」是「乳房 X 光攝影篩檢巡迴車」的簡稱（二(四)）。" — the text's full name for its short form (in English, then
    what the clause is about)."""
    term, full = short
    if lang == "zh-TW":
        return f"「{term}」是「{full}」的簡稱" + _cite_label(clause, lang) + "。"
    about = (clause.gist_en or "").rstrip(". ")
    return f"“{term}” is the rules' short form for “{full}”" + (f" — {_lower_first(about)}" if about else "") + \
        _cite_label(clause, lang) + "."


def _split_line(clause: Clause, corpus: Corpus, lang: str) -> str:
    """"是：分為實地測試、書面考核（一(二)）。" — the heading's two items by their headings (in English their gists)."""
    kids = [k for k in corpus.children(clause.id) if ".n" not in k.id]
    if lang == "zh-TW":
        return "是：分為" + "、".join(k.heading or _bare(k.text) for k in kids) + _cite_label(clause, lang) + "。"
    return "Yes: " + "; ".join(_lower_first(_ABOUT_EN.sub("", k.gist_en or k.text).rstrip(". ")) for k in kids) + \
        _cite_label(clause, lang) + "."


_DIFFERENT_WORKS = re.compile(r"\b(?:two|2|three|3|several|multiple)\s+different\s+(?:[\w-]+\s+)?(?:studies|papers|talks|abstracts|posters|"
                              r"works|presentations|articles|projects|topics)\b|\bdifferent\s+(?:studies|papers|talks|abstracts|posters|"
                              r"presentations|articles)\b|不同(?:的)?(?:篇|份)?(?:研究|文章|論文|摘要|題目|報告|壁報|poster)|"
                              r"(?:兩|2|三|3|幾)(?:篇|份|個)不(?:同|一樣)(?:的)?(?:研究|文章|論文|摘要|題目|報告|壁報|poster)")
_SAME_WORK_RULE = re.compile(r"同一篇")


# A ruling for a person of an age ("年齡屆滿 60歲以上…申請者", "aged 60 or over"): it holds only for who meets the age.
_AGE_CONDITION = re.compile(r"(?:屆滿|年滿|满|滿)\s*[0-9]+\s*(?:歲|岁)|[0-9]+\s*(?:歲|岁)\s*(?:\(含\))?\s*以上|"
                            r"\baged?\s+[0-9]+|\b[0-9]+\s*(?:years?\s+(?:old|of\s+age)|or\s+older)\b", re.I)
# The question states the person's age, or names what only that age is granted (終身 / lifetime): the age rule is its own.
# What only that age is granted, named by the question (終身 / lifetime).
_AGE_GRANT = r"終身|终身|\blifetime\b|\bfor\s+life\b"
_AGE_STATED = re.compile(r"[0-9一二三四五六七八九十]+\s*(?:歲|岁)|年紀|年龄|年齡|退休|" + _AGE_GRANT + r"|\b[0-9]+\s*(?:years?\s*old|y/?o)\b|"
                         r"\baged?\s+[0-9]+|\b(?:my\s+age|retir\w*|senior|elderly|over\s+[0-9]+)\b", re.I)


def _age_condition_unstated(c: Candidate, question: str) -> bool:
    """The clause rules only for a person of an age (`_AGE_CONDITION`) and the question neither states the person's age
    nor names what that age is granted: its yes / no is not the case's ("每6年要換證嗎" met by "60歲以上…免換證")."""
    text = fold(" ".join(x for x in (c.clause.text, c.clause.gist_en or "") if x))
    return bool(_AGE_CONDITION.search(text)) and not _AGE_STATED.search(fold(question)) and \
        _question_age(question) is None and not re.search(r"(?:滿|满)\s*[0-9]+", fold(question))  # ("今年底就满60了")


_AGE_SAID = re.compile(r"([1-9][0-9])\s*(?:歲|岁)|\b([1-9][0-9])\s*(?:years?\s*old|y/?o)\b", re.I)
_AGE_MINIMUM = re.compile(r"(?:屆滿|年滿|满|滿)\s*([0-9]+)\s*(?:歲|岁)|([0-9]+)\s*(?:歲|岁)\s*(?:\(含\))?\s*以上|"
                          r"\baged?\s+([0-9]+)\s+or\s+(?:over|older|above)\b", re.I)


def _age_minimum(c: Candidate) -> float | None:
    """The least age a clause's own rule is for ("年齡屆滿 60歲以上…", "aged 60 or over"), else None."""
    m = _AGE_MINIMUM.search(fold(" ".join(x for x in (c.clause.text, c.clause.gist_en or "") if x)))
    return float(next(g for g in m.groups() if g)) if m else None


def _stated_age(question: str) -> float | None:
    """The person's age the question states: `_question_age`, or a bare "62歲" / "62 years old"."""
    age = _question_age(question)
    if age is None and (m := _AGE_SAID.search(fold(question))) is not None:
        age = float(next(g for g in m.groups() if g))
    return age


# What only the age is granted, asked ("can I apply for the lifetime certificate at 58?"): the age rule is what is asked,
# and its own condition answers it (no, not before 60).
_AGE_GRANT_ASKED = re.compile(_AGE_GRANT, re.I)


def _age_short(c: Candidate, question: str) -> bool:
    """The clause rules for a person of an age (`_age_minimum`) that the age the question states falls short of
    ("我今年55歲，還需要每六年換證嗎" met by "60歲以上…免換證"): its ruling is not the case's — unless the question asks
    for what only that age is granted (`_AGE_GRANT_ASKED`)."""
    age, least = _stated_age(question), _age_minimum(c)
    return age is not None and least is not None and age < least and not _AGE_GRANT_ASKED.search(fold(question))


def _age_rule_met(best: Candidate, close: list[Candidate], question: str) -> Candidate | None:
    """Of the close hits of the best one's rules, the one ruling for a person of an age (`_age_minimum`) that the age the
    question states reaches, when the best one has no age rule: the case is that rule's ("明年就61了…還需要每六年換一次嗎"
    → 60歲以上…免換證). An age short of it leaves the general rule the answer."""
    age = _stated_age(question)
    if age is None or _age_minimum(best) is not None:
        return None
    return next((c for c in close if c.clause.doc == best.clause.doc and (least := _age_minimum(c)) is not None
                 and age >= least), None)


def _exemption_met(c: Candidate, corpus: Corpus, question: str, q_terms: frozenset[str]) -> bool:
    """The candidate is a listed condition of an exemption ("若符合下列條件者，不須附上…個案數證明：(1)…演講 3次(含)以上")
    whose case the question states (`_listed_condition`)."""
    combined = _listed_condition(c, corpus, question, q_terms)
    return bool(combined) and bool(_EXEMPTS.search(fold(combined)))


def _exemption_short(c: Candidate, corpus: Corpus, question: str) -> bool:
    """The candidate is a listed condition of an exemption ("若符合下列條件者，不須附上…：(1)…演講 3次(含)以上") and the
    question's own figure falls short of its threshold ("只講過 1 次", "given 1 lecture"): the exemption does not reach it."""
    parent = corpus.get(c.clause.parent) if c.clause.parent else None
    if parent is None or not _LISTED_CASES.search(fold(parent.text)) or not _EXEMPTS.search(fold(parent.text)):
        return False
    ruling = " ".join(x for x in (fold(parent.text), parent.gist_en or "") if x)
    if not (question_terms(question) & _terms(ruling)) - GENERIC or not _EXEMPTED_NAMED.search(fold(question)):
        return False  # (the question must ask of what the list exempts — 個案數, "case" —: "one paper at two meetings,
        # allowed?" is no ask of the SCI route's 2 篇, nor "一次可以同時申請兩三個領域嗎" of the lectures' 3 次)
    listed_acts = set().union(*(_acts_named(k.text) for k in corpus.children(parent.id)))
    if _acts_named(c.clause.text) and (asked_acts := _acts_named(question)) and not asked_acts & listed_acts:
        return True  # "參加介入研討會4次了，還要附個案數證明嗎" against "(1)…演講 3次(含)以上…講師或…座長 (2)…SCI…論文": the
        # count is of a doing none of the listed conditions names (attending) — not met, whatever the figure (a doing
        # another item names, "3篇SCI论文", is that item's to weigh)
    return _short_of(question, fold(c.clause.text))


# what the instructor rules' list exempts from, named by the question: the case count's proof (個案數證明, "case proof")
_EXEMPTED_NAMED = re.compile(r"個案|个案|案數|案数|病例數|病例数|\bcases?\b|\bcase[- ](?:count|number|log|list|proof|record)s?\b", re.I)


def _condition_matched(best: Candidate, answerable: list[Candidate], question: str, q_terms: frozenset[str],
                       corpus: Corpus) -> Candidate:
    """For a yes / no, the clause whose own condition matches what the question states answers: (b) an exemption whose
    listed condition the question states ("講過3次演講，還要附個案數證明嗎" → 不須附上…) outranks the general requirement
    for "還要…嗎 / do I still need"; (a) a ruling for a person of an age the question does not state ("每6年要換證嗎"
    met by "60歲以上…免換證") gives way to a close hit of the same rules that holds the question's own terms and has no
    such condition ("證件有效期限為六年")."""
    close = [c for c in answerable[:1 + ANSWERING_DEPTH + 2] if c is not best and c.score >= best.score * ANSWERING_SCORE]
    if _asks_need(question) and not _exemption_met(best, corpus, question, q_terms) and \
            (exempt := next((c for c in close if _exemption_met(c, corpus, question, q_terms)), None)) is not None:
        return exempt
    if (asks_permission(question) or _asks_need(question) or DOING_WITHOUT.search(fold(question))) and \
            not _exemption_short(best, corpus, question) and \
            (short := next((c for c in [best, *close] if _exemption_short(c, corpus, question)), None)) is not None:
        return short  # "只講過 1 次，可以不用附個案數證明嗎", "I've given 1 lecture, can I skip the case proof?" met first by
        # the SCI papers' route or the list's heading: the listed condition the question's figure falls short of answers
    if (age_rule := _age_rule_met(best, close, question)) is not None:
        return age_rule  # "主任明年就61了，指導老師證還需要每六年換一次嗎" met first by the renewal article: the rule for a
        # person of the age the question states (60歲以上…免換證) is the case's own
    if _age_condition_unstated(best, question) or _age_short(best, question):
        shared = (q_terms & _terms(fold(best.clause.text))) - GENERIC - _terms(_AGE_CONDITION.sub("", ""))
        other = next((c for c in close if c.clause.doc == best.clause.doc and not _age_condition_unstated(c, question)
                      and len((q_terms & _terms(fold(c.clause.text))) - GENERIC) >= max(1, len(shared) // 2)), None)
        if other is not None:
            return other
    return best


def direct_line(question: str, hits: list, corpus: Corpus, lang: str, *, tied: bool = True) -> DirectLine:
    """The one line that answers `question` from the retrieved clauses (or says none does). When the best hit answers
    nothing with confidence, a hit the retriever scores as high (`TIE`) that does answers ("病例數是算多久以內的？從哪一天
    開始往回算" met first, at the same score, by the screening count's calendar year, which says nothing of where the count
    starts: the instructor rules' 申請日開始計算，最近 6年內 answers both). `tied=False`: the hits' order only (one ask of
    a message asking several, `bot.rules_asks`: the message's own line already weighed the tie)."""
    line = _direct_line(question, hits, corpus, lang)
    if not tied or line.confident or len(hits) < 2 or "lookup" in hits[0].via or line.kind not in KIND_NEEDS:
        return line  # (only a figure, a period, documents, who or a consequence asked: a yes / no is never settled by
        # another clause because the best one settles nothing — "外院醫師不能進來聽，可以申請嗎" is no ask of the fee)
    q_terms = question_terms(question)
    first = read_hits(q_terms, hits[:1], corpus, line.kind)[0]
    for tied in hits[1:CANDIDATES]:
        if "lookup" in tied.via or tied.score < hits[0].score * TIE:
            continue
        if not (c := read_hits(q_terms, [tied], corpus, line.kind)[0]).kind_match or c.overlap < first.overlap:
            continue  # (it must hold what the kind needs, and as much of the question as the best one)
        again = _direct_line(question, [tied, *(h for h in hits if h is not tied)], corpus, lang)
        if again.confident and again.cited[:1] == [tied.clause.id]:
            return again
    return line


def _direct_line(question: str, hits: list, corpus: Corpus, lang: str) -> DirectLine:
    """`direct_line` read from the hits in their order."""
    kind = answer_kind(question)
    if kind in ("yes_no", "choice", "number", "where") and asks_source(question):
        kind = "other"  # "are the numbers taken from our own HIS data or from somewhere else?": where the figures come from
        # is the answer (the clause naming the source, knowledge.datasource), never a yes / no to the person's guess
    q_terms = question_terms(question)
    read = read_hits(q_terms, hits[:CANDIDATES], corpus, kind)
    # another body named by its name ("the Taiwan Urological Association annual meeting"): never the society's own clause
    order = others_first(question, [c.clause.id for c in read], corpus)
    # (a meeting abroad, "去日本開 JSS 年會": the society's own annual meeting is no answer and no rival)
    order = abroad_first(question, order, corpus, drop_own=True)
    read = sorted((c for c in read if c.clause.id in order), key=lambda c: order.index(c.clause.id))
    if not read:
        return DirectLine(_unsure(lang), [], False, kind)
    if kind in _ITEMS_ANSWER and "lookup" not in read[0].via and \
            (whole := _list_of_named_item(question, q_terms, read[0], corpus)) is not None and \
            (found := next((h for h in hits if h.clause.id == whole.id), None)) is not None:
        # "besides the monthly meetings, what else earns credits?" met first by the monthly meetings' item: the list it
        # is an item of (retrieved, further down) answers with the rest of it
        read = read_hits(q_terms, [_ListHit(whole, read[0].score, list(found.via))], corpus, kind) + \
            [c for c in read if c.clause.id != whole.id]
    if kind in _ITEMS_ANSWER and "lookup" not in read[0].via and (parent := _kinds_parent(question, read, corpus)) is not None \
            and (found := next((h for h in hits if h.clause.id in {c.clause.id for c in read}), None)) is not None:
        # "審查標準裡面管「人」的那部分，涵蓋哪幾種職類" met first by two of the staff section's own items (放射師, 判讀醫師): the
        # section listing them all answers which kinds there are
        read = read_hits(q_terms, [_ListHit(parent, read[0].score, list(found.via))], corpus, kind) + \
            [c for c in read if c.clause.id != parent.id]
    # a best hit on the negated qualifier — 發表 non-SCI 文章 — answers no question naming it only plainly ("兩篇 SCI…"):
    # the others answer (it is set aside only when first: a later one may hold what all share, a cap on all papers)
    # (a yes / no is answered by none of them, wherever ranked: a holder of the asked verb may be one)
    answerable = read
    # (not the clause listing the item the question names: "PAE 算腫瘤栓塞嗎" is answered by 非腫瘤…(PAE), which says no)
    negated = {c.clause.id for c in read if "lookup" not in c.via and negates_asked(question, c.clause.id, corpus)
               and not lists_named_term(question, c.clause)}
    # (works the question says are different — "two different studies at two meetings" — are no second claim of one:
    # the rule on the same work presented again, 同一篇文章…不得重複申請, is not theirs)
    if _DIFFERENT_WORKS.search(fold(question)):
        negated |= {c.clause.id for c in read if "lookup" not in c.via and _SAME_WORK_RULE.search(fold(c.clause.text))}
    if negated and any(c.clause.id not in negated for c in read):
        if read[0].clause.id in negated:
            read = [*read[1:], read[0]]
            answerable = read[:-1]
        if kind in ("yes_no", "choice"):
            answerable = [c for c in read if c.clause.id not in negated]
    if "lookup" not in answerable[0].via and _DENIES_LISTED.search(fold(question)) and \
            (apart := next((c for c in answerable[1:1 + ANSWERING_DEPTH] if answerable[0].clause.id in _excluded_items(c.clause)
                            and c.score >= answerable[0].score * ANSWERING_SCORE), None)) is not None:
        answerable = [apart, *(c for c in answerable if c is not apart)]  # "a surgery-related society's congress that isn't
        # one of the training-standard specialties" met first by 5.3 (those specialties): the clause that sets 5.3 apart
        # from its own (其他外科相關醫學會，不含第三款之醫學會) answers
    best = _answering(answerable, kind, question, corpus)
    preferred = False
    if kind == "number" and "lookup" not in best.via and _tsir_point_rule(best.clause) and _tsir_point_rule(read[0].clause) \
            and not _tsir_activity_named(question, best.clause) and \
            (own := next((c for c in answerable[:3] if _tsir_point_rule(c.clause) and c.kind_match
                          and _tsir_activity_named(question, c.clause)), None)) is not None:
        best, preferred = own, True  # "去年去ECIO只有去聽沒上台報告，換證可以抵幾分" met first by the talks' 5.3: the one
        # activity named (the meeting attended, the talk denied) is 5.4's, which states the figure asked
    if kind in ("yes_no", "choice") and not several_ruled(question, best.clause) and \
            (several := next((c for c in answerable if several_ruled(question, c.clause)), None)) is not None:
        best = several  # "可以同時申請栓塞跟消融嗎" met first by 消融's item: the clause ruling on several at once answers
    if kind in ("yes_no", "choice") and "lookup" not in best.via and \
            (both := _only_or_also_heading(question, read, corpus)) is not None:
        return DirectLine(_both_line(both, question, lang, corpus), [both[0].id], True, kind)  # "只看積分跟經驗嗎？還是也會評複判的
        # 差異", "只有書審就好，還是也會有人到現場測": the heading holding both courses asked — both are in it
    if kind in ("yes_no", "choice") and (settled := both_or_either(question, read, corpus)) is not None:
        return DirectLine(both_or_either_line(settled, lang), [settled[0].id], True, kind)  # "BOTH …, or is either one
        # enough?" met by "申請資格(符合其中之一即可)": either (no, not both); by "須同時符合…及…": both
    if kind == "yes_no" and "lookup" not in best.via and (whole := _split_heading(question, read, corpus)) is not None:
        return DirectLine(_split_line(whole, corpus, lang), [whole.id], True, kind)  # "是不是分成實測跟書面兩部分": 是,
        # and the two items the heading has
    if asks_scale(question) and (scale := next((c for c in read if _levels_lead(c.clause, corpus, lang)), None)) \
            and (scale is read[0] or best.clause.id.startswith(scale.clause.id + ".")):
        best = scale  # "一共幾級？": the clause that sets the scale, not one of its rows (a row holds a figure, not the count)
    if False and kind == "yes_no" and "lookup" not in best.via and asks_graded(question) and \
            (graded := _graded_holder(read, corpus)) is not None:  # (off: round 53's merge check found it leading
        # questions on announcements, comparisons and notes with 會 / Yes — cv-hpa-071, fq-hpa-086, rr36-015 …)
        # "乳攝儀實地測試的項目會打A到D的等級嗎", "are there grading standards for the unit itself?": yes — the clause setting
        # the scale says how (never the 不得 of what a D entails: that rules on the grade, not on whether there are grades)
        line = _line(graded, question, q_terms, "other", lang, corpus)
        lead = polarity_word(question, False, lang)
        text = f"{lead}：{line}" if lang == "zh-TW" else f"{lead}: {_lower_first(line)}"
        return DirectLine(text, [graded.clause.id], True, kind)
    if kind == "yes_no" and "lookup" not in best.via:
        best = _condition_matched(best, answerable, question, q_terms, corpus)  # (a) / (b): the clause whose condition
        # is the case's own answers, not a ruling for another case
    asking = " ".join(p for p in question_pieces(fold(question)) if ASKING.search(p))
    if "lookup" not in best.via and asked_against(asking, best.clause.id, corpus) and \
            (kept := next((c for c in answerable if c.clause.doc == best.clause.doc and c.score >= best.score * ANSWERING_SCORE
                           and not asked_against(asking, c.clause.id, corpus)), None)) is not None:
        best = kept  # "投 non-SCI 的期刊幾分" met first by 發表 SCI 論文: its sibling on non-SCI papers answers
    if kind == "definition" and (short := short_form_asked(question, best.clause.text)) is not None:
        return DirectLine(short_form_line(short, best.clause, lang), [best.clause.id], True, kind)  # "「乳攝車」這是指什麼"
        # met by "乳房 X 光攝影篩檢巡迴車 (以下簡稱乳攝車)": the full name the text gives the short form
    said = " ".join(x for x in (best.sentence, best.clause.gist_zh, best.clause.gist_en) if x)
    specific = (q_terms & _terms(said)) - GENERIC  # the question's own terms the answer holds
    if names_issuer(question, best.clause.doc, best.clause.text):
        specific |= {_ISSUER_TERM}  # "外科醫學會自己的年會" met by "參加本會年會": the society named is the text's 本會
    confident = "lookup" in best.via or (best.kind_match and best.overlap >= CONFIDENT_OVERLAP / 2) or \
        best.overlap >= CONFIDENT_OVERLAP * 1.5 or (best.kind_match and len(specific) >= CONFIDENT_TERMS)
    confident = confident or ask_share(q_terms, best.clause) >= ASK_CONFIDENT or (kind == "where" and "article" in best.via) \
        or (asks_source(question) and names_source(best.clause)) \
        or preferred or (kind == "number" and best.kind_match and _tsir_point_rule(best.clause)
                         and _tsir_activity_named(question, best.clause) and _TSIR_NAMED.search(question) is not None)
    if not confident and kind == "where" and (LOOKED_UP.search(fold(question)) or PLACE_ASKED.search(fold(question))) and \
            _WEB_ADDRESS.search(best.clause.text) \
            and (specific or ask_share(q_terms, best.clause) >= ASK_CONFIDENT / 2):
        confident = True  # "篩檢量去哪裡查？" met by "(篩檢量可至本署…系統 https://… 查詢)": the address is the place asked
    if not confident and kind == "consequence" and not question.isascii() and \
            stated_condition(best.clause, question) is not None:
        confident = True  # "每台複測都沒通過會怎樣" met by "若所有…皆未通過複測，取消…資格": the condition stated is the clause's
    if not confident and kind == "consequence" and _band_row_stated(best, question):
        confident = True  # "what happens to a reader whose negative re-read discordance lands between 7 and 15 percent?"
        # met by "甲、…陰性個案複判差異介於 7% - 15%，建議…": the band row holding the stated band is the case's own
    if not confident and kind == "period" and ASKS_BEFORE.search(fold(question)) and \
            _BEFORE_WINDOW.search(fold(best.clause.text)) and (specific or ask_share(q_terms, best.clause) >= ASK_CONFIDENT / 2):
        confident = True  # "最晚要提前多久送申請？" met by "須在開辦前「30天」來函申請": the window before is the period asked
    if not confident and kind != "yes_no" and len(specific) >= CONFIDENT_TERMS and _parts_asked(question, best, read):
        confident = True  # "複判差異分成幾種處理等級": the heading whose items (ranked with it) are the kinds asked
    if not confident and kind == "number" and best.kind_match and best is not read[0] and \
            read[0].clause.parent == best.clause.id and read[0].overlap >= CONFIDENT_OVERLAP * 1.5:
        confident = True  # "vascular (balloon angioplasty, stents…) — what's the case number?" met first by the item the
        # examples describe: its heading, stating the category's count, answers as surely as the item matched
    if not confident and kind == "definition" and (listing := _listing_holder(read, question, corpus)) is not None and \
            listing.clause.id == best.clause.id:
        confident = True  # "積分有哪些來源可以認？": the heading whose items are the things accepted (`_listing_holder`)
    if not confident and kind in _ITEMS_ANSWER and _items_named(question, q_terms, best, corpus):
        confident = True  # "除了年會月會，還有哪幾種活動可以認", "besides the annual meeting, what else counts?": the list
        # whose own items the question names answers with the rest of them
    if not confident and kind == "number" and best.kind_match and _activity_named(question, best.clause):
        confident = True  # "飛去開 ACS，國外會議算幾分" met by 5.4: the activity the calculators' vocabulary names in the
        # question is this clause's own, and the clause states the figure asked
    if not confident and _heading_named(question, q_terms, best, corpus):
        confident = True  # "書面考核大概要交哪些東西" met by the heading 書面考核: its items are what is asked
    if not confident and kind == "yes_no" and specific and best.kind_match and \
            len(specific | _listed_condition_terms(q_terms, best.clause, corpus)) >= CONFIDENT_TERMS:
        confident = True  # "常在介入研討會演講，是不是就不用附個案數？" met by "若符合下列條件者，不須附上…個案數證明": the
        # ruling holds what follows (個案數), its listed conditions what the person does (介入…演講)
    if not confident and kind == "who" and _WHO_DECIDES.search(fold(question)) and \
            _DECIDER_TEXT.search(fold(best.clause.text)) and (specific or ask_share(q_terms, best.clause) >= ASK_CONFIDENT / 2):
        confident = True  # "是主辦醫院自己決定還是學會決定？" met by "認定由本會「教育委員會」為之": who rules on it is asked
    if not confident and kind in ("who", "other") and "lookup" not in best.via and ASKS_AMENDMENT.search(fold(question)) \
            and _AMENDS.search(fold(best.clause.text)):
        confident = True  # "积分规定要改动的话，谁来批准" met by "本辦法經本會理事會通過…增訂、修改時亦同": how the rules
        # themselves are amended is what is asked, whatever word names the rules (規定 / 辦法)
    if not confident and kind == "yes_no" and "lookup" not in best.via and _grade_spared(best, question, lang):
        confident = True  # "放射師每1項都拿A的話，還需要額外去上課補積分嗎" met by the grade table: the row for the grade
        # stated asks nothing of the class the other rows require — the table answers (whatever few words they share)
    if kind == "yes_no" and "lookup" not in best.via and not specific - {_ISSUER_TERM}:
        confident = False
    if not confident and kind == "documents" and "lookup" not in best.via and _ATTACH_SET.search(fold(best.clause.text)) and \
            not _ATTACH_LIFTED.search(fold(best.clause.text)) and _activity_named(question, best.clause):
        confident = True  # "出國開會回來，要給學會看哪些證明" met by 5.4's "須檢附會議參加證影本": the activity named is the
        # clause's own (the calculators' vocabulary), and the clause says what is attached
    if not confident and kind == "yes_no" and "lookup" not in best.via and \
            (asks_permission(question) or ASKS_TAKEN.search(yes_no_piece(fold(question)))) and \
            late_for_window(fold(question), fold(best.clause.text or "")):
        confident = True  # "離上課只剩兩週，晚一點補申請還會收嗎" met by "須在開辦前「30天」…申請，未於期限內申請者恕不受理": the
        # case is late for the clause's window, which it bars — the line says no (whatever few words they share)
    if kind in ("yes_no", "choice") and several_ruled(question, best.clause):
        confident = True  # "more than one area at once?" met by "可申請單一或多重領域認證": the rule on several answers  # "積分可以跨年度保留嗎": sharing only 積分 / 年度 is no answer to it
    if "lookup" not in best.via and (figure := _figure_beside(read, best, question)) is not None \
            and (confident or _related(figure.clause, best.clause)):
        # "how many points is a monthly meeting, and do island docs get it doubled?" met first by the doubling: the figure
        # asked first (5.2's 20), by the piece that asks it, then the rest (5.15), one line each (a note the question's other
        # words met first, "要交什麼資料" met by 5.4's 備註一, answers after its own article's figure)
        piece = _asking_pieces(question)[0][0]
        lines = [_line(figure, piece, question_terms(piece), "number", lang, corpus).rstrip("。."),
                 _line(best, question, q_terms, kind, lang, corpus).rstrip("。.")]
        text = "；".join(lines) + "。" if lang == "zh-TW" else f"{lines[0]}; {_lower_first(lines[1])}."
        return DirectLine(text, [figure.clause.id, best.clause.id], True, kind)
    if kind == "yes_no" and "lookup" not in best.via and also_checked_missing(yes_no_piece(fold(question)), best.clause):
        confident = False  # "do they also test the reading monitors?" met by the reading physicians' standards: the thing
        # asked about is not in the clause — no yes
    # (read in the pieces that ask: "TIPS 歸哪個領域？我一直以為是非血管那類" states a belief, it asks nothing of 非血管)
    if "lookup" not in best.via and asked_against(asking, best.clause.id, corpus):
        confident = False  # "腹水抽吸算非血管介入嗎" met by 血管介入's items: the clause is on what the question sets apart
        # — its grant is no 算, its figure no answer
    if "lookup" not in best.via and denies_stated_bound(question, best.clause.text or ""):
        confident = False  # "陰性差異不超過 20%，要做什麼" met by 丙 (…陰性超過 20%，停止判讀): the band the question rules out
    if not confident:
        return DirectLine(_unsure(lang), [best.clause.id], False, kind)
    if "lookup" not in best.via and (note := _documents_note(question, best, corpus)) is not None:
        # "國外會議算幾分？要交什麼證明", "how many credits is that, and what do I send in?": the figure, then its own note on
        # the documents (5.4 備註一), one line each
        noted = read_hits(q_terms, [_ListHit(note, best.score, list(best.via))], corpus, kind)
        if noted:
            lines = [_line(best, question, q_terms, "number", lang, corpus).rstrip("。."),
                     _line(noted[0], question, q_terms, "documents", lang, corpus).rstrip("。.")]
            text = "；".join(lines) + "。" if lang == "zh-TW" else f"{lines[0]}; {_lower_first(lines[1])}."
            return DirectLine(text, [best.clause.id, note.id], True, kind)
    named = [c for c in read if "lookup" in c.via and c.clause.doc == best.clause.doc]  # (第二條 of another rule: no)
    if len(named) >= 2 and "lookup" in best.via:  # "二(一)1 和 二(一)2 各是什麼": one line for each clause named
        joiner = "；" if lang == "zh-TW" else "; "
        text = joiner.join(_line(c, question, q_terms, kind, lang, corpus).rstrip("。.") for c in named[:LOOKUPS_MAX])
        return DirectLine(text + ("。" if lang == "zh-TW" else "."), [c.clause.id for c in named[:LOOKUPS_MAX]], True, kind)
    if "lookup" not in best.via and (pair := _elliptic_pair(question, read)) is not None:
        # "外科年會去一次幾分？月會呢？": the same ask of another thing, each answered by its own clause, one line each
        return _one_line_each(pair, question, q_terms, kind, lang, corpus)
    if kind == "documents" and "lookup" not in best.via and best.clause.parent and \
            len(items := _document_items(best, read, question)) > 1:
        # "poster 要附哪些影本？" met first by one item of the list "申請者須：(1) 議程封面影本…(3) 摘要影本": each item a line
        # (those the question already has in hand left out: "besides the cover and the circled page, anything else?")
        return _one_line_each(_left_after_set_aside(items, question), question, q_terms, kind, lang, corpus)
    if kind == "where" and "lookup" not in best.via and ASKS_EACH_PLACE.search(fold(question)) and \
            (other := next((c for c in read if c is not best and c.clause.doc == best.clause.doc
                            and not _related(c.clause, best.clause) and c.score >= best.score * ANSWERING_SCORE
                            and (q_terms & _terms(c.clause.gist_zh or c.clause.text)) - GENERIC
                            - _terms(best.clause.gist_zh or best.clause.text)), None)) is not None:
        # "申請流程跟各活動給幾分分別寫在第幾條？": each thing asked has its own clause (the close one holding words of the
        # question that the best one does not), one line each
        return _one_line_each(sorted((best, other), key=lambda c: _clause_order(c.clause.id)), question, q_terms, kind,
                              lang, corpus)
    if kind == "number" and "lookup" not in best.via and _RESTRICTION.search(best.clause.text) \
            and case_excluded(best.clause.text, question):
        # "在地區醫院進修兩個月，可以拿幾分？", "a 3-month fellowship at a regional hospital — how many credits?": the figure belongs to
        # the kind the restriction admits (限在醫學中心進修), which the question's own case is not — the restriction is the answer
        line = _line(best, question, q_terms, "other", lang, corpus)
        return DirectLine(("不算：" if lang == "zh-TW" else "No: ") + (line if lang == "zh-TW" else _lower_first(line)),
                          [best.clause.id], True, kind)
    second = next((c for c in read if c is not best and not _related(c.clause, best.clause)), None)
    if (second is not None and kind == "number" and "lookup" not in best.via and second.kind_match
            and not parts_count_lead(question, best.clause, corpus, lang)  # ("how many parts": the heading's own count)
            and not leaves_figure_open(question, best.clause.text)  # (no figure is the answer: another's figure is no rival)
            # (nor the item the best one sets apart from its own, 5.10's 不含第三款: the question is on one or the other)
            and second.clause.id not in _excluded_items(best.clause) and best.clause.id not in _excluded_items(second.clause)
            # (the question's 非SCI / SCI names the best one's heading, not the rival's: knowledge.negations)
            and not polarity_settles(question, best.clause.id, second.clause.id, corpus)
            # (where the tiers begin is asked and the best one is that first row: a later tier is no rival)
            and not (ASKS_START.search(fold(question)) and best.clause.parent and best.clause.parent == second.clause.parent)
            and second.score >= best.score * TIE
            # (another regulation's clause is no rival of the one the question points to: "換證能抵幾分" is the IR rules')
            and not (second.clause.doc != best.clause.doc and doc_hints(question) == [best.clause.doc])
            # (the one activity named is the best one's: another activity of the same rules is no rival)
            and not (second.clause.doc == best.clause.doc and _activity_named(question, best.clause))
            # (… the instructor's renewal points alike: another point rule is no rival of the one activity named)
            and not (_tsir_point_rule(best.clause) and _tsir_point_rule(second.clause)
                     and _tsir_activity_named(question, best.clause))
            and (second.overlap >= best.overlap or _other_rule_alike(question, q_terms, best, second))
            and best.clause.gist(lang) and second.clause.gist(lang)
            and numbers_in(best.clause.gist(lang) or "") != numbers_in(second.clause.gist(lang) or "")
            and ((unit := _asked_unit(question)) is None  # (a figure in another unit than asked is no rival)
                 or _states_unit(fold(" ".join(x for x in (second.sentence, second.clause.gist_zh or "") if x)), unit))):
        joiner = "；" if lang == "zh-TW" else "; "
        lead = "兩條規定都可能適用：" if lang == "zh-TW" else "Two rules may apply: "
        if ASKS_LIMIT.search(fold(question)):  # "is there a cap?": yes, and both caps
            lead = "有，兩條規定都可能適用：" if lang == "zh-TW" else "Yes, two rules may apply: "
        text = lead + joiner.join(_line(c, question, q_terms, "other", lang).rstrip("。.") for c in (best, second))
        return DirectLine(text + ("。" if lang == "zh-TW" else "."), [best.clause.id, second.clause.id], True, kind)
    line = _line(best, question, q_terms, kind, lang, corpus)
    if kind in ("yes_no", "choice") and (online := online_now_lead(question, best.clause, lang)):
        line = online + POLARITY_LEAD.sub("", line, count=1)  # (the channel is the answer: no 需要 / 不用 to the paper
        # the question names, which the text's own 來函 would read either way)
        line = line if lang == "zh-TW" else online + _lower_first(line[len(online):])
    if kind == "choice" and "lookup" not in best.via and (course := _own_course_lead(question, best.clause, lang)):
        line = POLARITY_LEAD.sub("", line, count=1)  # (the course is the lead: "Yes: …" said once, with who)
        line = course + (line if lang == "zh-TW" else _lower_first(line))  # "展延是學會自動辦，還是要自己主動去申請？" met by "應…主動向醫學會提出展延申請": the second
        # course, the person's own application, is the one the text requires
    if kind == "yes_no" and lang == "zh-TW" and (earlier := _earlier_yes_no(question)) is not None and \
            line == _line(best, question, q_terms, "other", lang, corpus):
        # "閱片系統會被評估嗎? 實測有沒有含讀片螢幕那塊": the last ask, in words the clause lacks, settles nothing — the
        # same thing asked before it in the clause's words does
        again = _line(best, earlier, q_terms, kind, lang, corpus)
        if again != _line(best, earlier, q_terms, "other", lang, corpus):
            line = again
    if kind not in ("yes_no", "choice") and included(question, best.clause):
        line = f"有：{line}" if lang == "zh-TW" else f"Yes: {_lower_first(line)}"
    line = with_stated_period_row(line, best.clause, question, lang)
    if kind == "yes_no" and amendment_unstated(question, best.clause):
        return _amendment_unstated_line(line, best, read, question, q_terms, lang, corpus)
    return DirectLine(line, [best.clause.id], True, kind)


# A period the person states in years ("去駐外醫療團兩年", "abroad for 2 yrs"), and a row of the text giving the figure for
# a period in years ("一年扣抵 100 分,二年扣抵 200 分,以此類推").
_YEARS_STATED_ZH = re.compile(rf"(?<![0-9.])({_NUM})\s*(?:個)?\s*年(?![度級级0-9])")
_YEARS_STATED_EN = re.compile(r"\b([0-9]+|one|two|three|four|five|six)[\s-]*(?:years?|yrs?)\b", re.I)
_YEARS_ROW = re.compile(rf"({_NUM})\s*年\s*(?:扣抵|折抵|抵|可得|計|給|核給)[^，,；;()（）。]{{0,8}}?(?:{_NUM})\s*分")
YEARS_STATED_MAX = 12  # a larger figure before 年 is a year of the calendar (112年), not a period


def _years_stated(question: str) -> set[int]:
    text = fold(question)
    found = {cn_to_int(n) for n in _YEARS_STATED_ZH.findall(text)}
    found |= {_EN_NUMBERS.get(n.lower()) if not n.isdigit() else int(n) for n in _YEARS_STATED_EN.findall(text)}
    return {n for n in found if n is not None and 0 < n <= YEARS_STATED_MAX}


def stated_period_row(question: str, text: str) -> str | None:
    """The text's own row for the period the question states ("…for 2 yrs" against "(一年扣抵 100 分,二年扣抵 200 分,以此
    類推)" → "二年扣抵 200 分"); None when the question states no period in years or the text gives no row for it."""
    if not (years := _years_stated(question)):
        return None
    return next((m.group(0) for m in _YEARS_ROW.finditer(fold(text or "")) if cn_to_int(m.group(1)) in years), None)


def with_stated_period_row(line: str, clause: Clause, question: str, lang: str) -> str:
    """`line` with the text's own row for the period the question states, before its citation, when the line does not
    give that row's figure ("going abroad with a medical mission for 2 yrs — does that reduce what I need?": the line's
    "100 a year" and the text's "二年扣抵 200 分")."""
    if (row := stated_period_row(question, clause.text)) is None or numbers_in(row) <= numbers_in(line):
        return line
    label = _cite_label(clause, lang)
    zh = lang == "zh-TW"
    end = "。" if zh else "."
    body = line[:-len(end)] if line.endswith(end) else line
    if not body.endswith(label):
        return line
    body = body[:-len(label)]
    said = f"（條文：{row}）" if zh else f" (the text: “{row}”)"
    return body + said + label + end


# Whether the rules were amended, asked of the past ("第五條最近有修改嗎", "改過嗎", "has Article 5 been amended?"): not how
# they are amended ("修改要誰批准") nor whether they will be ("每年會調整嗎").
_ASKS_AMENDED = re.compile(r"有(?:沒有|没有)?\s*(?:被)?(?:修改|修正|修訂|修订|增訂|更改|改動|改动|調整|调整|變更|变更)|"
                           r"(?:修改|修正|修訂|修订|改|調整|调整|變更|变更)(?:過|过)|(?:修改|修正|修訂|修订|調整|调整|變更|变更)了(?!\s*(?:會|会|要|就|的話|的话))|最近|近期|近來|近来|"
                           r"\b(?:has|have|was|were)\b[^?]{0,40}\b(?:amended|revised|changed|updated|modified)\b|"
                           r"\b(?:any|recent(?:ly)?)\s+(?:amendments?|revisions?|changes?|updates?)\b", re.I)
# A clause recording an amendment made ("本辦法第 3、5、10 條依…95.09.13 公告修正", "articles 3, 5 and 10 were revised"):
# not the procedure for making one ("增訂、修改時亦同").
_AMENDMENT_MADE = re.compile(r"(?:依|於|于|經|经)[^。；;]{0,40}(?:修正|修訂|修订|修改)(?!時)|"
                             r"[0-9]{2,3}\s*[.年]\s*[0-9]{1,2}[^。；;]{0,30}(?:修正|修訂|修订)|"
                             r"\b(?:were|was|been)\s+(?:revised|amended)\b", re.I)


def amendment_unstated(question: str, clause: Clause) -> bool:
    """(c) The yes / no asks whether the rules or an article were amended ("第五條最近有修改嗎", "has Article 5 been
    revised?", `_ASKS_AMENDED` with an amendment word) and the clause records no amendment made (`_AMENDMENT_MADE`):
    its grant — or its procedure for amending, "增訂、修改時亦同" — is no 有 / Yes."""
    piece = yes_no_piece(fold(question))
    asks = _ASKS_AMENDED.search(piece) and (ASKS_AMENDMENT.search(piece) or _CHANGE_WORD.search(piece))
    text = " ".join(x for x in (fold(clause.text), fold(clause.gist_zh or ""), clause.gist_en or "") if x)
    return bool(asks) and not _AMENDMENT_MADE.search(text)


def _amendment_unstated_line(line: str, best: Candidate, read: list[Candidate], question: str, q_terms: frozenset[str],
                             lang: str, corpus: Corpus) -> DirectLine:
    """The line for an amendment the clause does not speak of: no yes / no (its grant is not the amendment's), the text
    said not to say, the clause's own line, and the article of its rules on how they are amended, where retrieved."""
    bare = POLARITY_LEAD.sub("", line, count=1)
    zh = lang == "zh-TW"
    lead = "條文沒有說明最近是否修改過：" if zh else "The text does not say whether it has been amended: "
    text = lead + (bare if zh else _lower_first(bare))
    ids = [best.clause.id]
    rule = next((c for c in read if c.clause.doc == best.clause.doc and c is not best and _AMENDS.search(fold(c.clause.text))
                 and not _AMENDS.search(fold(best.clause.text))), None)
    if rule is not None:
        more = _line(rule, question, q_terms, "other", lang, corpus)
        more = POLARITY_LEAD.sub("", more, count=1).rstrip("。.")
        text = text.rstrip("。.") + ("；修改的規定：" + more + "。" if zh else "; on amendments: " + _lower_first(more) + ".")
        ids.append(rule.clause.id)
    return DirectLine(text, ids, True, "yes_no")


# … or after the verb: "有沒有包括 Y", "也包含 Y 嗎", "does it include Y"
_INCLUDES = re.compile(r"(?:包不包含|包不包括|含不含)|(?:有沒有|有没有|是否|會不會|有|也)?(?:包含|包括|含)|\b(?:does|do|will)\s+(?:it|that|this|they|"
                       r"(?:the|our|my|your|their|its) [\w'’-]+(?:\s+[\w'’-]+){0,5}?)\s+"
                       r"(?:also\s+)?(?:include|cover|count|factor in|take in)\b"
                       r"(?=\s+(?!(?:for|as|toward|towards|against|in|into|to|under|on|at|if|when|yet)\b)[a-z])", re.I)
# ("do the techs' work days in the formula count weekends too?": a verb with its object — "do both count?" names none,
# and "does that count for the publication route?" asks whether it qualifies, not what is included)
# A text stating what something includes ("工作天數（含例假日）", "包括…", "(incl. holidays)").
_INCLUSION = re.compile(r"[（(]\s*(?:含|包含|包括)|包含|包括|\b(?:incl\.|including|includes)", re.I)
_ITEM_SPLIT = re.compile(r"跟|和|與|与|及|以及|、|,|，|/|還有|还有|\band\b|\bor\b", re.I)
_ITEM_NOISE = re.compile(r"^(?:那|這|这|像|例如|比如|請問|请问|所以|那麼|是不是|是否|都|也|有|the|is|are|both|also)+|"
                         # (a part pointed at after the thing, "影像存儲那塊", "閱片系統這部分", "螢幕之類的": the thing)
                         r"(?:那一?塊|這一?塊|那一?部分|這一?部分|那邊|這邊|的部分|部分|之類的?|等等)?(?:都|也|有|是不是|是否)*$", re.I)


# "does HPA still cover those screens?": cover as in paying for them (the fee rule's 不給付 answers), no inclusion asked.
_PAYS_FOR = re.compile(r"\b(?:cover|covers|covered)\b", re.I)


def _asks_left_out(piece: str) -> bool:
    """The (folded) piece asks whether named items are left out ("要扣掉例假日嗎", "are holidays excluded?"), not whether
    they are included — an A-not-A "含不含" asks the latter."""
    return bool(ASKS_EXCLUDED.search(_A_NOT_A.sub("", piece)))


def included(question: str, clause: Clause) -> bool:
    """The question's last piece (after a first one asking for the list) asks whether named items are included, and
    each is in the clause's text or gists."""
    pieces = question_pieces(fold(question))
    return len(pieces) >= 2 and items_on_list(pieces[-1], clause) is True
    # (a question that is only "X 有包含嗎" asks yes / no: the verdict path answers it, `items_on_list` guarding it)


# Whether a named thing is checked too ("會不會連讀片系統也一起測", "螢幕也會被查嗎", "do they also test the monitors"):
# the thing is asked to be among what the clause checks — its item naming it answers (`_holds_item`).
_CHECK_VERB = r"(?:測|測試|查|查核|檢查|審|評估|評|看|驗)"
# (Chinese only: an English "also check X" names X in words whose every Chinese form the clause need not hold)
_ALSO_CHECKED = re.compile(rf"連\s*(?P<item>[^，,。？?]{{2,30}}?)\s*(?:也|都)(?:會|要|有)?(?:一起|一併|順便)?(?:被)?\s*{_CHECK_VERB}")


def also_checked_missing(piece: str, clause: Clause) -> bool:
    """The (folded) piece asks whether a named thing is checked too (`_ALSO_CHECKED`: "會不會連讀片系統也一起測") and the
    clause does not name it (half its bigrams: `items_on_list`, not strict)."""
    return _ALSO_CHECKED.search(piece) is not None and items_on_list(piece, clause, strict=False) is False


# Words of any item ("an MRI coil check", "checking our archive"): the thing named is what must be on the list.
_GENERIC_ITEM_WORD = re.compile(r"(?:also|any|the|an?|our|their|check\w*|test\w*|measur\w*|inspect\w*|assess\w*|evaluat\w*|"
                                r"review\w*|item\w*|part)$")


def items_on_list(piece: str, clause: Clause, *, strict: bool = True, exclusion: bool = False) -> bool | None:
    """For a (folded) piece asking whether named items are included: True when each is in the clause's text or gists,
    False when one is not; None when the piece asks no such thing or names nothing. Not `strict`: a Chinese item is
    found when half its bigrams are (a question's own wording, "算合理量的工作天數", against "工作天數（含例假日）"), and
    False means no item is found at all."""
    m = ASKS_INCLUDED.search(piece)
    if m is not None:
        head = piece[:m.start()]
        if piece.isascii():
            head = re.sub(r"^\s*(?:and\s+)?(?:is|are)\s+", "", head + " " + " ".join(m.group(0).split()[1:-1]), flags=re.I)
    elif (also := _ALSO_CHECKED.search(piece)) is not None:
        head = also.group("item")  # "會不會連讀片系統也一起測", "do they also test the monitors": the thing named
    elif (m := _INCLUDES.search(piece)) is not None or (exclusion and (m := ASKS_EXCLUDED.search(piece)) is not None):
        # (with `exclusion`, a piece asking whether the items are left out names them the same way: "要扣掉例假日嗎")
        head = re.split(r"[嗎吗啊呢?？]|在內|在内", piece[m.end():])[0]
        if not head.strip() and not piece.isascii():
            head = piece[:m.start()]  # "X 有包括嗎": the item before the verb
        if not head.strip() or not re.search(r"[?？嗎吗啊呢]|有沒有|有没有|含不含|包不包|是否|會不會|要不要|算不算|\b(?:does|do|will)\b",
                                             piece, re.I):
            return None
    else:
        return None
    head = _ASIDE.sub("", head)  # ("讀片系統（就是醫生看片那幾台螢幕）": the aside explains the item, it names no other)
    # (a mainland word for the thing, "影像存儲", is the regulation's "影像儲存")
    items = [taiwan_words(x) for part in _ITEM_SPLIT.split(head) if (x := _ITEM_NOISE.sub("", part.strip()).strip(" ?？"))]
    if not items or len(items) > 6:
        return None
    from knowledge.lexical import expand_query

    haystack = fold(" ".join(x for x in (clause.text, clause.gist_zh, clause.gist_en) if x))
    found = []
    for item in items:
        if item.isascii():  # each content word in the text, or its Chinese term ("phantom" → 假體)
            words = [w for w in re.findall(r"[a-z]{2,}", item) if w not in EN_STOP and not _GENERIC_ITEM_WORD.match(w)]
            hits = [bool(re.search(rf"\b{w}", haystack) or ((zh := expand_query(w)) and all(fold(t) in haystack for t in zh)))
                    for w in words]
            found.append(bool(words) and (all(hits) if strict else any(hits)))
        elif strict:
            found.append(len(item) >= 2 and item in haystack)
        else:
            grams = {item[i:i + 2] for i in range(len(item) - 1)}
            shared = sum(g in haystack for g in grams)
            # (or its head, the last two characters, when it has a qualifier before it: "週末假日" against "例假日")
            found.append(bool(grams) and (shared * 2 >= len(grams) or shared >= 2 or
                                          (len(item) >= 4 and item[-2:] in haystack and bool(_CJK_RUN.fullmatch(item[-2:])))))
    return all(found) if strict else any(found)


# What a document says, asked ("那個函是怎麼講展延的", "公告裡寫了什麼", "what does the 1996 letter say about renewal?").
ASKS_SAYS = re.compile(r"怎麼(?:講|說|寫|規定)|怎么(?:讲|说|写|规定)|(?:講|說|寫|规定|規定)(?:了)?(?:什麼|什么|啥|些什麼)|"
                       r"(?:講|说|說|写|寫)(?:的)?是什麼|內容(?:是|為)?(?:什麼|什么|有哪些)|内容(?:是|为)?(?:什么|有哪些)|"
                       r"\bwhat (?:does|did|do) (?:the|that|this|those|these)\b[^?]{0,60}?\b(?:say|says|state|states|cover|covers)\b|"
                       r"\bwhat(?:'s| is) in (?:the|that|this)\b", re.I)
# A clause that names a document and introduces what follows ("二、中華民國 85 年…號函:", "…公告如下："): its items say it.
_DOCUMENT_HEADING = re.compile(r"(?:函|公告|令|釋示|解釋|備註|說明|附註|決議)\s*[:：]?\s*$|[:：]\s*$")


def document_contents(clause: Clause, corpus: Corpus, question: str, lang: str) -> str | None:
    """For a question asking what a document says, met by a clause naming that document with its content as items
    ("二、中華民國 85 年 6 月 6 日衛醫字第 85029982 號函:" over (一)…(二)…): the document's name, then its items' own
    gists — the rule it states, not a description of it; None otherwise."""
    if not ASKS_SAYS.search(fold(question)):
        return None
    text = _bare(clause.text or "").strip()
    if not text or not _DOCUMENT_HEADING.search(text):
        return None
    kids = [k for k in corpus.children(clause.id) if not k.path[len(clause.path):].startswith(".n")]
    if not kids or len(kids) > 4:
        return None
    zh = lang == "zh-TW"
    gists = [(k.gist_zh if zh else k.gist_en) or "" for k in kids]
    if not all(gists):
        return None
    name = re.sub(r"^[一二三四五六七八九十]+、\s*", "", text).rstrip(":： ")
    if zh:
        return f"{name}：" + "；".join(g.rstrip("。 ") for g in gists)
    head = re.split(r"\s+(?:on|about)\s+", clause.gist_en or "", maxsplit=1)[0].rstrip(". ") or clause.label
    return f"{head} says: " + "; ".join(_lower_first(g.rstrip('. ')) for g in gists)


def _narrower_list_holder(read: list[Candidate], question: str, corpus: Corpus) -> Candidate | None:
    """For a list asked ("包括哪幾方面", "哪些項目") met first by a heading with items, a close hit that is a heading with
    items of its own under it and shares every term the best one shares with the question and more of its own
    (the part the question names: 读片医生 → 判讀醫師); None otherwise."""
    if not ASKS_LIST.search(fold(question)):
        return None
    best = read[0]
    if not _items_of(best.clause, corpus):
        return None
    q = question_terms(question)

    def shared(c: Candidate) -> frozenset[str]:
        k = c.clause
        return (q & _terms(fold(" ".join(x for x in (k.text, k.gist_zh or "", k.gist_en or "") if x)))) - GENERIC

    own = shared(best)
    for c in read[1:]:
        if not c.clause.id.startswith(best.clause.id + ".") or not _items_of(c.clause, corpus) or \
                c.score < best.score * ANSWERING_SCORE:
            continue
        theirs = shared(c)
        if own <= theirs and len(theirs - own) >= 2:
            return c
    return None


# What the agency takes to review, asked ("what materials does the agency pull", "抽哪些東西", "會調閱什麼資料") …
_ASKS_TAKEN_ITEMS = re.compile(r"抽(?:取|選|查)?(?:哪些|什麼|什么|啥)|調閱(?:哪些|什麼)|调阅(?:哪些|什么)|"
                               r"(?:拿|要|收|調|调)(?:哪些|什麼|什么)(?:資料|资料|東西|东西|片子|影像)|"
                               r"\bwhat (?:\w+\s+){0,2}?(?:materials?|files?|records?|images?|films?|documents?|stuff)\b[^?]{0,40}?"
                               r"\b(?:pull|pulls|sample|samples|take|takes|collect|collects|request|requests|use|uses|review|reviews)\b|"
                               r"\bwhat (?:do|does|will) (?:they|the agency|hpa|the reviewers?)\s+(?:pull|sample|take|collect)\b", re.I)
# … met by a clause stating what it takes, as a list ("由本署抽取乳房 X 光攝影影像、異常報告表及完整檢查報告").
_STATES_TAKEN = re.compile(r"(?:抽取|抽選|抽查|調閱)[^。；]{0,40}、")


def _taken_holder(read: list[Candidate], question: str) -> Candidate | None:
    """For a question asking what the agency takes to review, the close hit stating what it takes when the best does
    not; None otherwise."""
    if not _ASKS_TAKEN_ITEMS.search(fold(question)) or _STATES_TAKEN.search(fold(read[0].clause.text or "")):
        return None
    return next((c for c in read[1:] if _STATES_TAKEN.search(fold(c.clause.text or "")) and
                 c.score >= read[0].score * ANSWERING_SCORE), None)


# A code asked by its scheme's name ("category 2", "BI-RADS 3", "第 2 類") …
_CODE_ASKED = re.compile(r"\b(?:category|cat\.?|bi-?rads)\s*[「\"']?\s*([0-9])(?![0-9])", re.I)
# … and a list of codes of that scheme a clause states ("category「0」、「3」、「4」、「5」", "Category 0, 3, 4, 5").
_CODE_LIST = re.compile(r"\b(?:category|cat\.?|bi-?rads)\s*[（(]?\s*((?:[「\"']?\s*[0-9]\s*[」\"']?\s*(?:[、,，]|and|or|與|及)?\s*){2,})",
                        re.I)


def code_off_list(question: str, clause: Clause) -> str | None:
    """For a question naming a code of a scheme ("category 2") against a clause listing that scheme's codes without it
    ("category「0」、「3」、「4」、「5」"): the statement that the code is not among those listed (the line's ground for
    its no); None otherwise (no code asked, no list, or the code is listed)."""
    q = fold(question)
    asked = {m.group(1) for m in _CODE_ASKED.finditer(q)}
    if not asked:
        return None
    text = fold(clause.text or "")
    m = _CODE_LIST.search(text)
    if m is None:
        return None
    listed = re.findall(r"[0-9]", m.group(1))
    missing = sorted(asked - set(listed))
    if len(listed) < 2 or not missing or asked & set(listed):
        return None
    zh = not question.isascii()
    shown = "、".join(listed) if zh else ", ".join(listed)
    name = "category"
    if zh:
        return f"category {'、'.join(missing)} 不在所列之內（所列為 {name} {shown}）"
    return f"category {', '.join(missing)} is not among those listed ({name} {shown})"


def _member_denial_word(asked: str, lang: str) -> str:
    """The no of a membership asked ("有算在…裡面嗎" → 不算, "有包含嗎" → 不包含, "是…嗎" → 不是)."""
    if lang == "en":
        return "No"
    piece = fold(asked)
    for cue, word in (("算", "不算"), ("包含", "不包含"), ("包括", "不包括"), ("含", "不含"), ("列", "不列入"), ("是", "不是")):
        if cue in piece:
            return word
    return "不在其內"


# What a clause states of its own, positively: a duty or an inclusion ("須檢附…", "實地測試包含…", "本節審查…", "…查核").
_AFFIRMS = re.compile(r"須|應|需|必須|包含|包括|審查|查核|檢附|測試|進行|評估")


def affirms_asked(clause: Clause, asked: str, q_terms: frozenset[str]) -> bool:
    """Does the clause itself state what a yes / no question asks, with no denial of its own? An enumerated item or a
    short duty ("(4) 影像儲存設備查核。" under "實地測試：", "(2) 檢附該篇文章的抽印本影本"), its gist stating it
    positively ("實地測試包含…", "須檢附…"), sharing at least two specific terms with the question — and a question
    with no denial of its own ("可以不附嗎" asks the contrary) and no figure of its own (a figure is the rule's to
    weigh)."""
    text = fold(clause.text or "")
    gist = fold(clause.gist_zh or "")
    if not text.strip() or len(_bare(text)) > 60 or "\n" in text.strip():
        return False
    if NEGATION.search(text) or NEGATION.search(gist) or EN_NEGATION.search(clause.gist_en or ""):
        return False
    if not (_AFFIRMS.search(text) or _AFFIRMS.search(gist)):
        return False
    piece = _A_NOT_A.sub("", fold(asked))
    # (the figure is looked for in the piece that asks: "One of our units is still a CR setup. Is there any extra test item
    # for CR?" — read "1 of our units" — states a count of the person's, not a figure put to the rule)
    if _QUESTION_NEGATED.search(piece) or \
            re.search(r"[0-9０-９]", _CODE_ASKED.sub("", _A_NOT_A.sub("", yes_no_piece(fold(asked))).replace("sci", ""))):
        return False
    shared = (q_terms & _terms(" ".join(x for x in (text, gist, fold(clause.gist_en or "")) if x))) - GENERIC
    return len(shared) >= 2


# A copy asked of ("复印件可以吗", "影印的行不行", "is a photocopy fine?"): the form the rules' 影本 names.
_COPY_ASKED = re.compile(r"影印|複印|复印|影本|副本|\b(?:copy|copies|photocopy|photocopies|scan|scanned)\b", re.I)


def note_duty_asked(clause: Clause, piece: str) -> bool:
    """Does a note, beside what it defines, state a duty (須 / 應 / 必須, not lifted: 不須 / 免) in a segment of its own that
    holds a specific term of the yes / no piece? "…，CR 須加測曝露指標之確認" for "is there an extra test item for CR
    units?": the note requires what is asked — a yes. A note that only defines ("…為平均分數") states nothing to say yes
    with; a duty about something else in it ("…須…" on the scores) is no yes to the thing asked."""
    asked = question_terms(piece) - GENERIC - _PRONOUN_TERMS
    for segment in re.split(r"[，,；;。]", fold(clause.text or "")):
        if _DUTY.search(segment) and not NEGATION.search(segment) and asked & _terms(segment):
            return True
    return False


# The kind of mammography unit a duty may fall on, written in capitals (never "Dr." the title).
_UNIT_KIND = re.compile(r"(?<![A-Za-z])(CR|DR)(?![A-Za-z])")


def other_kind_ruled(said: str, question: str) -> bool:
    """Does the ruling sentence name only kinds of unit the question does not, while the question names another ("CR 須
    加測曝露指標之確認", "若有曝露指標(CR系統)，測試其校正之正確性" for "do DR units also need the exposure index check?")?
    Its duty or inclusion is no yes to the question's kind."""
    asked = {k.upper() for k in _UNIT_KIND.findall(question)}
    ruled = set(_UNIT_KIND.findall(said or ""))
    return bool(asked) and bool(ruled) and not ruled & asked


def affirmed_piece(clause: Clause, asked: str, q_terms: frozenset[str]) -> str | None:
    """The question (or its piece) a clause affirms (`affirms_asked`): the asked text when its yes / no piece shares
    a specific term with the clause; an earlier yes / no piece that does when the last asks of something the clause
    does not name ("抽印本要不要附？复印件可以吗": the 要不要 of the reprint, not the 可以 of the copy); None otherwise."""
    if not affirms_asked(clause, asked, q_terms):
        return None
    own = _terms(" ".join(x for x in (fold(clause.text or ""), fold(clause.gist_zh or ""), fold(clause.gist_en or "")) if x))
    text = fold(asked)
    piece = yes_no_piece(text)
    if ".n" in clause.id and not note_duty_asked(clause, piece):
        return None  # a note defines or explains ("抽選片分數為…平均"): it states no duty or inclusion to say yes with
    if (question_terms(piece) & own) - GENERIC - _PRONOUN_TERMS:
        # (leave asked — "can she keep screening?", "can the instructor turn them down?" — is not what a duty or an
        # inclusion grants: no yes)
        return None if asks_permission(piece) else asked
    if not (_COPY_ASKED.search(piece) and "影本" in fold(clause.text or "")):
        return None  # ("要附抽印本嗎？直接給期刊網址可以嗎": the last asks of what the clause does not name — no 需要 that
        # a reader would take for its answer)
    for p in question_pieces(text):
        if p != piece and ZH_YES_NO.search(p) and not ZH_WH.search(p) and (question_terms(p) & own) - GENERIC - _PRONOUN_TERMS \
                and not asks_permission(p):
            return p
    return None


UNSURE = {"zh-TW": "條文中沒有一句能直接回答這個問題；以下是最相關的條文：",
          "en": "I found no sentence in the rules that answers this directly; these are the most relevant clauses:"}


def _unsure(lang: str) -> str:
    return UNSURE["zh-TW" if lang == "zh-TW" else "en"]


# ---------------------------------------------------------------- a clause that does not exist

def missing_article_line(missing: list[tuple[int, list[str]]], corpus: Corpus, lang: str) -> str:
    """'第十五條不存在：…共有第一條至第十二條。' for each regulation searched."""
    from knowledge.labels import zh_numeral

    n, docs = missing[0]
    spans = []
    for d in docs:
        arts = [int(c.path) for c in corpus.documents[d].clauses if c.path.isdigit() and c.path != "0"]
        title = corpus.documents[d].title
        spans.append(f"{title}共有第{zh_numeral(arts[0])}條至第{zh_numeral(arts[-1])}條" if lang == "zh-TW"
                     else f"{d} has articles {arts[0]}–{arts[-1]}")
    if lang == "zh-TW":
        return f"第{zh_numeral(n) if n < 100 else n}條不存在：" + "；".join(spans) + "。"
    return f"There is no article {n}: " + "; ".join(spans) + "."
