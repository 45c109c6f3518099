"""The shape of a question — who acts, or when / for how long — read from its wording, for the retriever.

A question asking *who* ("who reviews the instructor applications?", "指導老師資格誰審？") is answered by the clause that
names the body that acts (第七條 認證審查小組), not by the application procedure that shares its topic words (第八條); one
asking *when / for how long* ("how long is the certificate good for?", "抽片是抽多久以內拍的？") by the clause stating
the period. The clauses' curated asks (knowledge/asks/) were written to vary the angle — the figure, the yes / no, who,
the deadline — so each clause's asks of one shape say which shapes of question it answers: the retriever ranks the
clauses by BM25 over their asks of the question's shape (knowledge.retrieve, SHAPE_WEIGHT).

Only these two shapes: measured on every development rules question (1712) with the asks' shapes as the bot reads
them, adding the figure ("how many / 幾分"), document ("what do I attach"), place and consequence shapes lost more
cases than they gained (recall@1 0.890 → 0.882 with all six at weight 1.0; who + period + documents at 0.7: 0.894,
but three document questions lost; who + period at 0.7, kept: with the round's English bridges (knowledge.lexical)
recall@1 0.890 → 0.896, English 0.872 → 0.888, recall@3 0.974 → 0.975). A question of both shapes ("who has to
attend, and by when?") has none.
"""

from __future__ import annotations

import re
from typing import Literal

from knowledge.textnorm import fold

Shape = Literal["who", "period"]

# "第幾條 / 哪一條 / which article covers …" asks for an article by name (條 / article), not a section or part: the
# retriever lifts the hit to its article, and the engine names the article (a "which section / part" question is answered
# at the level its topic is; the mammography rules have no articles).
ASKS_ARTICLE_ITSELF = re.compile(r"第[幾几][條条]|哪一?[條条]|哪一?個條文|\b(?:which|what) article\b", re.I)

# The rules' statement of purpose (宗旨: "本會為提昇…特訂定本辦法") names the whole regulation, so any question naming the
# regulation shares its words; asked *which article* covers a topic ("申請辦法規定在第幾條？"), it is no answer unless the
# purpose itself is asked ("宗旨寫在哪一條？", "why were these rules made?").
PURPOSE_HEADINGS = frozenset({"宗旨"})
_ASKS_PURPOSE = re.compile(r"宗旨|目的|為什麼|为什么|為何|为何|為了什麼|为了什么|\b(?:why|purpose|aims?|goals?|point)\b", re.I)


def asks_purpose(question: str) -> bool:
    """Whether the question asks why the rules were made (their 宗旨), in zh-TW, zh-CN or English."""
    return bool(_ASKS_PURPOSE.search(fold(question)))

_WHO = re.compile(r"誰|哪(?:些|一?個)?(?:單位|機構|委員會|機關|小組)|由哪|\bwho\b|\bwhom\b|"
                  r"\bwhich (?:bod(?:y|ies)|committees?|units?|offices?|organi[sz]ations?|agenc(?:y|ies)|authorit(?:y|ies))\b")
# Who does it asked as a choice of bodies rather than with 誰 / who ("是國健署自己派人來嗎 還是會有別的單位一起", "does the HPA send
# its own people or does another agency come too?", "派誰來測"): the body the clause names is the answer.
WHO_CHOICE = re.compile(r"派(?:誰|谁)|(?:自己|親自|亲自)派人(?:來|来|過來|过来|下來|下来)|"
                        # "是主辦醫院自己決定還是學會決定", "醫院認定的嗎？還是學會": which body rules on it
                        r"(?:決定|决定|認定|认定|核定|說了算|说了算)\s*(?:的)?\s*(?:嗎|吗)?\s*[？?，,]?\s*(?:還是|还是|或是)|"
                        r"(?:會有|会有|還有|还有|有沒有|有没有|會不會有|会不会有)(?:別的|别的|其他|其它|另外的?|另一個|另一个)\s*(?:單位|单位|機關|机关|機構|机构)|"
                        r"\bsends?\s+(?:its|their)\s+own\s+(?:people|staff|inspectors?|team|personnel)\b|"
                        r"\b(?:another|other|a\s+different|some\s+other)\s+(?:agenc(?:y|ies)|bod(?:y|ies)|authorit(?:y|ies)|offices?|"
                        r"government\s+(?:agency|body|office)s?)\s+(?:also\s+)?(?:comes?|joins?|involved|take\s+part|come\s+along|too|as\s+well)\b",
                        re.IGNORECASE)
_PERIOD = re.compile(r"多久|多長|幾年|幾個月|幾天|幾日|何時|什麼時候|哪時|期限|截止|效期|往前[算推]|回溯|多早|"
                     r"\bhow long\b|\bdeadline\b|\bby when\b|\btime (?:limit|window|frame|span)\b|"
                     r"\bhow (?:soon|early|far ahead|far back|far in advance)\b|\b(?:what|which) (?:period|window)\b|"
                     r"\b(?:good|valid) for\b|\bhow many (?:days|months|years|weeks)\b")
# "when" asks the time only as the question's own word: first, or after a break or a conjunction ("…, and by when?")
_WHEN = re.compile(r"(?:^\W*|[,;:?.(—–-]\s*|\b(?:and|but|so|or|until|from)\s+)when\b")
# … not in a yes / no question whose "when" is subordinate ("when I send it in, do I need to mark anything?")
_AUX_SUBJECT = re.compile(r"\b(?:do|does|did|can|could|must|should|may|will|would|is|are|has|have)\s+"
                          r"(?:i|we|you|they|he|she|it|this|that|there)\b")


def question_shape(text: str) -> Shape | None:
    """"who" or "period" when the question asks that (and not both), else None."""
    t = fold(text)
    who = bool(_WHO.search(t))
    period = bool(_PERIOD.search(t)) or (bool(_WHEN.search(t)) and not _AUX_SUBJECT.search(t))
    if who == period:
        return None
    return "who" if who else "period"


# A question asking what something is made of — its kinds, parts, levels or items as a whole ("臨床影像評估分哪兩種？",
# "複判差異的處理分幾級？", "which parts does the equipment review have?") — is answered by the enclosing clause that
# lists them, not by one of its parts, which shares more of the question's words (the parent's own text is often a bare
# heading: "(三) 臨床影像評估。"). Only the nouns of a whole: "附哪些文件" (documents) is not one. A question asking a
# total ("血管介入總共要幾例？", "how many cases in total?") is answered by the enclosing clause only where that clause
# states the total itself ("共 100例"): knowledge.retrieve reads which.
_PARTS_ZH = r"大?(?:種|類|级|級|部分|部份|塊|項目?|個?等級|個?層級|階段|方面)"  # (幾大塊 / 幾大項 / 幾大部分 alike)
_OVERVIEW = re.compile(
    rf"分(?:成|為|作)?(?:哪(?:幾|兩|些)?|幾|兩|二|三|四)個?{_PARTS_ZH}|分.{{0,10}}[兩二三四幾]{_PARTS_ZH}[嗎吗?？]|"
    rf"(?:看|評|審|查|包含|包括|涵蓋|有|列|含)(?:的是|的|是)?哪(?:幾|些|兩)個?{_PARTS_ZH}|哪(?:幾|兩)個?{_PARTS_ZH}|總覽|"
    rf"第[一二三四五六七八九十]大項|(?:怎麼|怎么|如何|是怎樣|是怎样)(?:區?分級|区?分级|分等級?|分等级)|"
    rf"有(?:幾|几|哪幾|哪几)(?:種|种|類|类|級|级|個?等級|個?層級|個?階段)|"
    # what a standard or a set of measures holds, as a whole ("審查標準有哪些", "輔導措施有哪些"; not "會看哪些？", said
    # as often of one item's checks)
    r"(?:標準|标准|措施|要求)(?:有|是|包括|包含)?(?:哪些|哪幾|哪几)|"
    r"(?:整個|整个|全部|通通)列|"
    # how the standard is built: separate measures or one combined ("疑似陽性跟陰性是分開各自有門檻的嗎?還是合併一個百分比", "are they
    # separate cut-offs or one combined rate") — the heading over the parts, which each state both
    r"(?:分開|分开|各自|分別|分别|獨立|独立)[^，,。？?]{0,8}?(?:門檻|门槛|標準|标准|計算|计算|算|評估|评估|百分比|比例)[^。]{0,24}?(?:還是|还是|或是|或者)"
    r"[^，,。？?]{0,6}?(?:合併|合并|合在一起|加在一起|一起算|綜合|综合|加總|加总)|"
    r"\bseparate(?:ly)?\b[^?.]{0,50}?\bor\b[^?.]{0,30}?\b(?:combined|pooled|merged|together|(?:one|a)\s+(?:single|overall|combined|pooled))\b|"
    r"\b(?:which|what) (?:are the )?(?:items|parts|kinds|types|categories|components|areas|sections|tiers|levels|elements)\b|"
    r"\b(?:divided|split|broken(?: down)?|grouped|sorted) into\b|"
    r"\bhow many (?:levels|tiers|kinds|types|categories|grades|parts|components|items)\b|"
    r"\b(?:big |main )?buckets\b|\bwhat(?:'s| is) on the list\b|\bwhich [a-z]+ groups\b|"
    r"\bwhat (?:do|does) (?:they|it|the (?:review|audit|reviewers?)) (?:look at|check|cover)\b|"
    r"\boverview\b|\bwhat does (?:it|that|this|the \w+(?: \w+)?) (?:cover|include|consist of)\b"
)
_TOTAL = re.compile(r"總共|一共|合計|總計|加起來|加總|\bin total\b|\baltogether\b|\bcombined\b|\btotal\b")
Overview = Literal["parts", "total"]


def asks_overview(text: str) -> Overview | None:
    """"parts" when the question asks for the parts / kinds / levels of something as a whole, "total" when it asks a
    total, else None."""
    t = fold(text)
    if _OVERVIEW.search(t):
        return "parts"
    return "total" if _TOTAL.search(t) else None
