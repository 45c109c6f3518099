"""Measure the project's numeral, money and date reading against cn2an and jionlp.

    .venv/bin/python scripts/measure_numerals.py            # table, failures, timings
    .venv/bin/python scripts/measure_numerals.py --brief    # table and timings only

Labelled by hand: every Chinese-numeral span in the blind bank's development questions
(evals/blind/calc_bank.yaml, question texts only), the bank questions that hold one, and a
list of tricky forms. The product's side is what the bot runs (knowledge.numerals.cn_to_int,
bot.parsing normalize_numerals / find_quantities / find_dates over the folded text); the
libraries are optional: a missing one is reported, not fatal. The labels are also asserted by
tests/knowledge/test_numerals_measured.py, so the set guards the product.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = datetime.date(2026, 11, 30)  # the day the questions are asked (year-less dates resolve to it)

# --- (a) the labelled set -------------------------------------------------------------------------

# Spans as they stand in the bank's questions (context in the comment), read on their own.
SPANS_BANK: list[tuple[str, float | None]] = [
    ("一", 1),          # 年會去了一次 / 一篇 / 一場 / 一位 / 一天
    ("兩", 2),          # SCI 兩篇 / 兩個問題 / 兩組 / 兩位 / 兩台 / 兩年
    ("两", 2),          # 两个领域 / 两位放射师 (Simplified)
    ("二", 2),          # 第二作者 / 二作
    ("三", 3),          # 開三天 / SCI 三篇 / 三個 / 三位 / 第三作者
    ("四", 4),          # 四位放射師
    ("五", 5),          # 前五年 / 五個測試項目
    ("六", 6),          # 六年積分
    ("八", 8),          # 專科剛好八年
    ("一百", 100),      # PTCD 一百、PCN 一百、切片 一百
    ("一百八", 180),    # TACE 一百八 (colloquial 一百八 = 180)
    ("一百二", 120),    # TARE 一百二
    ("三百", 300),      # 共三百例
    ("一百二十", 120),  # 一天做一百二十案
    ("一百五十", 150),  # 一位一百五十天
    ("兩百", 200),      # 一位做了兩百天
    ("六千", 6000),     # 全年篩檢六千案
    ("九十", 90),       # 劑量那項九十
    ("七十七", 77),     # 假體七十七
    ("八十五", 85),     # 壓迫八十五
    ("七十", 70),       # 照野七十
    ("八十", 80),       # 閱片八十
    ("一一五", 115),    # 篩檢日一一五年 (digit by digit)
    ("三十", 30),       # 六月三十日
    ("几十", None),     # 也做了几十例 (a few tens: no number)
    ("幾", None),       # 總共幾分
]

# Hand-written tricky forms.
SPANS_TRICKY: list[tuple[str, float | None]] = [
    ("兩千零五", 2005), ("一千零一", 1001), ("十一", 11), ("十", 10), ("二十", 20), ("廿", 20),
    ("廿五", 25), ("卅", 30), ("卅一", 31), ("〇", 0), ("零", 0), ("一萬二千", 12000),
    ("1萬2千", 12000), ("三點五", 3.5), ("零點五", 0.5), ("兩點五", 2.5), ("二十幾", None),
    ("一些", None), ("十幾", None), ("好幾", None), ("數十", None), ("一點點", None), ("幾百", None),
    ("3千", 3000), ("２０", 20), ("１５０", 150), ("12", 12), ("一萬", 10000), ("十萬", 100000),
    ("一百萬", 1_000_000), ("兩百萬", 2_000_000), ("1.5萬", 15000), ("200萬", 2_000_000),
    ("一千兩百", 1200), ("一千二", 1200), ("兩百五", 250), ("一萬五", 15000), ("三萬五千", 35000),
    ("一百零五", 105), ("一千零五十", 1050), ("一千零十", 1010), ("三百零一", 301),
    ("一萬零一百", 10100), ("十萬零五", 100005), ("二十萬零三百", 200300), ("壹佰貳拾", 120),
    ("參拾", 30), ("貳仟", 2000), ("一二〇", 120), ("二〇二六", 2026), ("一〇五", 105),
    ("一一四", 114), ("五十五", 55), ("九十九", 99), ("一百一十", 110), ("一百一", 110),
    ("两千", 2000), ("兩萬", 20000), ("一億", 100_000_000), ("四千五百", 4500), ("六十", 60),
]

# Bank questions (and a few hand-made phrases) → every number the product should read, in order,
# as (value, unit) with the units find_quantities spells. Digits count too: a reader that turns
# 第一作者 or 一律 into a number is wrong here.
IN_CONTEXT: list[tuple[str, list[tuple[float, str | None]]]] = []  # filled below

# Money strings → amount in 元.
MONEY: list[tuple[str, float | None]] = [
    ("200萬元", 2_000_000), ("1.5萬元", 15_000), ("新台幣一百二十萬元", 1_200_000),
    ("300 萬元", 3_000_000), ("456 萬", 4_560_000), ("150 萬元", 1_500_000), ("兩百萬元", 2_000_000),
    ("一百五十萬", 1_500_000), ("NT$1,500,000", 1_500_000), ("1,500,000元", 1_500_000),
    ("補助 300 萬元", 3_000_000), ("3000元", 3000), ("三千元", 3000), ("新臺幣 80 萬元", 800_000),
    ("一萬二千元", 12000), ("1萬2千元", 12000), ("2.5萬", 25000), ("五十萬元整", 500_000),
    ("12萬5千元", 125_000), ("两百万元", 2_000_000),
]

# Date strings → the day meant (ROC years + 1911); None where no real day is named.
DATES: list[tuple[str, datetime.date | None]] = [
    ("115年6月30日", datetime.date(2026, 6, 30)),
    ("民國一一五年六月三十日", datetime.date(2026, 6, 30)),
    ("一一五年六月三十日", datetime.date(2026, 6, 30)),       # bank: 篩檢日一一五年六月三十日
    ("民國一百一十五年六月三十日", datetime.date(2026, 6, 30)),
    ("中華民國115年1月1日", datetime.date(2026, 1, 1)),
    ("民國114年3月1日", datetime.date(2025, 3, 1)),
    ("116/6/30", datetime.date(2027, 6, 30)),                 # bank: 證書 116/6/30 到期
    ("110/1/1", datetime.date(2021, 1, 1)),                   # bank
    ("110/5/14", datetime.date(2021, 5, 14)),                 # bank
    ("114/3/1", datetime.date(2025, 3, 1)),
    ("115.6.30", datetime.date(2026, 6, 30)),
    ("１１７年５月３１日", datetime.date(2028, 5, 31)),       # bank (full-width)
    ("2026/6/30", datetime.date(2026, 6, 30)),
    ("2026/8/31", datetime.date(2026, 8, 31)),                # bank
    ("1966/11/26", datetime.date(1966, 11, 26)),              # bank
    ("2025年12月30日", datetime.date(2025, 12, 30)),          # bank
    ("2027-03-01", datetime.date(2027, 3, 1)),
    ("March 1, 2027", datetime.date(2027, 3, 1)),
    ("二〇二六年六月三十日", datetime.date(2026, 6, 30)),
    ("2027/2/30", None),                                      # no such day
    ("115年13月1日", None),                                   # no such month
]
# A month and day without a year: the reading in the year asked. The product does not guess the
# year (it asks), so these are measured and reported but not asserted.
DATES_YEARLESS: list[tuple[str, datetime.date | None]] = [
    ("六月三十日", datetime.date(2026, 6, 30)),
    ("6月30日", datetime.date(2026, 6, 30)),
]

# Bank questions, each with its ideal reading written by hand: Chinese counts as digits, designations
# (第一作者, 一作, 二作, 同一個, 一共, 哪一款, 最後一天, 一點點, 幾十) left as words, 半年 as 6個月.
# The expected numbers are what find_quantities reads in the ideal text (a digits-only reading).
IN_CONTEXT_IDEAL: list[tuple[str, str]] = [
    ("今年年會去了一次，月會 5 次，其中 2 次我是講者，這樣總共幾分？",
     "今年年會去了1次，月會 5 次，其中 2 次我是講者，這樣總共幾分？"),
    ("今年 SCI 兩篇都是通訊作者，不過兩篇裡有一篇是 case report，論文這塊幾分？",
     "今年 SCI 2篇都是通訊作者，不過2篇裡有1篇是 case report，論文這塊幾分？"),
    ("今年上了 ATLS 一次，還有一門以時數計分的課程共 6 小時，幾分？",
     "今年上了 ATLS 1次，還有1門以時數計分的課程共 6 小時，幾分？"),
    ("去年國際會議 2 次；今年國際會議 1 次，另外還參加一場專科醫學會年會（只開一天）。兩年各算幾分？",
     "去年國際會議 2 次；今年國際會議 1 次，另外還參加1場專科醫學會年會（只開1天）。2年各算幾分？"),
    ("今年外科醫學會年會我有去，還貼了 5 篇壁報，全部都是第一作者，總共幾分",
     "今年外科醫學會年會我有去，還貼了 5 篇壁報，全部都是第一作者，總共幾分"),
    ("壁報我是第二作者，是學弟上台報的，我可以拿幾分？", "壁報我是第二作者，是學弟上台報的，我可以拿幾分？"),
    ("上台報告了 2 個 case report，我是發表者不是一作，這樣幾分", "上台報告了 2 個 case report，我是發表者不是一作，這樣幾分"),
    ("非SCI的case reprot我一作一篇，SCI的case report我是其他作者一篇，共幾分",
     "非SCI的case reprot我一作1篇，SCI的case report我是其他作者1篇，共幾分"),
    ("專科醫學會年會開三天的去一次、國際研討會一次，今年這兩個加起來幾分",
     "專科醫學會年會開3天的去1次、國際研討會1次，今年這2個加起來幾分"),
    ("今年在国际会议发表了 4 篇壁报（同一个会议，都是第一作者），会议本身也算，一共多少？",
     "今年在国际会议发表了 4 篇壁报（同一个会议，都是第一作者），会议本身也算，一共多少？"),
    ("六年積分分別 120、100、90、110、130、100，可以展延嗎？", "6年積分分別 120、100、90、110、130、100，可以展延嗎？"),
    ("駐外 7 個月，六年每年都是 90 分，還差多少？", "駐外 7 個月，6年每年都是 90 分，還差多少？"),
    ("六年学分 60、70、80、90、100、110，还差几分？", "6年学分 60、70、80、90、100、110，还差几分？"),
    ("兩個問題：1) 今年年會 1 次、月會 3 次幾分？ 2) 證書 116/6/30 到期，什麼時候可以申請展延？",
     "2個問題：1) 今年年會 1 次、月會 3 次幾分？ 2) 證書 116/6/30 到期，什麼時候可以申請展延？"),
    ("前五年 100、120、90、110、80，今年去了年會和 3 次月會，六年加起來能展延嗎？",
     "前5年 100、120、90、110、80，今年去了年會和 3 次月會，6年加起來能展延嗎？"),
    ("今年：SCI 一作 1 篇、國際會議 2 次。去年：月會 4 次、國內研討會(3小時)1場。今年幾分、去年幾分？",
     "今年：SCI 一作 1 篇、國際會議 2 次。去年：月會 4 次、國內研討會(3小時)1場。今年幾分、去年幾分？"),
    ("1）今年月会 6 次，其中 2 次演讲，多少分？2）我六年是 90、100、110、0、120、200，能延展吗？",
     "1）今年月会 6 次，其中 2 次演讲，多少分？2）我6年是 90、100、110、0、120、200，能延展吗？"),
    ("有參加駐外醫療團，六年積分 90、85、80、95、90、85，能展延嗎？", "有參加駐外醫療團，6年積分 90、85、80、95、90、85，能展延嗎？"),
    ("我最近六年 RFA 做了 120 例、MWA 70 例，放射專科第 10 年，可以申請消融的指導老師嗎？",
     "我最近6年 RFA 做了 120 例、MWA 70 例，放射專科第 10 年，可以申請消融的指導老師嗎？"),
    ("我有 SCI 三篇，其中兩篇我是通訊作者，一篇是第三作者。消融個案才 50 例、專科 5 年，可以申請消融指導老師嗎？",
     "我有 SCI 3篇，其中2篇我是通訊作者，1篇是第三作者。消融個案才 50 例、專科 5 年，可以申請消融指導老師嗎？"),
    # 一次申請 here is "in one go", not a count.
    ("想一次申請多重領域：PCN 跟 PTCD 加起來 320 例、洗腎通路 PTA 90 例、膽道支架 110 例，專科 14 年。三個各自過不過？",
     "想一次申請多重領域：PCN 跟 PTCD 加起來 320 例、洗腎通路 PTA 90 例、膽道支架 110 例，專科 14 年。3個各自過不過？"),
    ("專科 7.9 年，消融 200 例，差一點點滿 8 年，現在送件會過嗎？", "專科 7.9 年，消融 200 例，差一點點滿 8 年，現在送件會過嗎？"),
    ("專科才 3 年，膽道/泌尿道支架只做了 20 例，不過我有兩篇 SCI 是通訊作者，可以申請支架置放的指導老師嗎？",
     "專科才 3 年，膽道/泌尿道支架只做了 20 例，不過我有2篇 SCI 是通訊作者，可以申請支架置放的指導老師嗎？"),
    ("PTCD 一百、PCN 一百、切片 一百，專科剛好八年，定位/切片/引流指導老師過了嗎？",
     "PTCD 100、PCN 100、切片 100，專科剛好8年，定位/切片/引流指導老師過了嗎？"),
    ("消融 RFA 100、MWA 60；非腫瘤栓塞 UAE 50、PAE 55；專科 9 年。兩項各差幾例？",
     "消融 RFA 100、MWA 60；非腫瘤栓塞 UAE 50、PAE 55；專科 9 年。2項各差幾例？"),
    ("血管介入 TIPS 20、PTA 100；胆道支架只有 40 例，不过胆道支架的题目我讲过 3 次。专科 10 年，两个领域都能申请吗？",
     "血管介入 TIPS 20、PTA 100；胆道支架只有 40 例，不过胆道支架的题目我讲过 3 次。专科 10 年，2个领域都能申请吗？"),
    ("腫瘤栓塞 TACE 一百八、TARE 一百二，共三百例，專科八年，另外有 SCI 一篇一作，可以申請嗎",
     "腫瘤栓塞 TACE 180、TARE 120，共300例，專科8年，另外有 SCI 1篇一作，可以申請嗎"),
    ("指導老師證書六年內：SCI full article 一作 2 篇、SCI case report 通訊作者 1 篇，國內演講 3 次，放射科教育積分 40 分，夠換證嗎？",
     "指導老師證書6年內：SCI full article 一作 2 篇、SCI case report 通訊作者 1 篇，國內演講 3 次，放射科教育積分 40 分，夠換證嗎？"),
    ("non-SCI full article 一篇，我不是一作，是二作；國內 oral 4 次；教育積分 100。換證差多少",
     "non-SCI full article 1篇，我不是一作，是二作；國內 oral 4 次；教育積分 100。換證差多少"),
    ("SCI 全文第一作者 5 篇，别的什么都没有，能换证吗", "SCI 全文第一作者 5 篇，别的什么都没有，能换证吗"),
    ("胆道支架做了 70 例，泌尿道支架也做了几十例，专科 9 年，够申请支架置放指导老师吗",
     "胆道支架做了 70 例，泌尿道支架也做了几十例，专科 9 年，够申请支架置放指导老师吗"),
    ("醫師執業執照更新六年要 120 點，介入學會的研討會可以算幾點？", "醫師執業執照更新6年要 120 點，介入學會的研討會可以算幾點？"),
    ("我自選片兩組：非緻密型 372、緻密型 359，這樣評等是幾等？要去上什麼課嗎",
     "我自選片2組：非緻密型 372、緻密型 359，這樣評等是幾等？要去上什麼課嗎"),
    ("我們這台 DR 五個測試項目（劑量、假體、壓迫、照野、閱片）每項都剛好 85 分，會被列 B 嗎？",
     "我們這台 DR 5個測試項目（劑量、假體、壓迫、照野、閱片）每項都剛好 85 分，會被列 B 嗎？"),
    ("劑量那項九十、假體七十七、壓迫八十五、照野七十、閱片八十，最差是幾等",
     "劑量那項90、假體77、壓迫85、照野70、閱片80，最差是幾等"),
    ("我们有两台 DR：1 号机 剂量 86、假体 85、压迫 90、照野 88、阅片 91；2 号机 剂量 78、假体 83、压迫 92、照野 85、阅片 70。两台分别几等？",
     "我们有2台 DR：1 号机 剂量 86、假体 85、压迫 90、照野 88、阅片 91；2 号机 剂量 78、假体 83、压迫 92、照野 85、阅片 70。2台分别几等？"),
    ("陰性個案複判差異剛好 15%，陽性 30%，算哪一款", "陰性個案複判差異剛好 15%，陽性 30%，算哪一款"),
    ("這次複判差異：疑似陽性 50%、陰性 6%，我要去判片座談會嗎？是建議還是一定要",
     "這次複判差異：疑似陽性 50%、陰性 6%，我要去判片座談會嗎？是建議還是一定要"),
    ("四位放射師自選片，非緻密型分別 345、352、338、349，緻密型分別 341、336、350、347，醫院這項評等？負責醫師要去討論會嗎",
     "4位放射師自選片，非緻密型分別 345、352、338、349，緻密型分別 341、336、350、347，醫院這項評等？負責醫師要去討論會嗎"),
    ("我們兩位放射師，一位做了兩百天、一位一百五十天，全年篩檢六千案，合理量是多少？",
     "我們2位放射師，1位做了200天、1位150天，全年篩檢6000案，合理量是多少？"),
    ("我們有 4 位放射師，其中 1 位還沒通過資格審查；通過的三位分別 365、365、200 天，年篩 15000 案，會超量嗎？",
     "我們有 4 位放射師，其中 1 位還沒通過資格審查；通過的3位分別 365、365、200 天，年篩 15000 案，會超量嗎？"),
    ("三位放射師都 365 天，今年篩 21000 案會不會超量？另外其中一位 10 月自己就做了 520 案，有沒有超過每月上限？",
     "3位放射師都 365 天，今年篩 21000 案會不會超量？另外其中1位 10 月自己就做了 520 案，有沒有超過每月上限？"),
    ("我们年筛 9000 案，两位放射师，一位全年都在，另一位大概半年左右，会超量吗？",
     "我们年筛 9000 案，2位放射师，1位全年都在，另1位大概6個月左右，会超量吗？"),
    ("乳攝車只有 1 位放射師，一天做 40 案 OK 嗎", "乳攝車只有 1 位放射師，1天做 40 案 OK 嗎"),
    ("乳攝車三個人一天做一百二十案，有超過嗎", "乳攝車3個人1天做120案，有超過嗎"),
    ("今年疑似陽性 200 案，追蹤完成 150 案，補助 300 萬元，會被扣嗎？", "今年疑似陽性 200 案，追蹤完成 150 案，補助 300 萬元，會被扣嗎？"),
    ("category 0 要回來複檢的，2026/8/31 篩的，最後一天是？", "category 0 要回來複檢的，2026/8/31 篩的，最後一天是？"),
    ("category 3 的個案，篩檢日一一五年六月三十日，期限？", "category 3 的個案，篩檢日115年6月30日，期限？"),
    ("這個個案篩檢結果 category 0，最晚哪一天要完成複檢？", "這個個案篩檢結果 category 0，最晚哪一天要完成複檢？"),
    ("今年去了年會，也去了幾次月會，總共幾分？", "今年去了年會，也去了幾次月會，總共幾分？"),
    ("子宮頸抹片結果異常，要幾個月內回診追蹤？", "子宮頸抹片結果異常，要幾個月內回診追蹤？"),
    # hand-made phrases
    ("進修半年", "進修6個月"),
    ("上半年去了月會 3 次", "上半年去了月會 3 次"),
    ("課程一個半小時", "課程1.5小時"),
    ("進修兩個半月", "進修2.5個月"),
    ("演講半小時", "演講0.5小時"),
    ("追蹤完成率百分之六十八", "追蹤完成率68%"),
    ("追蹤完成率百分之七十四點五", "追蹤完成率74.5%"),
    ("一律依照規定統一申請", "一律依照規定統一申請"),
    ("第五條第十二款", "第五條第十二款"),
    ("參加了三次年會", "參加了3次年會"),
    ("補助兩百萬", "補助200萬"),
    ("補助一百五十萬元", "補助150萬元"),
    ("補助三千元", "補助3000元"),
    ("上課三點五小時", "上課3.5小時"),
    ("篩了一萬二千案", "篩了12000案"),
    ("做了兩千零五例", "做了2005例"),
    ("做了二十幾例", "做了二十幾例"),
]


# --- (b) the readers ------------------------------------------------------------------------------

Pair = tuple[float, str | None]


def _fold(text: str) -> str:
    from knowledge.textnorm import fold

    return fold(text, collapse=False)


def expected_quantities(ideal: str) -> list[Pair]:
    """The numbers a digits-only reading finds in the hand-written ideal text."""
    from bot.parsing.numbers import find_quantities

    return [(q.as_number, q.unit) for q in find_quantities(_fold(ideal))]


def ours_cn_to_int(text: str) -> float | None:
    """knowledge.numerals.cn_to_int on the span as written."""
    from knowledge.numerals import cn_to_int

    return cn_to_int(text)


def ours_span(text: str) -> float | None:
    """What the product reads for a span on its own: cn_to_int on the folded span, else the one
    number find_quantities reads after normalize_numerals (1.5萬, ２０)."""
    from bot.parsing.numbers import find_quantities, normalize_numerals
    from knowledge.numerals import cn_to_int

    folded = _fold(text).strip()
    value = cn_to_int(folded)
    if value is not None:
        return value
    found = find_quantities(normalize_numerals(folded))
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(folded) and found[0].unit in (None, "萬元"):
        return found[0].as_number
    return None


def ours_in_context(text: str) -> list[Pair]:
    """The numbers the product reads in a question (bot.parsing.text.Query.quantities)."""
    from bot.parsing.text import Query

    return [(q.as_number, q.unit) for q in Query(text, today=TODAY).quantities]


def ours_money(text: str) -> float | None:
    """The first amount the product reads: a quantity in 元 / 萬元, or a bare number after NT$ / $."""
    from bot.parsing.text import Query

    query = Query(text, today=TODAY)
    for q in query.quantities:
        if q.unit in ("元", "萬元") or (q.unit is None and query.text[max(0, q.start - 3):q.start].rstrip().endswith("$")):
            return q.as_number
    return None


def ours_date(text: str) -> datetime.date | None:
    """The first date the product reads (find_dates over the normalised question)."""
    from bot.parsing.dates import find_dates
    from bot.parsing.text import Query

    found = find_dates(Query(text, today=TODAY).text)
    return found[0].date if found else None


def _quiet(fn: Callable[[], Any]) -> Any:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn()


def cn2an_span(text: str) -> float | None:
    import cn2an

    try:
        value = _quiet(lambda: cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError):
        return None
    return int(value) if float(value).is_integer() else value


def cn2an_in_context(text: str) -> list[Pair]:
    """cn2an.transform(…, "cn2an") over the folded question, then the same digits reading."""
    import cn2an

    from bot.parsing.numbers import find_quantities

    converted = _quiet(lambda: cn2an.transform(_fold(text), "cn2an"))
    return [(q.as_number, q.unit) for q in find_quantities(converted)]


@functools.lru_cache(maxsize=1)
def _t2s_converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def _t2s(text: str) -> str:
    """jionlp is written for Simplified Chinese: its second chance gets the text converted (OpenCC t2s)."""
    return _t2s_converter().convert(text)


def jionlp_money(text: str, *, simplified: bool = False) -> float | None:
    import jionlp

    try:
        out = _quiet(lambda: jionlp.parse_money(_t2s(text) if simplified else text))
    except Exception:  # noqa: BLE001 - jionlp raises bare ValueError/Exception on what it cannot read
        return None
    value = float(out["num"]) if isinstance(out, dict) and out.get("num") is not None else None
    return None if value is None else (int(value) if value.is_integer() else value)


def jionlp_date(text: str, *, simplified: bool = False) -> datetime.date | None:
    import jionlp

    base = time.mktime(TODAY.timetuple())
    try:
        out = _quiet(lambda: jionlp.parse_time(_t2s(text) if simplified else text, time_base=base))
    except Exception:  # noqa: BLE001
        return None
    if not isinstance(out, dict) or out.get("type") != "time_point":
        return None
    year, month, day = (int(x) for x in out["time"][0][:10].split("-"))
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


# Categories: name, labelled items, and the readers measured on them (the product's first).
def categories() -> list[tuple[str, list[tuple[str, Any]], dict[str, Callable[[str], Any]]]]:
    spans = {"ours: product reading": ours_span, "ours: cn_to_int raw": ours_cn_to_int, "cn2an smart": cn2an_span}
    in_context = [(q, expected_quantities(ideal)) for q, ideal in IN_CONTEXT_IDEAL]
    return [
        ("spans (bank)", list(SPANS_BANK), spans),
        ("spans (tricky)", list(SPANS_TRICKY), spans),
        ("in context", in_context, {"ours: Query.quantities": ours_in_context, "cn2an transform": cn2an_in_context}),
        ("money", list(MONEY), {"ours: Query.quantities": ours_money, "jionlp parse_money": jionlp_money,
                                "jionlp parse_money (t2s)": lambda s: jionlp_money(s, simplified=True)}),
        ("dates", list(DATES), {"ours: find_dates": ours_date, "jionlp parse_time": jionlp_date,
                                "jionlp parse_time (t2s)": lambda s: jionlp_date(s, simplified=True)}),
        ("dates (year-less)", list(DATES_YEARLESS), {"ours: find_dates": ours_date, "jionlp parse_time": jionlp_date}),
    ]


# Categories the product is held to (the test asserts every label of these).
ASSERTED = ("spans (bank)", "spans (tricky)", "in context", "money", "dates")
PRODUCT_READER = {"spans (bank)": ours_span, "spans (tricky)": ours_span, "in context": ours_in_context,
                  "money": ours_money, "dates": ours_date}


# --- (c) figures ----------------------------------------------------------------------------------

def _same(got: Any, want: Any) -> bool:
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return abs(got - want) < 1e-9
    return got == want


def _available(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def _median_call_us(fn: Callable[[str], Any], items: list[str], repeats: int = 5) -> float:
    per_item = []
    for text in items:
        runs = []
        for _ in range(repeats):
            start = time.perf_counter()
            fn(text)
            runs.append(time.perf_counter() - start)
        per_item.append(statistics.median(runs))
    return statistics.median(per_item) * 1e6


_IMPORT_PROBE = """
import sys, time
sys.path.insert(0, {root!r})
import bot.parsing.text, knowledge.textnorm  # the project's own parsing is already loaded at start-up
{pre}
t = time.perf_counter()
{stmt}
print((time.perf_counter() - t) * 1000)
"""


def cold_cost_ms(stmt: str, pre: str = "", repeats: int = 5) -> float | None:
    """Median wall time of `stmt` in a fresh interpreter that has already imported the project's parsing."""
    runs = []
    for _ in range(repeats):
        code = _IMPORT_PROBE.format(root=str(ROOT), pre=pre, stmt=stmt)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
        if out.returncode != 0:
            return None
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brief", action="store_true", help="table and timings only, no failure list")
    parser.add_argument("--no-timing", action="store_true", help="skip the import and per-call timings")
    args = parser.parse_args(argv)

    libs = {"cn2an": _available("cn2an"), "jionlp": _available("jionlp")}
    rows, failures = [], []
    for name, items, readers in categories():
        for reader_name, fn in readers.items():
            lib = next((m for m in libs if m in reader_name), None)
            if lib and not libs[lib]:
                rows.append((name, reader_name, None, len(items), None))
                continue
            ok = 0
            for text, want in items:
                got = fn(text)
                if _same(got, want):
                    ok += 1
                else:
                    failures.append((name, reader_name, text, want, got))
            us = None if args.no_timing else _median_call_us(fn, [t for t, _ in items])
            rows.append((name, reader_name, ok, len(items), us))

    print(f"{'category':<18} {'reader':<26} {'right':>9} {'accuracy':>9} {'µs/call':>9}")
    for name, reader_name, ok, total, us in rows:
        if ok is None:
            print(f"{name:<18} {reader_name:<26} {'not installed':>29}")
            continue
        timing = f"{us:9.1f}" if us is not None else f"{'-':>9}"
        print(f"{name:<18} {reader_name:<26} {ok:>4}/{total:<4} {100 * ok / total:8.1f}% {timing}")

    if not args.brief:
        print("\nfailures (category | reader | input | expected | got):")
        for name, reader_name, text, want, got in failures:
            print(f"  {name} | {reader_name} | {text} | {want} | {got}")

    if not args.no_timing:
        print("\ncold cost in a fresh interpreter that has already imported bot.parsing (median of 5, ms):")
        probes = [("first cn_to_int (product)", None, "cn_to_int('一百二十')", "from knowledge.numerals import cn_to_int"),
                  ("import cn2an", "cn2an", "import cn2an", ""),
                  ("cn2an first transform", "cn2an", "cn2an.transform('兩百萬', 'cn2an')", "import cn2an"),
                  ("import jionlp", "jionlp", "import jionlp", ""),
                  ("jionlp first parse_money", "jionlp", "jionlp.parse_money('200萬元')", "import jionlp"),
                  ("jionlp first parse_time", "jionlp", "jionlp.parse_time('2026年6月30日')", "import jionlp")]
        for label, lib, stmt, pre in probes:
            ms = cold_cost_ms(stmt, pre) if lib is None or libs[lib] else None
            print(f"  {label:<26} {'not installed' if ms is None else f'{ms:8.1f}'}")
        scratch = subprocess.run(
            [sys.executable, "-c", f"import sys,time; sys.path.insert(0,{str(ROOT)!r}); t=time.perf_counter(); "
             "import bot.parsing.text, knowledge.textnorm; print((time.perf_counter()-t)*1000)"],
            capture_output=True, text=True, timeout=120, check=False)
        if scratch.returncode == 0:
            print(f"  {'import bot.parsing (ours)':<26} {float(scratch.stdout.strip()):8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
