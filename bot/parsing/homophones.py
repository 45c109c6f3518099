"""The rules' own Chinese terms typed with a homophone for one character ("越會" for 月會, "念會" for 年會, "壁寶" for 壁報):
written as the term, so every reader that knows the term reads the slip too.

An input method offers every character of a syllable; a person typing fast on a phone picks the wrong one. The terms and
their syllables are pinyin.TERMS (one table for both mechanisms); `SOUNDS` lists, per syllable, the characters an input
method offers for it that people pick by mistake. A word of a term with exactly ONE character swapped for another of the
same syllable is a slip — only where the words around it make it the term (`_CONTEXT_AFTER` / `_CONTEXT_BEFORE`: a count,
going to it, a figure asked) and only when the slip is no word of its own (`_REAL_WORDS`: "幾分" asks a score, "計分" is
scoring). Same length: every span stays where it was.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.parsing.pinyin import TERMS

# syllable → the characters of that sound (Traditional: the question is folded before this reads it) that are typed for
# one another; a syllable of a term with no entry here has no homophone read
SOUNDS: dict[str, str] = {
    "yue": "月越悅閱岳粵躍約",
    "hui": "會惠匯繪慧彙",
    "nian": "年念黏",
    "fen": "分份芬紛粉",
    "xue": "學雪穴",
    "tao": "討套淘",
    "lun": "論輪倫",
    "zuo": "座坐做作",
    "jiang": "講獎蔣槳",
    "zhe": "者著遮",
    "bi": "壁璧避碧",
    "bao": "報寶飽堡",
    "xiu": "修休秀",
    "jin": "進近盡晉",
    "zhan": "展站佔戰",
    "yan": "研延言顏演",
    "zhu": "主著住助",
    "chi": "持遲池",
    "lu": "錄路陸",
    "chou": "抽籌仇",
    "pian": "片篇偏",
    "zhui": "追錐",
    "zong": "蹤宗綜總",
    "dao": "導道到倒",
}

# A slip that is a word of its own: never rewritten ("幾分" asks how many points, "計分" / "記分" is scoring, "會議" …)
_REAL_WORDS = frozenset({"約會", "計分", "記分", "展演", "展顏", "住持", "做長", "作長", "總分", "演講", "追宗"})

# A person's name right before ("陳月惠去了 3 次", "林年慧"): 月惠 / 年慧 are given names after a surname, never a slip
_SURNAME_BEFORE = re.compile(r"[王李張陳林黃吳劉蔡楊許鄭謝郭洪曾周賴徐葉簡鍾邱莊呂蘇江何羅高蕭潘朱彭游詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董溫唐藍蔣石古紀姚連馮歐程湯黎田康]$")

# "越來越會去", "越是越會參加": 越 … 越 says "the more … the more", never a slip of 月
_CORRELATIVE_BEFORE = re.compile(r"越[^，,。；;？?！!\s]{0,4}$")

# Around the slip, what makes it the term: after it a count, a going, a figure asked ("越會有去幾次", "念會去了 1 次",
# "壁寶 3 篇", "積份多少"); or before it going to it, being it ("參加越會", "當獎者")
_COUNT = r"(?:\d+|[一二兩两三四五六七八九十幾几]+)\s*(?:次|場|场|篇|回|趟|個月|个月|分)"
_CONTEXT_AFTER = re.compile(r"\s*(?:也|都|還|还|又|則|则|我|有|，|,)?\s*(?:有)?\s*"
                            rf"(?:去|跑|參加|参加|出席|報告|报告|發表|发表|當|当|擔任|担任|{_COUNT}|多少|幾|几|夠|够|還差|还差)")
_CONTEXT_BEFORE = re.compile(r"(?:(?:參加|参加|出席|去|跑|當|当|擔任|担任|發表|发表|投)(?:了|過|过)?|本會|本会|外科|"
                             r"(?:\d+|[一二兩两三四五六七八九十]+)\s*(?:次|場|场|篇|個|个))\s*$")


@lru_cache(maxsize=1)
def _slips() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every one-character homophone slip of every term (longest first), and slip → term."""
    slips: dict[str, str] = {}
    for chars, syllables in TERMS:
        sounds = syllables.split()
        if len(sounds) != len(chars) or len(chars) < 2:
            continue
        for i, (ch, sound) in enumerate(zip(chars, sounds)):
            for other in SOUNDS.get(sound, ""):
                slip = chars[:i] + other + chars[i + 1:]
                if other != ch and slip not in _REAL_WORDS and slip not in dict(TERMS):
                    slips.setdefault(slip, chars)
    pattern = re.compile("|".join(re.escape(s) for s in sorted(slips, key=len, reverse=True)))
    return pattern, slips


def homophone_terms(text: str) -> str:
    """`text` with each one-character homophone slip of a term written as the term where its context makes it the term."""
    pattern, slips = _slips()

    def written(m: re.Match[str]) -> str:
        if m.group(0)[0] == "越" and _CORRELATIVE_BEFORE.search(text, 0, m.start()):
            return m.group(0)
        if _SURNAME_BEFORE.search(text, 0, m.start()):
            return m.group(0)
        # (a slip of a term of four characters or more is no word of its own: "指道老師" is 指導老師 wherever it stands)
        if len(m.group(0)) >= 4 or _CONTEXT_AFTER.match(text, m.end()) or _CONTEXT_BEFORE.search(text, 0, m.start()):
            return slips[m.group(0)]
        return m.group(0)

    return pattern.sub(written, text)
