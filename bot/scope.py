"""Is a question about the three regulations at all? A small vocabulary plus the retrieval signal.

Out of scope: other societies' or specialties' own rules, other screening programmes, clinical
questions, general chat. The bot says so plainly instead of stretching a clause to fit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.parsing.text import Query

# Words that tie a question to one of the three regulations.
IN_SCOPE = re.compile(
    r"(?<![a-z])(?:外科醫學會|本會|外科專科|繼續教育|積分|學分|年會|月會|講習會|研討會|展延|換證|換發|證書|指導老師|介入|栓塞|消融|"
    r"乳房|乳攝|乳腺|放射師|放射士|篩檢|追蹤完成率|完成率|複判|判讀|品管|實地測試|臨床影像|自選片|抽選片|合理量|"
    r"巡迴車|健康署|國健署|駐外|離島|病例報告|第一作者|通訊作者|座長|壁報|進修|category|評等|扣款|支架|認證|專長|個案數|疑似陽性|"
    r"categor(?:y|ies)|suspected positive|bi-?rads|"
    r"conferences?(?![a-z])|congress(?![a-z])|seminars?(?![a-z])|workshops?(?![a-z])|posters?(?![a-z])|first author|corresponding author|"
    r"certificate(?![a-z])|specialist|stents?(?![a-z])|biops|drainage|tips(?![a-z])|pta(?![a-z])|vascular intervention|annual meeting|"
    r"monthly meeting|attendance sheet|subsid|deduction|radiograph|"
    r"atls(?![a-z])|sci(?![a-z])|cme(?![a-z])|credits?(?![a-z])|renew|instructor|interventional|emboli[sz]ation|ablation|mammo|"
    r"radiographer|screening|follow-?up|re-?read|discrepanc|phantom|surg|tsa(?![a-z])|tsir|hpa(?![a-z])|tace(?![a-z])|rfa(?![a-z]))",
    re.IGNORECASE,
)
# Words that anchor a question to OUR three issuers even when another body is named.
ANCHOR = re.compile(r"外科醫學會|本會|外科專科醫師|外科積分|指導老師|介入放射|乳房\s*x|乳攝|mammo|健康署|國健署|surgical society|\btsa\b|tsir|instructor", re.I)

_OTHER_FIELDS = r"內科|家醫|家庭醫學|婦產|小兒|兒科|骨科|眼科|皮膚|耳鼻喉|精神|神經|復健|牙醫|牙科|中醫|護理|藥師|心臟|腸胃|消化|急診|放射線|放射|病理|核醫|整形|泌尿"
OUT_OF_SCOPE: list[tuple[str, str]] = [
    # Another society's or specialty's own rules (attending its meeting is still a TSA question).
    ("other_society", rf"(?<!參加)(?<!出席)(?<!參與)(?:台灣|臺灣|中華民國)?(?:{_OTHER_FIELDS})(?:系|科)?(?:醫學會|學會)(?:的)?(?:積分|學分|規定|辦法|甄審|展延|換證|會員|考試|入會|認證)"),
    ("other_specialty", rf"(?:{_OTHER_FIELDS})(?:科)?(?:線)?專科醫師(?:的)?(?:甄審|考試|筆試|口試|資格|訓練|證書展延|展延)|專科醫師甄審|board exam"),
    ("other_body", r"醫師公會|醫策會|衛福部(?:的)?(?:醫師法)|醫師法|勞基法|勞動基準法|健保(?:給付|點數|申報|核刪)|national health insurance|\bnhi\b|牙醫師|中醫師"),
    ("other_screening", r"子宮頸|抹片|大腸癌|大腸直腸癌篩檢|糞便潛血|口腔癌|肺癌篩檢|低劑量電腦斷層|\bldct\b|pap smear|cervical|colonoscopy|colorectal|\bhpv\b|疫苗|vaccin"),
    ("clinical", r"吃什麼藥|什麼藥|藥物|medication|\bdrugs?\b|副作用|併發症|side effects?|complications?|怎麼治療|如何治療|治療方式|用藥|處方|劑量是多少|\bdosage\b|預後|存活率|prognosis|survival rate|症狀|symptoms?|診斷標準"),
    ("chat", r"天氣|weather|股票|stock price|食譜|recipe|笑話|joke|寫一首|poem|電影|movie|旅遊|餐廳|restaurant|你是誰|who are you|你好嗎|how are you|^\s*(?:hi|hello|hey|你好|嗨|哈囉)\W*$|翻譯|translate|比特幣|bitcoin|足球|football|basketball"),
]
INJECTION = re.compile(
    r"ignore (?:all |the |any |your |previous |prior |above )*(?:rules|instructions|prompts?)|disregard (?:the |all |your )*(?:rules|instructions)|"
    r"忽略(?:所有|以上|前面|之前|上述)?(?:的)?(?:規則|規定|指示|指令)|不要管(?:規則|規定)|假裝|pretend|system prompt|系統提示|jailbreak|you are now|你現在是",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ScopeVerdict:
    in_scope: bool
    reason: str  # "vocabulary", "retrieval", or the out-of-scope marker kind
    injection: bool = False


def has_content(text: str) -> bool:
    """Does the text hold any letter, Han character or digit at all (emoji-only and punctuation do not)?"""
    return any(ch.isalnum() for ch in text)


def out_of_scope_marker(q: Query) -> str | None:
    """The kind of out-of-scope marker the question carries, unless it is anchored to our issuers."""
    t = q.text
    for kind, pattern in OUT_OF_SCOPE:
        if re.search(pattern, t, re.IGNORECASE):
            if kind in ("chat", "clinical", "other_screening") and ANCHOR.search(t) and kind != "chat":
                continue
            if kind in ("other_society", "other_specialty", "other_body") and ANCHOR.search(t):
                continue
            return kind
    return None


# Bigrams that carry no topic (question words, pronouns): they match any text.
_STOP_BIGRAMS = {"可以", "什麼", "如何", "怎麼", "哪裡", "請問", "我們", "你們", "是否", "需要", "要求", "的話", "有沒",
                 "沒有", "多少", "時候", "一下", "一個", "這個", "那個", "因為", "所以", "還是", "或是", "已經", "現在"}
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def coverage(question: str, texts: list[str]) -> tuple[int, float]:
    """How many of the question's topical Chinese bigrams occur in the clause texts, and what share."""
    grams = {run[i:i + 2] for run in _HAN_RUN.findall(question) for i in range(len(run) - 1)} - _STOP_BIGRAMS
    if not grams:
        return 0, 0.0
    haystack = "\n".join(texts)
    found = sum(1 for g in grams if g in haystack)
    return found, found / len(grams)


_EN_WORD = re.compile(r"[a-z]{3,}")
EN_STOP = frozenset(  # English words that carry no topic (also bot.rules_answer)
    "the and for are can does did what how many much when who which with that this there have has will would should "
    "could may must need any our your their from into about per each under over than then they them was were been "
    "being also only just like get got its it's you yours we i'm i've not but all some other another same such one "
    "two yes here please tell know want say says said make made does don't doesn't isn't aren't".split())


def english_coverage(question: str, texts: list[str]) -> tuple[int, float]:
    """How many of the question's English content words occur in the texts (the clauses' English gists), and what share."""
    words = {w for w in _EN_WORD.findall(question.lower()) if w not in EN_STOP}
    if not words:
        return 0, 0.0
    haystack = "\n".join(texts).lower()
    found = sum(1 for w in words if re.search(rf"\b{re.escape(w[:max(4, len(w) - 2)])}", haystack))
    return found, found / len(words)


def assess(q: Query, hit_texts: list[str] | None = None, top_via: list[str] | None = None,
           english_terms: list[str] | None = None) -> ScopeVerdict:
    """In or out of scope: out-of-scope markers first, then our vocabulary, then how much of the
    question the best retrieved clauses actually contain (a dense match alone is what any sentence
    gets, the weather included; a shared word like 申請 or 醫院 is not enough either)."""
    injection = bool(INJECTION.search(q.text))
    marker = out_of_scope_marker(q)
    if marker:
        return ScopeVerdict(False, marker, injection)
    if IN_SCOPE.search(q.text):
        return ScopeVerdict(True, "vocabulary", injection)
    if top_via and "lookup" in top_via:
        return ScopeVerdict(True, "lookup", injection)  # the question names one of our clauses
    texts = hit_texts or []
    found, share = coverage(q.text, texts)
    # Bigrams across word joints dilute the share, so several matches at a lower share also count.
    if share >= 0.5 or (found >= 3 and share >= 0.3):
        return ScopeVerdict(True, "retrieval", injection)
    # English: the regulation's own terms that the question maps to must be in the clauses found,
    # or most of its content words in the clauses' English gists (hit_texts carry them).
    terms = [t for t in (english_terms or []) if any(t in x for x in texts)]
    if len(terms) >= 2:
        return ScopeVerdict(True, "retrieval", injection)
    found_en, share_en = english_coverage(q.text, texts)
    if found_en >= 2 and share_en >= 0.4:
        return ScopeVerdict(True, "retrieval", injection)
    return ScopeVerdict(False, "no_match", injection)
