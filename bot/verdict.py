"""The yes / no a calculator answer leads with when the question asks yes / no ("這樣夠不夠？", "會不會被扣分？", "Do I
qualify?"): the first word answers the question in the user's own verb (夠 / 不夠, 會 / 不會, 可以 / 不可以; Yes / No),
before the figure.

Whether a result is the person's good outcome (enough, eligible, nothing deducted, within the cap) is its tool's
renderer's to say (`calculators.render.Renderer.favourable`); here only which outcome the question asks about: the bad
one ("會不會被扣", "am I over the cap?") or the good one ("夠嗎", "do I qualify?").
"""

from __future__ import annotations

import re

from bot.parsing.text import fold
from bot.rules_answer import answer_kind, polarity_word

# The A-not-A form asks, it negates nothing ("夠不夠", "會不會"): taken out before the bad outcome's words are looked for.
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没沒]\1")
# The bad outcome asked about: a deduction, a shortfall, a cap exceeded, a failure, a loss.
ADVERSE_ASKED = re.compile(
    r"扣|罰|罚|不夠|不够|不足|不合格|不及格|不符|不達|不达|未達|未达|沒達|没达|超過|超过|超出|超量|超標|超标|爆量|被退|退件|不給付|不给付|"
    r"核刪|核删|停權|停权|停用|停止|取消|撤銷|撤销|失去|喪失|丧失|差(?!不多)|缺|少於|少于|低於|低于|"
    r"\b(?:deduct\w*|penal\w*|fined?|fines|short|shortfall|fail\w*|lose|losing|lost|exceed\w*|over\s+(?:the\s+)?(?:cap|limit|quota)|"
    r"too\s+(?:many|much|few|low)|not\s+enough|insufficient|dock(?:ed)?|cut|miss(?:ing)?|suspend\w*|revoked?|below|under\s+the)\b",
    re.IGNORECASE)
# A headline that already leads with its own yes / no ("可以：申請日…", "Not yet: …").
_ALREADY_LED = re.compile(r"^(?:可以|不可以|還不行|还不行|會|不會|夠|不夠|是|否|Yes|No|Not yet)\s*[：:，,。.]")


def asks_adverse(question: str) -> bool:
    """Does the yes / no question ask about the bad outcome ("會不會被扣款", "am I over the cap?") rather than the good one
    ("夠不夠", "do I qualify?")?"""
    return bool(ADVERSE_ASKED.search(_A_NOT_A.sub("", fold(question))))


def yes_no_lead(question: str, favourable: list[bool | None], headline: str, lang: str) -> str:
    """The word a calculator answer to a yes / no question leads with ("不夠", "會", "Yes"), "" when the question asks
    no yes / no, when a result gives no verdict or the results disagree, or when the headline already leads with one."""
    verdicts = set(favourable)
    if len(verdicts) != 1 or None in verdicts or answer_kind(question) != "yes_no" or _ALREADY_LED.match(headline):
        return ""
    (good,) = verdicts
    yes = good != asks_adverse(question)
    word = polarity_word(question, not yes, lang)
    # (the headline's own first word already the answer: "可以申請展延：…" asked "可以展延嗎" — never "No" before "Not yet")
    return "" if re.match(rf"{re.escape(word)}(?![A-Za-z])", headline) else word


def led(word: str, headline: str, lang: str) -> str:
    """The headline after its yes / no word ("不夠。換證積分 190 分…", "No. Renewal points: …")."""
    if not word:
        return headline
    return f"{word}。{headline}" if lang == "zh-TW" else f"{word}. {headline}"
