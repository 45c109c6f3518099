"""Question shapes: the cues that read how a *question* is put, one named, commented pattern per shape.

A shape is what the wording of a question says about the answer it wants, whatever the rule asked about:
a yes / no ("…嗎", A-not-A, "do I …?"), a wh-word and the kind of answer it asks (a period, a figure, who,
which documents, where, a consequence, a choice between two), a process asked as a whole, "enough?", leave to
refuse, a follow-up ("之後 / after that"), an "if so", a reported ask ("他在問…"), a list of examples, a thing
looked up, a question's own "only / also / still / always …". None of these reads a clause: the cues that read
the regulations' text (negations, bars, grants, duties, conditions, grades in rows …) stay in
`bot.rules_answer`, which imports this table:

* the kind of answer (`KIND_CUES` and the cues that find the piece that asks) → `bot.rules_answer.answer_kind`;
* how the question is put (reported asks, follow-ups, if-so, A-not-A) → the piece whose polarity leads the line
  (`bot.rules_answer.yes_no_piece` and its neighbours);
* yes / no shapes → the polarity of the first line and the rule stated instead of a bare yes;
* figures and periods, lists, names and places → which sentence, items or figure the line gives.

Patterns run on folded text (`knowledge.textnorm.fold`) unless their comment says otherwise.
"""

from __future__ import annotations

import re
from typing import Literal

from core.memo import per_answer


# ── The kind of answer asked (`bot.rules_answer.answer_kind`): the table, and the cues that find the piece that asks ──

# The kinds of answer a question may ask for (`KIND_CUES`, `bot.rules_answer.answer_kind`).
AnswerKind = Literal["period", "number", "documents", "who", "consequence", "where", "choice", "yes_no", "definition",
                     "other"]

# The parts a whole splits into, asked by their count ("分幾塊", "分成幾大項", "幾大部分"): a list asked for.
PARTS_ASKED = r"分(?:成|為)?\s*幾\s*(?:個)?\s*大?(?:塊|部分|方面|大項|大類)|幾\s*大\s*(?:項|塊|類|部分|方面)"

# What a whole holds, asked in English ("what's in the on-site testing part?", "what all goes into the site visit?",
# "what does it consist of?", "what's covered under …?"): the items it lists.
CONTENTS_ASKED_EN = (r"\bwhat(?:'s|’s|s|\s+is|\s+are|\s+all\s+is)\s+(?:all\s+)?(?:in|inside|involved\s+in|included\s+in|covered\s+"
                     r"(?:in|by|under)|part\s+of)\b(?!\s+(?:it\s+)?for\b)|\bwhat\s+(?:all\s+)?goes\s+(?:in|into)\b|"
                     r"\bconsists?\s+of\b|\bmade\s+up\s+of\b|\bcompris(?:e|es)\b|\bbroken\s+(?:down\s+)?into\b")

# How one comes to know whether ("怎麼知道有沒有通過", "如何得知是否通過", "怎么查是不是过了"): the way one learns the
# outcome is asked — its A-not-A is what is learnt, no yes / no of its own.
HOW_TO_KNOW_WHETHER = re.compile(r"(?:怎麼|怎么|怎樣|怎样|如何)\s*(?:才能|才可以|可以|能|會|会)?\s*(?:知道|得知|曉得|晓得|確認|确认|查(?:詢|询)?|"
                                 r"看)[^？?。，,]{0,8}(?:有沒有|有没有|是否|是不是|[過过]了沒|[過过]沒[過过])")

# How many parts a whole has, asked as a count ("總共分幾大塊", "有幾個部分", "how many parts / components does it have"):
# the line leads with the count of the heading's items, read off its enumeration (bot.rules_answer).
PARTS_COUNTED = re.compile(r"(?<!哪)幾\s*(?:個)?\s*大?(?:塊|部分|部份|方面|大項|大類)|"
                           r"\bhow many (?:[a-z-]+ ){0,2}(?:parts|components|sections|blocks|pieces|areas|elements)\b", re.I)

# A place to look something up named, then asked which it is ("網站是哪個", "系統叫什麼", "平台在哪", "what's the website",
# "what is the link", "which portal do we use"): where, whatever count is looked up there.
PLACE_NAMED_ASKED = (r"(?:網站|系統|網頁|平台|平臺|網址)\s*(?:是|叫|為)?\s*(?:哪(?:一|個)?|什麼|甚麼|啥|在哪)|"
                     r"(?:哪(?:一)?個?|什麼|甚麼|啥)\s*(?:網站|網頁|平台|平臺|網址)|"  # ("上哪個網站看", "什麼網站")
                     r"\bwhat(?:'s|’s|s|\s+is|\s+are)\s+(?:the\s+)?(?:\w+\s+)?(?:website|web\s*site|site|url|link|portal|"
                     r"online\s+system|web\s+address)\b|\bwhich\s+(?:\w+\s+)?(?:portal|url|link|web\s*site)\b")

PLACE_ASKED = re.compile(PLACE_NAMED_ASKED, re.I)

# Kinds in priority order: the first whose cue matches wins ("可以拿幾分嗎" asks for a number).
# 會 as "will" ("會怎樣", "會被停權"), not the last character of a meeting or body's name (月會 / 年會 / 學會 / 研討會 / 討論會
# / 座談會 / 委員會 / 理事會 …; 機會, 社會, 公會, 國際會議 too), which asks nothing.
VERB_HUI = r"(?<![月年學学本協协大論论談谈討讨講讲機机社理委公際际])會"

KIND_CUES: tuple[tuple[AnswerKind, re.Pattern[str]], ...] = (
    # "寫在第幾條 / which section covers …" asks where in the rules, not a number
    # (an appendix or form asked by its number, "附表幾 / 哪個附表 / which appendix", is a designation, not a count)
    # (the place named first, then asked: "網站是哪個", "系統叫什麼", "網址是啥", "what's the website / the URL?")
    ("where", re.compile(r"第幾[條款項]|哪一?[條款]|哪個條文|哪一項規定|哪個網站|什麼網站|哪個系統|網址|" + PLACE_NAMED_ASKED + "|"
                         r"(?:附表|附件)\s*(?:第)?幾|(?:哪|第幾)\s*(?:一|個)?\s*(?:附表|附件)|"
                         r"\b(?:which|what) (?:appendix|annex|attachment|schedule)\b|\bappendix (?:number|no\.?)\b|"
                         r"\bwhich (?:article|section|clause|item|part of the (?:rules|document))\b|"
                         r"\b(?:which|what)\s+(?:\w+\s+)?(?:article|section|clause|paragraph|provision)s?\b(?!\s+(?:is|are)\b)|"
                         r"\bwhich part of\b", re.I)),
    ("period", re.compile(
        r"多久|多長|幾年|幾個月|幾天|幾日|幾月幾|幾號到|多少天|多少年|多少個月|何時|什麼時候|哪時|哪一?[天年]|什麼日期|前多久|期限(?:是|為|到)|什麼期限|期限內|"
        r"\b(?:what|which) year\b|\b(?:what|which) dates\b|\bfrom (?:when|what date)\b|\b(?:start|starting|end|ending) and (?:end|ending) dates?\b|"
        r"截止|多久(?:以)?內|時間範圍|哪段期間|往前[算推]|回溯|"
        # which dates or span ("從幾號算到幾號", "抓哪一段時間的", "幾月幾號開始"): a period, not a count
        r"(?<!第)幾號(?!函|公告|令|文)|哪一?段(?:時間|期間|日子)|"
        r"\bhow long\b|(?:^\W*|[,;:?.(]\s*|\b(?:and|but|so|or|by|until|from)\s+)when\b|\bwhat is the deadline\b|\bwithin how\b|how many (?:days|months|years|weeks)|"
        r"\bdeadline\b|\bby when\b|\btime (?:limit|window|frame|span)\b|\bhow soon\b|\bgrace period\b|\bhow far back\b|"
        r"\bhow (?:early|far ahead|far in advance)\b|\bearliest\b|\blook[- ]?back\b|\b(?:what|which) (?:period|window)\b", re.I)),
    # 幾 / 多少 with its unit asks the figure, whatever follows ("超過幾案會被抽片": not what happens)
    ("number", re.compile(r"(?:幾|多少)\s*(?:案|例|分|篇|次|人|名|位|張|台|小時|元|塊錢|%|趴|才|以上|以下)|"
                          r"\bhow many\s+(?:[\w-]+\s+){0,2}?(?:images?|films?|pictures?|cases?|screenings?|exams?|papers?|"
                          r"articles?|credits?|points?|hours?|people|persons?|radiographers?|times|sets?|units?)\b", re.I)),
    ("documents", re.compile(
        r"什麼證明|哪些證明|什麼文件|哪些文件|什麼資料|哪些資料|附什麼|附哪些|準備什麼|要交什麼|(?<!不)要附|檢附|證明文件|"
        r"(?:交|附|繳|送|準備|帶|寄)(?:些|點|一些)?(?:哪些|什麼|甚麼|啥)(?:東西|資料|文件|證明)?|"
        r"\bdocuments?\b|\bproof\b|\bpaperwork\b|\bevidence\b|\battach|\bsubmit\b|\bcertificate of attendance\b|"
        # which copy of a thing is handed in ("what copy of the article do they want", "which version of the paper", "要附
        # 哪種影本", "什麼樣的複本"): what is attached
        r"\b(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+|form\s+of\s+)?(?:cop(?:y|ies)|version|reprints?|offprints?)\b|"
        r"(?:什麼|什么|哪種|哪种|哪一種|哪一种|哪個|哪个)(?:樣的|样的)?(?:影本|版本|抽印本|複本|复本)|"
        # ("what do I need to send TSA", "what should we hand in", "what do they have to provide"): what to hand in
        r"\bwhat (?:do|should|must|would|does) (?:i|we|they|he|she|one) (?:(?:need|have|got) to |\w+ )?(?:send|hand in|provide|bring|mail|upload|file)\b", re.I)),
    # (English "who" asks only as the question's own word, not as a relative after a noun: "what happens to a rad tech who
    # doesn't make up the hours?" asks what follows, "trainees who want to observe" no body)
    ("who", re.compile(r"誰|哪(?:些|一?個)?(?:單位|機構|委員會|機關)|由哪|\bwhom\b|"
                       r"(?:^\W*|[^\w\s'’]\s*|\b(?:and|but|so|or|then|also|just|actually|exactly|really|ask|asking|know|wonder|"
                       r"wondering|sure|tell|me|us|of|on|in|to|about|is|was|decides?|says?)\s+)who(?:'s|’s)?\b|"
                       r"which (?:bod(?:y|ies)|committees?|units?|offices?|organi[sz]ations?|agenc(?:y|ies)|authorit(?:y|ies))", re.I)),
    # 哪幾個 / 哪幾類 asks which ones, not how many ("依據哪幾個法規", "看哪幾塊")
    # so do the parts a whole splits into ("大概分幾塊", "分成幾大項", "分幾個部分"): which they are, not a count alone
    # (and in English what a whole holds: "what's in the on-site testing part?", "what goes into it?", "what does it
    # consist of / comprise?", "what's covered in …": its items)
    ("definition", re.compile(r"哪幾\s*大?(?:個|類|種|塊|項|點|部分|樣|部|本|份|間|家|張|組|位)|哪些|" + PARTS_ASKED + "|" +
                              CONTENTS_ASKED_EN, re.I)),
    # (會 ending a noun is no "will": "在研討會被邀請當座長，能抵多少" asks the figure, "學會如何審" no consequence)
    ("consequence", re.compile(
        rf"{VERB_HUI}(?:怎樣|如何|怎麼樣|被)|後果|怎麼辦|處置|處分|有什麼影響|要參加什麼|要上什麼|"
        r"what happens|what will happen|consequence|penalt|what (?:do|must) (?:we|i|they) (?:do|attend)|"
        # "what does that do to our facility?", "what would it mean for my cert?": what follows for the one named
        r"what (?:does|would|will|did) (?:that|this|it|all this) (?:do|mean) (?:to|for)\b", re.I)),
    ("number", re.compile(
        r"幾|多少|上限|下限|最多|最少|至少|最高|最低|門檻|比例|百分之|"
        r"\bhow many\b|\bhow much\b|\bmaximum\b|\bmax\b|\bminimum\b|\bat most\b|\bat least\b|\blimit\b|\bcap\b|"
        r"\bceiling\b|"  # ("whats the monthly ceiling on screening mammos for one tech?": the cap's figure)
        r"\b(?:what|which) (?:[\w-]+\s+){0,3}?(?:score|percent|percentage|threshold|rate|fee|cap|limit|discrepanc(?:y|ie)|"
        r"discordance|ratio|proportion|level)s?\b|\bthreshold\b|\bcut-?offs?\b|"
        r"\b(?:above|below|over|under|beyond|past|from) what\b(?! (?:date|day|time|point in time)\b)|"
        # what a thing is worth ("what's that worth CME-wise?", "what's a 3-hour seminar worth", "what would one be worth")
        r"\bwhat(?:'s|’s|s|\s+is|\s+are|\s+would)\s+(?:[\w-]+\s+){0,6}?(?:be\s+)?worth\b|"
        r"\b(?:CME|credits?|points?)[- ]wise\b|"
        # a count named as such ("what's the case number you need", "the number of cases required", "case count")
        r"\b(?:case|credit|point|paper|exam|image|film) (?:number|count|total|quota)s?\b|"
        r"\bnumber of (?:[\w-]+\s+){0,2}?(?:cases|credits|points|papers|exams|images|films|procedures)\b", re.I)),
    # (English "where" asks a place only as the question's own word, not as a relative: "the cutoff where a reader is
    # pulled", "a case where the unit fails" ask the figure or the rule)
    ("where", re.compile(r"哪裡|(?<!差)在哪|何處|去哪|(?:^\W*|[,;:?.(—–-]\s*|\b(?:and|but|so|or|then|also)\s+)where\b|"
                         r"\bwhere(?:'s|’s|s| is| are| do| does| did| can| could| should| would| will| exactly| else)\b|"
                         r"\bwhich (?:website|site|system)\b", re.I)),  # 差在哪: what differs
    # "X 還是 Y" / "…, or …?" asks which, not yes / no (with a 嗎 anywhere, 還是 is "still" or an aside).
    ("choice", re.compile(r"^(?!.*[嗎吗]).*(?:還是|还是|抑或)|,\s*or\b(?!\s+not\b)", re.I | re.S)),
    ("yes_no", re.compile(
        r"嗎|可否|能否|是否|可不可以|能不能|會不會|有沒有|算不算|要不要|需不需要|是不是|用不用|"
        r"(?:^|[,;:?.]\s*|\b(?:so|then|and|but)\s+)(?:can|could|is|are|do|does|did|may|must|should|will|would|has|have)\s+"
        r"(?:i|we|you|it|they|he|she|this|that|there|the|a|an|my|our|these|those)\b|"
        r"^\s*(?:can|could|is|are|do|does|did|may|must|should|will|would|has|have|isn't|aren't|doesn't|don't)\b|"
        r"(?:^|[,;:.—–-]\s*)(?:is it |is that |still )?(?:ok|okay|alright|fine)\s+(?:for|to|if)\b|"  # "…— ok for her to keep imaging?",
        # "tech missed the catch-up, ok for her to keep shooting?"
        r",?\s*\b(?:right|correct|isn't it|aren't they|don't they|doesn't it|true)\s*\?\s*$", re.I)),
    ("definition", re.compile(r"什麼是|是什麼|是指|指的是|定義|哪些|[查看審管]啥|是啥|\bwhat (?:is|are|does)\b|\bdefin|\bmean", re.I)),
)

# An English question opening with an auxiliary ("do I need …", "and is it …"): a yes / no.
AUX_FIRST = re.compile(r"(?:so |and |but )?(?:do|does|did|can|could|am|is|are|must|should|may|will|would|has|have)\b", re.I)

# Any mark of asking (a question mark, 嗎, a wh-word or an auxiliary): the piece that holds one is the one that asks.
ASKING = re.compile(r"[?？嗎吗]|\b(?:what|how|when|who|where|which|can|could|do|does|is|are|must|should)\b|什麼|多少|幾|誰|哪|啥", re.I)

# A Chinese question word: with one, 嗎 asks for it ("可以拿幾分嗎"); without, 嗎 / 吧 / A-not-A ask yes / no.
ZH_WH = re.compile(r"什麼|甚麼|哪|(?<![好十百千])幾(?!乎)|多少|多久|多長|多早|誰|怎|如何|何時|何處|為何|啥")

# (a 會 inside a noun asks nothing: 月會 / 年會 / 學會 / 研討會 …, "月會呢？")
ZH_YES_NO = re.compile(r"[嗎吗吧]|(?:喔|哦|噢|齁|蛤)\s*[?？]|([\u4e00-\u9fff])不\1|有沒有|是不是|"
                       rf"(?:算|可以|能|需要|{VERB_HUI})[^?？。]*[?？]\s*$")

# An English question word: with one, the question asks for that, not yes / no.
EN_WH = re.compile(r"\b(?:what|whats|how|which|who|whom|where|when|why)\b", re.I)

# "…claim do they want a copy too?": an auxiliary and its subject anywhere, in a piece with no question word.
AUX_SUBJECT = re.compile(r"\b(?:do|does|did|can|could|am|is|are|must|should|may|will|would|has|have)\s+"
                         r"(?:i|we|you|they|he|she|it|this|that|these|those|there|"
                         # (an indefinite subject asks as a pronoun does: "is anything needed about …?", "can anyone …?")
                         r"anything|anyone|anybody|something|someone|somebody|everything|everyone|everybody)\b", re.I)

# The last clause of an English question opening with an auxiliary whose subject is a noun, after a condition or a
# statement ("if a van goes 10% over the volume, does HPA still pay for the rest?", "for the poster, can the society
# count it twice?"): it asks yes / no whatever the subject (the pronouns are `AUX_SUBJECT`'s).
CLAUSE_AUX = re.compile(r"(?:^|[,;:]\s*|\s-+\s*)(?:(?:and|so|then|but)\s+)?(?:do|does|did|can|could|is|are|was|were|must|should|may|"
                        r"will|would|has|have)\s+[a-z][\w'’-]*\b[^,;:?]*\?\s*$", re.I)

# An English time or condition clause opening the question ("when I submit the paper, do I need a copy of …?", "once we
# pass, can we …", "before the review do they …"): its "when" is a conjunction, the auxiliary after it asks yes / no.
# (or a gerund with no subject: "when submitting the paper do I …", "before applying do we …")
SUBORDINATE = re.compile(r"^\s*(?:(?:and|so|but|also)\s+)?(?:when|whenever|once|after|before|while|if|since)\s+"
                         r"(?:i|we|you|they|he|she|it|my|our|your|their|his|her|the|a|an|someone|somebody|one|"
                         r"[a-z]{3,}ing)\b", re.I)

# An English yes / no question after a short opening phrase with no comma ("during the site visit do the inspectors
# look at …?", "for the annual review does the unit need …?"): the phrase sets the scene, the auxiliary asks.
LEAD_PHRASE_AUX = re.compile(r"^\s*(?:during|in|at|on|for|after|before|by|within|throughout|under|with)\s+"
                             r"(?:[\w'’/-]+\s+){1,5}?(?:do|does|did|can|could|is|are|must|should|may|will|would|has|have)\s+"
                             r"(?:the|our|my|their|your|his|her|its|a|an|i|we|you|they|he|she|it|there|this|that|"
                             r"anything|anyone|anybody|something|someone|everything|everyone)\b", re.I)

# A second question after the first ("Is there a fee, and how much?"): the wh-question asks, not the auxiliary.
SECOND_WH = re.compile(r"(?:[,;]|\b(?:and|or|but|so))\s*(?:if so,?\s*)?(?:what|whats|how|which|who|whom|where|when|why)\b", re.I)

# An English question with its "is that" left out ("enough to skip the case log?", "good enough for the renewal?",
# "sufficient for the paperwork?"): whether what the person has will do.
ENOUGH_FIRST = re.compile(r"^\s*(?:(?:so|and|but)\s+)?(?:good\s+)?(?:enough|sufficient)\b", re.I)

# Whether there is a way out asks yes / no ("any way to avoid the fee?", "is there any exemption?"), whatever it names
# after (a "submit" or a "when" in it asks no documents and no date).
ANY_WAY = re.compile(r"\b(?:any|is there (?:an?|any|some)?)\s*(?:(?:other|alternative)\s+)?(?:way|chance|options?|exceptions?|"
                     r"exemptions?|loophole|route|path|alternative)s?\b", re.I)

# Whether there is a limit asks for the limit ("is there a yearly ceiling on …", "有沒有上限", "有上限嗎").
ASKS_LIMIT = re.compile(r"\b(?:is|are) there (?:(?:a|an|any)\s+)?(?:[\w-]+\s+){0,3}(?:limit|cap|ceiling|maximum|minimum|max|min|quota)s?\b|"
                        r"有沒有(?:規定)?(?:上限|下限|門檻|最高|最低)|有(?:上限|下限|門檻)(?:嗎|吗|\?|？)", re.I)

# "stenting — that domain or not?", "…算在內與否": a yes / no question put as an alternative with its own denial.
OR_NOT = re.compile(r"\bor not\b|與否|与否")

# 還是 after an A-not-A in the same piece is "still" ("有沒有可能還是不能用"), not "or".
STILL = re.compile(r"(?:有沒有|是不是|會不會|能不能|可不可以)[^?？。!！]*?還是")
# 還是 in a statement that sets the case before the question ("我們院區那台還是CR，實地測試會不會…", "我还是用旧机器，
# 要不要…"): "still", no alternative — the piece holding it asks nothing (no verb that asks before it, no 嗎 / A-not-A),
# and a later piece asks yes / no with no other 還是.
STILL_STATED = re.compile(r"(?:^|(?<=[，,。；;！!?？\s]))([^，,。；;！!?？\s]{1,12}?)(?:還是|还是)([^，,。；;！!?？]{1,20})[，,]")
ASKING_VERB = re.compile(r"^是|要|會|会|可以|可|能|算|需|得|[嗎吗吧呢]|[?？]")


def still_stated(text: str) -> bool:
    """Does the (folded) question's 還是 say "still" in a statement before its question ("那台還是CR，…會不會…？")?"""
    for m in STILL_STATED.finditer(text):
        before, after, rest = m.group(1), m.group(2), text[m.end():]
        if ASKING_VERB.search(before) or ZH_YES_NO.search(before + after) or re.search(r"還是|还是|或是|抑或", rest):
            continue
        if ZH_YES_NO.search(rest) or rest.rstrip().endswith(("?", "？")):
            return True
    return False

# Where a question's pieces end: 。！； and dashes — an em dash, an en dash, or a hyphen with a space either side, as
# people type one ("not a credits question lol - does a work-up elsewhere count?"; "work-up" has none) — after a
# question mark, and after an English sentence's full stop ("…in the reread. Is attending it mandatory?").
PIECES = re.compile(r"[。！!；;—–]|\s+-{1,2}\s+|(?<=[?？])|(?<=[a-z0-9%)]\.)\s+(?=[A-Za-z])|(?<=[嗎吗吧])\s+(?!還是|还是|或是|或者|抑或)(?=\S)")



def question_pieces(text: str) -> list[str]:
    """The question's pieces (`PIECES`) that hold a word: the marks people repeat ("…判讀了？？", "really?!") are no
    piece of their own, which would otherwise be taken for the one that asks."""
    return list(_pieces_of(text))


@per_answer()
def _pieces_of(text: str) -> tuple[str, ...]:
    """`question_pieces`, remembered within one answer (~25 calls per rules answer, 90 % of a text split before)."""
    return tuple(p for p in PIECES.split(text) if re.search(r"\w", p))


# 這幾條 / 那幾項 point at items ("那幾條是要全部符合嗎"): a demonstrative, not 幾 asking how many.
# So do 這幾年 / 最近幾年 / 過去幾個月 / 這幾次 ("我這幾年在研討會講了4次…可以免附嗎"): the span the person speaks of.
# (with any measure word: 那幾台螢幕 / 這幾張片 / 那幾篇 — the things pointed at)
# So do 其中幾項 / 只挑幾項 / 只查幾個 ("可以只挑其中幾項審嗎", "是不是只抽幾個看"): some of them, not how many.
# So does a numeral before 幾 ("做介入二十幾年", "十幾個學分", "三十幾歲"): twenty-odd, a rough figure the person states.
DEMONSTRATIVE = re.compile(r"([這那])幾(?=[條項個種類點位樣年天次回週台臺張篇場部份家間所組片])|(近|過去)幾(?=年|個月|天|次|回|週)|"
                           r"((?:[只僅隻](?:挑|選|抽|審|查|看|做|考|驗|評))?其中|[只僅隻](?:挑|選|抽|審|查|看|做|考|驗|評))幾(?=[條項個種類點位樣篇場次])|"
                           r"((?<![第])[一二兩三四五六七八九]?[十百千])幾(?=[年個歲天次回週台臺張篇場例案分位人名件萬万])")

# A piece with no verb of its own that adds to the question before it ("…? and the chest-wall alignment?",
# "…嗎？那螢幕呢？"): it asks what that one asked.
# (a relative where / which / who after its noun, "and a non-SCI original where I'm a middle author?", asks nothing of its own)
ELLIPTIC = re.compile(r"^\s*(?:and|also|plus|what about|how about)\b(?!\s*(?:which|who|where|when)\b)"
                      r"(?!.*\b(?:what|how|(?<!\w\s)(?:which|who|where)|when|why|do|does|did|"
                      r"can|could|is|are|must|should|will|would|has|have|need|needs)\b)|^\s*(?:那|還有|还有|另外|另|至於|至于)[^嗎吗?？幾几多什誰谁哪怎]*呢\s*[?？]?\s*$|"
                      # a bare noun and 呢 ("…幾分？月會呢？"): the same ask of another thing
                      r"^\s*(?:那麼?|还有|而)?[^\s嗎吗?？幾几多什誰谁哪怎，,]{1,8}呢\s*[?？]?\s*$",
                      re.I)

# An English piece with no verb of its own that puts a reading up for confirmation: a topic, a dash, then the reading asked
# about ("hospital-level random pull score — average of all pulled films?"), or the things named and "both?" / "too?" after
# them ("self-selected and random pulled both?"). Whether the reading holds is asked (yes / no); a wh-word or an auxiliary
# in it ("score — what is it based on?", "— does it count?") asks its own way, and a reading of one or two words ("— annual?")
# is too bare to confirm from a clause.
CONFIRM_FRAGMENT_EN = re.compile(r"\s[—–-]{1,2}\s+(?:[^\s?]+\s+){2,}[^\s?]+\s*\?\s*$|\b(?:both|either|too|as\s+well|all\s+of\s+them)\s*\?\s*$", re.I)
FRAGMENT_VERB_EN = re.compile(r"\b(?:what|whats|how|which|who|whom|where|when|why|do|does|did|can|could|am|is|are|was|were|must|"
                               r"should|may|might|will|would|has|have|had|need|needs|get|gets|count|counts|"
                              # (a figure asked by its extreme, "— max per year?", asks for the figure, no confirmation)
                              r"max|maximum|min|minimum|most|least|limit|cap|upper|lower)\b", re.I)


def confirms_reading_en(piece: str) -> bool:
    """Does an English piece with no verb put a reading up for confirmation (`CONFIRM_FRAGMENT_EN`)?"""
    return not re.search(r"[\u4e00-\u9fff]", piece) and bool(CONFIRM_FRAGMENT_EN.search(piece)) and not FRAGMENT_VERB_EN.search(piece)


# A verb whose object may be a wh-clause ("do they look at X and how many exams each tech shot?", "do they check Y and
# what the dose is?"): the wh-clause says what is looked at, the auxiliary before it asks yes / no.
LOOKS_AT = re.compile(r"\b(?:look(?:s|ing)? (?:at|into)|check|checks|review|reviews|examine|examines|audit|audits|inspect|"
                      r"inspects|cover|covers|consider|considers|assess|assesses|evaluate|evaluates|verify|verifies|track|"
                      r"tracks|record|records|ask about)\b", re.I)



def some_for_which(text: str) -> str:
    """The (folded) text with the 幾 that points at items or a span rather than asking how many written 些
    (`DEMONSTRATIVE`: "可以只挑其中幾項審嗎" → "可以只挑其中些項審嗎"), so that no wh-word is read in it."""
    return DEMONSTRATIVE.sub(lambda m: (m.group(1) or m.group(2) or m.group(3) or m.group(4)) + "些", text)




# A wh-clause that is the object of a preposition ("anything about how old the unit is", "a note on when it'll be
# retired"): it names what is asked about, and asks nothing of its own.
PREP_WH = re.compile(r"\b(?:about|regarding|concerning|on|of|explaining|showing|stating|describing|documenting|covering)\s+"
                     r"(?:how|when|where|whether|why|which|who|what)\b", re.I)
# A wh-clause that asks on its own: its wh-word followed by a verb that asks ("what's the deadline", "what if they
# skip it", "how long do we have", "when is it due").
WH_ASKS_ITSELF = re.compile(r"^\W*(?:and\s+|or\s+|but\s+|so\s+)?(?:if so,?\s*)?(?:what|whats|how|which|who|whom|where|when|why)"
                            r"(?:\s+(?:long|much|many|often|soon|early|late|old))?"
                            r"(?:'s|’s|'re|\s+(?:is|are|was|were|do|does|did|can|could|should|must|will|would|happens?|if|about|"
                            r"else|kind|type|sort|documents?|proof|records?|paperwork))\b", re.I)


def embedded_wh(asking: str, start: int, wh: re.Match[str]) -> bool:
    """The wh-clause after `start` is the object of a looking verb and asks nothing of its own (no auxiliary and
    subject after its wh-word: "how many exams each tech shot", not "how many points do I need"); or it continues a
    list a preposition opened ("do we need to submit anything about how old the unit is, when it'll be retired …?"),
    itself asking nothing ("…, and what if they skip it?" asks)."""
    if PREP_WH.search(asking, start, wh.start()) and not WH_ASKS_ITSELF.match(asking[wh.start():]) and \
            not AUX_SUBJECT.search(asking, wh.end()):
        return True
    return bool(LOOKS_AT.search(asking, start, wh.start())) and not AUX_SUBJECT.search(asking, wh.end()) and \
        not re.search(r"\b(?:how much|how many)\s*\??\s*$", asking[wh.start():], re.I)


# The last clause of a Chinese question asking what follows ("…，會怎麼樣？", "…，后果是什么"): the question's ask, whatever
# the clauses before it name (a 期限, a 幾年).
CONSEQUENCE_TAIL = re.compile(r"(?:會|会|將|将)?(?:怎樣|怎么样|怎麼樣|如何)\s*[?？呢]*\s*$|後果|后果|會被怎樣|下場")

# A clause opening with a word that points back at what the clauses before it listed ("這些審查要交東西嗎").
BACK_REFERENCE = re.compile(r"\s*(?:那)?(?:這些|这些|那些|這幾[項個樣]|這樣|这样|那樣|這個|这个|那個|上述|以上)")

# A procedure asked for as a whole ("申請流程大概長怎樣", "程序是什麼", "步驟如何", "what's the process / what are the
# steps"): every item of the heading that sets it, each with its own rule (`_items`).
ASKS_PROCESS = re.compile(r"(?:流程|程序|步驟|步骤|手續|手续)[^？?。，,]{0,8}?(?:怎樣|怎么样|怎麼樣|怎麼走|怎么走|如何|是什麼|是什么|為何|"
                          r"長怎樣|长怎样|長什麼樣|长什么样)|"
                          r"\bwhat(?:'s|’s| is| are)? (?:the )?(?:whole |overall |full )?(?:process|procedure|steps)\b|"
                          r"\bhow does the (?:whole )?(?:process|procedure|application process) (?:work|go)\b", re.I)

# A count that is what is looked at, not what is asked: the object of a verb of checking (看 / 查 / 審 / 算 / 計入 …)
# in a clause that closes with 嗎 ("也會看放射師拍了多少嗎", "连拍了几案也查吗"), or a count made a noun by
# 這件事 / 這部分 ("拍了多少案這件事，也算在審查標準裡面嗎"), or one a later 也 / 都 + checking verb takes ("拍了多少片也會查嗎"):
# whether that is checked, a yes / no.
COUNT_LOOKED_AT = re.compile(r"(?:看|查|審|审|核|算|計入|计入|列入|納入|纳入)[^，,。？?！!；;]{0,14}?(?:多少|幾|几)"
                             r"[^，,。？?！!；;嗎吗]{0,8}[嗎吗]\s*[?？]*\s*$|"
                             # (round 49: asked by A-not-A before the verb, "會不會看放射師拍了多少量？", "有沒有在查做了幾案")
                             # (… its object a list with an aside in brackets: "會不會查工作人員的資歷（像積分、年資那些）還有放射師
                             # 到底拍了幾例？" — the bracketed examples are not counted in the reach)
                             r"(?:會不會|会不会|有沒有|有没有|是不是|要不要)\s*(?:再|也|都|在|去)?\s*(?:看|查|審|审|核|算|計入|计入|"
                             r"列入|納入|纳入)(?:[（(][^（()）]{0,20}[)）]|[^，,。？?！!；;（()）]){0,14}?"
                             r"(?:(?:還有|还有|以及|和|跟|與|与)(?:[（(][^（()）]{0,20}[)）]|[^，,。？?！!；;（()）]){0,14}?)?"
                             r"(?:多少|幾|几)[^，,。？?！!；;嗎吗]{0,8}[?？]*\s*$|"
                             r"(?:多少|幾|几)[^，,。？?！!；;]{0,4}?(?:這件事|这件事|這部分|这部分|這一點|这一点|這點|这点|這項|这项)|"
                             r"(?:多少|幾|几)[^，,。？?！!；;]{0,4}?(?:也|都)(?:會|会|要|有)?(?:看|查|審|审|算|列入|計入|计入)"
                             r"[^，,。？?！!；;]{0,4}[嗎吗]")

# A list (、) closed by a plural back reference in the same clause ("用了幾年、何時報廢、搬過幾次這些…").
# (… or by a kind pointed back at: "…搬過幾次機房這種東西也要交嗎", "…報廢年限這類的要寫嗎", "…之類的資料也要附嗎")
LISTED_BACK = re.compile(r"、[^、，,]{1,30}?(?:這些|这些|那些|這幾[項個樣]|这几[项个样]|(?:這|这|那)(?:種|种|類|类)(?:的)?|之類的?|之类的?)"
                         r"(?:東西|东西|資料|资料|事情|事|文件)?")



@per_answer()  # (~90 % of the calls in an answer repeat one before)
def zh_tail(piece: str) -> str | None:
    """The last comma clause of a Chinese piece with more than one clause (None for a single clause)."""
    # (a space between Chinese words ends a clause as a comma does: "做了幾例篩檢 要去哪裡查")
    clauses = [c for c in re.split(r"[，,]|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])", piece) if re.search(r"\w", c)]
    return clauses[-1] if len(clauses) > 1 else None


# Two figures offered to choose from, ending the question ("worth 5 or 10?", "30 還是 15 分？").
WHICH_FIGURE = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?\s*(?:%|分|點|credits?|points?|pts?)?\s*(?:or|還是|还是|或是|或)\s*"
                          r"[0-9]+(?:\.[0-9]+)?\s*(?:%|分|點|credits?|points?|pts?)?\s*[?？呢嗎吗]*\s*$", re.I)

# Where something is looked up ("去哪裡查", "在哪個網站能查到", "哪裡看得到", "where can we check …"): a place asked, whatever
# count it is of ("一年做了多少例…在哪查"). A clause holding a web address answers it
# (`bot.rules_answer._WEB_ADDRESS`).
LOOKED_UP = re.compile(r"哪(?:裡|里|邊|个|個|一個)?\s*(?:網站|网站|系統|系统|網頁|网页)?\s*(?:可以|能|才能|才可以)?\s*(?:查|看得到|找得到)|"
                       r"\bwhere (?:can|do|could|should|would) (?:i|we|you|they) (?:look (?:it |that |this )?up|check|find|see)\b|"
                       r"\b(?:which|what) (?:website|site|system|portal|url|link)\b", re.I)

# A wh-word inside what a record is of ("機器用幾年、何時報廢的資料", "做了幾例的證明"): it names the record, which is asked.
# (… or, with no 的, a list of such things that ends in the record: "附機器用幾年、預計哪年報廢跟搬家紀錄" — the 、 / 跟 / 和
# joins what the record holds)
WH_IN_RECORD = re.compile(r"(?:幾|何時|什麼時候|多久|多少|哪一?年)[^，,。？?！!；;]{0,12}?的\s*(?:資料|文件|紀錄|記錄|證明|說明|報告|清單)|"
                          r"(?:幾|何時|什麼時候|多久|多少|哪一?年)[^，,。？?！!；;]{0,16}?(?:、|跟|和|及|與)[^，,。？?！!；;、]{1,12}?"
                          r"(?:資料|文件|紀錄|記錄|證明|說明|報告|清單)")

# … and in English, a record (or documenting) of how old / when / whether ("a doc on how old the unit is", "document the
# unit's age, when it's retired"): the how / when say what the record is of (what asks is before it)
# (not a doctor, "our reading doc is short on hours", nor across a dash that ends one piece and opens the next:
# "… hours - how long do they have to make it up?" asks the period)
WH_IN_RECORD_EN = re.compile(r"\b(?<!reading )(?:docs?|documents?|documentation|document(?:ed|ing)?|records?|record(?:ed|ing)?|"
                             r"proof|statements?|explanations?|write-?ups?)\b(?:(?!\s[-–—]\s)[^?.;—–]){0,40}?"
                             r"\b(?:how (?:old|long|many)|when|whether)\b", re.I)

# A list of examples with no verb that asks ("age of the machine, when it'll be scrapped, moves?"): two or more
# comma items, not opening with a question word or an auxiliary.
EXAMPLES = re.compile(r"^\s*(?!(?:what|whats|how|which|who|whom|where|when|why|do|does|did|can|could|is|are|must|should|"
                      r"may|will|would|has|have|and|or|but|so)\b)[^,?]{1,40},[^,?]{1,40}(?:,[^,?]{1,40})*\?*\s*$", re.I)


# ── How the question is put: reported asks, follow-ups, if-so, A-not-A ──

# A question someone else is asking, reported ("資訊室在問要不要派人", "主任問說要不要準備", "IT is asking whether …").
REPORTED_ASK = re.compile(r"(?<!我)(?<!想)(?:在問|有問|問說|在问|有问|问说)(?![題题])|\b(?:is|are|was|were|keeps?|kept) asking\b", re.I)

# A piece asking what follows the first ("…嗎？之後還要換證嗎", "…? and after that, do I still renew?").
FOLLOW_UP = re.compile(r"\s*(?:(?:and|so|but)\s+)?(?:之後|以後|然後|那之後|再來|接著|日後|\b(?:after that|afterwards|and then|later on)\b)", re.I)

# A piece asking whether to get ready for what the one before asks about ("…會不會看影像儲存設備？PACS那邊要不要先準備",
# "…? should we get the PACS ready?"): asked only once the first is answered, the first leads.
PREPARE = re.compile(r"(?:要不要|需不需要|需要|要|得|該不該|應該)?\s*(?:先|提前|事先|預先)?\s*(?:準備|准备|備妥|备妥|整理好)|"
                     r"\b(?:prepare|prep|(?:get|have) (?:\w+ ){0,3}ready)\b", re.I)

# A piece asked only if the one before it is answered so ("有改的話…", "如果有…", "if so, …", "if they do, …").
# (not "如果有一年掛零…", "若有兩篇…": a count after 有 states the case the piece asks about, no "if so")
IF_SO = re.compile(r"\s*(?:(?:如果|若|要是)?(?:有|是|會)[^，,？?。]{0,4}的話|(?:如果|若|要是|萬一|万一)?(?:有|要是)(?:改|變|变|修正|修改|調整|调整|更動|更动|異動|异动|變動|变动)(?:了)?(?:就)?(?=會|会|要|需要|是否|有沒有|有没有)|(?:如果有|若有|如有)(?![一二兩两三四五六七八九十幾几0-9])|\bif (?:so|yes|they do|it does|there is|"
                   r"that'?s the case)\b|\b(?:and\s+)?if\s+(?:they|it|the\s+\w+|these|those)\s+(?:do\s+)?(?:get\s+|are\s+|is\s+)?(?:change[sd]?|revised|updated|amended)\b)", re.I)

# A Chinese yes / no ending or A-not-A ("…嗎", "算不算", "有沒有"): the piece asks whether.
ZH_ASKS = re.compile(r"[嗎吗吧]|([\u4e00-\u9fff])不\1|有沒有|是不是")

# The verb an A-not-A question asks about, its last two characters before the particles ("有沒有送衛生署備查過阿" → 備查).
A_NOT_A_ASK = re.compile(r"有沒有|有没有|是不是|會不會|会不会|能不能|可不可以|要不要|需不需要")


# ── Yes / no questions: what the yes or the no is about (leave, need, only, enough, still, always …) ──

# A way asked to do without something ("is there any way to skip …", "an alternative route where I don't have to …",
# "有沒有辦法不用附…") met by a clause exempting that very thing ("…者，不須附上…個案數證明", "need not submit …"): yes.
ASKS_A_WAY = re.compile(r"\b(?:any|an?|some|other)\s+(?:\w+\s+)?(?:way|route|path|option|exemption|exception|alternative)s?\b|"
                        r"有沒有(?:什麼|其他)?(?:辦法|方法|途徑|管道)|有(?:什麼|其他)(?:辦法|方法|途徑|管道)", re.I)

# … and what it is a way out of ("skip the case log", "without the fee", "exempt from …").
DOING_WITHOUT = re.compile(r"\b(?:skip(?:ping)?|avoid(?:ing)?|without|(?:do not|don'?t|not) (?:have|need) to|exempt(?:ed)? from|"
                           r"waive[ds]?|get out of)\b|不用|不必|免|不需|不須", re.I)

# A stop asked to come at once ("是不是馬上就不能照了", "會立刻被停權嗎", "barred right away?") met by a text that first
# gives a period to make it good ("須於六個月內補齊…，未能如期補齊者，應停止操作") and states no stop at once: not at once.
ASKS_AT_ONCE = re.compile(r"馬上|马上|立刻|立即|當場|当场|\b(?:right away|immediately|at once|straight away)\b", re.I)

# … and a stop asked about ("不能再判讀", "被停權", "suspended", "lose the certificate").
ASKS_A_STOP = re.compile(r"不能|不可以|不行|不得|停|取消|喪失|丧失|\b(?:stop\w*|barred|banned|suspend\w*|lose|lost|cancel\w*|"
                         r"revok\w*|can'?t|cannot|not allowed)\b", re.I)

# "Only X?" asked of who / what counts ("是不是只有學會辦的才算", "is it true that only the society's courses count?", "do
# only …"), not a plain "only" of the case ("if I only have 2 papers"), met by a text listing X with others and no
# restriction of its own (限 / 僅 / 只): not only.
# (是不是只要 … 就可以 asks whether one thing suffices — "as long as" — not whether only it counts)
# Only X handed in ("只交年度的就可以了吧", "只要附影本就好嗎", "do we only submit the annual records?", "we only need to send
# the copy?"): the handing-in verb right after 只 / only names what is handed in, and asks whether it alone is all.
ONLY_HANDED_IN = (r"[只隻](?:要|需|需要|須)?\s*(?:交|附|繳|缴|送|寄|填|提供|提交|[準准][備备]|備|备|檢附|检附)(?![^，,。？?]{0,8}(?:以上|篇|次|場))|"
                  r"\b(?:do|does|can|should|must)\s+(?:we|i|they|you|he|she)\s+only\b|"
                  r"\bonly\s+(?:need|have)\s+to\s+(?:submit|send|hand in|file|provide|attach|bring|keep)\b")
ASKS_ONLY_THESE = re.compile(r"(?:[只隻]有|僅有)(?!\s*(?:[0-9零一二兩三四五六七八九十幾半]|個|一點))|[只隻]限|僅限|"
                             r"是不是[只隻](?!要)(?!有\s*[0-9零一二兩三四五六七八九十幾半])|\b(?:is it|are they|is that|are those)\s+(?:just|only)\b|"
                             r"\b(?:that|do|does|can|will)\s+only\b|^\s*only\b|" + ONLY_HANDED_IN, re.I)

# "…too? / also / as well": another thing asked beside the one named (no "only" read).
ALSO_EN = re.compile(r"\b(?:also|too|as well)\b", re.I)

# Asking whether it is still taken ("還會受理嗎", "還來得及嗎", "can we still apply?").
ASKS_TAKEN = re.compile(r"受理|來得及|来得及|補送|补送|(?:還|还|會|会|肯)\s*(?:會|会)?\s*收(?!到|費|费|據|据)|收不收|\b(?:accept(?:ed)?|still (?:apply|submit|send)|too late|in time)\b",
                        re.I)

# A piece asking again what the piece before it asked, of another thing ("…那種也要交代嗎", "…也算嗎", "也會查嗎").
ASKS_ALSO = re.compile(r"也(?:要|需要|得|須|算|會|会|能|可以|有)")

# One thing asked to be enough ("…就夠了嗎", "只要…就可以了嗎", "is X alone enough?") met by a text requiring it together
# with another ("須同時符合…及…"): no.
ASKS_ENOUGH = re.compile(r"就(?:夠|够)|就(?:可以|行)了|只要[^，,。？?]{0,20}(?:就|即可)|\b(?:enough|sufficient|suffices?|alone)\b", re.I)

# Leave asked for, in any words ("能婉拒嗎", "可以推掉嗎", "can I say no").
ASKS_LEAVE = re.compile(r"可以|可否|能|可(?!能)|行嗎|行不行|准|\b(?:can|could|may|allowed|ok|okay)\b", re.I)

# Whether something is required asked ("是不是一定要", "一定得", "非得", "must they", "do they have to").
NECESSITY_ASKED = re.compile(r"一定要|一定得|非得|非要|必須|必须|是否須|是否须|\bmust\b|\b(?:do|does)\s+(?:\w+\s+){0,4}?(?:have|need)\s+to\b|"
                             r"\b(?:is|are)\s+(?:it|they|\w+)\s+required\b", re.I)


# A refusal asked for ("可以拒絕嗎", "能不能推掉", "can he say no?", "may she decline?") met by a duty to do it (有義務…,
# 應…, 須…, 不得拒絕): not allowed.
REFUSAL = re.compile(r"拒絕|拒绝|推掉|推辭|婉拒|不接受|不收|\b(?:refuse|decline|turn (?:\w+ )?down|say no|reject)\b", re.I)

# A question about what one may or must do (not "is it the average?").
ASKS_DEONTIC = re.compile(r"可以|可否|能|需要|要不要|必須|得|\b(?:can|could|may|must|need|needs|have to|has to|should|allowed)\b",
                          re.IGNORECASE)

# Whether there is a rule on something at all ("…有沒有規範？", "有規定嗎", "is there a rule on …?"), the rule-word ending
# the piece (not "有沒有規定可以免附…", which asks what the rule allows) …
ASKS_RULE_EXISTS = re.compile(r"(?:有沒有|有没有|有無|是否有)\s*(?:相關)?(?:規定|規範|限制|標準)\s*[?？嗎吗呢]?\s*$|"
                              r"有(?:相關)?(?:規定|規範|限制)[嗎吗]\s*[?？]?\s*$|"
                              r"\bis there (?:a |any )?(?:rule|regulation|requirement|standard)s?\s+(?:on|for|about|regarding)\b", re.I)

# Whether something happens of itself ("會自動展延嗎", "will they renew it automatically?"), met by a text that makes it
# follow an application or a filing (須…申請, 始得申請, 檢具…): no.
ASKS_AUTOMATIC = re.compile(r"自動|自然就|直接就會|不用申請|不必申請|不需申請|\bautomatic(?:ally)?\b|\bon (?:its|their) own\b|"
                            r"\bwithout (?:applying|filing|an application|doing anything)\b", re.I)

# Whether a limit applies to something ("會被一年 30 分的上限卡住嗎", "算在上限裡嗎", "does it count toward the 30/yr cap?",
# "still under the limit?") …
ASKS_CAPPED = re.compile(r"卡住|卡到|受(?:到)?[^，,。？?]{0,12}(?:上限|限制|限定)|(?:算|計|列|納|纳)(?:在|入|進|进|到)[^，,。？?]{0,12}(?:上限|額度|封頂)|"
                         r"被[^，,。？?]{0,16}(?:上限|限制)|佔[^，,。？?]{0,8}(?:上限|額度)|"
                         r"\b(?:count|counts|counted|counting) (?:toward|towards|against|under|within|in)\b[^?]{0,40}"
                         r"\b(?:cap|limit|ceiling|maximum|max)\b|\bsubject to\b[^?]{0,40}\b(?:cap|limit|ceiling)\b|"
                         r"\b(?:under|within|inside)\s+(?:the|that|this)\b[^?]{0,30}\b(?:cap|limit|ceiling)\b|\bcapped\b", re.I)

# "就一定能用嗎", "保證可以", "is it guaranteed / always OK / automatically fine": whether the grant holds in every case.
ASKS_GUARANTEED = re.compile(r"一定|保證|必定|必然|絕對|就(?:能|可以|可)|\b(?:guarantee[ds]?|always|automatically|definitely|"
                             r"no matter what|in every case|for sure)\b", re.I)

# "還是有可能不能用嗎", "有沒有例外", "could it still be barred?": whether the bar may still apply.
ASKS_MAYBE_BARRED = re.compile(r"(?:可能|會不會|還是|仍然?)[^？?。]{0,16}(?:不能|不可|不得|禁止|被禁|不行|無法|停用)|例外|"
                               r"\b(?:could|can|might|may)\b[^?]{0,40}\b(?:still\s+)?(?:be\s+)?(?:barred|banned|excluded|refused|"
                               r"pulled|blocked|not (?:be )?(?:used|allowed))\b|\bexceptions?\b|"
                               # "still can't be used", "is there any situation where it can't / isn't allowed …"
                               r"\bstill\s+(?:can'?t|cannot|can not|not|be\s+(?:barred|banned|excluded|blocked|pulled))\b|"
                               r"\bany\s+(?:situations?|cases?|circumstances?|conditions?|scenarios?|reasons?)\b[^?]{0,80}?"
                               r"(?:can'?t|cannot|can not|\bnot\b|n't\b|\b(?:barred|banned|excluded|blocked|pulled|disallowed)\b)", re.I)

# A question of always / all ("每次都", "一定要全查", "every item", "always") …
ASKS_ALWAYS = re.compile(r"每次|都會|全部|所有|一定|每[個一1]?[項條条款]|\b(?:every|always|all|each time)\b", re.I)

# A second course asked as what may happen, not what is allowed ("還是可能只挑幾項", "or might they just pick a few?"): the
# first course's answer leads ("不一定"), not a leave ("可以")
ASKS_POSSIBLE = re.compile(r"可能(?!性)|或許|也許|说不定|說不定|會不會|\b(?:might|possibly|perhaps|maybe|likely)\b", re.I)

# The second course of "all of it, or only some?" ("還是可以只挑幾項", "or can they just do some of them"): part of it.
ASKS_SOME = re.compile(r"只|隻|部分|幾項|幾個|挑|選|\b(?:only|just|some|part|a few|selected|certain)\b", re.I)

# "還算…嗎", "也算", "still counts / still treated as": whether a rule holds in the circumstance the person names …
ASKS_STILL = re.compile(r"還算|还算|仍算|仍然算|還是算|也算|也是給|也給|照算|照樣算|\bstill\b|"
                        # "也是照國際會議的分數給嗎", "一樣按國外的算嗎": the same treatment, the circumstance aside
                        r"(?:也|還|还|仍|一樣|一样)(?:是|會|会|能)?(?:照|按|依)", re.I)

# Sameness of treatment asked ("is it treated the same as …", "same value?", "跟國外的一樣給分嗎", "同樣給分嗎", "比照…"): met
# by a text granting alike whatever the circumstance (不分國內、外…一律核給): yes, the same (`ASKS_SAME`, below, is the
# narrower "are the two the same?").
ASKS_SAME_TREATMENT = re.compile(r"一樣|一样|相同|同樣|同样|比照|等同|\b(?:(?:treated|counted|credited|scored|valued)\s+(?:the\s+)?same|"
                                 r"the same as|same (?:value|credits?|points?|score|way|rules?|treatment)|equal(?:ly)?|equivalent|"
                                 r"on par)\b", re.I)

# A right asked back ("can they ever get their privileges back?", "reinstated", "還能恢復嗎", "可以再操作嗎", "重新取得"):
# met by a text restoring it once something is done (於補齊…後，始恢復…資格): yes, after that.
ASKS_RESTORED = re.compile(r"恢復|恢复|復權|复权|再(?:回|拿回|取得|開始|开始|執行|执行|操作|判讀|判读|拍|照|做)|重新(?:取得|拿到|開始|开始)|"
                           r"\b(?:get\s+(?:[\w'’-]+\s+){0,3}back|back\s+(?:to|on)\b|again|reinstat\w*|restor\w*|regain\w*|"
                           r"resum\w*)\b", re.I)

# The act that restores denied by the question itself ("if they never make it up", "一直不補"): the restoring never comes.
RESTORING_DENIED = re.compile(r"\b(?:never|don'?t|doesn'?t|won'?t|not)\s+(?:\w+\s+){0,2}?(?:make|makes|made|making)\s+(?:\w+\s+)?up\b|"
                              r"一直(?:沒|没|不)|(?:不|不想|不打算|不去|永遠不|永远不)補", re.I)

# A year with nothing stated ("one year I had literally nothing", "a zero year", "有一年掛零", "某一年 0 分",
# "其中一年都沒有積分"): met by a text barring a year at zero (每年之積分不得有零分).
ZERO_YEAR_SAID = re.compile(r"\b(?:one|a|1|single|another)\s+year\b[^.?!]{0,40}?\b(?:nothing|zero|0|no (?:credits?|points?|cme)|"
                            r"none|blank|empty)\b|\b(?:zero|0|blank|empty)[- ](?:credit[- ]|point[- ])?years?\b|"
                            r"\byears?\s+(?:with|of|at)\s+(?:zero|0|no (?:credits?|points?)|nothing)\b|"
                            r"(?:一|1|某|某一|其中一)\s*年[^，,。？?]{0,10}?(?:掛零|挂零|(?<![0-9])0\s*分|零分|沒(?:有)?(?:積分|學分|分)|"
                            r"没(?:有)?(?:积分|学分|分)|一分都(?:沒|没))", re.I)

# Whether credit counts or is kept ("都算嗎", "計入嗎", "do both count?", "will I keep the credits?") …
# A benefit or a going-on asked for ("do I get credits for both?", "can he keep reading?", "兩堂積分都拿得到嗎", "還能繼續
# 判讀嗎"): a text whose consequence for the case takes it away (註銷 / 停止 / 撤銷 …) answers it No (its Yes would say "yes,
# it is cancelled"). A grade received ("評估拿C", "得到乙") is no benefit asked.
ASKS_BENEFIT = re.compile(r"(?:拿|領|领|得到|獲得|获得)(?!\s*(?:到|了)?\s*[A-Da-dＡ-Ｄ甲乙丙丁](?![a-z]))|算|計入|计入|採認|采认|認列|认列|繼續|继续|照常|保留|還能|还能|還可以|还可以|"
                          r"仍(?:可|能|然)|照樣|照样|\b(?:get|gets|getting|earn|earns|earned|receive|receives|keep|keeps|"
                          r"continue|continues|go on|carry on|claim|claims|count|counts|counted|credited|still)\b", re.I)
# … and the taking away asked of itself ("會被註銷嗎", "要停判嗎", "will it be cancelled?", "is he suspended?"): the Yes stands.
ASKS_PENALTY = re.compile(r"停|取消|註銷|注销|撤銷|撤销|吊銷|吊销|作廢|作废|失去|喪失|丧失|沒收|没收|扣|罰|罚|被|"
                          r"\b(?:stop|stops|stopped|stopping|suspend\w*|cancel\w*|revok\w*|lose|loses|losing|lost|void\w*|"
                          r"forfeit\w*|bar|barred|pulled|struck|removed|taken away|penali[sz]\w*|deduct\w*|wiped|invalid\w*)\b", re.I)
# … the question's own negation (then what it asks is turned round: not read here).
ASKS_NEGATED = re.compile(r"不(?!同|一樣|一样|管|論|论)|沒|没|未|無(?!論|论)|无(?!论)|\b(?:not|no|never|without)\b|n't\b", re.I)


ASKS_COUNTS = re.compile(r"算|計|採認|承認|保留|\b(?:count(?:s|ed)?|credited|kept|keep|recogni[sz]ed|accepted)\b", re.I)

# "may they do only some?" (a permission word in the piece) met by a text granting all or part of it (全部或部分).
ASKS_MAY = re.compile(r"可以|可否|可不可以|能不能|能否|[能可](?:只|隻|僅)|行嗎|\b(?:can|could|may|allowed|ok|okay)\b", re.I)

# A need asked about ("需要…嗎", "要不要", "do I need / must I").
ASKS_NEED = re.compile(r"需要|需不需要|要不要|必須|得要|還得|还得|(?<![主重只想])要(?![求點件素])|\b(?:need|needs|must|have to|has to|required?)\b", re.I)

# A first alternative asking whether something was done ("有沒有送衛生署備查過？還是…", "has it been filed with the DOH, or
# …?"): a fact the text states (…函同意備查) is a yes to it, unlike a course the person might take.
# (the text must hold the verb asked about: `_asked_verb`)
ASKS_DONE = re.compile(r"有沒有[^，,？?]*[過过]|是不是已經|是否已")

# Questions a grant does not answer yes: whether two things differ (against "同…規定"), whether only one counts
# (against a list: "本會及各教學醫院或醫事團體"), whether it is mandatory (against "建議參加"). The honest answer is
# no, but the text denies nothing, so the line states the rule and no polarity.
ASKS_DIFFERENT = re.compile(r"不同嗎|不一樣|有差嗎|有沒有差|差在哪|另[外一]\s*(?:一)?套|另[外一]\s*(?:一)?種(?:標準|規定|算法)|另外(?:的)?(?:標準|規定)|另有(?:一套)?(?:標準|規定)|[分各]開(?:的)?(?:標準|規定)|"
                            r"\bdiffer(?:s|ent|ently|ence)?\b|\b(?:a )?separate (?:set|standards?|rules?|criteria)\b|"
                            r"\b(?:another|its own|their own) (?:set of )?(?:standards?|rules?|criteria)\b", re.I)

# "only X?" ("只有醫師嗎", "僅限國內嗎", "only physicians?").
ASKS_ONLY = re.compile(r"只有|只能|只限|僅限|僅有|\bonly\b", re.I)

# … of one kind of person or thing alone ("只針對醫師嗎", "is it just the radiologists?", "only the physicians?"): a text about
# that one, with no 限 / 僅 of its own, does not make it the only one
ASKS_ONLY_ONE = re.compile(r"[只隻僅光](?:針對|審|查|管|適用)|\b(?:just|only)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:physicians?|doctors?|radiologists?|"
                           r"radiographers?|techs?|technologists?|staff|machines?|units?|facilit(?:y|ies)|hospitals?)\b|"
                           r"[只隻僅](?:有)?(?:醫師|醫生|放射師|技師|機器|儀器|機構|醫院)", re.I)

# "only X, or also Y?" ("只看資歷還是連攝影量也看", "is it just the background or also the exam count?"): the heading over both
# answers, not the item holding X.
ONLY_OR_ALSO = re.compile(r"(?:只|僅|光)[^，,。？?]{0,24}(?:還是|或是|或者)[^，,。？?]{0,12}(?:也|連|還有|包括)|"
                          r"\b(?:just|only)\b.{0,80}?\bor\b(?:\s+\w+){0,2}?\s+(?:also|too|as well|including)\b", re.I)

# Whether something is required at all ("一定要…嗎", "非得…", "is it mandatory").
ASKS_REQUIRED = re.compile(r"一定(?:要|得|需要|須)|非得|必須|強制|務必|\b(?:mandatory|compulsory|obligatory|required|have to|must)\b",
                           re.I)  # ("一定得去嗎", "非得參加嗎": as 一定要)

# Whether a figure is fixed ("有固定給幾分嗎", "is there a set / fixed / flat value?") against a text that leaves it to
# judgement ("依其與外科相關程度核給", "視情況", "酌予"): a grant is no yes, and the discretion answers no.
ASKS_FIXED = re.compile(r"固定|一律|統一|\b(?:fixed|flat|set (?:amount|number|value|rate|figure)|standard (?:amount|value|rate))\b|"
                        # the same from year to year ("每年都一樣嗎", "年年相同嗎", "the same every year?", "do they stay the same")
                        r"(?:每年|每一年|年年|歷年|历年|每次|每一次)\s*(?:都)?\s*(?:是)?\s*(?:一[樣样]|相同|不[變变]|一致)|"
                        r"\bthe\s+same\s+(?:every|each)\s+(?:year|time|round)\b|\bstays?\s+the\s+same\b|\bunchanged\b|\bset\s+in\s+stone\b",
                        re.I)

# Whether two things are the same ("年會跟月會給的一樣嗎", "相同嗎", "the same for …?"): a grant of one of them is no
# yes; only a text stating that one follows the other's rule (`bot.rules_answer._SAME_RULE`) answers it.
ASKS_SAME = re.compile(r"一[樣样](?:多)?[嗎吗嘛]|相同[嗎吗嘛]|同[樣样][嗎吗]|[是否有]*(?:一[樣样]|相同)還是|一不一[樣样]|相不相同|"
                       r"是否(?:一[樣样]|相同)|"
                       r"\bthe same\s*(?:[?,]|$|\b(?:for|as)\b)|\bthe same\s+(?:[\w-]+\s+){1,3}?as\b|\bsame (?:for|as)\b|\bidentical\b",
                       re.I)

# The question names advice, not a duty ("被建議參加", "「建議」", "only recommended", "advised to attend").
ASKS_ADVICE = re.compile(r"建議|建议|鼓勵|\b(?:recommend(?:ed|s|ation)?|advi[sc]ed?|suggest(?:ed|s|ion)?|encouraged)\b", re.I)

# A list asked for, then whether named items are on it ("…測哪些東西？半值層跟壓迫裝置有在裡面嗎", "what's on the list —
# are HVL and compression included?"): when every item named is in the clause the line quotes, the answer is yes (an item
# not found settles nothing: the line states the list only).
ASKS_INCLUDED = re.compile(r"(?<!包含)(?<!包括)(?<!含)(?:有|也)?(?:在|算在)(?:裡面|里面|其中|內|内|清單|名單)|"  # items before: "X 有在裡面嗎"
                           r"\b(?:(?:is|are)\s+(?:\w+\s+){0,4}?(?:included|covered|part of (?:it|that|this|the list)|among them|"
                           r"on (?:the|that) list))\b", re.I)
# Whether named items are left out of what a rule counts ("工作天數要扣掉例假日嗎", "are holidays excluded from the work
# days?"): against a text stating their inclusion ("工作天數（含例假日）") the answer is no.
ASKS_EXCLUDED = re.compile(r"扣掉|扣除|排除|剔除|不算(?:進|进|在)|(?<![包含])不(?:包含|包括|含)|除外|"
                           r"\b(?:exclud(?:e|es|ed|ing)|left out|leave out|taken out|take out|subtract(?:ed|s)?)\b", re.I)


# ── Figures and periods: the unit, the count, the levels, how early, how often ──

# What each row of a scale says asked for ("各級要做什麼", "每一級怎麼處理", "what does each tier require").
ASKS_EACH = re.compile(r"各(?:級|等|層級|個等級|項|種)|每一?(?:級|個等級|等)|\beach (?:level|tier|grade|band|category)\b", re.I)

# How many levels a scale has ("分成幾級", "幾個等級", "how many tiers"): the line says the count it reads from the clause.
# (a word or two may name what is levelled: "幾種處理等級", "幾個評分級距", "how many action levels")
ASKS_LEVELS = re.compile(r"幾\s*(?:個|種|类|類)?\s*(?:[\u4e00-\u9fff]{1,2}\s*)?(?:等級|級別|級|層級|階段|級距|檔)|"
                         r"\bhow many (?:[a-z-]+ ){0,2}(?:levels|tiers|grades|bands|categories|stages)\b", re.I)

# Whether something is graded at all ("會打A到D的等級嗎", "實地測試有評等嗎", "are there grading standards for the unit?",
# "is the machine itself graded?"): a yes / no on the scale's existence, not on what a grade entails (a grade the question
# states as its case, "評了 D 等還能用嗎", is no such ask: `asks_graded`)
ASKS_GRADED = re.compile(r"(?:打|評|給|分)(?:個|成)?[^，,。？?！!；;]{0,8}?(?:等級|等第|級別)|評等|評級|分等級|分級|"
                         r"\b(?:grad(?:e|es|ed|ing))\b", re.I)
# … asked of how the grades are taken rather than whether ("each unit graded separately?", "兩台平均起來評等嗎"): no such ask
# (nor whether one group's grading is another's: "車上的放射師評等跟院內不同嗎", "a different grading scheme than hospital techs?")
GRADED_HOW = re.compile(r"分別|各自|每[台臺]|每一[台臺]|平均|合併|一起|不同|一樣|一样|同樣|同样|相同|比照|另外|另一套|差別|差異|"
                        r"\b(?:separately|individually|each|per|average\w*|together|combined|differ\w*|same|other than|than|"
                        r"compared?|like)\b", re.I)
# A range of grades ("A到D", "A-D", "A through D"): the scale named, no grade stated as the case
GRADE_RANGE = re.compile(r"(?<![a-z])[a-d]\s*(?:到|至|~|～|-|–|through|to)\s*[a-d](?![a-z])", re.I)

# How a scale is graded ("怎麼分級的", "看哪兩種個案的比例來分級", "分級標準", "how is it tiered"): every row, with its band
ASKS_GRADING = re.compile(r"(?:怎麼|怎样|怎樣|如何|依什麼|依據什麼|根據什麼|看什麼|看哪)[^，,。？?]{0,16}?分(?:級|等|成[幾几])|"
                          r"分級(?:標準|方式|依據|原則|規則)|\bhow (?:is|are|does|do) (?:[a-z-]+ ){0,4}?"
                          r"(?:graded|tiered|banded|classified|scaled|split into (?:levels|tiers|bands))\b|"
                          r"\bwhat (?:are )?the (?:bands|tiers|cut-?offs|thresholds) (?:for|of|in)\b", re.I)

# Whether scores are averaged ("取平均嗎", "do they average the sets?"), met by a text that picks one (最高 / 較低 …): no.
ASKS_AVERAGE = re.compile(r"平均|\baverag\w*|\bmean\b", re.I)

# A count of people asked ("幾個放射師", "幾位醫師", "幾名"): the figure in 人.
ASKS_PEOPLE = re.compile(r"幾(?:個|个|位|名)?\s*(?:放射師|放射师|醫師|医师|人|老師|老师|作者)|多少(?:個|位|名)?\s*(?:放射師|醫師|人)")

# A question asking how early, how far ahead of a date ("證書明年 5 月到期，最早什麼時候可以送", "how far in advance"):
# the answer is a window before it ("屆滿前六個月內", "開辦前 30 日"), not any period (the certificate's six years).
ASKS_BEFORE = re.compile(r"最早|提前|多早|前多久|多久前|幾[個天年]?月?前|\bhow (?:early|far ahead|far in advance|soon before)\b|"
                         r"\bearliest\b|\bin advance\b|\bahead of\b|\bbefore (?:it|the|my|our|their) (?:\w+ )?"
                         r"(?:expir|runs? out|lapse|start|begin)", re.I)

# The unit a "how many" asks in ("要交幾張", "多少案", "how many images"): a figure in another unit ("各選 1 組") does not
# answer it.
# (好幾篇 / 這幾篇 / 那幾張 count or point at the person's own things — "我今年發了好幾篇" — they ask no unit)
# (a credit said by its full word, "多少學分", "幾個積分": 分)
ASKED_UNIT_ZH = re.compile(r"(?:(?<![好這那这])幾|多少)\s*(?:個\s*)?(?:學(?=分)|積(?=分))?(張|案|例|篇|分|小時|天|人|名|位|次|台|組|份|套)")

# … and in English ("how many images"): the unit, mapped to its Chinese one by `bot.rules_answer`.
ASKED_UNIT_EN = re.compile(r"\bhow many\s+(?:\w+\s+){0,2}?(images?|films?|pictures?|cases?|screenings?|exams?|papers?|articles?|"
                           r"credits?|points?|hours?|days?|people|persons?|radiographers?|times?|units?|sets?)\b", re.I)

# How often or at what interval ("how often", "多久…一次", "隔多久", "幾年一次"): a period asked.
HOW_OFTEN = re.compile(r"\bhow (?:often|long)\b|多久[^，,。？?]{0,8}一次|隔多久|幾年[^，,。？?]{0,6}一次", re.I)


# ── Lists, names and places: which items, kinds, appendix, clause, reference ──

# A question asking for a letter's number ("哪個文號", "第幾號函"), and such a number in the text.
ASKS_REF = re.compile(r"文號|字號|函號|哪一?[個號]?號|第幾號|幾號(?:函|公告|令)")

# A question asking which named standard / law / rule ("要符合哪些標準", "依據什麼法規"), and a name in 「」.
ASKS_NAME = re.compile(r"(?:哪些|哪個|哪一?種|哪幾個|什麼|甚麼)\s*(?:標準|法規|規定|辦法|原則|法|規範)")

# "Which article / section / clause covers …?" (in English: a Chinese line names it in its citation, 第四條).
ASKS_WHICH_CLAUSE = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?(?:article|section|clause|paragraph|provision)s?\b|"
                               r"\bwhich part of\b|\b(?:article|section|clause) (?:number|no\.?)\b", re.I)

# A question asking for the items themselves ("會查哪幾大項", "列個清單", "what are the main parts", "quick list").
ASKS_LIST = re.compile(r"哪幾\s*大?(?:項|類|種|塊|部分|個部分|方面)|哪些(?:項目|部分|方面|東西|东西)|清單|列(?:一下|出來|個|出)|"
                       # what a test or a review covers ("實地測試會測哪些", "审查会查哪些"): its items, every one
                       r"(?:測|测|查|考|審|审)(?:哪些|哪幾|哪几)|"
                       + PARTS_ASKED + "|"
                       # the levels of a scale named as such ("分哪幾級", "有哪些級距", "what are the tiers")
                       r"哪(?:幾|些)\s*(?:個)?\s*(?:等級|級距|層級|級|檔)|"
                       # an overview asked for by that word ("overview pls", "給個總覽", "概覽一下"): the items, every one
                       r"\boverview\b|總覽|总览|概覽|概览|"
                       r"\bwhat (?:are|r) (?:the )?(?:tiers|levels|bands|grades|brackets)\b|"
                       r"\bhow many (?:[a-z-]+ ){0,2}(?:parts|components|sections|blocks|pieces|areas|elements)\b|"
                       r"\b(?:list|main (?:parts|items|areas|components|elements)|what (?:parts|items|areas|components) "
                       r"(?:are|does|do))\b|"
                       # what a named part takes in ("what does the on-site test cover", "what's included in …",
                       # "which tests / checks are done", "what do they measure"): its items, every one
                       r"\bwhat (?:exactly |actually )?(?:does|do|will) (?:[\w-]+ ){1,8}?(?:cover|include|involve|consist of|entail|comprise)\b|"
                       # … with "what's" spoken for "what does" ("what's the section on the radiographers cover?")
                       r"\bwhat(?:'s|’s|s) (?:[\w-]+ ){1,8}?(?:cover|include|involve|entail|comprise)\s*(?:\?|$)|"
                       r"\bwhat(?:'s| is| are| gets?| exactly is| exactly gets?) (?:actually )?(?:checked|tested|measured|"
                       r"reviewed|inspected|covered|included|assessed|evaluated|audited|looked at)\b|"
                       r"\b(?:which|what) (?:specific )?(?:items|tests|checks|things|measurements)\b|"
                       # the kinds of requirement ("what categories of requirements …", "only CE credits or more?")
                       r"\b(?:which|what) (?:categories|kinds|types|sorts) of (?:requirements?|standards?|criteria|rules)\b|"
                       r"\b(?:just|only) [^?]{1,30}? or (?:more|anything else|other (?:things|stuff))(?: than (?:that|this|those|these|it))?\s*(?:\?|$)|"
                       # the standards or requirements applied, asked as such ("what standards does the review apply to the
                       # radiographers", "which requirements do instructors have to meet", "審哪些標準", "有哪些要求")
                       r"\b(?:which|what) (?:standards?|criteria|requirements?) (?:does|do|will|would|are|is)\b|"
                       r"(?:哪些|什麼|什么)(?:標準|标准|要求|條件|条件)(?!(?:就|才)?(?:可以|能|算))|" + CONTENTS_ASKED_EN + "|"
                       r"\bwhat do (?:they|you|inspectors|reviewers|the inspectors|the reviewers|hpa) (?:check|test|measure|"
                       r"review|inspect|look at|evaluate|assess)\b", re.I)

# A question asking what is done about something ("有哪些輔導措施", "要做什麼", "what measures apply"): a heading's rows
# answer with their measures (their gists), not with the names of their conditions.
ASKS_MEASURES = re.compile(r"措施|處置|要做什麼|要幹嘛|怎麼辦|會怎樣|會如何|後果|\b(?:measures?|what happens|consequences?)\b", re.I)

# An appendix or attached form asked by its number, and a clause naming one (附表二, 附件 1).
ASKS_APPENDIX = re.compile(r"(?:附表|附件)\s*(?:第)?幾|(?:哪|第幾)\s*(?:一|個)?\s*(?:附表|附件)|"
                           r"\b(?:which|what) (?:appendix|annex|attachment|schedule)\b|\bappendix (?:number|no\.?)\b", re.I)

# Which kinds or types ("哪幾種", "哪些類", "what kinds of"): the items named, not a count.
ASKS_KINDS = re.compile(r"哪(?:幾|些)\s*(?:種|類|樣)|\b(?:which|what) (?:kinds?|types?|sorts?) of\b", re.I)

# Where each of several things is ("A 跟 B 分別寫在第幾條", "which articles cover X and Y respectively?").
# ("each" alone is no such ask: "the points for each activity" is one thing)
ASKS_EACH_PLACE = re.compile(r"分別|分别|各自|各在|各是|\brespectively\b", re.I)

# Whether a whole splits into the parts the question names ("是不是分成現場實測跟書面審核兩部分", "分為 A 和 B 兩塊嗎"):
# the two named (and their count) against a heading's own items.
ASKS_SPLIT = re.compile(r"分(?:成|為)\s*([^，,。？?]{1,24}?)\s*(?:跟|和|與|及|、|還有)\s*([^，,。？?]{1,24}?)\s*"
                        r"(兩|二|2)\s*(?:個)?\s*(?:部分|部份|塊|類|大類|大項|方面)")


# A bare tag asking whether what was said before it is so ("— true?", "right?", "對嗎？", "是真的嗎"): no ask of its own,
# the confirmation of the piece before it.
CONFIRMATION_TAG = re.compile(
    r"^\s*(?:(?:is (?:that|this|it)|that's|thats|it's|am i|is it)\s+)?(?:true|right|correct|so|accurate)\s*[?？!]*\s*$|"
    r"^\s*(?:really|correct|right|true|yes or no)\s*[?？!]*\s*$|"
    r"^\s*(?:這樣|这样|那)?\s*(?:是)?(?:對|对|真的|正確|正确|沒錯|没错)(?:嗎|吗|吧|不對|不对|嗎\s*\??)\s*[?？!]*\s*$|"
    r"^\s*(?:是真的嗎|是真的吗|是嗎|是吗|對不對|对不对|真的假的|有這回事嗎|有这回事吗)\s*[?？!]*\s*$", re.I)


# A bare tag asking whether the rules say anything on what was just asked ("…可以嗎？學會有沒有規定", "…吗？学会有规定吗",
# "…? Is there a rule on this?"): it names no subject of its own (the issuer or "this" at most), so it is no ask of its own —
# the yes / no asked before it is the ask, and its answer ("不可以" from a 勿 / 不得) is the line's polarity, not the 有 of
# "there is a rule". (Matched on folded text.)
RULE_TAG = re.compile(
    r"^\s*(?:那|請問|另外)?\s*(?:(?:台灣)?(?:外科醫學會|外科學會|醫學會|學會|本會|協會|國健署|衛福部|主管機關|官方)"
    r"(?:那邊|那裡|這邊)?)?\s*(?:對此|對這個|對這|這個|這部分|這方面|這點|這種情況|這樣|關於這個|關於這點|此|這|那個|那)?\s*"
    r"(?:是否有|有沒有|有無|有)\s*(?:什麼|甚麼)?\s*(?:相關|明文|特別|明確|正式)?\s*(?:的)?\s*(?:規定|規範|明文規定)\s*"
    r"(?:嗎|呢|啊)?\s*[?？]*\s*$|"
    r"^\s*(?:(?:and|so|also)\s+)?(?:is there|are there|does (?:the )?(?:society|tsa|hpa|tsir|association) have|"
    r"do (?:the )?rules (?:have|say anything))\s+(?:a |an |any )?(?:written |specific |official )?"
    r"(?:rule|regulation|requirement|provision|policy)s?(?:\s+(?:on|about|for|regarding|covering|against)\s+"
    r"(?:this|that|it|these|those))?\s*[?]*\s*$", re.I)


def rule_tag_after_ask(pieces: list[str], k: int) -> bool:
    """Is `pieces[k]` (folded) a bare rule-exists tag (`RULE_TAG`) after an earlier piece that asks?"""
    return k > 0 and bool(RULE_TAG.match(pieces[k])) and any(
        ZH_YES_NO.search(p) or ZH_WH.search(p) or EN_WH.search(p) or p.rstrip().endswith(("?", "？")) or AUX_FIRST.match(p)
        for p in pieces[:k])


# Whether a duty is binding or only advised ("required or only recommended", "mandatory or optional", "強制還是建議",
# "一定要去還是只是建議").
DUTY_FORCE_ASKED = re.compile(
    r"\b(?:required|mandatory|compulsory|obligatory|a\s+must|obliged|obligated|bound|duty|obligation)\b[^?]{0,80}?\bor\b[^?]{0,20}?"
    r"\b(?:just|only|merely|simply)?\s*(?:recommended|advised|suggested|optional|advisory|encouraged|voluntary|discretionary|"
    r"up\s+to\s+(?:them|him|her|the\s+\w+)|their\s+(?:own\s+)?(?:choice|call))\b|"
    r"\b(?:recommended|advised|suggested|optional|advisory)\b[^?]{0,30}?\bor\b[^?]{0,20}?\b(?:required|mandatory|compulsory|obligatory)\b|"
    r"(?:強制|强制|一定要|必須|必须|硬性|義務|义务)[^？?。]{0,20}?(?:還是|还是|或是|或)[^？?。]{0,8}?(?:建議|建议|鼓勵|鼓励|自由|選擇性|选择性|"
    r"自願|自愿|隨意|随意|看(?:個人|个人|自己)|(?:自己|自行)(?:決定|决定|選擇|选择))|"
    r"(?:建議|建议)[^？?。]{0,12}?(?:還是|还是|或是)[^？?。]{0,8}?(?:強制|强制|一定要|必須|必须|硬性)",
    re.IGNORECASE)

# Whether a duty is only advised, asked of that side alone ("is going … only a recommendation?", "just advised, right?",
# "只是建議嗎", "只是建议而已吧"): yes when the text advises, not when it requires (`DUTY_FORCE_ASKED` asks both sides).
ADVICE_ONLY_ASKED = re.compile(
    r"\b(?:only|just|merely|simply|purely)\s+(?:a\s+|an\s+)?(?:recommendation|recommended|suggestion|suggested|advice|advised|"
    r"advisory|encouraged|optional)\b(?![^?]{0,40}?\bor\b)[^?]{0,40}\?|"
    r"(?:只是|只有|僅是|仅是|僅為|仅为|純粹是|纯粹是|就只是)\s*(?:一個|一个|一項|一项)?\s*(?:建議|建议|鼓勵|鼓励)(?:性質|性质|而已|的)?"
    r"(?![^？?。]{0,12}?(?:還是|还是|或是))[^？?。]{0,6}?(?:嗎|吗|吧|[?？])",
    re.IGNORECASE)


def asks_advice_only(text: str) -> bool:
    """Is whether a duty is only advised asked of that side alone (`ADVICE_ONLY_ASKED`), not as one of the two sides
    `DUTY_FORCE_ASKED` reads ("mandatory or only recommended?")?"""
    return bool(ADVICE_ONLY_ASKED.search(text)) and not DUTY_FORCE_ASKED.search(text)


# A deadline put for confirmation as a span or a moment one may act within ("兩年內參加就行嗎", "下次複審前去就可以了吧", "is it fine
# to attend within two years?", "do they have until the next review?"): the rule's deadline asked, whatever figure of one's own
# stands beside it (a discrepancy, a grade) — the rule's wording answers, never the calculation the figure would start.
DEADLINE_SPAN = r"(?:\d+|[一二兩两三四五六七八九十半]+)\s*(?:年|個月|个月|週|周|星期|禮拜|礼拜|天)"
DEADLINE_PUT = re.compile(
    r"(?:" + DEADLINE_SPAN + r"|下次[^，,。？?；;]{0,8}?(?:審查|审查|複審|复审|評鑑|评鉴|後審|后审))\s*(?:內|内|之內|之内|以內|以内|前|之前|以前)\s*"
    r"(?:再|才)?(?:去|來|来)?(?:參加|参加|完成|上課|上课|去上|考|補|补|報名|报名|做完|交)?[^，,。？?；;]{0,6}?"
    r"(?:就行|就好|就可以|就夠|就够|即可|就OK|就ok|可以|也行|也可以|來得及|来得及|沒問題|没问题|沒關係|没关系)(?:了)?\s*(?:嗎|吗|吧|嘛|[?？])|"
    r"\b(?:is|would\s+be|will\s+be)\s+(?:it\s+)?(?:ok(?:ay)?|fine|enough|acceptable|alright|allowed)\s+(?:for\s+(?:me|us|them|him|her)\s+)?"
    r"to\s+(?:attend|go|do|complete|finish|take|pass|sit)\b[^?.]{0,40}?\b(?:within|before|by)\b|"
    r"\bwithin\s+(?:\w+\s+){0,2}?(?:years?|months?|weeks?|yrs?)\b[^?.]{0,30}?\b(?:ok(?:ay)?|fine|enough|acceptable|alright|good)\b[^.]{0,10}\?|"
    r"\b(?:do|does)\s+(?:i|we|they|he|she)\s+(?:really\s+)?have\s+(?:until|till|up\s+to)\s+(?:the\s+)?next\s+(?:review|audit|inspection)\b|"
    # (the span itself put as the time allowed: "so they have two years to go to the seminar, right?", "do they get 2 years to attend")
    r"\b(?:have|has|get|gets|got|given|allowed)\s+(?:a\s+full\s+|the\s+full\s+|up\s+to\s+)?(?:\d+|one|two|three|a|an)\s+"
    r"(?:years?|months?|yrs?)\s+to\s+(?:attend|go|do|complete|finish|take|pass|sit)\b",
    re.IGNORECASE)


# The deadline supposed missed ("如果真的來不及呢", "要是錯過了怎麼辦", "what if I miss it?", "and if I'm too late?"): a what-if that
# changes no figure — a date calculation's late end (a late renewal's) answers it (`bot.parts.supposes_lateness`, `bot.routing`)
DEADLINE_MISSED = re.compile(r"來不及|来不及|趕不上|赶不上|錯過|错过|逾期|遲了|迟了|太晚|晚了|超過期限|超过期限|"
                             r"\bmiss(?:ed|es)?\s+(?:it|the\s+(?:deadline|window|date|cutoff|cut-off))\b|\btoo\s+late\b|"
                             r"\b(?:am|are|is|was|were|be|i'?m)\s+late\b|\bafter\s+(?:the\s+)?(?:deadline|expiry)\b",
                             re.IGNORECASE)
