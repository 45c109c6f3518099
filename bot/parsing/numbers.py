"""Numbers as users write them: 3, 3.5, 1,000, 200萬, 1.5萬元, 十二, 兩百, 一百五十, 百分之六十八."""

from __future__ import annotations

import functools
import re
import typing
from dataclasses import dataclass

from knowledge.numerals import CN_CHARS as _CN_CHARS
from knowledge.numerals import DIGITS as _DIGITS
from knowledge.numerals import cn_to_int

__all__ = ["Quantity", "cn_to_int", "find_quantities", "normalize_numerals"]

# A run of Chinese numerals (三點五 with its decimals); converted only where a unit follows (so 一律,
# 之一, 統一 stay words; 五個 too: a count of items no calculator argument carries would make the
# ledger ask about it, docs/numerals.md), never after 第 / 哪 / 同 / 最後 (designations), 幾 / 數 (幾十 is no number),
# a digit (1萬2千 is read whole by _MIXED) or inside a longer run.
_NOT_AFTER = f"(?<![{_CN_CHARS}第哪幾几同\\d.])(?<!最後)(?:(?<![數数])|(?![十百千萬万]))"  # 數十 is no number; 分數七十六 is 76
# "想一次申請", "一次送件", "一次問幾個", "一次幫我算": 一次 before a verb is "at once", not a count.
_THIS_THAT = set("那這这此該该")
# … unless it is an item of a list, after the word joining it to the one before ("口頭兩篇跟一張 poster", "月會3次和一個國際會議",
# "兩篇 oral、一張壁報", "plus 一堂課"): there "one" is the item's count, as the item before it had its own
# (… or said after the noun it counts, the clause ending right after it: "poster 一張，", "壁報一張、口頭兩篇" — an article
# comes before its noun)
_CLAUSE_ENDS = re.compile(r"\s*(?:[，,。；;、？?！!）)]|$|(?:跟|和|與|与|及)(?=\s*[\d一二兩两三四五六七八九十]))")
# (… or the first of a list, another item with its count joined after it: "發表了一張 poster 跟口頭 1 篇", "一張壁報和兩篇口頭")
_LISTED_BEFORE = re.compile(r"[^\d，,。；;？?！!]{0,12}?(?:跟|和|與|与|及|、|加上|加(?![倍起總总成]))\s*[^\d，,。；;？?！!]{0,8}?"
                            r"(?:\d+|[一二兩两三四五六七八九十]+)\s*(?:篇|張|张|次|場|场|個|个)")
_LISTED_AFTER = re.compile(r"(?:[\d一二兩两三四五六七八九十]\s*[^\s\d，,。；;？?！!]{0,6}?\s*(?:跟|和|與|与|及|以及|還有|还有|加上|加|另外|另|、|\+|＋)"
                           r"|(?:\bplus|\band))\s*$")
# (… or the review said short — 後審 / 覆審 — or what happened then: "上一次有被要求", "上一次就已經", "上一次那時候")
_NEXT_OR_LAST = re.compile(r"\s*(?:的|審|审|評|评|考核|年度|後續|后续|複判|复判|後審|后审|覆審|複審|复审|"
                           r"(?:有|就|也|都)?(?:被|已|已經|已经)|那|時|时|結果|结果)")
_AT_ONCE = re.compile(r"一次(?=\s*(?:(?:就|全|都|先)\s*)?(?:申請|送件|送|全部|辦|搞定|處理|处理|報名|問|问|請教|请教|請問|请问|幫我|帮我|"
                      r"幫忙|帮忙|算|講清楚|讲清楚|說清楚|说清楚|整理))")
# "兩個一天的年會", "三個兩小時的研討會": how many items, each of the length after it (個 alone stays a word)
# (a few words may come before the length: "三個只開一天的", "兩個為期兩天的", "两个都只开半天的")
_SIZED_ITEMS = (f"[個个](?=\\s*(?:只開|只开|只有|開了|开了|開|开|為期|为期|會期|会期|都是|都只開|都只开|僅|仅|才)?\\s*"
                f"[{_CN_CHARS}\\d]+(?:[點点.]\\d+)?\\s*(?:天|日|小時|小时|個小時|个小时|鐘頭|钟头)半?的)")
# "兩個合格放射師", "三個國際會議", "兩個 poster": 個 before (a few words and) a noun of what the rules count — people,
# meetings, courses, presentations, papers — is a count of them (個 before anything else stays a word: 五個測試項目)
_COUNTED_NOUN = (r"會議|会议|研討會|研讨会|討論會|讨论会|年會|年会|月會|月会|醫學會|医学会|課程|课程|講座|讲座|講習|讲习|工作坊|"
                 r"演講|演讲|口頭|口头|壁報|壁报|論文|论文|文章|放射|醫師|医师|醫生|医生|技術|技术|技師|技师|判讀|判读|"
                 r"(?i:meetings?|congress|conferences?|courses?|workshops?|posters?|e-?posters?|orals?|talks?|lectures?|papers?)")
# (not a count heading a list after its colon or in brackets, "三個次專科年會：胸腔外科（兩天）、…", "兩個次專科年會（胸腔外科
# 兩天、泌尿外科一天）": the items listed give the count)
# (… but a bracket that only tells the counted items apart or says what they share — "兩個國際會議（一個在新加坡，一個在台北）",
# "兩個次專科年會（都是一天的）", "两个国际会议（新加坡和台北各一）" — lists no items: the count before it stands)
_TELLS_APART = (r"[(（]\s*(?:[一1]\s*[個个場场次位篇]|都|全都|全部都?|皆|均|各|每)"
                r"|[(（][^()（）\n]{0,30}?各\s*[一1]?\s*[個个場场次]?\s*[)）]")
_COUNTED_ITEMS = (f"[個个](?=[^\\s，,。；;、:：！!？?\\d]{{0,6}}?\\s*(?:{_COUNTED_NOUN})"
                  f"(?![^，,。；;？?]{{0,6}}[:：]|\\s*(?!{_TELLS_APART})[(（]))"
                  # "出國開了兩個會", "開了三個會回來": 會 alone right after 個, ending the phrase, is meetings ("兩個會不會" stays a word)
                  f"|[個个](?=[會会](?:\\s*(?:[，,。；;、！!？?]|\\Z|{_TELLS_APART}|回來|回来|之後|之后|以後|以后|後|后)))")
_NEW_COUNTER = re.compile(f"\\s*(?:{_COUNTED_ITEMS}|張|张|堂)(?!月|人|小時|小时|鐘頭|钟头|星期|禮拜|礼拜|放射|醫師|医师|醫生|医生|技術|技术)")
# … which the coverage ledger still reads as a number (bot/ledger.py): the count of the items listed after the colon
COUNT_HEADING = re.compile(f"(?<![{_CN_CHARS}第哪幾几同\\d.])([{_CN_CHARS}]+)\\s*[個个](?=[^\\s，,。；;、:：！!？?\\d]{{0,6}}?\\s*"
                           f"(?:{_COUNTED_NOUN})(?:[^，,。；;？?]{{0,6}}[:：]|\\s*(?!{_TELLS_APART})[(（]))")
# "國際研討會有去兩個，ESMO 跟 ASCO", "年會也去了三個": the things counted named first in the clause, then a verb of going
# and how many of them with 個 ending the clause — a count of them (個 ending a clause with no counted noun before it
# stays a word: "問題有兩個")
_COUNT_AFTER_VERB = re.compile(f"(?<=[去加席跑開开聽听])((?:了|過|过)?\\s*)([{_CN_CHARS}]+)(?=\\s*[個个]\\s*(?:[，,。；;、！!？?)）]|\\Z|喔|啦|耶|而已))")
_ATTENDED_BEFORE = re.compile(r"(?:去|參加|参加|出席|跑|開|开|聽|听)$")


def _counted_after_verb(m: re.Match[str], run: typing.Callable[[re.Match[str]], str]) -> str:
    text = m.string
    if not _ATTENDED_BEFORE.search(text, max(0, m.start() - 2), m.start()):
        return m.group(0)
    left = max(text.rfind(ch, 0, m.start()) for ch in "，,。；;？?！!\n") + 1
    if not re.search(f"(?:{_COUNTED_NOUN})", text[left:m.start()]):
        return m.group(0)
    value = cn_to_int(m.group(2))
    return m.group(0) if value is None else f"{m.group(1)}{value}"


# "三張 poster", "兩堂課": a counter of sheets / classes is always a count
# (趴: a percent as people say it, "六十一趴" as "61趴")
# The counter after a Chinese numeral that makes it a count ("三次", "兩個月", "一百二十例", "七十五分")
_COUNTER_AHEAD = ("(?=\\s*(?:" + _SIZED_ITEMS + "|" + _COUNTED_ITEMS + "|張|张|堂|個月|个月|個星期|个星期|個禮拜|个礼拜|個人|个人|個小時|个小时|個鐘頭|个钟头|鐘頭|钟头|個放射|个放射|個醫師|个医师|個醫生|个医生|個技術|个技术|次|篇|天|日|例|小時|年|分(?![比之數数])|場|位|名|組|台|臺|門|人|歲|案|項|件|週|周|萬(?![一二三四五六七八九兩两零〇千百十])|元|%|％|趴))")
# "放射師三個都全年在職", "技術員兩个": the people named first, then how many of them with 個 — a count of them (個 after
# a numeral alone stays a word; never 一, an article, nor 個月 / 個人 / 個小時, counters of their own)
_PEOPLE_THEN_COUNT = re.compile(f"(?<=[師师士員员])\\s*([{_CN_CHARS}]+)(?=\\s*[個个](?!月|人|小時|小时|鐘頭|钟头|星期|禮拜|礼拜))")
_CN_RUN = re.compile(f"{_NOT_AFTER}([{_CN_CHARS}]+(?:[點点][{''.join(_DIGITS)}]+)?)" + _COUNTER_AHEAD)
# "一百點", "一百五十点", "兩百點": points said as 點 after a numeral past any hour of the clock (三點, 十二點 stay times of day;
# 一百點五 is a decimal, `_CN_RUN`)
_CN_POINTS = re.compile(f"{_NOT_AFTER}([{_CN_CHARS}]+)(?=\\s*[點点](?![{''.join(_DIGITS)}\\d]))")
# "十多年", "一百多例", "兩百多次", "案例只有一百多，": a round numeral and 多 (a rough figure over it), before a counter or the
# end of a clause — its digits, 多 kept ("10多年": the reader reads the bound)
_CN_ROUGH = re.compile(f"{_NOT_AFTER}([{_CN_CHARS}]*[十百千])(?=多(?!少)(?:{_COUNTER_AHEAD}|\\s*(?:[，,。；;？?！!)）]|\\Z)))")
# "兩三次", "三四場", "一兩篇", "五六個月": two neighbouring one-character numerals before a counter are a rough range (two or
# three), never the two-digit number their digits spell (23) — written as a range, "2到3次", which is read as one (asked
# where the figure decides the answer); a year keeps its digits ("一一五年" is 115)
_CN_PAIR = re.compile(f"{_NOT_AFTER}(?<![十百千萬万第])(一[兩两二]|[兩两二]三|三四|四五|五六|六七|七八|八九)(?![{_CN_CHARS}])(?!\\s*年)" + _COUNTER_AHEAD)
# … or before a sentence-final particle, as people talk ("壓迫才七十五啦", "其他都八十八喔", "照野七十二ㄛ", "九十而已")
_PARTICLE = r"(?:啦|喔|哦|噢|ㄟ|欸|耶|ㄛ|ㄋ|捏|呢|吧|啊|阿|呀|唷|喲|哟|哩|囉|啰|咧|嘛|而已|嗎|吗|了)"
# "三百四十 和 三百六十五", "三百五跟 360": a conjunction joining two figures — the first is a figure of the list too
_AND_NUMBER = f"(?:和|跟|與|与|及|或|還有|还有)\\s*(?=[\\d{_CN_CHARS}])"
# "一百、九十五 共595", "八十、九十合計一百七": the last figure of a list before the stated total (a total word, then a figure)
_THEN_TOTAL = f"(?:一共|總共|总共|共計|共计|合計|合计|總計|总计|共)\\s*(?=[\\d{_CN_CHARS}])"
# A bare count in a list (TACE 一百八、TARE 一百二; 劑量那項九十、): two or more numerals holding 十/百/千/萬,
# after a letter, a space, a Han character, a colon or a list separator (一百、九十: the list goes on; not at a line
# start, where 二十、 is a heading), before 、，；。, a bracket, a question mark (閱片九十一（我們…）, 假體八十五？), a stated
# total (九十五 共595) or the counter 個 (拍了一百個: a count; a one-character 五個 stays a word)
# (… or a plus sign, the items of a sum: "PEI 20 + RFA 一百 + IRE 5", "一百二 ＋ 八十")
# (… or at the start of the message or a line before the counter 個: "一百二十個疑似陽性個案，追完九十個")
# (… or an arrow to what is asked after the list, "判讀八十六 → 是不是全A", "照野九十 -> 幾等")
# (… or either side of a slash, a part over its whole: "完成 一百五十 / 兩百", "一百五十/兩百")
# (… or before 左右, a figure said roughly: "應該一百六左右")
# (… or before the words that say it is the right one, a figure corrected to or confirmed: "是九十才對", "九十才是對的", "一百二沒錯")
_CN_BARE = re.compile(f"(?:(?<=[A-Za-z \t\u4e00-\u9fff、，,：:/／])|(?:^|(?<=\n))(?=[{_CN_CHARS}]*[十百千萬万][{_CN_CHARS}]*個(?![月人星禮])))"
                      f"{_NOT_AFTER}(?<![之])"
                      f"([{_CN_CHARS}]*[十拾百佰千仟萬万][{_CN_CHARS}]*)(?=\\s*(?:[、，,；;。()（）?？!！+＋→⇒➔➜/／]|->|=>|個(?![月人星禮])|\\Z|{_PARTICLE}|左右"
                      f"|才對|才对|才是|才正確|才正确|沒錯|没错"
                      f"|{_AND_NUMBER}|{_THEN_TOTAL}))")
# "三百六十八 請問", "兩萬一千 案": a numeral of two or more characters, led by a digit and holding 十/百/千/萬, before a
# space and a word — a figure typed with a space after it (萬一 / 千萬 / 十分, led by no digit, stay words)
_CN_BARE_SPACED = re.compile(f"(?<=[A-Za-z \t\u4e00-\u9fff、，,：:]){_NOT_AFTER}(?<![之])"
                             f"([一二三四五六七八九兩两][{_CN_CHARS}]*[十百千萬万][{_CN_CHARS}]*)(?=[ \t]+[\u4e00-\u9fffA-Za-z\\d])")
# "週一一天", "禮拜三兩天": the weekday's numeral, then the count of days — two figures, never 11 / 32
_WEEKDAY_BEFORE = re.compile(r"(?:週|周|星期|禮拜|礼拜)$")
# "IRE 五、", "PEI 三，": a one-character numeral after a Latin label and a space, before a list separator — the label's
# count in a list of label-number pairs (a one-character numeral elsewhere stays a word: 五官, 一起)
# (also 十, and after a Han label with a space between, as a list of label-number pairs is typed: "雷射 十、", "引流 五，")
_CN_LABEL_ONE = re.compile(r"(?:(?<=[A-Za-z] )|(?<=[\u4e00-\u9fff] )(?<!第 )(?<!前 )(?<!近 ))([一二三四五六七八九十兩两])(?=\s*(?:[、，,；;。？?]|\Z))")
# "一百、零、一百五十", "九十五，零，八十": a zero as an item of a list of figures (between list separators, or after one
# and before the end of the list) — 零 alone is never a word there
_CN_ZERO_ITEM = re.compile(r"(?<=[、，,])\s*[零〇](?=\s*(?:[、，,；;。？?]|\Z))")
# "三三〇", "三一五": a figure of a list read out digit by digit (no 十 / 百 in it), between list separators (or first
# of a list: "分數三一〇、二九八")
_CN_DIGIT_ITEM = re.compile(r"(?:(?<=[、，,：:])|(?<![〇○零一二三四五六七八九十百千萬万兩两第\d])(?=[〇○零一二三四五六七八九]{3,4}\s*、))"
                            r"\s*([〇○零一二三四五六七八九]{3,4})(?=\s*(?:[、，,；;。？?]|\Z))")
# "非緻密三一九 緻密三四零", "分數 三三〇": a figure read out digit by digit right after its Han label (a space between or
# none), then a space, a separator or the end — the list of label-figure pairs typed tersely (its first digit never 零)
_CN_DIGIT_AFTER_LABEL = re.compile(r"(?<=[\u4e00-\u9fff])(?<![〇○零一二三四五六七八九十百千萬万兩两第幾几講讲說说])(\s?)"
                                   r"([一二三四五六七八九][〇○零一二三四五六七八九]{2,3})(?=\s|[、，,；;。？?]|\Z)")
# A year named, then a word for nothing as its figure ("2023年是零", "112年掛零", "第3年掛蛋", "2023 nothing", "2023 got none"):
# the year's figure, 0 — never the year itself read as the figure
_YEAR_ZERO = re.compile(r"((?:(?<![\d.])\d{2,4}\s*年(?:度)?|第\s*\d\s*年)\s*(?:的)?\s*(?:積分|學分|学分|积分)?\s*[:：]?\s*"
                        r"(?:是|為|为|拿了|拿到|拿|得了|得到|得|有|只有|都|就)?\s*)(?:掛零|挂零|掛蛋|挂蛋|抱蛋|零|〇)(?![一二三四五六七八九十百千萬万點点.\d])|"
                        # "第3年沒有", "2023年沒有積分": no figure that year, before a list separator or the end
                        r"((?:(?<![\d.])\d{2,4}\s*年(?:度)?|第\s*\d\s*年)\s*(?:的)?\s*(?:積分|學分|学分|积分)?\s*[:：]?\s*(?:都|就|完全)?\s*)"
                        r"(?:沒有|没有|沒|没)(?:任何)?(?:積分|學分|学分|积分|分數|分数|分)?(?=\s*(?:[、，,；;。)）(（/]|$))|"
                        r"((?:(?<![\d.])(?:19|20)\d\d|第\d年)\s*[:：=—–-]?\s*(?:(?:I|we)\s+)?(?:got|earned|had|was|were|is|=)?\s*)"
                        r"(?:nothing|none|nil|zilch|zero|no\s+(?:credits?|points?|pts)|nada)\b", re.IGNORECASE)
# "專科第十年", "第三年了": the year of a career or a cycle counted by its ordinal, read like "第10年" (an article's
# number, 第十條, stays a word)
# (never an ordinal in a list of them, "第二、第三年都在國外": the years named, read as they are)
_CN_NTH_YEAR = re.compile(f"(?<![、,，和及跟與与~～-]第)(?<=第)([{_CN_CHARS}]+)(?=年)")
# "第四類的個案", "第零類", "第三类": a screening result's category by its ordinal, read like "第4類" (a one-character numeral
# of 0 to 6 before 類 — never 類別 / 類型, a kind of something)
_CN_NTH_CLASS = re.compile(r"(?<=第)\s*([零〇一二三四五六])(?=\s*[類类](?![別别型]))")
# Digits with Chinese units: 1萬2千 = 12000, 12萬5千 = 125000, 3千 = 3000 (1.5萬 and 200萬 stay for find_quantities).
_MIXED = re.compile(r"(?<![\d.,])\d+(?:\.\d+)?[萬万]\d+[千仟]|(?<![\d.,])\d+[千仟](?!\d)")
# A digit before 百 with the rest said in digits or numerals ("3百" = 300, "1百五" = 150 — the tens said short, as 一百五 —,
# "1百5十" = 150, "1百零5" = 105, "2千3百" = 2300): one figure, never a 3 and a 1 of their own; never 百萬 (millions), 百分之
# (a percentage) nor a rough 3百多 / 3百幾.
_MIXED_HUNDRED = re.compile(r"(?<![\d.,])(?:([1-9])\s*[千仟])?([1-9])\s*[百佰]"
                            r"(?:([1-9一二三四五六七八九])(十)?([1-9一二三四五六七八九])?|[零0]([1-9一二三四五六七八九]))?"
                            r"(?![\d十拾百佰千仟萬万多幾几]|分之)")


def _mixed_hundred(m: re.Match[str]) -> str:
    def d(x: str | None) -> int:
        return 0 if not x else int(x) if x.isdigit() else _DIGITS[x]
    value = d(m.group(1)) * 1000 + d(m.group(2)) * 100 + d(m.group(3)) * 10 + (d(m.group(5)) if m.group(4) else 0) + d(m.group(6))
    return str(value) if not (m.group(5) and not m.group(4)) else m.group(0)
# Ten thousands with the thousands said short, as people say a volume: 萬二 = 12000, 萬五 = 15000 (一 left out, as in
# 一萬二), 1萬2 = 12000, 2萬5 = 25000 — one figure, never 1萬 and a 2 of its own. (萬一 is "in case", no number; a digit
# with a counter after it is a count of its own: "2萬 2位放射師" stays two figures.)
_COUNTER_NEXT = r"\s*(?:位|名|人|個|个|台|臺|次|天|日|例|件|組|组|項|项|年|月|週|周|小時|分|歲|岁|%|％|號|号|成|倍|篇|場|场)"
_WAN_SHORT = re.compile(f"(?<![{_CN_CHARS}\\d.,幾几數数])(?:(\\d+)|一)?[萬万]"
                        f"(?:([二三四五六七八九兩两])(?![{_CN_CHARS}\\d.])|(?<=\\d[萬万])([1-9])(?![\\d.{_CN_CHARS}])(?!{_COUNTER_NEXT}))")


# Digits with hundreds or thousands of 萬, as an amount is said: 3百萬 = 300萬, 1.5千萬 = 1500萬 (the 萬 stays with the amount)
_DIGITS_OF_WAN = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*([百佰千仟])(?=\s*[萬万])")



# "another" said of a paper by the author position it is credited with ("one SCI paper as first author and another as
# corresponding author", "another one as co-first author"): one more paper, a count of 1 like the "one" before it.
_ANOTHER_AUTHOR = re.compile(r"\banother(?=(?:\s+one)?\s+(?:as|where\s+I\s+was|where\s+I'?m|with\s+me\s+as)\s+(?:the\s+|a\s+)?"
                             r"(?:co-?)?(?:first|corresponding|senior|last|second|third)[- ]author)", re.I)

def _digits_of_wan(m: re.Match[str]) -> str:
    """'3百萬' → '300萬', '1.5千萬' → '1500萬' (`_DIGITS_OF_WAN`)."""
    value = float(m.group(1)) * (100 if m.group(2) in "百佰" else 1000)
    return f"{value:g}" if not value.is_integer() else str(int(value))


def _wan_short(m: re.Match[str]) -> str:
    """'萬二' / '一萬二' / '1萬2' → '12000' (`_WAN_SHORT`)."""
    tens = int(m.group(1)) if m.group(1) else 1
    thousands = cn_to_int(m.group(2)) if m.group(2) else int(m.group(3))
    return str(tens * 10000 + int(thousands or 0) * 1000)
_TENTHS = re.compile(r"(?<![\d.一二三四五六七八九十百千萬万兩两幾几])([1-9]|[一二三四五六七八九])\s*成"
                     # (the tenth's digit before words too — "不到七成五要扣錢", "六成八而已" — never before a counter: "三成五個")
                     r"(?:([1-9]|[一二三四五六七八九])(?!\d)(?!\s*(?:[位名人個个次天日例件案年月週周時分歲岁%％篇場场台臺萬万千百十成倍組组項项張张]|小時)))?"
                     r"(?![\u4e00-\u9fff]*?(?:不變|不变)|[功本為为績绩員员立長长熟果交份分型年人])")
# a share said as a fraction ("四分之三", "五分之四", "4分之3"): a percentage where it is exact (halves, quarters, fifths, eighths,
# tenths, twentieths); never a figure before 分 of its own ("八十分之後")
_CN_FRACTION = re.compile(r"(?<![\d.一二三四五六七八九十百千萬万兩两幾几])(20|10|[2-9]|二十|十|[二兩两三四五六七八九])\s*分之\s*"
                          r"(1[0-9]|[1-9]|十[一二三四五六七八九]?|[一二三四五六七八九])(?![\d.一二三四五六七八九十百千])")
_CN_PERCENT = re.compile(f"百分之([{_CN_CHARS}]+)(?:點([{''.join(_DIGITS)}]+))?")


@functools.lru_cache(maxsize=8192)
def normalize_numerals(text: str) -> str:
    """Rewrite Chinese numerals that count something (before a unit) and 百分之N as digits (a pure function of the text:
    cached, the reader and the ledger ask it of the same texts many times over)."""

    def pct(m: re.Match[str]) -> str:
        whole = cn_to_int(m.group(1))
        if whole is None:
            return m.group(0)
        frac = "".join(str(_DIGITS[c]) for c in m.group(2)) if m.group(2) else ""
        return f"{whole}.{frac}%" if frac else f"{whole}%"

    text = _CN_PERCENT.sub(pct, text)

    def tenths(m: re.Match[str]) -> str:  # 七成 = 70%, 六成五 = 65% (一成不變, 完成, 成本 are words)
        a, b = (int(x) if x.isdigit() else cn_to_int(x) if x else 0 for x in (m.group(1), m.group(2) or ""))
        return m.group(0) if a is None or b is None else f"{a * 10 + b}%"

    text = _TENTHS.sub(tenths, text)

    def fraction(m: re.Match[str]) -> str:  # 四分之三 = 75%, 五分之四 = 80% (a share said as a fraction: a percentage)
        d, n = (int(x) if x.isdigit() else cn_to_int(x) for x in (m.group(1), m.group(2)))
        if not d or not n or n >= d or d not in (2, 4, 5, 8, 10, 20):
            return m.group(0)  # (三分之二 = 66.67…%: no exact percentage — left as said, asked)
        return f"{n * 100 / d:g}%"

    text = _CN_FRACTION.sub(fraction, text)

    def run(m: re.Match[str]) -> str:
        numeral = m.group(1)
        if numeral == "一" and (c := _NEW_COUNTER.match(m.string, m.end(1))) and not _LISTED_AFTER.search(m.string, 0, m.start(1)) \
                and not _CLAUSE_ENDS.match(m.string, c.end()) and not _LISTED_BEFORE.match(m.string, c.end()):
            return m.group(0)  # "一堂以時數計的課程", "一個國際會議", "一張 poster": an article — a count of one says nothing more
        if _AT_ONCE.match(m.string, m.start(1)):
            return m.group(0)  # "想一次申請多重領域": at once
        if numeral == "一" and m.string[max(0, m.start(1) - 1):m.start(1)] in _THIS_THAT:
            return m.group(0)  # "切片引流那一項", "這一篇": this / that one, a designation, no count
        before_one = m.string[max(0, m.start(1) - 1):m.start(1)]
        if numeral == "一" and before_one and before_one in "前上下" and m.string[m.end(1):m.end(1) + 1] in "次回場场期屆届" \
                and (before_one == "前" or _NEXT_OR_LAST.match(m.string, m.end(1) + 1)):
            # "前一次審查", "上一次的審查", "下一次審查前": the previous / next one, a designation, no count ("今年又上一次": took it
            # once more — 上 the verb, a count)
            return m.group(0)
        if len(numeral) == 2 and numeral[0] in "一二三四五六" and numeral[1] in "一二三四五六七八九兩两" \
                and _WEEKDAY_BEFORE.search(m.string, 0, m.start(1)):
            return numeral[0] + str(cn_to_int(numeral[1]))  # "週一一天": 週一, then 1天
        if len(numeral) > 1 and numeral[-1] in "萬万":  # 兩百萬元 → 200萬元: the 萬 stays with the amount
            value = cn_to_int(numeral[:-1])
            return m.group(0) if value is None else f"{value}萬"
        value = cn_to_int(numeral)
        return m.group(0) if value is None else str(value)

    def bare(m: re.Match[str]) -> str:
        return run(m) if len(m.group(1)) > 1 else m.group(0)

    text = _MIXED_HUNDRED.sub(_mixed_hundred, text)
    text = _MIXED.sub(lambda m: str(cn_to_int(m.group(0)) or m.group(0)), text)
    text = _WAN_SHORT.sub(_wan_short, text)
    text = _DIGITS_OF_WAN.sub(_digits_of_wan, text)
    text = _CN_DATE.sub(_date_digits, text)
    text = _CN_PAIR.sub(lambda m: m.group(0).replace(m.group(1), f"{cn_to_int(m.group(1)[0])}到{cn_to_int(m.group(1)[1])}"), text)
    text = _CN_RUN.sub(run, text)
    text = _COUNT_AFTER_VERB.sub(lambda m: _counted_after_verb(m, run), text)
    text = _CN_POINTS.sub(lambda m: str(v) if (v := cn_to_int(m.group(1))) is not None and v > 24 else m.group(0), text)
    text = _PEOPLE_THEN_COUNT.sub(lambda m: m.group(0) if m.group(1) == "一" else run(m), text)
    text = _CN_ROUGH.sub(run, text)
    text = _CN_BARE.sub(bare, text)
    text = _CN_BARE_SPACED.sub(run, text)
    text = _CN_ZERO_ITEM.sub("0", text)
    text = _CN_DIGIT_ITEM.sub(lambda m: "".join("0" if ch in "〇○零" else str(_DIGITS[ch]) for ch in m.group(1)), text)
    text = _CN_DIGIT_AFTER_LABEL.sub(lambda m: m.group(1) + "".join("0" if ch in "〇○零" else str(_DIGITS[ch]) for ch in m.group(2)), text)
    text = _CN_LABEL_ONE.sub(lambda m: str(cn_to_int(m.group(1)) or m.group(0)), text)
    text = _CN_NTH_YEAR.sub(lambda m: str(cn_to_int(m.group(1)) or m.group(0)), text)
    text = _CN_NTH_CLASS.sub(lambda m: "0" if m.group(1) in "零〇" else str(_DIGITS[m.group(1)]), text)
    text = re.sub(r"(?<![上下])半年", "6個月", text)  # 進修半年 = 6 months (上半年 is a half of a year)
    # 一個半小時 = 1.5 h, 一個半鐘頭 = 1.5 h, 兩個半月 = 2.5 months, 半小時 = 0.5 h
    def half(m: re.Match[str]) -> str:
        whole = int(m.group(1)) if m.group(1).isdigit() else cn_to_int(m.group(1))
        return m.group(0) if whole is None else f"{whole}.5{'個月' if m.group(2) == '月' else '小時'}"

    text = re.sub(rf"(\d+|[{_CN_CHARS}]+)\s*[個个]半(小時|小时|鐘頭|钟头|月)", half, text)
    text = re.sub(r"(?<![\d.])(\d{1,2})\s*年半", r"\1.5年", text)  # 一年半 = 1.5 years (not 1)
    text = re.sub(r"(?<![\d.])(\d{1,2})\s*天半", r"\1.5天", text)  # 兩天半 = 2.5 days (not 2)
    text = re.sub(r"(?<![\d.])(\d{1,2})\s*(?:個|个)?\s*(?:小時|小时|鐘頭|钟头)半", r"\1.5小時", text)  # 一小時半 = 1.5 h (not 1)
    text = _MINUTES.sub(_as_hours, text)
    text = _YEAR_LABEL.sub(lambda m: f"第{m.group(1)}年 ", text)  # "year1 100, year2 110": labels, not counts
    text = _YEAR_ZERO.sub(lambda m: f"{next(g for g in m.groups() if g is not None)}0", text)  # "2023年是零", "112年掛零", "2023 nothing": that year's figure is 0
    text = re.sub(r"(?<![\d.個个])半(?:個|个)?(?:小時|小时|鐘頭|钟头)", "0.5小時", text)  # 半小時, 半個鐘頭 = 0.5 h
    # 進修半個月 = 0.5 months (上半月 / 下半月 are halves of a month; 半月板 / 半月瓣 anatomy; 兩個半月 is read above)
    text = re.sub(r"(?<![\d.個个上下前後后])半(?:個|个)?月(?![板瓣刊])", "0.5個月", text)
    def word(m: re.Match[str]) -> str:
        if _UNIT_COMPOUND.match(text, m.end()):
            return str(_EN_NUMBERS[m.group(0).lower()])  # "a one-day meeting", "a two-hour course": the length, a figure
        # "a 1-day one", "the one I want": a pronoun, not a count ("one of them" is a count of one).
        if m.group(0).lower() == "one" and (_ARTICLE_BEFORE.search(text[:m.start()]) or _LENGTH_VERB_BEFORE.search(text[:m.start()])) \
                and _LENGTH_UNIT_AFTER.match(text, m.end()):
            # (… or after a verb of how long it was: "the annual meeting, which was one day", "it lasted one day", "ran for one week")
            return "1"  # "a one hour one", "another one day meeting": the length said in a word after its article, a figure
        if m.group(0).lower() == "one" and (_PRONOUN_BEFORE.search(text[:m.start()]) or _ONE_ALONE.match(text, m.end())
                                            and re.search(r"[A-Za-z]{3,}\s+$", text[:m.start()])
                                            and not re.search(r"\b(?:and|or|than|of|at|in|on|to|for|only|just|about)\s+$", text[:m.start()], re.I)):
            return m.group(0)  # "a 1-day one", "quick one —": a pronoun, not a count
        if m.group(0).lower() == "one" and _DESCRIBED_ONE_BEFORE.search(text[:m.start()]) and _DESCRIBED_ONE_AFTER.match(text, m.end()):
            return m.group(0)  # "one half-day one that ran 4 hrs", "one long one (3 h)": a count, its kind, then "one" — a pronoun
        if m.group(0).lower() == "one" and _LENGTH_THEN_ONE.search(text[:m.start()]):
            return m.group(0)  # "a 4 hr one", "another 1.5-hour one": the length of a thing said as "one", no count
        if m.group(0).lower() == "one" and _ONE_REMARK.match(text, m.end()):
            return m.group(0)  # "one more question", "one quick question", "one last thing": the remark itself, no count
        if m.group(0).lower() == "one" and _PRONOUN_PHRASE.search(text[:m.start()]) and _AFTER_PRONOUN.match(text, m.end()):
            return m.group(0)  # "the fatty (non-dense) one and 366 for …", "the second, denser one was 352": a pronoun
        if m.group(0).lower() == "one" and _ONE_ACTS.match(text, m.end()) and _CLAUSE_LEAD.search(text[:m.start()]) \
                and not _SUBGROUP_BEFORE.search(text[max(text.rfind(ch, 0, m.start()) for ch in ".;!?。；！？\n") + 1:m.start()]):
            return m.group(0)  # "one went part time", "one only 90 days", "one joined in October": one of them, no count
            # (not "only one is first-author": a count; nor "two worked all year, one joined later": a subgroup of one)
        if m.group(0).lower() == "one" and _CLAUSE_LEAD.search(text[:m.start()]) and _FIGURE_ALONE_AFTER.match(text, m.end()) \
                and not _SUBGROUP_BEFORE.search(text[max(text.rfind(ch, 0, m.start()) for ch in ".;!?。；！？\n") + 1:m.start()]):
            return m.group(0)  # "one 365, the other 240", "one 250 and one 120": one of them, then her figure — no count
        if m.group(0).lower() == "one" and _FIGURE_FOR_BEFORE.search(text[:m.start()]) and _ONE_ALONE.match(text, m.end()):
            return m.group(0)  # "365 for one, 240 for the other": whose the figure is — one of them, no count
        if m.group(0).lower() == "one" and _KIND_BEFORE.search(text[:m.start()]) and not _OF_AFTER.match(text, m.end()):
            return m.group(0)  # "positive one fine at 20%", "the dense one 338": the kind named, no count
        if m.group(0).lower() == "one" and re.search(r"(?:\bnot|n't)\s+$", text[:m.start()], re.IGNORECASE) and _OF_AFTER.match(text, m.end()):
            return m.group(0)  # "a society that is not one of the 5.3 societies": none of them, no count
        if m.group(0).lower() == "one" and _ONE_OF_THE_AUTHORS.match(text, m.end()):
            return m.group(0)  # "I'm just one of the middle authors": a place on the byline, no count of papers
        if m.group(0).lower() == "one" and _SIZED_AFTER.match(text, m.end()):
            return m.group(0)  # "one 3-hour course", "one 1-day meeting": an article before the length, one item
        if m.group(0).lower() == "once" and re.search(r"\b(?:at|all at)\s+$", text[:m.start()], re.IGNORECASE):
            return m.group(0)  # "apply for two domains at once": together, no count
        if m.group(0).lower() == "once" and re.search(r"(?:^|[.;:!?,(]\s*|\b(?:and|but|so|then)\s+)$", text[:m.start()], re.IGNORECASE) \
                and re.match(r"\s+(?:our|the|we|i|you|it|they|he|she|my|this|that|a|an|your|their)\b", text[m.end():], re.IGNORECASE):
            return m.group(0)  # "Once our course wraps up, …": when, a conjunction — no count
        if m.group(0).lower() == "once" and re.match(r"\s+(?:you|i|we|he|she|they|one)(?:'re|'m|'s|'ve|\s+(?:are|am|is|turn\w*|hit\w*|reach\w*|get|gets|"
                                                     r"become\w*|pass\w*|cross\w*))\b", text[m.end():], re.IGNORECASE):
            return m.group(0)  # "heard once you're 60 it's lifetime", "once he turns 60": when, a conjunction — no count
        if _PARTS_AT_ONCE.match(text, m.end()):
            return m.group(0)  # "applying for two at once:", "asking three together": how many parts follow, no count
        value = str(_EN_NUMBERS[m.group(0).lower()])
        # "twice" is a count of times: its unit is kept ("spoke on PAE twice" is no PAE case count)
        return f"{value} times" if m.group(0).lower() in ("once", "twice", "thrice") else value

    text = _SINGLE_DAY.sub(lambda m: "1-day" if m.group(1) else "1 day", text)
    text = _SINGLE_PERSON.sub("1 ", text)
    text = _ON_THE_OTHER.sub(r"\g<1>1", text)
    # "three point five cm", "one point five hours": a decimal said in words, one figure
    text = _WORD_DECIMAL.sub(lambda m: f"{_DIGIT_WORDS.get(m.group(1).lower(), m.group(1))}."
                                       + "".join(_DIGIT_WORDS.get(d.lower(), d) for d in m.group(2).split()), text)
    text = _SPOKEN_HUNDREDS.sub(_spoken_value, text)  # "one-twenty", "one-oh-five": 120, 105 (said as figures are read out)
    text = _EN_COMPOUND.sub(_compound_value, text)
    text = _ANOTHER_AUTHOR.sub("1", text)  # "one as first author and another as corresponding author": one more paper, a count
    text = _EN_WORDS.sub(word, text)
    # "three point five cm", "2 point 5 hours": a decimal said in words, one figure ("3 point 5" is never 3 and a "point")
    text = _POINT_DECIMAL.sub(r"\1.\2", text)
    # "8 and a half years", "two and a half hours", "3 years and a half": the half added to the whole
    text = _AND_A_HALF.sub(lambda m: f"{m.group(1)}.5 {m.group(2) or m.group(3)}", text)
    # "an hour and a half", "a year and a half": one and a half; "half an hour", "half a year": a half; "an hour-long
    # seminar": one hour (the same length of text is not kept: the spans are read from the folded text)
    text = _A_UNIT_AND_A_HALF.sub(lambda m: f"1.5 {m.group(1).rstrip('sS')}s", text)
    text = _HALF_A_UNIT.sub(lambda m: f"0.5 {m.group(1)}s", text)
    return _UNIT_LONG.sub(lambda m: f"1-{m.group(1)}", text)


# English numbers in words past twelve ("forty-five", "twenty one", "fifteen", "a hundred and twenty", "two hundred",
# "one hundred fifty"): a figure, as the numbers in digits are (one to twelve alone are `_EN_WORDS`', with their
# pronoun and article readings)
_EN_UNITS = {w: i for i, w in enumerate("one two three four five six seven eight nine".split(), 1)}
_EN_TEENS = {w: i for i, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), 10)}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
_EN_BELOW_100 = (rf"(?:(?:{'|'.join(_EN_TENS)})(?:[\s-]+(?:{'|'.join(_EN_UNITS)}))?|{'|'.join(_EN_TEENS)}|{'|'.join(_EN_UNITS)})")
_EN_COMPOUND = re.compile(
    rf"\b(?:(?P<h>a|one|{'|'.join(_EN_UNITS)})[\s-]+hundred(?!s)(?:(?:\s+and)?[\s-]+(?P<rest>{_EN_BELOW_100}))?"
    rf"|(?P<tens>{'|'.join(_EN_TENS)})(?:[\s-]+(?P<unit>{'|'.join(_EN_UNITS)}))?"
    r"|(?P<teen>thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b",
    re.IGNORECASE)


# A figure over a hundred read out as its hundreds then the rest, hyphenated ("one-twenty", "one-ten", "one-oh-five",
# "one-twenty-five", "two-fifty"): the figure (120, 110, 105, 125, 250) — never a clock time ("at two-thirty", "one-fifteen pm")
_SPOKEN_HUNDREDS = re.compile(
    rf"(?<!\bat )(?<![\w-])(?P<h>{'|'.join(_EN_UNITS)})-(?:oh-(?P<oh>{'|'.join(_EN_UNITS)})|(?P<rest>(?:{'|'.join(_EN_TENS)})(?:-(?:{'|'.join(_EN_UNITS)}))?|{'|'.join(_EN_TEENS)}))"
    r"(?![\w-])(?!\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock)\b)", re.IGNORECASE)


def _spoken_value(m: re.Match[str]) -> str:
    rest = _EN_UNITS[m.group("oh").lower()] if m.group("oh") else _below_100(m.group("rest"))
    return str(_EN_UNITS[m.group("h").lower()] * 100 + rest)


def _below_100(words: str) -> int:
    parts = [p for p in re.split(r"[\s-]+", words.lower()) if p]
    if parts[0] in _EN_TENS:
        return _EN_TENS[parts[0]] + (_EN_UNITS[parts[1]] if len(parts) > 1 else 0)
    return _EN_TEENS.get(parts[0]) or _EN_UNITS[parts[0]]


def _compound_value(m: re.Match[str]) -> str:
    if m.group("h"):
        head = m.group("h").lower()
        return str((1 if head in ("a", "one") else _EN_UNITS[head]) * 100 + (_below_100(m.group("rest")) if m.group("rest") else 0))
    if m.group("tens"):
        return str(_below_100(m.group(0)))
    return str(_EN_TEENS[m.group("teen").lower()])


_A_UNIT_AND_A_HALF = re.compile(r"\b(?:an?|one|1)\s+(year|yr|hour|hr|month|day|week)\s+and\s+a\s+half\b", re.IGNORECASE)
_HALF_A_UNIT = re.compile(r"\bhalf\s+(?:an?|1)\s+(year|hour|month|day)\b", re.IGNORECASE)
_UNIT_LONG = re.compile(r"(?<![\d\w-])(?:an?\s+)?(hour|day)[- ]long\b", re.IGNORECASE)


# a decimal said in words, its digits in words or figures ("three point five", "one point 5", "2 point five"); and after the
# numbers in words are read ("twenty point five" → "20 point 5"), a figure's point (`_POINT_DECIMAL`)
_DIGIT_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
# (the decimals said digit by digit: "one point two five million" is 1.25 million, never 1.2 and a 5)
_WORD_DECIMAL = re.compile(rf"\b({'|'.join(_DIGIT_WORDS)}|\d+)\s+point\s+((?:{'|'.join(_DIGIT_WORDS)}|\d)(?:[ ](?:{'|'.join(_DIGIT_WORDS)})\b(?!\s+(?:times?|of|more|or)\b))*)\b(?![.\d])",
                           re.IGNORECASE)
# "one" after an article and before a unit of length ("a one hour one", "another one day meeting"): the length, a figure
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|another|each)\s+$", re.IGNORECASE)
_LENGTH_VERB_BEFORE = re.compile(r"\b(?:(?:which|that|it|this|each|both)\s+(?:was|is|were|lasted|ran|took)(?:\s+(?:only|just))?|"
                                 r"(?:lasted|lasting|ran|running)(?:\s+(?:only|just|for))?)\s+$", re.IGNORECASE)
_LENGTH_UNIT_AFTER = re.compile(r"\s+(?:hours?|hrs?|days?|months?|weeks?)\b", re.IGNORECASE)
_POINT_DECIMAL = re.compile(r"(?<![\d.])(\d+)\s+point\s+(\d{1,2})(?![\d.])", re.IGNORECASE)
_AND_A_HALF = re.compile(r"(?<![\d.])(\d+)\s*(?:and a half\s+(years?|yrs?|months?|hours?|hrs?|days?|weeks?)\b|"
                         r"(years?|yrs?|months?|hours?|hrs?|days?|weeks?)\s+and a half\b)", re.IGNORECASE)


# a count of the asks or applications made together ("applying for two at once", "two domains at the same time", "3
# together"): how many parts follow, never a figure of one of them
_PARTS_AT_ONCE = re.compile(r"\s+(?:(?:domains?|areas?|fields?|things?|questions?|of them)\s+)?(?:at\s+once|at\s+the\s+same\s+time|together|simultaneously)\b",
                            re.IGNORECASE)


# "first author on one, corresponding on the other", "lectured at one, moderated at the other": a count of one said for each
# of the two, the second pointed at as "the other" after a preposition — a count of one as the first is (never "on the
# other hand", "the other side"; nor a figure's owner: "365 for one, 240 for the other" — whose each figure is)
_ON_THE_OTHER = re.compile(r"(?<!\d\s)(?<!\d\s\s)(?<!\d\sdays\s)(?<!\ddays\s)(?<!\dd\s)(\b(?:on|for|at|in)\s+(?:one|1)\b(?!\s*(?:of|day|time|year|month)\b)[^.;?!\n]{1,60}?\b(?:on|for|at|in)\s+)"
                           r"the\s+other(?:\s+one)?\b(?!\s+(?:hand|side|way|day|time|year|month)s?\b)"
                           r"(?!\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b)", re.IGNORECASE)


# "a single day", "single-day": a length of one day ("one was a single day", "a single-day meeting"); never "every single day"
# "a single tech", "a lone radiographer", "the sole RT": a head count of one, the person named right after
_SINGLE_PERSON = re.compile(r"(?<!\bevery )\b(?:a\s+|the\s+)?(?:single|lone|sole)\s+(?=(?:[a-z-]+\s+)?(?:techs?|technologists?|"
                            r"radiographers?|RTs?|rads?|staff(?:ers?)?|persons?|doctors?|physicians?|radiologists?|readers?)\b)",
                            re.IGNORECASE)
_SINGLE_DAY = re.compile(r"(?<!\bevery )\b(?:a\s+)?single(-)?\s*day\b", re.IGNORECASE)

# "year1 100", "year 6 is 85", "yr 3 was 0": the year named by its number before its figure — a label, not a count
# ("year 3 nothing (on leave)", "yr 4: none": a word for nothing as the year's figure is one too — its 0 is read by `_YEAR_ZERO`)
_YEAR_LABEL = re.compile(r"\b(?:year|yr|y)\s?([1-9])\b(?=\s*(?:[:：=-]|\b(?:is|was|were|had|got|came to|=)\b)?\s*"
                         r"(?:\d|(?:nothing|none|nil|zilch|nada|zero|no\s+(?:credits?|points?|pts))\b))", re.IGNORECASE)
# "90 分鐘", "a 90-minute seminar": minutes are read as hours (the rules count hours).
_MINUTES = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*-?\s*(?:分鐘|分钟|minutes?\b|mins?\b)", re.IGNORECASE)


def _as_hours(m: re.Match[str]) -> str:
    hours = round(float(m.group(1)) / 60, 2)
    english = m.group(0)[-1].isascii() and m.group(0)[-1].isalpha()
    return f"{hours:g} hours" if english else f"{hours:g}小時"


# a kind of case or image said right before "one" ("negative one", "positive one", "non-dense one"): the kind's rate or
# score named, never a count of one; so is a question said as "one" ("quick one for the QA office", "simple one")
_KIND_BEFORE = re.compile(r"(?:\b(?:positive|negative|pos|neg|suspicious|dense|non-?dense|fatty)"
                          r"|^\W*(?:a\s+)?(?:quick|simple|easy|short|small|tricky|silly|dumb))\s+$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# an article and a length right before "one" ("a 4 hr one", "another 1.5-hour one", "the 3 day one"): one thing of that length
_LENGTH_THEN_ONE = re.compile(r"\b(?:a|an|another|the|the other)\s+\d+(?:\.\d+)?\s*-?\s*(?:hours?|hrs?|h|days?|d|months?|mos?|weeks?|wks?|"
                              r"minutes?|mins?)\s+$", re.IGNORECASE)
# a count or an article, then one or two words saying what kind of session it was ("one half-day one", "a half day one", "one
# long one", "1 full-day one", "one 3-hour one"), then "one" that ends the phrase or a relative clause / a length follows ("that
# ran 4 hrs", "(7 h)", "of 1.5 h", "lasting 3 hours"): the thing counted before, said again as "one" — no second count of 1
# (a noun between — "2 papers, one was first author", "two meetings one as speaker" — is a list's part, left as it was)
_SESSION_WORD = (r"(?:(?:half|full|whole)[\s-]?days?|[A-Za-z]+-[A-Za-z]+(?:-[A-Za-z]+)*|\d+(?:\.\d+)?\s*-?\s*(?:hours?|hrs?|h|days?)|"
                 r"long|longer|short|shorter|brief|big|bigger|small|smaller|quick|local|online|virtual|live|extra|weekend|evening|"
                 r"morning|afternoon)")
_DESCRIBED_ONE_BEFORE = re.compile(rf"(?:\b(?:a|an|one|two|three|four|five|six|another)|(?<![\w.])\d+)\s+(?:{_SESSION_WORD}\s+){{1,2}}$",
                                   re.IGNORECASE)
_DESCRIBED_ONE_AFTER = re.compile(r"\s*(?:[—–,.;:!?)（(]|$|(?:that|which|where|lasting|running|ran|took|of|at|in|on|with|and|or|but|was|"
                                  r"is|were|for|from)\b)", re.IGNORECASE)
_SIZED_AFTER = re.compile(r"\s+\d+(?:\.\d+)?\s*-?\s*(?:days?|hours?|hrs?|h|months?|weeks?|minutes?|mins?)\b", re.IGNORECASE)
# a number joined to its unit by a hyphen ("one-day", "two-hour", "three-month"): a length said as an adjective
_UNIT_COMPOUND = re.compile(r"-(?:days?|hours?|hrs?|h|months?|weeks?|years?|yrs?)\b", re.IGNORECASE)
# "one of the middle authors", "one of the co-authors", "one of 6 authors": the person's place among a paper's authors
_ONE_OF_THE_AUTHORS = re.compile(r"\s+of\s+(?:the\s+|its\s+|\d+\s+|many\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:co-?)?authors\b", re.IGNORECASE)
# "one" as the subject of what one of them did or was: a verb right after it ("one went part time", "one left in June",
# "one is on leave", "one joined in October and did 90 days"), or a hedge before its own figure ("one only 90 days",
# "one just 120", "one about 200 days") — one of the people or things already counted, no count of its own
_ONE_ACTS = re.compile(r"\s+(?:(?:went|was|is|were|left|joined|quit|started|came|moved|retired|resigned|transferred|switched|became|"
                       r"got|has|had|does|did|works|worked|took|takes|only|just|also|still|then|barely|merely|stayed|dropped|"
                       r"returned|arrived|changed|shifted|cut|went|goes)\b(?!\s+(?:of|in)\s+(?:them|us|those|these)\b)"
                       r"|[a-z]+ed\s+(?:in|on|at|to|mid|from|after|before|out|away|off|over|halfway|part|full|during|since|until)\b)",
                       re.IGNORECASE)
# (a sentence's or a line's start too: "…volume?\nOne worked all 365 days, the other 240" — a reply after the question)
_CLAUSE_LEAD = re.compile(r"(?:^|[,，(（;；:：—–?!。？！\n]|(?<![\d.])\.|\s-|\b(?:and|while|whereas|then)\b)\s*$", re.IGNORECASE)
# "one" right before a bare figure that ends its clause ("one 365, the other 240", "one 300 and one 240", "one 250."): the
# figure is the one person's (a count of one would name what it counts: "one 2025 meeting")
_FIGURE_ALONE_AFTER = re.compile(r"\s+\d+(?:\.\d+)?(?=\s*(?:[,，;；。)）]|\.(?!\d)|\band\b|$))", re.IGNORECASE)
# a figure, then "for" and "one" said alone ("365 for one, 240 for the other", "300 days for one"): whose the figure is
_FIGURE_FOR_BEFORE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*(?:days?|d|天)?\s+for\s+$", re.IGNORECASE)
_SUBGROUP_BEFORE = re.compile(r"\b(?:two|three|four|five|\d+)\s+(?:of (?:them|us)\s+)?(?:worked|were|did|had|joined|left|went|are|stayed|have|work|was)\b",
                              re.IGNORECASE)
_ONE_ALONE = re.compile(r"\s*(?:[—–,.;:!?)）]|-\s|$)")
# "one" of the message itself, never of what it counts: "(sorry, long one)", "one more question", "one quick question",
# "one last thing", "one more:", "one more —", "here's one for you" — the question or remark the person is making, no count of 1
# ("one more meeting", "one more paper", "one course" stay counts: a noun of the regulations follows)
_ONE_REMARK = re.compile(r"\s+(?:(?:more|last|quick|small|simple|short|final|little|general|silly|dumb|basic|follow-?up|further|"
                         r"related|other|odd|weird|strange|tricky|practical|easy)\s+){0,2}(?:question|thing|query|request|q|"
                         r"clarification|doubt|scenario|issue|puzzle|result|answer|calculation|check|confirmation|opinion)s?\b"
                         # ("confirmation of one result", "one answer please": the answer asked; "one result was 330" states it)
                         r"(?!\s+(?:meetings?|papers?|cases?|courses?)\b|\s*(?:was|were|is|came|scored|showed|of\s+\d)\b|\s*[:=：]\s*\d)"
                         r"|\s+(?:more|last)\s*(?:[—–:!?]|-\s|$)"
                         r"|\s+for\s+(?:you|u|ya|y'all|the (?:bot|team|group))\b", re.IGNORECASE)
# A determiner, then up to three describing words (bracketed or hyphenated ones too, never a function word or a number),
# then "one" that a verb, a conjunction or punctuation follows: "the fatty (non-dense) one and", "the second, denser one
# was" — the one named, no count ("the meeting and one poster": "and" is no describing word, the 1 stays)
_PRONOUN_PHRASE = re.compile(r"\b(?:the|this|that|each|every|which|another|the other)\s+"
                             r"(?:(?!(?:and|or|plus|also|with|of|at|in|on|to|for|then|but|i|we|he|she|they|my|our|his|her|their|"
                             r"one|two|three|four|five)\b)[(\[]?[A-Za-z][\w/-]*[)\]]?,?\s+){1,3}$", re.IGNORECASE)
# (… or a bracket glossing the thing named: "for the biopsy/drainage one (定位/切片/引流): PCN 150, …")
_AFTER_PRONOUN = re.compile(r"\s*(?:[—–,.;:!?)]|$|[(（]|(?:and|or|but|was|is|were|got|scored|came|had|at|with|gets|scores)\b)", re.IGNORECASE)
# ("1 day each and one of 2 days": a joiner after "each" starts the next count — no "each one")
# (the word between may be shortened with an apostrophe: "the gov't one", "an int'l one")
_PRONOUN_BEFORE = re.compile(r"\b(?:a|an|the|this|that|each|every|(?<!of )which|any|no|another|the same)\s+(?:(?!(?:and|or|plus)\b)[\w'’-]+\s+)?$",
                             re.IGNORECASE)



# A date written in Chinese numerals: 一一五年六月三十日, 115年六月30日, 六月三十日 (year digit by digit or counted).
_CN_DATE = re.compile(f"(?:(?<![{_CN_CHARS}])([〇○零{_CN_CHARS}\\d]{{2,4}})\\s*年\\s*)?([{_CN_CHARS}\\d]{{1,3}})\\s*月\\s*([{_CN_CHARS}\\d]{{1,3}})\\s*([日號号])")


def _cn_part(part: str | None, *, year: bool = False) -> str | None:
    if part is None or part.isdigit():
        return part
    if year and not any(ch in part for ch in "十百"):
        digits = [0 if ch in "〇○零" else _DIGITS.get(ch) for ch in part]
        return None if any(d is None for d in digits) else "".join(str(d) for d in digits)
    value = cn_to_int(part)
    return None if value is None else str(value)


def _date_digits(m: re.Match[str]) -> str:
    year, month, day = _cn_part(m.group(1), year=True), _cn_part(m.group(2)), _cn_part(m.group(3))
    if (m.group(1) and year is None) or month is None or day is None:
        return m.group(0)
    return f"{year}年{month}月{day}{m.group(4)}" if m.group(1) else f"{month}月{day}{m.group(4)}"


_EN_NUMBERS = {"zero": 0, "once": 1, "twice": 2, "thrice": 3, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
               "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_EN_WORDS = re.compile(r"\b(?:" + "|".join(_EN_NUMBERS) + r")\b", re.IGNORECASE)


# (a thousands group never starts with 0: "BI-RADS 0，115年…" is 0 and then a year, not 115)
_NUM = r"((?!0)\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
_UNIT = (r"個月|个月|個小時|个小时|個鐘頭|个钟头|鐘頭|钟头|months?|mos?|weeks?|wks?|個星期|个星期|星期|個禮拜|个礼拜|禮拜|礼拜|週|周|times?|papers?|articles?|小時|hours?|hrs?|(?-i:h)(?![A-Za-z])(?!\s*[x×*]\s*\d)|萬元|萬|万|元|%|％|percent|次|篇|天|日|days?|(?:(?<=\d\d)|(?<=\d\d\s))(?-i:d)(?![a-z])(?!\s*[x×*]\s*\d)|例|cases|case(?![\s-]*(?:rep(?:orts?|rots?|rts?|s)?|rpts?)\b)|年|years?|yrs?|y(?![a-z])|"
         r"分|points?|credits?|場|位|名|組|台|臺|人|歲|案|件|項|(?:門|门|堂)(?!\s*[診诊口])")
# ("365 d", "200d": a lower-case d after two digits or more is days; "3D" / "2d" name a mammography technique, no days;
# "365d x4", a figure repeated, stays the bare figure the repeat reads)
# A leading minus counts only as a sign ("-5%", "、-50、"), not inside dates or ranges (2027-03-01, 5-10).
# "2 full years", "3 whole months", "a 2-calendar-year posting": a word of wholeness between a number and its unit
# ("300 working days", "240 work days", "200 days on duty" said as "200 duty days", "300 個工作天", "250 工作日": days at work are days)
_WHOLE = (r"(?:(?:full|whole|entire|complete|straight|consecutive|calendar)[\s-]+(?=(?:years?|months?|weeks?|days?|hours?)\b)"
          r"|(?:working|work|duty)[\s-]+(?=days?\b)|(?:個|个)?(?:工作|上班|出勤)(?=[天日](?![誌志報报]))"
          # ("10多年", "100多例", "30多次": a rough figure over the number, its unit after 多 — the reader reads the bound)
          r"|多(?=(?:年|例|次|篇|場|场|台|件|位|人|天|個月|个月)(?!多))"
          r")?")
_WHOLENESS = ("full", "whole", "entire", "complete")
# a place on a byline, then "of" / "out of" ("5th of 7", "4th author out of 9", "third of 6 authors"): the number after it is
# how many authors there are
_PLACE_OF_BEFORE = re.compile(r"(?:(?<![\d.])\d+(?:st|nd|rd|th)|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|middle))"
                              r"\s+(?:(?:author|name|place|position)\s+)?(?:of|out\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_RESIDENT_GRADE = re.compile(r"(?<![A-Za-z])(?:(?-i:R)|(?i:PGY)[\s-]?)$")  # "R2", "PGY1", "pgy 2", "PGY-1"
_QUANTITY = re.compile(rf"(?<![\d.])((?<![\w.-])-)?{_NUM}(?:-(?=[a-z])|\s*)({_WHOLE})({_UNIT})?", re.IGNORECASE)

# Units folded to one spelling so extractors compare one string.
_UNIT_CANON = {"个月": "個月", "time": "次", "times": "次", "paper": "篇", "papers": "篇", "article": "篇",
               "articles": "篇", "month": "個月", "months": "個月", "mo": "個月", "mos": "個月", "week": "週", "weeks": "週", "wk": "週", "wks": "週",
               "個星期": "週", "个星期": "週", "星期": "週", "周": "週", "個禮拜": "週", "个礼拜": "週", "禮拜": "週", "礼拜": "週", "hour": "小時", "hours": "小時",
               "hr": "小時", "hrs": "小時", "h": "小時", "個小時": "小時", "个小时": "小時", "個鐘頭": "小時", "个钟头": "小時", "鐘頭": "小時", "钟头": "小時", "万": "萬", "percent": "%", "％": "%", "day": "天", "days": "天", "d": "天", "日": "天",
               "臺": "台", "case": "例", "cases": "例", "year": "年", "years": "年", "yr": "年", "yrs": "年", "y": "年", "point": "分", "points": "分",
               "credit": "分", "credits": "分", "門": "場", "门": "場", "堂": "場"}  # "一門課", "兩堂講習": as many sessions


def _describes_people(whole_word: str | None, unit: str, value: float) -> bool:
    """"two full year (365 d each)", "3 whole day", "one full-year, the other 200 days": a wholeness word before a singular
    unit after a count other than one, or joined to it by a hyphen (an adjective: "full-year"), describes the people or
    things counted — no length of time."""
    if not whole_word or whole_word.strip(" -").lower() not in _WHOLENESS:
        return False
    if unit.lower() not in ("year", "month", "week", "day", "hour"):
        return False
    return value != 1 or whole_word.rstrip().endswith("-")


@dataclass(frozen=True)
class Quantity:
    """A number found in the text, with its unit (canonical spelling) and position."""

    value: float
    unit: str | None
    start: int
    end: int

    @property
    def as_number(self) -> int | float:
        return int(self.value) if float(self.value).is_integer() else self.value


def _comma_lists(text: str) -> str:
    """'150,120,100,90' is a list, not a thousands-grouped number: space its commas out (same length)."""

    def fix(m: re.Match[str]) -> str:
        groups = m.group(0).split(",")
        thousands = all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3 and len(groups) <= 4 and not groups[0].startswith("0")
        return m.group(0) if thousands else m.group(0).replace(",", " ")

    return re.sub(r"(?<![\d.])\d+(?:,\d+)+", fix, text)


_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_SCALE = re.compile(r"\s*(million|mn|thousand|m|k)\b", re.IGNORECASE)


# A figure in 萬 is ten thousands of a count with a counter after it ("1.8 萬案") …
_COUNT_AFTER_WAN = re.compile(r"\s*(案|例|人次|人|次|件|張)")


@functools.lru_cache(maxsize=1)
def _count_before_wan() -> re.Pattern[str]:
    """… or a volume named right before it ("年篩檢量 2萬", "篩檢數約 1.5萬", "做了 2萬"): a count, whatever follows. The
    volume words are the regulation's (calculators/vocab_hpa.py, `VOLUME_BEFORE_WAN`), read only once a 萬 is met."""
    from calculators.vocab_hpa import VOLUME_BEFORE_WAN

    return re.compile(rf"(?:{VOLUME_BEFORE_WAN})\s*(?:約|约|大約|大约|是|為|为|有|共|達|达|[:：=])?\s*$")


# A list marker numbering the points of one message ("1) … 2) …", "(1) … (2) …", "1. … 2. …", ① … ② folded to "1"
# after a break or a stop: "主任問：①…？②…"): the number names a point, no quantity — only where the same kind of marker
# numbers 1 and then 2
_MARKER = re.compile(r"(?:(?<=^)|(?<=[\s，,；;。:：？?！!~～]))(?:[(（]\s*([1-9])\s*[)）]|([1-9])\s*[)）]|([1-9])\.(?![\d])(?=\s*[^\s\d])"
                     r"|(?<![^\s，,；;。:：？?！!~～])([1-9])(?=(?![位名個个次篇張张場场例件案人天年月日週周小分萬万千百台臺輛部組组項项期屆届成倍歲岁])[\u4e00-\u9fff]))")


_MARKER_AFTER_HAN = re.compile(r"(?<=[\u4e00-\u9fff])[(（]\s*([1-9])\s*[)）](?=\s*[\u4e00-\u9fff])")


def list_markers(text: str) -> list[tuple[int, int]]:
    """The spans of the numbers that are list markers ("1) … 2) …"): only a run of one kind that starts at 1 and goes
    on to 2 ("①陽性個案500，追完360 ②補助…" folds to "1陽性個案500 … 2補助": a bare digit before a word counts only as such)."""
    kinds: dict[int, list[tuple[int, int, int]]] = {}
    for m in _MARKER.finditer(text):
        i = next(i for i, g in enumerate(m.groups()) if g)
        kinds.setdefault(i, []).append((int(m.group(i + 1)), m.start(i + 1), m.end(i + 1)))
    for m in _MARKER_AFTER_HAN.finditer(text):  # ("請問(1)月會那邊幾分 (2)論文幾分": the first marker glued to the words before it)
        if not any(a == m.start(1) for _, a, _ in kinds.get(0, [])):
            kinds.setdefault(0, []).append((int(m.group(1)), m.start(1), m.end(1)))
    kinds = {k: sorted(v, key=lambda x: x[1]) for k, v in kinds.items()}
    out: list[tuple[int, int]] = []
    for found in kinds.values():
        run: list[tuple[int, int, int]] = []
        for value, a, b in found:
            if value == len(run) + 1:
                run.append((value, a, b))
        if len(run) >= 2:
            out += [(a, b) for _, a, b in run]
    return out


def find_quantities(text: str) -> list[Quantity]:
    """Every number in the text with the unit right after it; 200萬 → 2,000,000 with unit 萬元."""
    said, text = text, _comma_lists(text)
    out: list[Quantity] = []
    markers = list_markers(text)
    for m in _QUANTITY.finditer(text):
        if any(a <= m.start(2) < b for a, b in markers):
            continue  # "1) 陽性個案 500 …  2) 補助 …": a list marker, no quantity
        if _ORDINAL_SUFFIX.match(text, m.end(3) if m.group(3) else m.end(2)):
            continue  # "3rd author", "2nd year": an ordinal, no quantity
        if _RESIDENT_GRADE.search(text, max(0, m.start(2) - 4), m.start(2)) and not m.group(3) and len(m.group(2)) == 1 \
                and not m.group(5):
            continue  # "my R2 presented it", "PGY1", "住院醫師R3": a resident's year of training, a name — no quantity
        if _PLACE_OF_BEFORE.search(text, max(0, m.start(2) - 24), m.start(2)) and not m.group(3) and not m.group(5):
            continue  # "(5th of 7 I think)", "4th author out of 9": how many authors the person's place is among — no quantity
        whole = m.group(2).replace(",", "")
        value = float(f"{whole}.{m.group(3)}") if m.group(3) else float(whole)
        if m.group(1):
            value = -value
        whole_word, unit = m.group(4), m.group(5)
        end = m.end()
        digits_end = m.end(3) if m.group(3) else m.end(2)
        if not unit and "," in said[digits_end:end]:
            end = digits_end  # "120,110,100": the comma spaced out by _comma_lists is the list's separator, not the number's
        if unit:
            # English units need a word boundary (3 months, not 3 monthly); Chinese ones do not.
            if unit[0].isascii() and unit != "%" and m.end() < len(text) and text[m.end()].isalpha():
                unit, end = None, m.end(2) if not m.group(3) else m.end(3)
            elif _describes_people(whole_word, unit, value):
                unit, end = None, digits_end
            else:
                unit = _UNIT_CANON.get(unit.lower(), unit)
        scale = _SCALE.match(text, m.end()) if not unit else None
        if scale:
            value *= 1_000_000 if scale.group(1).lower() in ("million", "m", "mn") else 1000
            money = "$" in text[max(0, m.start() - 4):m.start()] or "NT" in text[max(0, m.start() - 4):m.start()]
            unit, end = ("元" if money else None), scale.end()
        counted = _COUNT_AFTER_WAN.match(text, end) if unit == "萬" else None
        if counted:  # "1.8 萬案": ten thousands of a count, not money
            value *= 10000
            unit, end = _UNIT_CANON.get(counted.group(1), counted.group(1)), counted.end()
        elif unit == "萬" and _count_before_wan().search(text, max(0, m.start() - 8), m.start()):
            value *= 10000  # "年篩檢量 2萬", "篩了 1.2萬": ten thousands of a volume named before it, a count, not money
            unit = None
        elif unit == "萬":
            value *= 10000
            unit = "萬元"
        elif unit == "萬元":
            value *= 10000
        out.append(Quantity(value=value, unit=unit, start=m.start(), end=end))
    return _years_and_months(text, out)


# "8年又3個月", "8 年 3 個月", "7 yrs 10 mos", "2 years and 4 months": one length of time said in two units — one quantity
# in years (the months as twelfths: 8.25 years, 99 months when a months argument takes it), never two figures
_YEARS_THEN_MONTHS = re.compile(r"\s*(?:又|零|加|,|\band\b|&)?\s*$", re.IGNORECASE)


def _years_and_months(text: str, found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and prev.unit == "年" and q.unit == "個月" and 0 < q.value < 12 and float(q.value).is_integer() \
                and 0 <= prev.value < 80 and float(prev.value).is_integer() and _YEARS_THEN_MONTHS.match(text[prev.end:q.start]):
            out[-1] = Quantity(value=prev.value + q.value / 12, unit="年", start=prev.start, end=q.end)
            continue
        out.append(q)
    return out
