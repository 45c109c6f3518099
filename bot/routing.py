"""Routing without a language model: calculator, clarify, retrieval or out of scope."""

from __future__ import annotations

import copy
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from bot.clarify import ROUGH_FIGURE
from bot.extract import Extraction, candidates, query_key
from bot.extract.base import PERSONAL, Need
from bot.parsing.career import event_year
from bot.parsing.dates import RECENT_PERIOD, find_dates, find_years
from bot.parsing.numbers import COUNT_HEADING
from bot.parsing.text import Query
from bot.reader.mentions import category_runs, dates as reader_dates
from bot.question_shapes import DEADLINE_MISSED, DEADLINE_PUT, DUTY_FORCE_ASKED
from calculators.vocab import NAMED_OVERSEAS_MEETINGS
from calculators.vocab_hpa import NOT_PREVIOUSLY_REQUIRED
from bot.vague import VAGUE_PERIOD, find_vague, neared_age, vague_amount, vague_period

# A person's own case in English said without "I" / "we" (bot.extract.base.PERSONAL reads those): the object pronoun
# ("how many credits is that for me", "what does it give us"), a possessive standing alone ("mine", "ours"), or a statement
# that starts with its past-tense verb and leaves its subject out ("got an SCI paper out this year", "published a non-SCI
# paper", "had 2 case reports accepted", "presented a poster at …"): the person's own, as much as "I got".
_OWN_EN = re.compile(
    r"\b(?:me|us|mine|ours|myself|ourselves)\b|"
    r"(?:^|[.;:!?—–]\s*|,\s*(?:and\s+|also\s+|then\s+)?)(?:just\s+|finally\s+|recently\s+|also\s+)?"
    r"(?:got|had|published|presented|gave|did|went|attended|wrote|authored|took|finished|completed|chaired|moderated|spoke|"
    r"spent|visited|trained|stayed|shadowed|rotated|observed|"
    r"screened|scanned|imaged|ran|performed|scored|received)\b",
    re.IGNORECASE)

# A figure of one's own reckoned and offered to be checked ("各給30分所以是60對吧", "所以總共 90 分沒錯吧", "so that's 60, right?"):
# the person's own total asked, as much as "總共幾分".
RECKONED = (r"所以(?:是|就是|總共|总共|共|有|拿|算)?\s*\d+\s*(?:分|點|点)?\s*(?:對吧|对吧|對嗎|对吗|沒錯吧|没错吧|沒錯嗎|没错吗|嗎|吗|吧)|"
            r"\bso\s+(?:that'?s|it'?s|that\s+(?:is|makes)|i\s+(?:get|have)|we\s+(?:get|have))\s+\d+\b[^?]{0,20}?\b(?:right|correct|yes)\b")
# The user asks for a figure or a yes/no about their own case.
CALC_CUES = re.compile(RECKONED + "|" + 
    r"多少|幾分|幾%|幾等|哪個等級|哪一級|什麼等級|評等|可以.{0,12}嗎|"
    # (whether one qualifies asked by the standing itself: "夠資格當指導老師嗎", "符合資格了嗎", "有資格申請嗎")
    # (never the requirement asked with 才 / 要: "要做幾年才夠格申請？", "才有資格申請當指導老師？")
    r"(?<![才就要須需得])(?:夠|够|符合|有)(?:格|資格|资格|條件|条件)[^，,。；;？?]{0,12}?(?:了)?(?:嗎|吗)|可否|能否|能不能|能.{0,8}嗎|夠不夠|夠嗎|是否|會不會|會被|"
    r"(?:可以|能|夠|算|會).{0,10}吧|扣多少|扣款|什麼時候|何時|哪天|截止|期限|要怎麼處理|怎麼處理|怎麼辦|該怎麼|會怎樣|會怎麼樣|會如何|超過|超量|有沒有超|算不算|"
    r"how many|how much|what is (?:my|our|the)|what's (?:my|our)|can i|can we|am i|are we|do i|do we|is (?:my|our|it)|"
    # "can I" in another modal ("would I be able to", "could we still qualify", "will I be eligible", "might I get")
    r"\b(?:would|could|will|might|may)\s+(?:i|we)\s+(?:still\s+)?(?:be\s+able\s+to|be\s+eligible|qualify|get|apply|be\s+allowed)\b|"
    r"eligible|qualify|when (?:can|should|does|do|is|will)|deadline|which grade|what grade|deduct|exceed|what happens|what will happen|"
    # what the review will do to one's own case ("is HPA gonna pull her films", "are they going to review us"): a verdict of one's
    # own asked. (Not "will HPA pull her films?" as the last part of a message whose earlier part gave her figure: that part
    # is the rule's, tests/bot/test_reader_classes17.py.)
    r"\b(?:is|are)\s+(?:the\s+)?(?:hpa|they|she|he|it|we|i)\s+(?:going\s+to|gonna)\b|"
    # one's own count past a limit, asked in the past ("did we go over the reasonable volume", "have I gone past the cap")
    r"\b(?:did|have|has)\s+(?:i|we|our\s+\w+|my\s+\w+)\s+(?:\w+\s+)?(?:go|gone|went|run|been)\s+(?:over|above|past|beyond)\b|"
    # what one's own case gives the person ("what does that give me", "how many credits is that for me", "get us anything")
    r"\b(?:give|get|earn)s?\s+(?:me|us)\b|\b(?:is|are)\s+(?:that|it|this|those|these)\s+(?:worth\s+)?for\s+(?:me|us)\b|"
    r"\b(?:credits?|points?|pts|cme)\s+for\s+(?:me|us)\b|"
    # what someone of one's own must now do ("what does she need to do", "what should Dr Lin do now", "她要做什麼")
    r"\bwhat\s+(?:does|do|should|must|will)\s+(?:she|he|they|i|we|dr\.?\s+\w+)\s+(?:need\s+to\s+|have\s+to\s+)?do\b|"
    r"(?:她|他|我|我們|我们)(?:要|該|该|需要|得)(?:做什麼|做什么|怎麼做|怎么做)",
    re.IGNORECASE,
)
# Whether one's own item earns anything at all ("does that count for anything", "is it worth anything", "do I get anything for
# it", "any credits for that?", "有沒有分", "能拿到分嗎"): what it gives, asked — as much as "how many".
ANY_VALUE_ASKED = re.compile(r"\bcounts?\s+for\s+anything\b|\bworth\s+anything\b|\b(?:get|earn|give)s?\s+(?:me\s+|us\s+)?anything\b|"
                             r"\bany\s+(?:credits?|points?|pts|cme)\b|有沒有分|有没有分|(?:能|可以|會|会)(?:拿|得|拿到|得到)(?:積分|积分|學分|学分|分)(?:嗎|吗)",
                             re.IGNORECASE)
# How a kind of case is handled, asked of the kind ("這種怎麼處理", "这类要怎么算", "此類情形如何認定", "how is this kind of thing
# handled", "how are such cases counted"): the rule's handling of the kind the question describes, not a figure of one's own.
# (A bare "this" / "that" is one's own item just said — "I went to 2 monthly meetings, how is that counted?": computed.)
KIND_HANDLING = re.compile(
    r"(?:這種|这种|這類|这类|此類|此类|這一類|这一类|這樣的情(?:況|形)|这样的情(?:况|形))(?:情(?:況|形|况)|狀況|状况|案例|個案|个案|的)?\s*"
    # (the kind's activity and the body that handles it named between: "這種外科醫學會怎麼處理", "這種進修外科學會怎麼認定",
    # "這類情形學會會怎麼認定")
    r"(?:(?:短期)?(?:進修|进修|見習|见习|觀摩|观摩|研習|研习|情形|情況|情况))?\s*"
    r"(?:(?:外科)?(?:醫學會|医学会|學會|学会)|教育委員會|教育委员会|國健署|国健署|健康署|署裡|署里|他們|他们)?\s*"
    r"(?:要|該|该|應該|应该|會|会)?\s*(?:怎麼|怎么|如何|怎樣|怎样)\s*(?:處理|处理|認定|认定|算|計算|计算|辦|办|申請|申请)|"
    r"\bhow\s+(?:is|are|do\s+you|do\s+they)\s+(?:such\s+|(?:this|that|these|those)\s+(?:kinds?|sorts?|types?)\s+of\s+)"
    r"(?:\w+\s+){0,2}?(?:handled|treated|counted|credited|dealt\s+with|handle|treat|count)\b|"
    # (… the body named as the one handling it: "how does the surgical society handle this kind of thing", "how would TSA treat
    # such a stay", "how do they deal with cases like this")
    r"\bhow\s+(?:does|do|would|will)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:handle|treat|count|credit|deal\s+with|assess|recogni[sz]e)\s+"
    r"(?:such\s+\w+|(?:this|that|these|those)\s+(?:kinds?|sorts?|types?)\s+of\s+\w+|(?:cases?|stays?|trips?)\s+like\s+(?:this|that))\b",
    re.IGNORECASE)
# A doctor described by a figure of the rule's measure ("複判差異55%的醫生", "差異 17% 左右的醫師", "差异55%的判读医师"): a kind of
# doctor the rule has a row for, not one person's case.
HOLDER_BY_FIGURE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|％|percent)\s*(?:左右|上下|以上|以下)?\s*的\s*(?:判讀|判读|放射科|乳攝|乳摄)?\s*(?:醫生|医生|醫師|医师|大夫)",
    re.IGNORECASE)
# The kind's maximum asked beside how it is handled ("這種怎麼處理？最多給多少", "what's the most they give?", "is there a max"): the
# most the rule allows the kind (未滿一個月 … 最多 8 分), no figure of one's own.
KIND_MAX = re.compile(
    r"最多\s*(?:可以|能|會|会|可)?\s*(?:給|给|算|認|认|拿|採計|采计)?\s*(?:到)?\s*(?:幾|几|多少)\s*(?:分|個|个)?|"
    r"\bwhat(?:'s|\s+is)\s+the\s+(?:most|max(?:imum)?)\b[^?.;]{0,30}|\b(?:is\s+there\s+)?(?:a|any)\s+max(?:imum)?\b|\bat\s+most\b",
    re.IGNORECASE)
# What the rule computes a figure from, asked ("署裡是依什麼去算的", "国健署是按什么来算的", "根據什麼判定", "what is it based on", "on
# what basis", "how do they work it out"): the rule's method.
COMPUTED_FROM = re.compile(
    r"(?:依|依據|依据|根據|根据|按|憑|凭|用)(?:什麼|什么|哪些|啥)(?:去|來|来)?(?:算|計算|计算|核算|判定|認定|认定|評|评)|"
    r"\bbased\s+on\s+what\b|\bwhat\s+(?:is|are)\s+(?:it|they|that)\s+based\s+on\b|\bon\s+what\s+basis\b|"
    r"\bhow\s+(?:do|does|did|will|would)\s+(?:they|the\s+hpa|hpa|the\s+\w+)\s+(?:work\s+(?:it|that|this)\s+out|calculate|compute|figure)\b|"
    # the amount a deduction is taken from ("是從什麼金額去扣", "扣的是哪一筆錢", "以什麼為基數", "a percentage of what", "deducted from
    # what amount"): the base the rule names, not one's own deduction
    r"(?:從|从|由|以|按|拿)(?:什麼|什么|哪個|哪个|哪一?筆|哪一?笔|啥)(?:金額|金额|錢|钱|費用|费用|款項|款项|基數|基数|基準|基准)?(?:去|來|来)?(?:扣|計算|计算|算)|"
    # (… the share named between: "是按什么金额的百分比来扣", "以哪筆錢的幾成去算")
    r"(?:從|从|由|以|按|拿)(?:什麼|什么|哪個|哪个|哪一?筆|哪一?笔|啥)(?:金額|金额|錢|钱|費用|费用|款項|款项|基數|基数|基準|基准)(?:的)?"
    r"(?:百分比|比例|比率|幾成|几成|%)(?:去|來|来)?(?:扣|計算|计算|算)|"
    r"(?:扣|扣款|扣的)(?:是)?(?:從|从|以)?(?:什麼|什么|哪個|哪个|哪一?筆|哪一?笔)(?:金額|金额|錢|钱|費用|费用|款項|款项)|"
    r"(?:扣款|扣的錢|扣的钱)(?:的)?(?:基數|基数|基準|基准|計算基礎|计算基础)|"
    r"\b(?:deducted|taken|docked|withheld|calculated|computed)\s+(?:off\s+|out\s+)?(?:from|of)\s+what\b|"
    r"\bwhat\s+(?:amount|sum|figure|money|base)\s+(?:is|are)\s+(?:it|they|the\s+(?:deduction|penalty|cut)s?)\s+(?:\w+\s+)?(?:from|of|based\s+on)\b|"
    r"\b(?:a\s+)?percent(?:age)?\s+of\s+what\b",
    re.IGNORECASE)
# The user asks what the rule says.
RULE_CUES = re.compile(
    r"規定|怎麼算|如何計算|怎麼計算|計算方式|標準|條件|哪些|什麼是|是什麼|什麼意思|如何申請|怎麼申請|辦法|條文|第.{1,4}[條款]|要求|需要什麼|"
    r"文件|資料|證明|一般|通常|是指|定義|需要幾|要幾例|幾例才|多少例|優待|what does|what do the rules|what are the|rules?\b|requirements?|how (?:are|is|do|does)|"
    r"which clause|according to|define|definition|what documents|in general|\bmust\b|\bhave to\b|(?<!still\s)\bneed to\b|"
    r"\brequired\b|必須|須要|\b(?:am|are|is)\s+(?:i|we|he|she|they)\s+(?:supposed|required|expected|obliged|meant)\s+to\b|義務|义务|"
    r"(?:有|負|负)(?:什麼|什么|哪些)?(?:責任|责任)|\bis there\b|\bare there\b|grace period|寬限|逾期|各有幾分|各幾分|分別幾分|各是多少|\bdo (?:i|we) need\b|\bneed for\b|\bworth\b|\bcount (?:toward|as|for)\b|一樣嗎|相同嗎|差別|有什麼不同|可以抵|抵幾分|抵多少|"
    # the rule's procedure asked ("what's the procedure", "申請流程", "要辦什麼手續") and an application made late ("will they accept it
    # late", "late submission"): what the rule lays down, whatever one's own case
    # whether one may go on once a requirement is missed ("半年內沒補完的話還可以繼續拍嗎", "can she keep shooting if she doesn't
    # make it up?"): the rule's consequence
    r"(?:可以|能|可)(?:繼續|继续)(?:拍|照|判|讀|读|操作|做|使用|用|篩|筛|執行|执行|當|当|擔任|担任|看片)|"
    r"\b(?:keep|continue|carry\s+on)\s+(?:shooting|reading|operating|imaging|screening|doing\s+(?:mammo|screen|exam)\w*|"
    r"working|using)\b|"
    # (… or said with "still": "can we still use it for the screening program if we don't fix it by the deadline?", "還能用嗎",
    # "還可以繼續篩嗎" — the rule's consequence of a lapse supposed, never a figure of one's own)
    r"\b(?:can|could|may)\s+(?:we|i|they|he|she|it|the\s+\w+)\s+still\s+(?:be\s+)?(?:use[ds]?|operat\w*|run|screen\w*|read\w*|shoot\w*|"
    r"work\w*|take\s+part|participat\w*)\b|(?:還|还)(?:可以|能|可)(?:繼續|继续)?(?:拍|照|判|讀|读|操作|使用|用|篩|筛|執行|执行|看片|參加|参加)|"
    # what is to be handed in ("how many sets, and which views?", "自選片要準備幾組"): the rule's, not a score of one's own
    r"\b(?:which|what)\s+views?\b|\bhow\s+many\s+sets\b(?!\s+(?:did|have|has|were|was|passed|scored|got))|"
    r"(?:要|需要|須|得)(?:準備|准备|交|送|提供|附)(?:幾|几|多少)組|"
    # what the rule computes it from ("署裡是依什麼去算的", "根據什麼判定", "what is it based on", "on what basis")
    + COMPUTED_FROM.pattern + "|"
    # how the rule picks or settles something ("怎麼挑代表、怎麼決定評等", "如何選出代表", "評等如何判定"): its method, not a figure
    r"(?:怎麼|怎么|如何|怎樣|怎样)(?:去)?(?:挑|選|选|決定|决定|評定|评定|判定|認定|认定)|"
    r"\bprocedures?\b|\bwhat'?s\s+the\s+process\b|\bthe\s+process\s+(?:for|to)\b|流程|程序|手續|手续|步驟|步骤|"
    r"\b(?:accept\w*|appl(?:y|ied|ying|ication)|submit\w*|fil(?:e|ed|ing))\s+(?:\w+\s+){0,2}?late\b|\blate\s+(?:application|submission|filing)s?\b|"
    # the rule's value per occurrence ("一次能認定幾個學分", "每場給幾分", "每篇算多少"): the rate asked, not one's own total
    r"(?<![\d.一二兩两三四五六七八九十])(?:(?:一|1)\s*次|每次|每一次|每場|每场|每篇|每個月|每个月|每月)(?:能|可以|可|會|会|就)?"
    r"(?:認定|认定|認|认|算|給|给|拿|得|核給|核给|採計|采计)?(?:幾|几|多少)|"
    # threshold questions ("完成率多少會被扣款": at what rate) ask for the rule, not for a figure
    r"多少(?:%|分)?(?:以下|以上)?(?:會|才|就|算)|未達多少|低於多少|超過多少(?:會|才|就|要)?|(?<!還差)(?<!还差)幾(?:%|分)(?:以下|以上)?(?:會|才|就)|"
    r"at what (?:rate|score|point)|below what|what (?:rate|score) (?:triggers|leads)|"
    # the requirement asked ("換證要累積多少積分", "需要修滿多少學分"), not one's own shortfall ("還要多少")
    r"(?<![還还])(?:需要|要|須|需|得)(?:累積|累计|累計|拿到|達到|达到|修滿|修满|集滿|集满|湊滿|凑满)(?:到)?多少|"
    r"\bhow\s+many\s+(?:credits|points)\s+(?:do|does|must|should)\s+(?:i|we|one|an?\s+\w+)\s+(?:need\s+to\s+)?(?:accumulate|collect|earn|rack\s+up)\b",
    re.IGNORECASE,
)


# A figure after 超過/未達 … is the rule's threshold, not the user's fact ("複判差異超過 60% 會怎樣？"); so is a
# band written as a range ("50%~60% 之間", "positive 40-50%", "between 15% and 20%"): a bound is no value to compute with.
# (a session's length bounded — "兩小時以內", "超過兩個鐘頭", "under 2 hours", "2 hrs or more" — is the rule's band of hours too;
# only hours: "六年內", "兩年內" are the period of one's own facts)
_HOURS = r"(?:小時|小时|個鐘頭|个钟头|鐘頭|钟头|hours?|hrs?|h\b)"
THRESHOLD = re.compile(r"(?:超過|高於|低於|未達|未滿|不到|不足|少於|大於|小於|跌破|掉破|掉到|降到|跌到|more than|less than|fewer than|over|above|below|under|"
                       # (a line said not reached is the same bound as 不到 / under: "沒有到 75%", "沒滿 75%", "達不到 75%",
                       # "short of 75%", "does not reach 75%" — never the A-not-A "有沒有到", nor "還沒到", a line still ahead)
                       r"(?<![還还有])(?:沒有|没有|沒|没)(?:達|达)?(?:到|滿|满)|未(?:達|达)到|(?:達|达)不到|不滿|不满|short\s+of|lower than|"
                       r"(?:did|does|do)(?:\s+not|n't|n’t)\s+(?:reach|hit|make)|never\s+(?:reached|hit|made)|not\s+(?:reaching|hitting)|"
                       # (the bound said passed, "blew past 20%", "went beyond 60 percent")
                       r"(?<!\bin\s)(?<!\bthe\s)past|beyond|"
                       # (the percentage said in words too: "by more than 10 percent", "超過 10 趴")
                       r"exceed(?:s|ing)?)\s*\d+(?:\.\d+)?\s*(?:%|％|分|案|例|趴|percent\b|per\s+cent\b|pct\b)"
                       r"|\d+(?:\.\d+)?\s*(?:%|％|分|案|例|趴)\s*(?:以上|以下)(?:了|的|者|會|要|就)"
                       r"|\d+(?:\.\d+)?\s*(?:%|％)?\s*(?:~|～|〜|-|–|到|至)\s*\d+(?:\.\d+)?\s*(?:%|％)"
                       r"|\bbetween\s+\d+(?:\.\d+)?\s*(?:%|percent)?\s*(?:and|to|-)\s*\d+(?:\.\d+)?\s*(?:%|percent)"
                       # (a band's two bounds in English words: "at least 70 but under 75%", "from 65 to less than 70%")
                       r"|\b(?:at\s+least|from|no\s+less\s+than|not\s+(?:less|lower)\s+than)\s+\d+(?:\.\d+)?\s*(?:%|percent)?\s*"
                       r"(?:but|and|to|up\s+to)?\s*(?:under|below|less\s+than|lower\s+than|short\s+of|<)\s*\d+(?:\.\d+)?\s*(?:%|percent)"
                       # a bound written with a sign ("total >600", "≥ 75%", "＜60%"): no value of one's own
                       r"|(?:[>＞≥≧<＜≤≦]|&gt;|&lt;)\s*=?\s*\d+(?:\.\d+)?\s*(?:%|％|分|案|例|credits?|points?|pts)?", re.IGNORECASE)
# (a bound of hours describes facts of one's own too, "兩小時以內的去了 4 場": it is the rule's only where the question
# states no figure of its own besides: `bounds_only`)
HOURS_BOUND = re.compile(
    rf"(?:超過|超过|未滿|未满|不到|不足|少於|少于|大於|大于|小於|小于|more than|less than|longer than|shorter than|over|under|"
    rf"within|up to|at least)\s*\d+(?:\.\d+)?\s*(?:個|个)?\s*{_HOURS}"
    rf"|\d+(?:\.\d+)?\s*(?:個|个)?\s*{_HOURS}\s*(?:以內|以内|以下|以上|之內|之内|內|内|(?:or|and)\s+(?:less|more|under|over|longer|shorter|up))",
    re.IGNORECASE)
# Phrases that ask for the user's own figure even without "我" ("會被扣多少？").
# Someone the person asks about (a colleague, a radiographer): their own case, as much as "my".
THIRD_PERSON = re.compile(r"\b(?:she|he|her|his|him)\b|她|(?<![其吉])他(?![院人們们])|\bdr\.?\s+[A-Z]|[王李張陳林黃吳劉蔡楊]醫師|小[王李張陳林黃]")
# A figure the person reports as the result of their own case ("came back at 62 percent", "the negative
# re-read discrepancy is 17%", "拿到 85 分", "每年都剛好 100 分"): a fact to compute with, not the rule's
# threshold (THRESHOLD: "超過 60% 會怎樣") — even when the question asks what one "has to" do.
_N = r"(?:\d[\d,]*(?:\.\d+)?|[零〇一二兩两三四五六七八九十百千萬万]+)\s*(?:%|％|percent|分|例|案|台|次|篇)?"
REPORTED = re.compile(
    r"\b(?:came|come|comes|coming)\s+(?:back|out|in)\s+(?:at|as|to|with)?\s*(?:about|around|only|just|exactly)?\s*\d|"
    r"\b(?:turned\s+out|ended\s+up|worked\s+out)\s+(?:to\s+be\s+|at\s+|as\s+)?(?:about\s+|around\s+|only\s+|just\s+)?\d|"
    r"\b(?:scored|got|reached|hit|measured|stands?\s+at|sits?\s+at)\s+(?:a\s+|an\s+)?(?:about\s+|around\s+|only\s+|just\s+|exactly\s+)?\d|"
    r"\b(?:discrepanc\w*|rate|score|total|count)\s+(?:is|was|came\s+to)\s+(?:about\s+|around\s+|only\s+|just\s+|exactly\s+)?\d|"
    rf"(?:拿到|拿了|得到|考了|考到|(?:測|测)(?:出來|出来|出|得)(?:是|為|为)?|出來是|出来是|結果是|结果是|結果為|结果为|只拿到|只有|才|達到|达到|算出來是|算出来是)\s*(?:了)?\s*{_N}|"
    rf"(?:每年|每一年|每個月|每月|每年度)(?:都|也)(?:是|剛好|刚好|有|拿|拿到|只有)?\s*{_N}",
    re.IGNORECASE)
# A result of one's own case reported without its figure ("Dr. Lo's re-read discrepancy came back really high",
# "複判結果出來很差", "完成率测出来偏低"): the figure is asked for, not the rule quoted.
VAGUE_RESULT = re.compile(
    r"\b(?:came|come|comes)\s+(?:back|out|in)\s+(?:\w+\s+){0,2}?(?:high|higher|low|lower|bad|poor|terrible|awful|over|under|short)\b|"
    r"\b(?:turned\s+out|ended\s+up)\s+(?:\w+\s+){0,2}?(?:high|low|bad|poor|over|under|short)\b|"
    r"(?:結果|结果|出來|出来|測出來|测出来|算出來|算出来)(?:是|还是|還是)?(?:很|太|偏|有點|有点|非常|超)(?:高|低|差|糟)|超標|超标|"
    # a value of one's own judged with a hedge, its figure not given ("複判差異好像偏高", "完成率感覺有點低", "the positive one is
    # kinda high", "our rate looks a bit low", "seems on the high side"): someone has looked at a figure of their own
    r"(?:好像|似乎|感覺|感觉|看起來|看起来|好象|可能|應該|应该)(?:是)?(?:有點|有点|有些|稍微|略|比較|比较)?(?:偏|太|很|蠻|蛮|滿|满)?(?:高|低|差)|"
    r"(?:有點|有点|有些|稍微|略)(?:偏|太)?(?:高|低|差)|"

    r"\b(?:is|are|was|were|looks?|looked|seems?|seemed|'s|came\s+(?:back|out|in))\s+(?:kinda|kind\s+of|sort\s+of|a\s+bit|a\s+little|a\s+tad|"
    r"pretty|rather|quite|somewhat|fairly|slightly|on\s+the)\s+(?:too\s+)?(?:high|low|bad|poor|borderline)(?:\s+side)?\b|"
    r"\bon\s+the\s+(?:high|low)\s+side\b|"
    # a measure of one's own said low or high with no figure ("completion rate was low", "our scores are really poor", "the
    # rate came in below target", "沒達標", "未達標準")
    r"\b(?:rate|rates|score|scores|discrepanc\w*|count|counts|volume|number|numbers|grade|grades|result|results)\s+(?:is|was|were|are|came\s+(?:in|back|out))\s+"
    r"(?:too\s+|very\s+|really\s+|pretty\s+|quite\s+|so\s+|way\s+)?(?:low|high|poor|bad|short)\b|"
    r"\b(?:below|under|short\s+of|missed|miss|missing)\s+(?:the\s+|our\s+)?(?:target|threshold|bar|mark|cutoff|cut-off)\b|"
    # … or said past the line by someone's own result ("the report says he's above the threshold", "we're over the cutoff",
    # "Dr. Lin exceeded the threshold", "他超過門檻了", "我們的複判差異超過標準"): whose figure is asked, never the rule quoted
    r"\b(?:he|she|they|we|i|it|dr\.?\s+[A-Z]\w*)(?:'s|’s|'re|'m|\s+(?:is|was|are|were|am|came\s+(?:back|in|out)|ended\s+up|has\s+been|have\s+been))"
    r"\s+(?:\w+\s+){0,2}?(?:above|over|past|beyond)\s+(?:the\s+|our\s+|his\s+|her\s+)?(?:threshold|limit|line|cut-?off|bar|mark)\b|"
    r"\b(?:he|she|they|we|i|dr\.?\s+[A-Z]\w*)\s+(?:has\s+|have\s+|had\s+)?(?:exceeded|crossed|breached|went\s+over)\s+(?:the\s+)?(?:threshold|limit|line|cut-?off)\b|"
    r"(?:他|她|我|我們|我们)(?:的)?[^，,。？?；;\d]{0,8}?(?:超過|超过|高於|高于|過了|过了)(?:了)?(?:門檻|门槛|標準|标准|閾值|阈值|紅線|红线)|"
    r"(?:率|率今年|率這次|率这次|率今年度)(?:也|都|還是|还是)?(?:沒|没|未|不)(?:有)?(?:達標|达标|達到標準|达到标准)|"
    # one's own value said to have moved, its figure not given ("our rate dipped a bit this year", "完成率今年掉了一些",
    # "分數下降了", "复判差异变高了")
    r"\b(?:rate|score|scores|discrepanc\w*|number|numbers|volume|count|grade)\s+(?:has\s+|have\s+|had\s+)?(?:\w+\s+)?"
    r"(?:dipped|dropped|fell|slipped|declined|sank|slid|went\s+(?:down|up)|got\s+worse|rose|jumped|crept\s+up)\b|"
    r"(?:率|分數|分数|差異|差异|成績|成绩|量)(?:今年|這次|这次|最近)?(?:有點|有点|有些|稍微|又|也)?(?:下降|下滑|掉了|降了|變差|变差|變低|变低|變高|变高|退步|升高|上升)|"
    # compared with one's own earlier result ("lower than last year", "worse than last time", "比去年低", "比上次还差")
    r"\b(?:lower|higher|worse|better)\s+than\s+(?:last|the\s+(?:last|previous|prior)|before|previous)\b|"
    r"比(?:去年|上次|上一次|前一次|之前|以前|上回|上一年)(?:的)?(?:還|还|更)?(?:低|高|差|少|多|糟)",
    re.IGNORECASE)
# Figures of one's own said to be in hand, not given ("I have all the RTs' set scores", "we've got every score", "我手上有每位的
# 分數", "分數我都有了", "各組成績都在我這"): a result come in (RESULT_IN) and, their result asked, the figures asked for
HELD_NOT_GIVEN_WORDS = (
    r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:got|have|hold|received)\s+(?:all\s+|every\s+|each\s+)?(?:of\s+)?(?:the\s+|our\s+|my\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:scores?|figures|numbers|results?|grades?|percentages)\b(?!\s+(?:of|for)\b)|"
    r"(?:我|我們|我们)(?:手上|手邊|手边)?(?:都)?有(?:全部|所有|每位|每個|每个|各位|大家)?(?:的)?[^，,。？?；;\d]{0,8}?(?:分數|分数|成績|成绩)(?!嗎|吗)|"
    r"(?:分數|分数|成績|成绩)(?:我|我們|我们)?(?:(?:都|全)(?:有|拿到|收到|在我這|在我这|在手上)|有了|拿到了|收到了)")
HELD_NOT_GIVEN = re.compile(HELD_NOT_GIVEN_WORDS, re.IGNORECASE)

# A result of one's own case that has come in, its figure not given ("機構抽選片分數出來了", "复判差异性评估的结果出来了",
# "our QC scores are back"): the figure is asked for, not the rule quoted.
RESULT_IN = re.compile(
    r"(?:分數|分数|成績|成绩|結果|结果|評估|评估|評分|评分)[^，,。？?；;]{0,4}(?:出來了|出来了|出爐了?|出炉了?|下來了|下来了|公布了|寄來了|寄来了)|"
    r"\b(?:scores?|results?|grades?|numbers|figures|percentages|rates)\s+(?:\w+\s+){0,4}?(?:(?:is|are|were)\s+(?:back|in|out)|(?:came|come|have\s+come)\s+(?:back|in|out))\b|"
    # "the new re-read numbers arrived", "數字出來了", "複判數據出來了"
    r"(?:數字|数字|數據|数据|百分比)[^，,。？?；;]{0,4}(?:出來了|出来了|出爐了?|出炉了?|下來了|下来了|公布了)|"
    # "got my reread results back", "we just received our QC scores", "收到複判結果了"
    r"\b(?:got|get|have|received|receive)\s+(?:\w+\s+){0,4}?(?:scores?|results?|grades?|numbers?|figures?)\s+(?:back|in)\b|"
    r"(?:收到|拿到|接到)(?:了)?[^，,。？?；;]{0,8}(?:分數|分数|成績|成绩|結果|结果)|"
    # the report of one's own test said come in ("the AEC/field test report for our unit just arrived", "實測報告寄來了")
    r"\breport\b[^.?!;]{0,40}?\b(?:just\s+)?(?:arrived|came\s+in|came\s+back|is\s+(?:back|in)|landed|showed\s+up)\b|"
    r"報告[^，,。？?；;]{0,4}(?:出來了|出来了|來了|来了|寄來了|寄来了|下來了|下来了)|"
    + HELD_NOT_GIVEN_WORDS,
    re.IGNORECASE)
# A value of the person's own case said to be missing or not in yet ("陽性沒資料", "另一組還沒出來", "the dense set isn't
# back yet", "no positive cases sampled"): the person has a case of their own, and the words name no rule (the 資料 of
# "沒資料" is not the documents a rule asks for). The missing value is asked for, or the figures given decide.
_EVENT_EN = r"(?:conference|seminar|course|training|class|meeting|retest|re-test|review|workshop|session|exam|appointment)s?\b"
_EVENT_ZH = r"(?:座談會|座谈会|討論會|讨论会|研討會|研讨会|上課|上课|課程|课程|訓練|训练|複測|复测|審查|审查|考試|考试)"
ABSENT = re.compile(
    r"(?:沒|没|無|无|尚無|尚无|缺)(?:有)?(?:資料|资料|數據|数据|數字|数字|分數|分数|成績|成绩|結果|结果)|"
    r"(?:還|还|尚)(?:沒|没|未)(?:有)?(?:出來|出来|出爐|出炉|下來|下来|公布|寄來|寄来|算|統計|统计|拿到|收到|考|測|测)|"
    r"(?:這次|这次|今年|本次)?(?:沒|没)(?:有)?(?:抽到|被抽到|驗到|验到|測到|测到)|不適用|不适用|"
    r"\b(?:not|isn'?t|aren'?t|wasn'?t|weren'?t|hasn'?t|haven'?t)\s+(?:\w+\s+)?(?:back|in|out|available|reported|known)\s+yet\b|"
    r"\b(?:not|isn'?t|aren'?t)\s+(?:available|reported|known)\b|\bno\s+(?:data|figure|score|result)s?\b|\bn/a\b|"
    r"\b(?:still\s+)?(?:pending|missing|outstanding)\b|\bnone\s+(?:were\s+)?(?:sampled|drawn|pulled)\b|"
    # a value still awaited ("緻密型的還在等成績", "另一組还在等", "still waiting on the dense set", "waiting for the other score")
    # (an event awaited, "在等座談會", "waiting for the QA conference + training", is no figure of one's own: `_EVENT`)
    rf"(?:還|还|仍|仍然|都)?在等(?:待)?(?![^，,。？?；;]{{0,6}}?{_EVENT_ZH})[^，,。？?；;]{{0,6}}?(?:成績|成绩|分數|分数|結果|结果|數字|数字|公布|出來|出来)?|等待中|"
    rf"\b(?:still\s+)?waiting\s+(?:on|for)\b(?!\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+|her\s+|his\s+|their\s+)?(?:next\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_EVENT_EN})|\bnot\s+(?:back|in|out)\s+yet\b|"
    # a fact of one's own said not remembered or not known ("剩下一年不太記得了", "記不清楚", "忘了幾分", "I don't remember the last
    # year", "can't recall", "not sure how many")
    r"不(?:太|大|是很)?(?:記得|记得)|記不(?:得|清)|记不(?:得|清)|(?:忘了|忘記|忘记)(?:是)?(?:幾|几|多少)|"
    r"\b(?:don'?t|do\s+not|can'?t|cannot)\s+(?:quite\s+|really\s+)?(?:remember|recall)\b|\bnot\s+sure\s+(?:how\s+many|how\s+much|what|about)\b|"
    r"\bforgot\s+(?:how\s+many|how\s+much|what)\b",
    re.IGNORECASE)


def _without(pattern: re.Pattern[str], text: str) -> str:
    """`text` with the spans of `pattern` blanked out (cue words inside them are not cues)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


# A clause that asks something: a question mark, a question word or particle. A clause with none of them, before the
# last, states a fact of the person's own ("每場都有拿參加證明", "之前沒被要求過", "都有申請認定", "I have the certificates"):
# a rule's word in it (證明, 要求, required) names no rule asked about.
_CLAUSES = re.compile(r"(?:[^，,。；;！!？?\n.]|\.(?!\s))+[？?]?")
_ASKING = re.compile(
    r"[？?]|嗎|吗|呢|多少|幾|几|什麼|什么|怎麼|怎么|如何|哪|是否|可否|能否|要不要|有沒有|有没有|會不會|会不会|能不能|可不可以|"
    r"算不算|夠不夠|請問|请问|想問|想问|想知道|\b(?:what|how|which|when|where|who|why|whether|can|could|do|does|did|is|are|should|"
    r"must|may|will|would|any)\b", re.IGNORECASE)


def asked_clauses(text: str) -> str:
    """`text` with its statement clauses blanked out: every clause but the last that asks nothing (`_ASKING`)."""
    spans = [m.span() for m in _CLAUSES.finditer(text) if m.group(0).strip()]
    out = list(text)
    for a, b in spans[:-1]:
        if not _ASKING.search(text[a:b]):
            out[a:b] = " " * (b - a)
    return "".join(out)


# A terse question for the result of the person's own figures ("…，結果？", "處置？", "CME?", "Grade?", "any credits?",
# "what now?"): the figure the facts give, asked at the end of a statement of them.
OUTCOME_ASKED = re.compile(
    r"(?:結果|结果|處置|处置|後果|后果|下場|下场|判定|等第|評等|评等|評級|评级|級數|级数|等級|等级)(?:是|為|为|會是|会是)?(?:什麼|什么|如何|呢)?\s*[？?]|"
    r"(?:(?:^|[.,;:!—–\-]\s*)(?:[\w-]+\s+){0,2}?|\b(?:any|my|our)\s+(?:[\w-]+\s+)?)(?:cme|credits?|points?|grade|tier|deduction|outcome|result|verdict|"
    r"consequence|action)\s*\?|\bwhat\s+now\b|\bso\s+what\s+happens\b|\b(?:give|earn|get)s?\s+(?:me|us|her|him)\s+any\b",
    re.IGNORECASE)
# A grade asked of one's own figures as a yes / no ("算A嗎", "能到A吗", "拿得到 B 嗎", "is that an A?", "do we get an A"): the
# grade the figures give, as much as "幾等".
GRADE_ASKED = re.compile(
    r"(?:算|是|拿|到|達|达|評|评|得|有|上|夠|够)(?:得到|得了|到|成|為|为)?\s*(?<![A-Za-z])(?-i:[A-D])(?![A-Za-z])\s*(?:等|級|级)?\s*"
    r"(?:了)?(?:嗎|吗|嘛|呢|沒|没|不|[?？])|"
    r"\b(?:is\s+(?:that|it|this|the\s+\w+)|are\s+(?:we|they|those)|(?:do|does|did|will|would|can|could)\s+(?:we|i|it|that|this|they|she|he|"
    r"(?:my|our|her|his|their|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:still\s+)?(?:get|make|reach|earn|count\s+as|be|score|land))\s+(?:still\s+)?(?:an?\s+)?(?<![A-Za-z])(?-i:[A-D])(?:\s+grade)?(?![A-Za-z])|"
    # the grade of someone named by a pronoun ("is she a B?", "will he be an A", "was it C"), and two grades offered to choose
    # from ("B or C?", "an A or a B", "算 B 還是 A", "是A等还是B等"): the grade one's own figures give, asked
    r"\b(?:is|was|will|would)\s+(?:she|he|they|it)\s+(?:still\s+)?(?:be\s+)?(?:an?\s+)?(?<![A-Za-z])(?-i:[A-D])(?:\s+grade)?(?![A-Za-z])|"
    r"(?<![A-Za-z])(?-i:[A-D])(?:\s*grade)?\s+or\s+(?:an?\s+)?(?-i:[A-D])(?![A-Za-z])|"
    r"(?<![A-Za-z])(?-i:[A-D])\s*(?:等|級|级)?\s*(?:還是|还是|或是|或者|或)\s*(?-i:[A-D])(?![A-Za-z])",
    re.IGNORECASE)
# The sum of the activities one named asked ("credits for both?", "what do the two add up to", "兩個加起來幾分", "两项一起算多少"):
# one's own total, as much as "總共幾分" — computed from the activities read.
BOTH_ASKED = re.compile(
    r"\b(?:credits?|points?|cme)\s+for\s+(?:both|the\s+two|the\s+pair|them\s+both|all\s+(?:of\s+)?(?:them|three|these))\b|"
    r"\bboth\s+(?:together|combined|added\s+up)\b|\b(?:add|adds)\s+up\s+to\b|\bwhat\s+do\s+(?:they|the\s+two|both)\s+(?:give|earn|get|come\s+to)\b|"
    r"(?:兩個|两个|兩項|两项|兩場|两场|兩者|两者|這兩|这两)[^，,。？?]{0,4}?(?:加起來|加起来|一起|合計|合计|總共|总共|共)(?:算)?(?:是)?(?:幾|几|多少)",
    re.IGNORECASE)
# The grade asked of figures ("會是幾等", "拿哪個等級", "what grade", "which grade do we get").
GRADE_OF = re.compile(r"幾等|几等|哪(?:一)?(?:個|个)?等(?:級|级|第)|什麼等級|什么等级|\b(?:which|what)\s+grade\b", re.IGNORECASE)
HYPOTHETICAL = re.compile(r"\b(?:an?|any)\s+(?:[\w-]+\s+){0,3}?(?:score|set|average|rate|result)\s+of\s+\d|\bif\s+(?:a|the|it|one)\b|"
                          r"如果|假如|假設|假设|若是|要是|萬一|万一", re.IGNORECASE)
STRONG_CALC = re.compile(r"扣多少|扣款多少|扣幾|how much .{0,20}deduct|what is the deduction|what's the deduction", re.IGNORECASE)


# What items come to, asked ("what do the papers count for?", "what do they add up to", "what does all that count for"):
# after items of one's own, their value — not whether such items count (RULE_CUES' "count for").
COME_TO = (r"\bwhat\s+(?:do|does|would|will)\s+(?:the|my|our|these|those|they|it|that|this|all)\s+(?:\w+\s+){0,2}?"
           r"(?:(?:count|add)\s+(?:up\s+)?(?:for|to)|come\s+to|amount\s+to|work\s+out\s+to)\b")
# Asking for a figure of one's own (a total, a shortfall, eligibility), which needs the user's numbers.
OWN_FIGURE = re.compile(
    r"多少|幾|夠|還差|評等|等級|超量|超過|處理|怎麼辦|資格|申請.{0,8}(?:指導老師|展延|延展|換證)|(?:展延|延展|換證)(?:嗎|了嗎)|"
    r"什麼時候|何時|how many|how much|enough|short of|eligib|qualif|grade|exceed|renew|become|can i apply|"
    r"\bwhen\b(?!\s+(?:attending|going|working|practi[cs]ing|presenting|i|we|you|they|he|she|the|a|an|my|our)\b)|"
    # (the day asked as "what's the deadline", as "when's the deadline" is: "Got a category 0 from our van — what's the
    # deadline for the recall exam?"; a case of one's own only, as every word here)
    r"\bwhat\s+is\s+(?:the|our|her|his|its|their|my)\s+(?:[\w-]+\s+){0,2}?(?:deadline|due\s+date)\b|"
    r"worth|值幾分|算幾分|\bwhat (?:does|will|would|did) (?:it|that|this) (?:get|give|earn) (?:me|us)\b|"
    # (… or as what the person gets, closing the question or of the things just said: "… I did attend the meeting. what do I
    # get?", "what would I get for those?" — never of an activity named after it, "what do I get for speaking at …")
    r"\bwhat\s+(?:do|would|will|can|did)\s+(?:i|we)\s+(?:get|earn)\b(?=\s*(?:[?？.!]|$|(?:for|from|out\s+of)\s+(?:it|that|this|them|"
    r"those|these|both|all\s+(?:of\s+)?(?:that|this|them))\b))|" +
    # what one's own items come to ("what do the papers count for?", "what do they add up to")
    COME_TO + r"|(?:^|[.,;:!—–-]\s*)(?:credits?|points?|total|score)\s*\?|"
    # (… with the period it is of: "total for the yr?", "points this year?", "total for 2025?")
    r"(?:^|[.,;:!—–-]\s*)(?:credits?|points?|pts|total|score)\s+(?:(?:for|in|over)\s+(?:the|this|that|last|my)\s+(?:year|yr|period|cycle)|"
    r"(?:this|last|that)\s+(?:year|yr)|(?:for|in)\s+(?:19|20)\d\d)\s*\?|"
    r"\b(?:total|overall|combined)\s+(?:credits?|points?|score)\b|\b(?:credits?|points?)\s+(?:in\s+)?(?:total|all\s+together|altogether)\b|"
    # what it gives the person ("credits for me?", "what does it give us")
    r"\b(?:credits?|points?|pts|cme)\s+for\s+(?:me|us)\b|\b(?:give|get|earn)s?\s+(?:me|us)\b",
    re.IGNORECASE,
)


# What only a rule can answer: which documents, who decides, where to file — no calculator outputs these.
ASKS_RULE_ONLY = re.compile(
    r"附什麼|附哪些|要附|檢附|交什麼|交哪些|什麼證明|哪些證明|證明文件|什麼文件|哪些文件|影印|影本|"
    # (外交部 is the ministry, no handing in: "有外交部的奉派證明" states the proof one holds)
    r"(?:(?<!外)交|附|繳|提供|提出).{0,8}(?:證明|文件|資料)|"
    r"誰(?:來|去|負責|審|認定|決定|核)|誰在(?:算|計算|计算|審|审|管|查|核|認定|认定)|由誰|哪個單位|哪個委員會|向哪|在哪(?:裡|兒)?(?:申請|送|查|看)|"
    # who computes it and where its figures are looked up ("是誰算的", "谁来计算", "量去哪查", "到哪裡看得到")
    r"(?:是)?(?:誰|谁)(?:來|来)?(?:算|計算|计算|核算)(?:的)?|(?:去|到|從|从)哪(?:裡|里|兒|儿)?(?:查|看|找|下載|下载)|"
    # what the figure is computed from, said with 用 ("用什麼算", "拿什麼數字來算", "以哪些資料計算")
    r"(?:用|拿|以)(?:什麼|什么|哪些|哪個|哪个)(?:資料|资料|數字|数字|數據|数据|公式)?(?:來|来)?(?:算|計算|计算|認定|认定|判定)|"
    # the day a figure is reckoned on ("年齡用哪天算", "以哪一天為準", "從哪天起算", "age is counted as of what date")
    r"(?:用|拿|以|從|从|按|依)(?:哪一?天|哪個日期|哪个日期|什麼日期|什么日期|哪個時間點|哪个时间点)(?:的)?(?:來|来)?(?:算|計算|计算|認定|认定|為準|为准|起算)|"
    r"\bas\s+of\s+(?:what|which)\s+(?:date|day)\b|\b(?:counted|calculated|determined|reckoned|measured)\s+(?:as\s+of|on|at|from)\s+(?:what|which)\s+(?:date|day)\b|"
    r"\b(?:what|which)\s+(?:date|day)\s+(?:is|does)\s+(?:the\s+|my\s+|his\s+|her\s+)?age\b|"
    # who must file: the society or the holder ("does the society chase us", "is it on the doc to file it", "學會會通知嗎")
    r"\b(?:does|do|will|would)\s+(?:the\s+)?(?:society|association|HPA|TSA|TSIR)\s+(?:\w+\s+)?(?:chase|remind|notify|contact|tell|send)\b|"
    r"\bis\s+it\s+on\s+(?:the\s+|each\s+|every\s+)?(?:doc(?:tor)?s?|me|us|him|her|holder|applicant)\s+to\b|"
    # what the figure is computed from ("依據什麼算", "根據什麼計算", "based on what")
    r"(?:依據|依据|根據|根据|依照|按照)(?:什麼|什么|哪些|哪個|哪个)(?:來|来)?(?:算|計算|计算|認定|认定|判定)|\bbased\s+on\s+what\b|"
    r"\bwhat (?:documents?|proof|paperwork)\b|\bwhat (?:am i|are we|do i|do we) (?:supposed|required|expected|meant) to\b|"
    r"要(?:圈|標|註明|蓋章)(?:什麼|哪)|\bwhich documents?\b|\bwho (?:decides|approves|reviews|accredits|issues)\b|"
    # the reviewer asked in other verbs ("who looks at stints under a month", "who assesses it", "who signs off on it", "要找誰審")
    r"\bwho(?:'s| is)?\s+(?:looks?\s+(?:at|over)|looking\s+at|handles?|handling|assess\w*|evaluat\w*|vets?|judges?|rates?|scores?|signs?\s+off|"
    r"rules?\s+on|checks?|checking|in\s+charge\s+of)\b|\b(?:reviewed|assessed|evaluated|judged|decided|approved)\s+by\s+(?:whom|who)\b|"
    r"找(?:誰|谁)(?:審|审|認定|认定|核|申請|申请)?|"
    # (where one's own case stands — "where do I stand", "where does that leave us" — is no place to file: a check of one's own)
    r"\bwhere (?:do|can|should) (?:i|we)\b(?!\s+(?:stand|sit|land|end\s+up|fall)\b)|"
    # "what copy do I attach", "which pages should we enclose", "what do I need to submit with it"
    r"\b(?:what|which)\s+(?:\w+\s+){0,2}?(?:do|should|must|shall|would)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?(?:attach|enclose|include|submit|upload|send\s+in|hand\s+in)\b|"
    r"\b(?:attach|enclose)\s+(?:what|which)\b|"
    # a fee the rule sets (an application's, an accreditation's): no calculator outputs one
    r"(?:認定|申請|審查|補發|換證|展延)[^。？?]{0,12}(?:費|收費|多少錢)|(?:手續|認定|審查|申請)費|"
    # a charge named by what one does with money ("要收錢嗎", "怎麼繳", "付費方式", "is there a charge", "does it cost")
    r"(?:要|會|需要?)?(?:收|付|繳|交)(?:錢|费|費)|要錢|(?:繳|缴|付)(?:費|费|款)?(?:方式|管道)|(?:用|以)什麼方式(?:繳|缴|付|匯|汇)|匯款|劃撥|"
    # (never a fee said withheld, "any fee not paid?", "any fees withheld?", "are there fees we won't get paid": the screening
    # payment our volume rule withholds, one's own figure)
    r"\b(?:is there|are there|any)\s+(?:a\s+)?(?:fee|charge|cost)s?\b"
    r"(?!\s+(?:[\w']+\s+){0,3}?(?:not\s+(?:be\s+|get\s+|being\s+)?paid|unpaid|withheld|denied|docked|refused|rejected|clawed|"
    r"(?:won't|wouldn't|don't|doesn't|didn't|can't|cannot)\s+(?:be\s+|get\s+)?(?:paid|claimed|reimbursed))\b)|\bdo(?:es)?\s+(?:it|they|that|you)\s+(?:cost|charge)\b|"
    r"\bhow\s+much\s+(?:does|do|will|would)\s+(?:it|that|this|they)\s+(?:cost|charge)\b|\bhow\s+(?:do|can)\s+(?:i|we)\s+pay\b|"
    # the charge asked of the body that sets it ("how much does the surgical association charge each time", "what does the
    # society charge per application", "what's the fee", "收多少錢", "費用是多少")
    r"\b(?:how\s+much|what)\s+(?:does|do|will|would|did)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:charge|bill)\b|"
    r"\bwhat(?:'s|\s+is|\s+are)\s+the\s+(?:[\w-]+\s+)?(?:fees?|charges?)\b|\bhow\s+much\s+(?:is|are)\s+the\s+(?:[\w-]+\s+)?fees?\b|"
    r"(?:收|收取)(?:多少|幾|几)(?:錢|钱|元|塊|块|費用|费用)?|(?:費用|费用)(?:是|要)?(?:多少|幾|几)|"
    # where to look something up: a system, a website, a link ("去哪個系統看", "有網址嗎", "which portal")
    r"(?:哪個|哪一個|什麼|哪)(?:系統|网站|網站|網頁|网页|平台|平臺)|網址|网址|連結|链接|"
    # looking it up oneself online ("有地方可以自己上網查嗎", "網路上查得到嗎", "can I look it up online"): where, not a figure
    r"上網(?:去)?(?:查|看|找|搜)|(?:網路上|网络上|網上|网上|線上|线上)(?:可以|能)?(?:自己)?(?:查|看|找|搜)|"
    r"\b(?:look|check|find)\s+(?:it|that|this|them|\w+)?\s*(?:up\s+)?online\b|"
    r"\b(?:which|what)\s+(?:system|website|site|portal|platform)\b|\b(?:url|web\s*address|link)\b|"
    r"\bwhere\s+(?:can|do|should|would)\s+(?:i|we|one)\s+(?:check|see|look|find|view|log)\b|"
    r"\b(?:application|accreditation|recognition|review|processing|renewal|replacement)\s+fees?\b|\bthe\s+fee\s+(?:to|for)\b|"
    # who starts it: oneself, or the issuer on its own ("is it on me to start the process", "does the society renew it
    # automatically", "will they send a reminder", "要自己申請還是學會會自動展延", "学会会通知吗")
    r"\bis\s+it\s+(?:on|up\s+to)\s+(?:me|us)\b|\b(?:automatic(?:ally)?|auto-?renew\w*)\b|\bsend\s+(?:me\s+|us\s+)?(?:a\s+|any\s+)?(?:reminder|notice|notification)s?\b|"
    r"\bdo\s+(?:i|we)\s+(?:have|need)\s+to\s+(?:start|initiate|trigger|kick\s+off)\b|\bwho\s+(?:starts|initiates|files|submits|triggers)\b|"
    r"自動(?:展延|延展|換證|换证|更新|續|续|寄|通知)|(?:主動|主动)(?:通知|提醒|寄)|(?:會|会)(?:不會|不会)?(?:寄|發|发)?(?:通知|提醒)(?:我|我們|我们)?(?:嗎|吗|[?？])|"
    r"(?:要|得|需要|須|须)(?:我|我們|我们)?自己(?:去|主動|主动)?(?:申請|申请|提出|送件|辦|办)",
    re.IGNORECASE)
# Who of one's own must do what the verdict sets ("要誰去上課", "誰要參加討論會", "who has to attend the course"): named by the
# calculation's verdict when the person's whole case is given.
WHO_ACTS = re.compile(
    r"(?:要|須|须|需|得|該|该)?誰(?:要|須|须|需要|得|該|该)?(?:去|來|来)?(?:上|參加|参加|受訓|受训|出席|考)[^，,。？?]{0,8}|"
    r"\bwho\s+(?:has\s+to|needs\s+to|must|should|is\s+supposed\s+to)\s+(?:attend|take|go|sit|do)\b[^?.]{0,30}", re.IGNORECASE)
# A duration the rule sets ("開辦前幾天", "how far ahead", "多久內", "什麼期限內", the earliest / latest
# moment), asked without a date of one's own.
ASKS_DURATION = re.compile(
    r"前幾天|前多久|幾天前|多久前|多久內|多久以內|幾個月內|幾天內|多久|多長|什麼期限|期限(?:是|為)?(?:多久|多長|幾)|"
    # the period the rule counts ("個案數是算哪一段期間的", "what time window do the cases come from")
    r"哪一?段(?:期間|時間)|什麼期間|哪個期間|哪幾年|\b(?:which|what)\s+(?:period|time\s*(?:frame|window|span)|window)\b|"
    r"最(?:早|晚|遲|慢)(?:要|可以|能|得)?(?:在)?(?:什麼時候|何時|幾時|哪時)|"
    r"\bhow (?:long|far ahead|far in advance|early|soon|late)\b|\bwithin how\b|"
    # "what's the window for …", "what is the time frame": the period as such (a day is asked as a date: `ASKS_OWN_DAY`)
    r"\bwhat(?:'s|\s+is|\s+are)\s+the\s+(?:\w+\s+)?(?:window|time\s*frame|timeframe|time\s+limit|period)s?\b|"
    # filing far ahead asked ("could I send it in like a year early", "可以提早一年送嗎"): how early the rule lets one file
    r"\b(?:send|file|submit|apply|hand)\w*\s+(?:it\s+|them\s+|the\s+\w+\s+)?(?:in\s+)?(?:like\s+|about\s+|around\s+|maybe\s+)?"
    r"(?:a|an|one|two|three|half\s+a|\d+)\s+(?:years?|months?)\s+(?:early|ahead|in\s+advance)\b|"
    r"(?:提早|提前)\s*(?:一|兩|两|半|\d+)\s*(?:年|個月|个月)\s*(?:就)?(?:送|申請|申请|交|遞|递)|"
    r"\bhow many (?:days|weeks|months|years)\b.{0,60}\b(?:before|ahead|in advance|after|until)\b|"
    # the opening of the period asked against the expiry, no date of one's own ("when can I start applying to renew … before it
    # expires?", "到期前什麼時候可以開始申請", "證書到期之前多早可以送"): how far ahead the rule lets one apply
    r"\bwhen\s+(?:can|could|may|should|do|does|am)\s+(?:i|we|you|one|they)\s+(?:start|begin|allowed\s+to\s+start)\b[^?.]{0,80}?"
    r"\bbefore\s+(?:(?:it|they)\s+|the\s+(?:\w+\s+){0,2}|my\s+(?:\w+\s+){0,3}|our\s+(?:\w+\s+){0,3})(?:expires?|runs?\s+out|lapses?|is\s+up)\b|"
    r"(?:到期|過期|屆滿|届满|期滿|期满)(?:之)?前(?:的)?(?:什麼時候|什么时候|何時|何时|幾時|几时|多早)(?:就)?(?:可以|能)?(?:開始|开始)?", re.IGNORECASE)
# What a rule gives for one unit ("國外進修一個月算多少", "二作跟其他作者各算多少", "what's one overseas congress
# worth", "how many credits is one hour … worth"): the rule's rate, not the person's total.
# (a second item added to the first, "one monthly meeting plus a 2-hr seminar", "a poster and a talk": a sum of one's own)
_NO_SECOND_ITEM = r"(?![^?]{0,60}?(?:\bplus\b|\+|\band\s+(?:an?|one|1|another|two|2)\b|\btogether\b|\bcombined\b|\baltogether\b))"
_RATE_UNIT = r"(?:month|hour|hr|paper|article|meeting|session|congress|conference|talk|lecture|poster|day|case)"
ASKS_RATE = re.compile(
    # (a 1 that ends a number — "361 是幾等" — is no "one")
    r"(?:每|一|(?<![\d.])1)\s*(?:個月|月|場|次|篇|小時|天|日|例|年|位|人)?\s*(?:到底|究竟|大概|大約|通常|一般)?\s*(?:可以|可|能|會)?(?:算|給|拿|得|抵|有|是|計)\s*(?:多少|幾)|"
    # "1篇幾分", "每場多少分", "一小時折多少分": a unit and the measure asked, with no verb between
    r"(?<![\d.])(?:每|一|1)\s*(?:個月|場|次|篇|小時|天|日|例|張|堂|門)\s*(?:可以|可|能|會)?(?:算|給|拿|得|抵|有|是|計|折|折合|換)?\s*"
    r"(?:多少|幾)\s*(?:分|點|學分|積分)|"
    # (… the measure said between the unit and the verb: "年會去一次積分算多少", "一場學分給幾分", "每次的積份是多少"; or with no verb:
    # "TSA年會去一次積分多少", "一場學分幾分")
    r"(?<![\d.])(?:每|一|1)\s*(?:場|场|次|篇|堂)\s*(?:的)?\s*(?:積分|积分|學分|学分|積份|學份|分數|分数)\s*(?:可以|可|能|會|会)?"
    r"(?:算|給|给|拿|得|抵|有|是|計|计)?\s*(?:多少|幾|几)|"
    # (… the kind named between the unit and the verb: "一場國際會議能抵幾分", "一篇SCI第二作者算多少", "每場月會給幾分")
    r"(?<![\d.])(?:每|一|1)\s*(?:場|场|次|篇|堂|趟)\s*[^，,、。？?；;\d\s]{1,10}?(?:可以|可|能|會|会)?"
    r"(?:算|給|给|拿|得|抵|計|计|認定|认定|採計|采计)\s*(?:多少|幾|几)|"
    # (… with the one who gets it said between: "how many points do I get per month")
    r"\bhow (?:many|much)\s+(?:[\w-]+\s+){0,2}(?:(?:do|does|will|would|can|could)\s+(?:i|we|you|one|they|he|she)\s+"
    r"(?:get|earn|receive|claim)\s+)?(?:per|for each|for one|for a single)\s+(?!years?\b)[\w-]+|"
    r"\b(?:one|a single|per|1)\s+(?:[\w-]+\s+){0,4}(?:is\s+|are\s+)?worth\b|"
    r"\bhow (?:much|many \w+) (?:does|do|is|are) (?:one|a single)\b|"
    # how a kind is credited per unit ("how is overseas training credited per month", "how are seminars scored per hour",
    # "進修每個月怎麼算", "每小時如何計分")
    r"\bhow\s+(?:is|are|do|does)\s+(?:[\w-]+\s+){0,4}?(?:credited|scored|counted|calculated|awarded|computed)\s+(?:per|for\s+each|each)\s+\w+|"
    r"(?:每|一)\s*(?:個月|个月|月|小時|小时|場|场|次|篇|天)\s*(?:要|是)?(?:怎麼|怎么|如何)(?:算|計|计|給|给|計分|计分|給分|给分)|"
    # the rule's conversion of a unit asked ("1 hr = ?", "what's the conversion", "一小時換算幾分", "時數怎麼換算成積分")
    r"\b(?:one|1|a|per)\s*(?:hr|hour|month|day|paper|session)s?\s*=\s*\??|\b(?:hours?|hrs?)[- ]to[- ](?:credits?|points?)\b|"
    r"\bconversion\s+(?:rate|factor|ratio|for|from|of|between)\b|\bwhat(?:'s|s|\s+is)\s+the\s+conversion\b|"
    r"(?:換算|换算|折算|折合)(?:成|為|为)?(?:多少|幾|几)?(?:分|積分|积分|學分|学分)?(?:的)?(?:方式|比例|標準|标准|規則|规则)|(?:時數|时数|小時|小时)(?:要|是)?(?:怎麼|怎么|如何)(?:換算|换算|折算)|"
    # "attending a 2-day annual meeting of … — how many points?": an activity put as a case of the rule (a gerund, one of
    # it), no one's own; "I attended a …" is someone's
    r"^\W*(?:attending|presenting|publishing|giving|chairing|moderating|going\s+to|speaking\s+at)\s+(?:a|an|one)\b[^?]{0,160}?"
    r"\bhow (?:many|much)\b|"
    # the unit said before the ask or after the measure ("per month abroad, how many credits", "how many points a month does the
    # society give", "points per month?"): the rule's rate per unit, whatever one's own months ("a 3 month fellowship")
    rf"\bper\s+{_RATE_UNIT}\b[^?.;!]{{0,30}}?[,:—–-]?\s*how\s+(?:many|much)\b|"
    rf"\bhow\s+(?:many|much)\s+(?:[\w-]+\s+){{0,2}}?(?:a|an|each|every)\s+(?:month|hour|hr|day)\b(?!\s+(?:ago|later|before|after)\b)|"
    rf"\b(?:credits?|points?|pts|cme)\s+(?:per|a|an|each|every)\s+{_RATE_UNIT}\s*[?？]|"
    # one item of a kind put as the case, its value asked ("how much does one overseas IR meeting count", "how much does a
    # specialty annual meeting count", "how many points does the society give for a 2-day one"): the rule's value for it
    rf"\bhow\s+(?:much|many\s+\w+)\s+(?:does|do|is|are|would)\s+(?:an?|1|a\s+single|each)\s+"
    rf"(?!total\b|sum\b|bunch\b|lot\b|few\b|couple\b|number\b)[\w-]+{_NO_SECOND_ITEM}|"
    r"\bhow\s+(?:many|much)\s+(?:[\w-]+\s+){0,2}?(?:does|do|will|would)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?"
    rf"(?:society|association|college|committee|tsa|tsir|hpa|they|the\s+rules?)\s+(?:give|award|grant|allow|assign|count|credit)\s+"
    rf"(?:for|to)\s+(?:an?|1|each|every|any|a\s+single)\b{_NO_SECOND_ITEM}", re.IGNORECASE)
# Two cases of the rule set side by side by their length or size, each named as a kind ("開2天的可以拿幾分？只有1天的又是多少",
# "2天的給幾分，1天的呢", "what does a 2-day one earn, and a one-day one?"): the rule's bands, not one's own sum — asked with no
# activity of one's own (`PERSONAL`, `OWN_DONE`).
_UNIT_KIND = r"(?:\d+(?:\.\d+)?|[一二兩两三四五六七八九十半])\s*(?:個|个)?\s*(?:天|日|小時|小时|個月|个月|場|场|篇|次|例)的"
_UNIT_KIND_EN = r"\b(?:an?\s+|the\s+)?(?:\d+|one|two|three|four|half)[- ](?:day|hour|hr|month|week)\s+(?:one|ones|meeting|meetings|session|sessions|course|courses|seminar|seminars)\b"
TWO_CASES = re.compile(
    rf"{_UNIT_KIND}[^，,。？?；;]{{0,10}}?(?:幾|几|多少)[^？?，,；;]{{0,6}}[？?，,；;]\s*[^，,。？?；;\d]{{0,8}}?{_UNIT_KIND}[^，,。？?；;]{{0,8}}?(?:又|呢|則|则|是|給|给|算)|"
    rf"{_UNIT_KIND_EN}[^?]{{0,40}}?(?:\?|,|;|\band\b)\s*(?:and\s+|what\s+about\s+|how\s+about\s+|vs\.?\s+)?{_UNIT_KIND_EN}|"
    # (two lengths set against each other, "if it's only one day long vs 2+ days", "a 90-minute talk versus a 3-hour one")
    # (… the thing named after the first length, "a 1-day event vs 2 days")
    r"\b(?:\d+(?:\.\d+)?|half)\s*-?\s*(?:days?|hours?|hrs?|minutes?|mins?|months?)\b(?:\s+long)?"
    r"(?:\s+(?:one|ones|events?|meetings?|congress(?:es)?|conferences?|sessions?|courses?))?\s*,?\s*"
    r"(?:vs\.?|versus|compared\s+(?:to|with))\s+(?:an?\s+)?(?:\d+(?:\.\d+)?|half)\s*\+?\s*-?\s*(?:or\s+more\s+)?(?:days?|hours?|hrs?|minutes?|mins?|months?)\b",
    re.IGNORECASE)
# A figure's band asked, then another figure put bare beside it ("360 分是幾等？340 呢", "72% 扣幾趴？68% 的話呢", "what grade is
# 360? and 340?"): two cases of the rule's table looked up, not one's own case — one rules answer, not a part each.
FIGURE_ALTERNATIVE = re.compile(
    r"\d[^，,。？?；;]{0,20}?(?:幾|几|多少|哪)[^？?]{0,8}[？?]\s*(?:那|那麼|那么|如果是|要是|若是)?\s*\d+(?:\.\d+)?\s*(?:分|%|％|趴)?\s*"
    r"(?:的話|的话)?\s*呢\s*[？?]?\s*$|"
    r"\d[^?]{0,30}?\?\s*(?:and|what\s+about|how\s+about)\s+(?:a\s+|an\s+)?\d+(?:\.\d+)?\s*(?:points?|%)?\s*\?\s*$", re.IGNORECASE)


def figure_alternative(q: Query) -> bool:
    """Does the question look up the rule's band for one figure and then for another put bare beside it
    (`FIGURE_ALTERNATIVE`), with no activity or sum of one's own?"""
    return bool(FIGURE_ALTERNATIVE.search(q.text)) and not PERSONAL.search(q.text) and not OWN_DONE.search(q.text) \
        and not OWN_SUM.search(q.text)
# "…各算多少", "how much does each get": the rule's rate for each kind named, when the question states no
# counts of its own ("去年年會 1 次、今年月會 4 次，各是多少" asks for the person's own figures).
# The items just said pointed back to before "each" is asked ("這兩個外科積分各多少", "這兩篇各幾分", "what are these two worth each"):
# one's own items, each valued — not the rule's rate of each role named bare (`ASKS_EACH`)
_THESE_EACH = re.compile(r"(?:這|这|那)\s*(?:兩|两|2|3|三|幾|几)\s*(?:個|个|篇|場|场|次|項|项|樣|样)[^，,。？?]{0,8}?(?:各|分別|分别)|"
                         r"\b(?:these|those|the)\s+(?:two|2|three|3)\b[^?.]{0,30}?\b(?:each|apiece)\b", re.IGNORECASE)
ASKS_EACH = re.compile(
    r"(?<![年次])(?:各|分別)\s*(?:可以|可|能|會)?(?:算|給|拿|得|抵|有|是|為|計)?\s*(?:多少|幾)|"
    r"\bworth\b.{0,12}\b(?:each|apiece)\b|\bhow (?:much|many \w+) (?:does|do|is|are) each\b|\beach (?:one )?get\b",
    re.IGNORECASE)
# The rule's limit ("上限是不是 600 案", "一年最多可以累積多少", "is there a yearly ceiling"), not the person's check
# against it ("有沒有超量", "are we over the cap").
ASKS_LIMIT = re.compile(
    # (the cap in other words: "有封頂嗎", "封顶多少", "天花板是多少")
    r"上限|封頂|封顶|天花板|有沒有.{0,6}限制|(?:每|一|1)\s*(?:個|个|位)?\s*(?:年|個月|月|天|日|人|篇|次|場|台|輛)\s*最多|"
    # the cap on items asked with no period ("最多能算几篇", "頂多認幾場", "至多可以申請多少篇"): the rule's cap on papers or talks,
    # beside one's own count ("投了五篇oral … 最多能算几篇") as "上限幾篇" is (`_ITEMS_CAP_ASKED`)
    r"(?:最多|頂多|顶多|至多)\s*(?:只)?(?:可以|能|可|只能|會|会)?\s*(?:算|認|认|採計|采计|採|采|申請|申请|登錄|登录|拿|報|报|給|给)\s*(?:幾|几|多少)\s*(?:篇|場|场|件)|"
    # the period said with where in it, or what is capped said between ("一年裡最多", "一年之內頂多", "1年論文最多", "每年外院的課
    # 最多", "一年当中最多"): the period's cap all the same
    # (a length bounded, "不到一個月的國外進修最多算幾分", is the case's, no period's cap)
    r"(?<!不到)(?<!未滿)(?<!未满)(?<!不滿)(?<!不满)(?<!少於)(?<!少于)(?<!超過)(?<!超过)(?<!不足)(?<!低於)(?<!低于)(?<!高於)(?<!高于)"
    r"(?:每|一|(?<![\d.])1)\s*(?:年|年度|個月|个月|月)\s*(?:裡|里|內|内|之內|之内|以內|以内|當中|当中|中|裡面|里面)?"
    r"\s*(?:的)?[^，,。？?；;！!\d\s]{0,8}?\s*(?:最多|頂多|顶多|至多|最高)|"
    # the period's cap with its summing said between ("一年加起來最多能認多少", "每年合計最多", "1年累積最多")
    r"(?:每|一|1)\s*(?:年|個月|个月|月)\s*(?:加起來|加起来|合計|合计|累積|累积|累計|累计|總共|总共|一共|總計|总计)\s*(?:最多|頂多|顶多)|"
    # (the summing said first: "加起來一年最多能認幾分", "合計每年最多", "總共一年頂多")
    r"(?:加起來|加起来|合計|合计|累積|累积|累計|累计|總共|总共|一共|總計|总计)\s*(?:每|一|1)\s*(?:年|個月|个月|月)\s*(?:最多|頂多|顶多)|"
    r"\b(?:ceiling|cap|limit|maximum)\b|\bthe\s+most\b[^?.]{0,40}?\b(?:per|a|each|in\s+(?:a|one|1|any|a\s+single))\s+(?:year|month)\b|"
    # "at most" said with the period ("in a year, at most", "at most per year", "max per year")
    r"\b(?:per|a|each|in\s+(?:a|one|1|any|a\s+single))\s+(?:year|month)\b[^?.]{0,20}?\bat\s+most\b|"
    r"\bat\s+most\b[^?.]{0,40}?\b(?:per|a|each|in\s+(?:a|one|1|any|a\s+single))\s+(?:year|month)\b|\bmax\s+(?:per|a|each)\s+(?:year|month)\b|"
    # the maximum said short, asked whether it exists ("is there a max on how many points …", "any max per year?")
    # (… the period said between, "is there a yearly max", "any annual max")
    r"\b(?:is|are)\s+there\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?max\b|\bany\s+(?:[\w-]+\s+)?max\b", re.IGNORECASE)
# A cap mentioned as heard, said not asked, after the question of one's own ("…外科學會那邊可以認幾分啊？聽說有上限", "what's my total?
# I heard there's a cap"): the person's own figure is asked, the cap only what the calculation applies to it.
LIMIT_HEARD_SAID = re.compile(
    r"(?:聽說|听说|據說|据说|好像|聽人說|听人说)[^，,。？?；;！!]{0,6}?(?:有)?(?:個|个)?(?:上限|封頂|封顶)(?:的樣子|的样子|的樣子|喔|哦|欸|耶|啦)?\s*(?:[。.！!~～…]+\s*)?$|"
    r"\bI\s+(?:heard|was\s+told|think)\s+there\s+is\s+(?:a|some)\s+(?:cap|limit|ceiling|max(?:imum)?)\b[^?]*$", re.IGNORECASE)
# Whether the rule sets a limit at all ("有上限嗎", "有沒有上限", "is there a maximum …", "does the van have a daily cap"): the rule's,
# even beside a figure of one's own ("Is there a monthly maximum? We did 480 in March"), unless a check of one's own is asked
# too (`OWN_CHECK`: "有超過嗎", "are we over").
LIMIT_EXISTS = re.compile(
    r"有(?:沒有|没有)?(?:[^，,。？?；;]{0,4})?(?:上限|限制|限額|限额|封頂|封顶|天花板)(?:嗎|吗|[？?]|呢)|(?:是否|有無|有无)(?:[^，,。？?；;]{0,4})?(?:上限|限制|限額|限额|封頂|封顶|天花板)|"
    r"\b(?:is|are)\s+there\s+(?:a|an|any)?\s*(?:[\w-]+\s+){0,4}?(?:maximum|max|limit|limits|cap|caps|ceiling|quota)\b|"
    r"\b(?:does|do)\s+(?:[\w-]+\s+){1,5}?have\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:maximum|max|limit|cap|ceiling|quota)\b",
    re.IGNORECASE)
OWN_CHECK = re.compile(r"\bis\s+\d[\d,.]*\s*(?:%|screenings?|cases?|exams?)?\s+(?:ok|okay|fine|alright|allowed|within (?:it|the (?:cap|limit)))\b|"
                       # ("…what's the monthly cap again, and is 480 ok?": one's own figure checked against the limit asked)
                       r"有沒有超|超量了|超過了嗎|有超過|超(?:過|量|標)?了(?:嗎|沒|沒有|吧|[?？])|還是超(?:過|量)?(?:了)?|爆量|"
                       r"超過.{0,4}上限|會不會超|是否超|夠不夠|夠嗎|還差|會被|"
                       # a consequence set off by one's own count ("會觸發抽片審查嗎", "does it trigger the spot review")
                       r"會(?:不會)?(?:觸發|觸及|啟動)|\b(?:trigger|triggers|triggered)\b|"
                       # the review's spot check asked of one's own ("會不會被抽片", "國健署會不會隨時來抽片審查")
                       r"會不會[^，,。？?]{0,10}?(?:抽片|抽查|抽審|來抽|被抽)|"
                       # (… or the review said coming for one's own count: "會不會隨時來抽片", "will HPA spot-check her films")
                       r"會不會(?:隨時|随时|馬上|马上|直接)?\s*(?:來|来|被)?\s*(?=抽片|抽查|審查|审查)|"
                       # a limit said broken, crossed or gone over ("any limit broken?", "破上限了嗎", "超出限额没")
                       r"(?:超出|超过|突破|破)(?:了)?(?:上限|限制|限額|限额|額度|额度)|爆表|破表|"
                       r"\b(?:limits?|caps?|ceilings?|quotas?)\b[^?.;]{0,30}\b(?:broken|breached|exceeded|crossed|blown|passed)\b|"
                       r"\b(?:break|broke|breach(?:ed)?|bust(?:ed)?|blow(?:n)?|blew|cross(?:ed)?|go(?:ne)?\s+over|went\s+over)\s+"
                       r"(?:the\s+|any\s+|a\s+|our\s+|my\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+)?(?:limits?|caps?|ceilings?|quotas?)\b|"
                       r"\b(?:over|under|within|below|above) (?:the |our |my |her |his |their )?(?:[\w-]+ ){0,3}(?:cap|limit|ceiling)|"
                       # one's own count past the rule's volume ("did we go over the reasonable volume", "are we above our volume")
                       r"\b(?:did|do|will|would|are|were|have|has)\s+(?:we|i|they|she|he|it|our\s+\w+)\s+(?:\w+\s+)?(?:go|gone|went|been|run|be)?\s*"
                       r"(?:over|above|past|beyond|under|below)\s+(?:the\s+|our\s+|my\s+|its\s+)?(?:reasonable\s+|annual\s+|yearly\s+|monthly\s+|allowed\s+)?volume\b|"
                       # one's own figure placed at the limit or past it ("at the cap or over?", "right at the limit or above",
                       # "hit the daily max or not", "剛好到上限還是超過", "卡在上限了嗎")
                       r"\b(?:at|on|hit(?:ting)?|reach(?:ed|ing)?)\s+(?:the\s+|our\s+|my\s+|her\s+|his\s+)?(?:[\w-]+\s+){0,2}?"
                       r"(?:limit|cap|ceiling|max(?:imum)?)\s+(?:or\s+(?:over|above|under|below|past|not)|yet)\b|"
                       r"\bat\s+or\s+(?:over|above|past|below|under)\b|"
                       # where one's own total stands ("where am I vs the 200", "where does that leave us", "我現在到哪了")
                       r"\bwhere\s+(?:am\s+i|are\s+we|do\s+i\s+stand|do\s+we\s+stand|does\s+(?:that|this)\s+leave\s+(?:me|us))\b|"
                       r"(?:到|達到|达到|卡在|踩在|碰到|摸到)(?:了)?(?:上限|限額|限额|最高)(?:了)?(?:嗎|吗|沒|没|還是|还是|或)|"
                       # one's own figure said still inside the limit, asked to be confirmed ("還在上限內吧", "都在限額以內嗎", "还在上限内吗")
                       r"(?:還|还|仍|都|有)?在\s*(?:每月|每月的|月|年度|年)?\s*(?:上限|限額|限额|額度|额度|合理量)\s*(?:以|之)?(?:內|内)\s*(?:吧|嗎|吗|嘛|沒|没|[?？])|"
                       # (… or the figure just said pointed back at: "12,000 mammo screens last year, is that above the maximum volume")
                       r"\bwill (?:they|i|we|he|she)\b|\b(?:are|am|is|was|were) (?:we|i|it|our|my|she|he|they|her|his|their|that|this)\b.{0,20}"
                       r"\b(?:over|above|under|within)\b|\bexceed(?:ed)?\b", re.IGNORECASE)
# One's own figures with the rule's cap applied to them ("what's counted after the cap", "credits once the cap is applied",
# "the capped total", "上限後算多少", "扣掉上限以後", "封頂後幾分"): the capped result is asked — a calculation where the person
# states their figures, never the cap alone quoted.
CAP_APPLIED = re.compile(r"\b(?:after|once|net\s+of|with)\s+(?:the\s+|its\s+|that\s+|a\s+)?(?:yearly\s+|annual\s+|paper\s+|\d+\s*-?\s*)?"
                         r"(?:cap|caps|ceiling|limit)s?\b(?:\s+(?:is\s+|are\s+)?applied)?|\bcapped\b|"
                         r"(?:套用|扣掉|扣除|算進|算进|考慮|考虑|算了|計入|计入)?(?:上限|封頂|封顶)(?:之後|之后|後|后|以後|以后)", re.IGNORECASE)
# A sum of the person's own ("總共", "in total") is a calculation even when a rate is asked beside it.
# (a total of one's own reckoned and offered to be checked, "各給30分所以是60對吧", "so that's 60, right?", is one too)
OWN_SUM = re.compile(r"總共|合計|加起來|一共|總分|累計(?:了)?多少|\btotal\b|\ball together\b|\baltogether\b|\bin all\b|" + RECKONED
                     + "|" + COME_TO, re.IGNORECASE)
# …unless the person also asks for a figure of their own ("要附什麼？我今年幾分？").
OWN_TOTAL = re.compile(r"幾分|多少分|還差|夠不夠|夠嗎|how many (?:credits|points)|\btotal\b|short of|enough", re.IGNORECASE)


# (最慢 is the everyday 最晚; how the deadline is counted, "期限怎麼算", asks it as much as "by when")
ASKS_BY_WHEN = re.compile(r"\bby when\b|\bby what (?:date|time)\b|\bno later than when\b|(?:什麼時候|何時|幾時|什么时候|何时|几时)(?:之)?前|"
                          # the deadline itself asked ("what's the deadline?", "when is their deadline", "期限是什麼時候")
                          r"\bwhat(?:'s|\s+is|\s+are)\s+(?:the|their|his|her|my|our|its)\s+(?:\w+\s+)?deadlines?\b|\bwhen(?:'s|\s+is)\s+(?:the|their|his|her|its)\s+deadline\b|"
                          r"(?:期限|截止日?|截止時間|截止时间)(?:是|在)?(?:什麼時候|何時|幾時|什么时候|何时|几时|哪天|哪一天)|"
                          r"最(?:晚|遲|迟|慢)(?:要|得|須|须|需)?(?:在)?(?:什麼時候|何時|幾時|什么时候|何时|几时|哪天)|"
                          r"(?:期限|截止日|截止時間|deadline)(?:要|是)?(?:怎麼|怎么|如何)(?:算|計算|计算|起算)|"
                          r"\bhow\s+(?:is|are)\s+(?:the|that|this|its)\s+deadlines?\s+(?:counted|calculated|worked\s+out|set)\b",
                          re.IGNORECASE)
DATE_TOOLS = frozenset({"hpa_followup_deadline", "renewal_window"})
# A duty put off to a later moment asked ("可以拖到那時候再去嗎", "能不能等下次審查再參加", "延到明年再考可以嗎", "can we just wait until
# the next review to go?", "could they postpone the seminar until then?"): whether the rule's deadline allows it — the rule's, like
# `ASKS_BY_WHEN` (never a date of one's own computed: the deadline tools take none of these duties).
POSTPONE_ASKED = re.compile(
    r"(?:拖|延|等|拖延|延後|延后|推|推遲|推迟|順延|顺延|留)(?:到|至)[^，,。？?；;]{0,12}?(?:再|才)(?:去|來|来)?(?:參加|参加|上課|上课|考|補|补|交|做|報名|报名)?"
    r"[^，,。？?；;]{0,4}?(?:嗎|吗|吧|嘛|可以|行|[?？])|"
    r"\b(?:can|could|may|is\s+it\s+ok(?:ay)?\s+(?:if|to)|is\s+it\s+fine\s+(?:if|to))\s+(?:i|we|they|he|she)?\s*(?:just\s+)?"
    r"(?:wait|hold\s+off|postpone|delay|defer|put\s+(?:it|this|that|them)\s+off)\b[^?.]{0,50}?\b(?:until|till|to)\b|"
    r"\b(?:postpone|delay|defer|put\s+off)\w*\b[^?.]{0,40}?\b(?:until|till)\b[^?.]{0,40}\?",
    re.IGNORECASE)


# How much a stated circumstance lowers the requirement ("駐外兩年，換證的積分要求可以少多少", "by how much is the
# requirement reduced"): the rule's reduction, which the renewal check gives only beside six yearly totals.
ASKS_REDUCTION = re.compile(
    # "換證那 600 分可以少一點嗎", "分數門檻會減嗎": the requirement (a threshold, or its figure) lowered
    # (the credits a renewal needs, "換照需要的積分可以少多少", are the requirement too)
    r"(?:要求|門檻|门槛|標準|标准|分數|分数|總分|总分|\d+\s*分|(?:需要|所需|需|要)的(?:積分|积分|學分|学分))[^，,。？?；;]{0,6}?(?:可以|可|能|會|会)?(?:少算|少扣|少|減少|减少|減免|减免|減|减|降低|降|"
    r"扣抵|扣減|扣减|折抵|扣|抵|打折)(?:掉)?(?:一點|一点|一些|點|点|低)?(?:嗎|吗|多少|幾|几)|"
    # the points a posting takes off asked, the posting or the requirement named before in the message ("醫療團派駐兩年…是扣多少分",
    # "離島那三年可以抵幾分", "展延門檻…扣掉幾分"): the requirement's reduction (第五條第十四款's 扣抵), points never a subsidy's share
    # (not "換證可以抵幾分": what an activity counts toward the renewal, no requirement lowered)
    r"(?:駐外|医疗团|醫療團|醫療隊|医疗队|派駐|派驻|派外|外派)[^。？?]{0,30}?(?:扣抵|折抵|扣減|扣减|扣除|扣|抵)(?:掉|除)?(?:多少|幾|几)\s*分|"
    r"(?:門檻|门槛)[^。？?]{0,30}?(?:扣抵|折抵|扣減|扣减|扣除|扣)(?:掉|除)?(?:多少|幾|几)\s*分|"
    # "少算嗎？少多少": the requirement named before, the asks after
    r"(?:要求|門檻|门槛|標準|标准|分數|分数|總分|总分)[^。？?]{0,10}?(?:少算|減免|减免|扣抵|折抵)(?:嗎|吗)|"
    r"要求(?:的)?(?:積分|學分|分數)?(?:可以|可|能|會|就)?(?:少|減少|減|降低|降|扣抵|扣減|抵)(?:掉)?(?:多少|幾)|"
    r"(?:可以|可|能|會)?(?:少|減)(?:掉)?(?:多少|幾)(?:分)?(?:的)?(?:積分|學分)?要求|"
    # the renewal's credits named, how much a posting takes off them asked ("專科換證積分可以抵多少", "展延的學分能折抵幾分")
    # (the certificate named between, "換外專證書積分可以少算多少"; whether at all, "展延要的學分能不能扣減")
    r"(?:換證|换证|展延|延展|換照|换照|(?:換|换)[^，,。？?；;\d]{1,6}?(?:證書|证书|執照|执照))(?:的|要的|需要的|所需的)?(?:積分|积分|學分|学分)"
    r"[^，,。？?；;\d]{0,4}?(?:(?:可以|可|能|會|会)?(?:抵|折抵|扣抵|扣減|扣减|少算|少|減少|减少|減免|减免|減|减)(?:掉)?(?:多少|幾|几|嗎|吗)|"
    r"(?:能不能|可不可以|可否|能否|是否|會不會|会不会)(?:抵|折抵|扣抵|扣減|扣减|扣|少算|少|減少|减少|減免|减免|減|减))|"
    # … or whether they are lowered, asked after what happens to them ("展延要的積分會怎麼處理？可以少一點嗎")
    r"(?:需要|所需|要)的(?:積分|积分|學分|学分)[^。]{0,16}?(?:可以|可|能|會|会)(?:少|減少|减少|減|减|打折)(?:掉)?(?:一點|一点|一些|點|点)?(?:嗎|吗)|"
    r"\b(?:reduce[sd]?|lower(?:s|ed)?|cut(?:s)?)\s+(?:the\s+|my\s+|our\s+)?(?:credit\s+|point\s+|renewal\s+)?requirements?\s+by\s+how\s+much|"
    # "how much of the renewal requirement does that take off", "how many credits does it knock off the requirement"
    r"\bhow\s+(?:much|many\s+(?:credits|points))\s+(?:(?:per|a|each|for\s+each)\s+(?:year|month)\s+)?(?:of\s+)?(?:the\s+|my\s+|our\s+)?(?:credit\s+|point\s+|renewal\s+)*"
    r"(?:requirements?\s+)?(?:does|do|would|will|can|could)\s+(?:that|this|it|they|a|an|the)\b[^?]{0,30}?"
    r"\b(?:take|knock|shave|cut|waive|remove|reduce|lower)\b|"
    r"\bhow\s+(?:much|many\s+(?:credits|points))\s+(?:less|fewer|lower)\b|\bby\s+how\s+much\b[^?]{0,40}\brequire|"
    # "does that lower the points I need to renew", "cut the credits we need", "reduce the number of points required"
    r"\b(?:lower|reduce|cut|decrease|shrink)s?\s+(?:the\s+|my\s+|our\s+)?(?:number\s+of\s+|total\s+)?(?:credits?|points?|hours?)\s+"
    r"(?:(?:i|we|you|one)\s+(?:need|must|have)|needed|required)|"
    # … the requirement said as what one needs ("can that time reduce what I need for renewal", "cut down the amount we need"):
    # the same requirement, named by a relative clause
    r"\b(?:lower|reduce|cut|decrease|shrink|shorten)s?(?:\s+down)?\s+(?:what|how\s+much|the\s+amount|the\s+total)\s+"
    r"(?:i|we|you|one)\s+(?:need|must\s+have|have\s+to\s+(?:get|earn|collect|have))\b|"
    # how a posting bears on the requirement ("how does that affect what I need for renewal", "does it change the renewal
    # requirement", "對換證要求有什麼影響", "会影响换证要的学分吗"): the requirement's reduction asked
    r"\b(?:affect|change|alter|impact)s?\s+(?:what\s+(?:i|we)\s+need\b|(?:the|my|our)\s+(?:[\w-]+\s+){0,3}?(?:requirements?|threshold)\b|"
    r"(?:the|my|our)?\s*(?:credits?|points?)\s+(?:i|we)\s+need\b)|"
    r"(?:影響|影响|改變|改变)[^，,。？?；;]{0,8}?(?:要求|門檻|门槛|所需|需要的|要的)(?:積分|积分|學分|学分)?|"
    r"(?:對|对)[^，,。？?；;]{0,12}?(?:要求|門檻|门槛|(?:需要|所需|要)的(?:積分|积分|學分|学分))[^，,。？?；;]{0,4}?有(?:什麼|什么|沒有|没有)?(?:影響|影响)",
    re.IGNORECASE)


# One's own renewal verdict asked ("am I ok to renew", "can I still renew", "我可以展延嗎", "能不能換證"): with the whole case read,
# a check of one's own (`asks_the_rule`, beside a reduction asked)
RENEWAL_VERDICT_ASKED = re.compile(
    r"\b(?:am\s+i|are\s+we)\s+(?:still\s+)?(?:ok|okay|good|fine|eligible|able|set|clear(?:ed)?)\s+(?:to|for)\s+(?:renew|renewal|extend|extension)\w*|"
    r"\b(?:can|could|may)\s+(?:i|we)\s+(?:still\s+)?(?:renew|extend)\b|\b(?:will|would)\s+(?:i|we)\s+(?:be\s+able\s+to\s+)?(?:renew|qualify)\b|"
    r"(?:我|我們|我们)?(?:可以|能|能不能|可不可以|可否|能否)\s*(?:順利)?(?:展延|延展|換證|换证)",
    re.IGNORECASE)


# Money cut from one's own subsidy or payment ("how much will they cut from our subsidy", "補助會扣多少"): the deduction computed,
# not the requirement reduced (`ASKS_REDUCTION`).
_DEDUCTED_MONEY = re.compile(r"subsid\w*|\bgrant\b|\bpayments?\b|\bdeduct\w*|補助|补助|扣款|經費|经费", re.IGNORECASE)


# Whether one's own total reaches the requirement ("我夠嗎", "還差多少", "is that enough"): a check of one's own figures, even
# beside the rule's reduction or exemption asked.
ENOUGH_ASKED = re.compile(r"夠嗎|够吗|夠不夠|够不够|夠了嗎|够了吗|還差|还差|\benough\b|\bshort\s+of\b|\bam\s+i\s+(?:still\s+)?short\b|"
                          # ("還要幾例", "还需要多少例", "還缺幾篇": how many more one's own count needs — its shortfall)
                          r"(?:還|还)(?:要|需要|需|得|缺|少)(?:再)?(?:做|累積|累积|補|补|拿)?\s*(?:幾|几|多少)\s*(?:例|個案|个案|篇|次|場|场|分)",
                          re.IGNORECASE)
# "enough to skip the case log", "夠不夠免附個案": the sufficiency asked is the exemption's own condition, no total of one's own.
ENOUGH_FOR_EXEMPTION = re.compile(r"\benough\s+(?:of\s+them\s+)?(?:for\s+(?:me|us)\s+)?to\s+(?=(?:skip|waive|bypass|avoid|get\s+out\s+of|do\s+without|be\s+exempt)\b)|"
                                  # the basis enough to apply with the proof left out ("is that enough to apply for the instructor cert
                                  # without listing my case log", "enough to qualify without the case numbers", "夠不夠不附個案數直接申請")
                                  r"\benough\s+(?:of\s+them\s+)?(?:for\s+(?:me|us|him|her)\s+)?to\s+(?=(?:apply|qualify|be\s+eligible|go\s+ahead)\b"
                                  r"[^?.]{0,60}?\b(?:without|w/o|instead\s+of)\b)|"
                                  r"(?:夠不夠|够不够|夠|够)(?:我|他|她)?(?=(?:直接)?(?:不附|不交|不用附|不用交|不必附|免附)|直接(?:申請|申请|送件))|"
                                  r"(?:夠不夠|够不够|夠|够)(?:我)?(?=(?:不用|不必|免|抵|代替|取代))", re.IGNORECASE)
# Whether something frees one from a requirement ("可以不交病例數直接申請嗎", "就不用附個案數了嗎", "免附", "does that let me skip the
# case numbers", "exempt me from the case count", "waive the cases"): the rule's exemption, not a figure of one's own.
ASKS_EXEMPTION = re.compile(
    r"(?:可以|能|可|就|才|是否|能否|可否)?(?:不用|不必|不需要?|免(?:除|去)?|不)(?:再)?(?:去)?(?:附|交|繳|缴|檢附|检附|提供|送|列|考|上|湊|凑|累積|累积|衝|冲|做滿|做满|收集)(?:上)?"
    r"[^，,。？?；;]{0,8}?(?:個案|个案|病例|案例|例數|例数|case|數|数|證明|证明|考試|考试|跑片)|"
    r"(?:可以|能|可|就|才)(?:免附|免交|免考|免除|豁免)|"
    # applying straight away on the strength of papers or talks ("发了两篇SCI，都是通讯作者，可以直接申请指导老师吗", "講了三次，
    # 能直接送件嗎"): whether they spare the case count (1.2), the path's rule — the proof named before the ask
    r"(?:SCI|文章|論文|论文|paper|演講|演讲|座長|座长|講師|讲师)[^？?]{0,30}?(?:可以|能|可|就)(?:直接)(?:提出)?(?:申請|申请|送件|送審|送审)|"
    r"\b(?:papers?|articles?|publications?|talks?|lectures?)\b[^?]{0,60}?\b(?:can|could|may)\s+(?:i|we|he|she)\s+(?:just\s+)?(?:apply|go\s+ahead\s+and\s+apply)\s+(?:directly|straight\s+away|right\s+away)\b|"
    # another proof standing in for the case count ("兩篇 SCI 能拿來代替病例數嗎", "可以抵個案數嗎", "use them in place of the cases")
    r"(?:代替|取代|替代|頂替|顶替|抵|抵掉|抵免|充當|充当|當作|当作)[^，,。？?；;]{0,6}?(?:個案|个案|病例|案例|例數|例数)|"
    r"\b(?:in\s+place\s+of|substitut\w*\s+for|replac\w*|stand\s+in\s+for)\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+)?(?:cases?|case\s+(?:numbers?|counts?|logs?|requirements?))\b|(?:跳過|跳过|略過|略过|省略|省掉)[^，,。？?；;]{0,6}?(?:個案|个案|病例|案例|例數|例数|case)|"
    r"\b(?:skip|waive|bypass|avoid|get\s+out\s+of|do\s+without)\s+(?:the\s+|my\s+|our\s+|a\s+)?(?:\w+\s+){0,2}?"
    r"(?:cases?|case\s+(?:numbers?|counts?|logs?|requirements?)|requirements?|exam|test|count)\b|"
    r"\bexempt\w*\s+(?:me|us|him|her|them|one)?\s*from\b|\b(?:without|w/o|instead\s+of)\s+(?:(?:submitting|listing|showing|sending|providing|"
    r"attaching|handing\s+in|turning\s+in|including)\s+)?(?:the\s+|my\s+|our\s+|his\s+|her\s+|a\s+|any\s+)?"
    r"(?:case\s+(?:numbers?|counts?|logs?|lists?|volumes?)|cases)\b|"
    # whether the case count is still needed ("do I need the case counts if …", "do we still have to submit the case log")
    r"\b(?:do|does|would|will)\s+(?:i|we|he|she|they)\s+(?:still\s+)?(?:need|have)\s+(?:to\s+(?:submit|attach|show|provide|list|"
    r"send|hand\s+in)\s+)?(?:the\s+|my\s+|our\s+|a\s+|any\s+)?case\s+(?:numbers?|counts?|logs?|lists?)\b|"
    r"\b(?:is|are)\s+(?:the\s+|my\s+|a\s+)?case\s+(?:numbers?|counts?|logs?)\s+(?:still\s+)?(?:needed|required|necessary)\b",
    re.IGNORECASE)


# What the rule allows, charges or covers, none of it a figure of one's own: several applications at once ("can I apply for more
# than one domain at once", "可以同時申請兩個領域嗎"), a replacement's fee ("how much is a replacement"), what the review looks at
# ("續審會不會看臨床影像", "does the review also check the monitors"), the requirement itself ("total pts needed to renew",
# "how many points are required").
ASKS_PROCEDURE = re.compile(
    # what the rule's result is made of, asked as an either / or ("do the grades come with follow-up measures, or is it just a
    # score?", "是有後續措施，還是只是分數？")
    r"\bcome\s+with\b[^?]{0,60}?\bor\s+(?:is\s+it\s+)?(?:just|only)\b|\bor\s+is\s+it\s+(?:just|only)\s+(?:a|an|the)\b|"
    r"(?:還是|还是)(?:只是|只有|就只是|單純|单纯)(?:一個|一个)?(?:分數|分数|成績|成绩|等級|等级|評等|评等)|"
    r"\b(?:more\s+than\s+(?:one|1)|several|multiple|two|2)\s+(?:[\w-]+\s+){0,3}?(?:at\s+(?:once|1\s+times?)|at\s+the\s+same\s+time|"
    r"simultaneously|together|in\s+(?:one|1|a\s+single)\s+application)\b|"
    r"(?:同時|同时|一次|一起)(?:申請|申请|送)(?:兩|两|2|多|幾|几)|"
    # two things named and whether they go in at once ("apply for embolization and ablation at the same time", "栓塞跟消融可以同時
    # 申請嗎", "is it one domain per application", "一次只能申請一個領域嗎"): the rule's procedure
    r"\b(?:apply|applying|submit\w*|file|filing)\s+(?:for\s+)?[^?.]{0,60}?\b(?:and|&|plus)\b[^?.]{0,40}?\b(?:at\s+(?:once|the\s+same\s+time)|"
    r"simultaneously|together|in\s+(?:one|1|a\s+single)\s+(?:go|application))\b|"
    r"\b(?:one|1|a\s+single)\s+(?:domain|field|area|category)\s+(?:per|each|an?|at\s+a)\s+(?:application|time|round)\b|"
    r"(?:跟|和|與|与|及|、)[^，,。？?]{0,8}?(?:可以|能|可不可以|能不能|可否)?(?:同時|同时|一起|一次)(?:申請|申请|送件|送审|送審|提出)|"
    r"(?:一次|每次)(?:只能|只可以|限)(?:申請|申请|送)(?:一|1)(?:個|个|項|项)|(?:兩|两|2|多|幾|几)(?:個|个|項|项)?(?:領域|领域|專長|专长)?(?:可以|能)?(?:同時|同时|一起)(?:申請|申请|送)|"
    r"\bhow\s+much\s+(?:is|does|for|would)\s+(?:a\s+|the\s+|it\s+(?:cost\s+)?(?:to\s+get\s+)?(?:a\s+)?)?(?:replacement|reissue|re-?issue|duplicate|new\s+copy)\b|"
    r"(?:會不會|会不会|會|会|要不要|是否|有沒有|有没有)(?:審|审|查|看|檢查|检查|評|评)(?:到)?[^，,。？?]{0,14}?(?:嗎|吗|[？?]|還是|还是)|"
    r"\b(?:does|do|will|would)\s+(?:the\s+)?(?:review|reviewers?|HPA|inspection|audit|they)\s+(?:also\s+)?"
    r"(?:look\s+at|check|examine|inspect|assess|cover)\b",
    re.IGNORECASE)
# The requirement itself asked in English ("total pts needed over the cert period", "how many points are required"): the rule's
# figure, even beside a date of one's own ("renewal due 2027").
ASKS_REQUIREMENT = re.compile(
    r"\b(?:total\s+)?(?:credits?|points?|pts)\s+(?:needed|required)\s+(?:over|for|to|in)\b|"
    # the requirement's total named as such ("the CME point total needed", "the total required over six years")
    r"\b(?:CME\s+)?(?:credits?|points?|pts|CME)?\s*(?:total|sum)\s+(?:(?:number\s+of\s+)?(?:credits?|points?|pts)\s+)?(?:needed|required)\b|"
    r"\bhow\s+many\s+(?:credits?|points?|pts)\s+(?:are\s+)?(?:needed|required)\b|"
    # the years or cases the rule requires ("how many yrs post boards do I need before applying", "要滿幾年才能申請")
    r"\bhow\s+many\s+(?:years?|yrs?|cases|procedures)\s+(?:\w+\s+){0,5}?(?:do|does|must|should)\s+(?:i|we|one|you)\s+(?:need|have)\b|"
    r"\bhow\s+many\s+(?:years?|yrs?|cases|procedures)\s+(?:are\s+)?(?:needed|required)\b|"
    r"(?:要|需要|須|须|得)(?:滿|满)?(?:幾|几|多少)\s*年(?:以上)?(?:才|才能|才可以)(?:申請|申请|考|送|夠|够|行|符合)|"
    # the rule's minimum named ("minimum years of experience for the instructor cert", "the minimum case count"), a requirement
    r"\b(?:the\s+)?(?:minimum|min\.)\s+(?:number\s+of\s+)?(?:years?|yrs?|cases|case\s+counts?|procedures|credits?|points?|pts)\b|"
    # (… its kind qualified before it: "the minimum post-board experience", "minimum specialist seniority", "min. clinical years")
    r"\b(?:the\s+)?(?:minimum|min\.)\s+(?:[\w-]+\s+){0,2}?(?:experience|seniority|years?|yrs?|tenure|practice|case\s+counts?|cases)\b|"
    r"(?:最少|至少|最低)(?:要|需要|須|须)?(?:幾|几|多少)\s*(?:年|例|分)|"
    # how many of a thing the rule has handed in ("how many images do I submit", "how many sets does each radiographer send",
    # "要交幾張", "自選片需要送幾組", "要準備幾份"): the rule's count, never a shortfall of one's own ("how many more", "還要交幾張")
    r"\bhow\s+many\s+(?!more\b)(?:[\w-]+\s+){0,2}?(?:images?|films?|sets?|views?|pictures?|cop(?:y|ies)|documents?|reprints?|"
    r"photos?|slides?|forms?)\s+(?:do|does|must|should|shall|would|will)\s+(?:i|we|one|you|they|he|she|each\s+[\w-]+|every\s+[\w-]+)\s+"
    r"(?:need\s+to\s+|have\s+to\s+|got\s+to\s+)?(?:submit|send(?:\s+in)?|hand\s+in|turn\s+in|provide|upload|pick|select|choose|"
    r"prepare|include|attach)\b|"
    r"\bhow\s+many\s+(?:[\w-]+\s+){0,2}?(?:images?|films?|sets?|views?|pictures?|cop(?:y|ies)|documents?)\s+(?:are|is)\s+"
    r"(?:submitted|required|needed|sent|handed\s+in)\b|"
    r"(?<![再還还差])(?:要|需要|須|须|得|該|该|應|应)(?:交|送|繳|缴|提供|上傳|上传|準備|准备|挑|選|选|附|檢附|检附)(?:出)?\s*(?:幾|几|多少)\s*"
    r"(?:張|张|組|组|份|片|套)|"
    # the cases the rule requires asked in Chinese ("要做滿幾例", "需要多少例", "得做到幾例才行", "case 數要幾例") — never the shortfall
    # of one's own ("還要幾例", "再做幾例")
    r"(?<![再還还差])(?:要|需要|須|须|得)(?:做|累積|累积|達到|达到)?(?:滿|满|到)?\s*(?:幾|几|多少)\s*(?:例|個案|个案|台|個case|个case)"
    r"(?!\s*(?:了|啦))", re.IGNORECASE)
# The requirement's total asked by name, no figure of one's own ("how many ablations in total for the instructor certificate?",
# "how many cases altogether to qualify", "總共要做幾例才能申請"): the rule's count, quoted — "total" here is the rule's sum, not
# one of one's own (`OWN_SUM`); with a count of one's own beside it ("我做了 120 例，總共要幾例") the shortfall is computed.
REQUIREMENT_TOTAL = re.compile(
    r"\bhow\s+many\s+(?!more\b)(?:[\w/-]+\s+){0,2}?(?:cases|procedures|ablations|emboli[sz]ations|stents|drainages|biopsies|"
    r"interventions)\s+(?:\w+\s+){0,2}?(?:in\s+total|total|altogether|overall|combined)\s+(?:are\s+|is\s+)?(?:needed\s+|required\s+)?"
    r"(?:for|to)\s+(?:the\s+|an?\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:cert\w*|instructor\w*|qualif\w*|application|eligib\w*|apply)\b|"
    r"\b(?:in\s+)?total\s+(?:number\s+of\s+)?(?:cases|procedures|ablations)\s+(?:needed|required)\b|"
    r"(?<![再還还差])(?:總共|总共|一共|合計|合计|加起來|加起来)(?:要|需要|須|须|得)(?:做)?(?:滿|满|到)?\s*(?:幾|几|多少)\s*(?:例|個案|个案)",
    re.IGNORECASE)
# Whether one condition alone meets the requirement ("cases alone enough?", "are the cases by themselves enough", "光有例數就夠
# 嗎", "只靠個案數就可以嗎"): which conditions the rule joins, asked — no sufficiency of one's own total.
ALONE_ENOUGH = re.compile(
    r"\b(?:[\w-]+\s+){1,2}?(?:alone|by\s+(?:itself|themselves)|on\s+(?:its|their)\s+own)\s+(?:(?:is|are|be)\s+)?enough\b|"
    r"\b(?:is|are)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:alone|by\s+(?:itself|themselves)|on\s+(?:its|their)\s+own)\s+enough\b|"
    r"\b(?:is|are|would)\s+(?:just|only)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:be\s+)?enough\b|"
    r"(?:光|只|單|单)(?:靠|有|憑|凭|看)?[^，,。？?；;\d]{1,8}?(?:就)?(?:夠|够|足夠|足够)(?:了)?(?:嗎|吗|[?？])",
    re.IGNORECASE)
# A period the rule sets ("六個月內", "within 3 months"): no figure of one's own.
PERIOD_BOUND = re.compile(r"\d+\s*(?:個月|个月|天|日|年|週|周|星期|禮拜|礼拜)\s*(?:內|内|以內|以内|之內|之内)|"
                          r"\bwithin\s+\d+\s*(?:months?|days?|weeks?|years?)\b", re.IGNORECASE)
# Two sessions attended at the one time ("同一時段簽了兩個課", "two sessions running at the same time", "parallel halls"): the
# rule against simultaneous attendance, not a sum.
ASKS_SIMULTANEOUS = re.compile(
    r"同一(?:個|个)?(?:時間|时间|時段|时段)|同(?:時段|时段)|(?:時間|时间|時段|时段)(?:重疊|重叠|衝突|冲突)|"
    r"\b(?:running|held|scheduled|happening|taking\s+place|that\s+run|that\s+are\s+held)\s+(?:at\s+the\s+same\s+time|simultaneously|concurrently|in\s+parallel)\b|"
    r"\bparallel\s+(?:halls?|sessions?|tracks?|rooms?)\b|\boverlapping\s+(?:sessions?|courses?|lectures?|times?)\b|"
    # two sessions said to overlap or clash ("two CME courses that overlap in time", "the talks clash", "I bounce between the
    # rooms", "兩堂課時間撞在一起", "两边跑来跑去")
    r"\b(?:courses?|sessions?|lectures?|meetings?|classes|talks|workshops?|seminars?)\s+(?:that\s+|which\s+)?(?:overlap|clash|conflict|coincide)\w*\b|"
    r"\boverlap\w*\s+(?:in\s+time|with\s+each\s+other|each\s+other|time-?wise)\b|\b(?:bounce|go(?:ing)?|run(?:ning)?|switch\w*|alternat\w*|hop\w*)\s+"
    r"(?:back\s+and\s+forth\s+)?between\s+(?:the\s+)?(?:two\s+)?(?:rooms|halls|sessions|courses|lectures)\b|\bdouble[- ]booked\b|"
    # (the same slot named: "signed in at two courses in the same time slot", "during the same hour", "同時簽到兩場")
    r"\b(?:in|at|during|for)\s+the\s+(?:very\s+|exact\s+)?same\s+(?:time[- ]?slots?|timeslots?|slots?|hours?|session\s+times?)\b|"
    r"同(?:時|时)(?:在)?(?:兩|两|二|2)?(?:場|场|個|个|邊|边)?(?:簽到|签到|報到|报到|簽名|签名)|"
    # (two sessions in two rooms, signed in at both: "two CME sessions in different rooms and I signed in at both", "兩個會場都簽到")
    r"\b(?:signed|sign(?:ing)?|checked|check(?:ing)?|logged|registered)\s+in\s+(?:at|to|for|on)\s+both\b|"
    r"\btwo\s+(?:[\w-]+\s+){0,2}?(?:sessions?|courses?|lectures?|talks|classes|workshops?)\s+(?:[\w-]+\s+){0,3}?in\s+(?:different|separate|two|other)\s+(?:rooms|halls|venues)\b|"
    r"(?:兩|两|二|2)\s*(?:個|个|間|间|邊|边)?(?:會場|会场|教室|場地|场地|廳|厅)[^，,。？?]{0,10}?(?:都|各)(?:有)?(?:簽|签|報到|报到|刷)|"
    r"(?:時間|时间)(?:上)?(?:撞|撞在一起|撞期|重疊|重叠)|撞期|(?:兩|两)(?:邊|边|間|间|個教室|个教室)(?:跑|輪流|轮流|來回|来回)|跑來跑去|跑来跑去|"
    # two different courses signed in to in one half-day or in two rooms ("同一個下午兩個不同的課都簽到了", "兩堂課都有刷到，
    # 一個在樓上一個在樓下", "signed in to two different sessions the same afternoon, one upstairs and one downstairs")
    r"同一?(?:個|个)?(?:下午|上午|早上|晚上|時段|时段)[^。？?]{0,24}?(?:兩|两|二|2)\s*(?:個|个|堂|場|场|門|门)[^。？?]{0,12}?都(?:有)?(?:簽|签|報到|报到|刷)|"
    r"(?:兩|两|二|2)\s*(?:個|个|堂|場|场|門|门)\s*不同的?[^。？?，,]{0,8}?都(?:有)?(?:簽|签|報到|报到|刷)|"
    r"不同的?[^。？?，,]{0,6}?(?:課|课|課程|课程)[^。？?]{0,8}?(?:兩|两|2)\s*(?:個|个|堂|場|场|門|门|邊|边)都(?:有)?(?:簽|签|報到|报到|刷)|"
    r"(?:一(?:個|个|堂|場|场)?)?在樓上[^。？?]{0,8}?在樓下|(?:一(?:個|个|堂|场)?)?在楼上[^。？?]{0,8}?在楼下|"
    r"\b(?:signed|checked|registered|logged|swiped)\s+in\s+(?:to|at|for)\s+(?:two|2)\s+(?:different\s+)?(?:[\w-]+\s+)?"
    r"(?:sessions?|courses?|lectures?|classes|talks|workshops?)\b[^.?!]{0,40}?\b(?:same\s+(?:afternoon|morning|evening|day)|upstairs|downstairs)\b|"
    r"\bone\s+(?:was\s+)?upstairs\b[^.?!]{0,20}?\bdownstairs\b",
    re.IGNORECASE)


# "差在哪" said after one's own figures ("我做了250例，專科15年，差在哪？"): where one's own case falls short of the rule — its
# verdict, not two cases compared ("RFA 跟 MWA 差在哪")
# (a sentence naming two things joined, "年會跟月會的積分差在哪", compares them)
SHORT_WHERE = re.compile(r"(?:^|[，,。；;？?！!\n])(?:(?![跟和與与及比]|\bvs\b)[^，,。；;？?！!\n])*(?:(?:差|缺|不夠|不够|不足)在哪|"
                         r"哪(?:裡|里|邊|边)(?:不夠|不够|不足|不符合?))")


# Two cases of the rule compared ("how much is that worth vs one that runs all afternoon", "a 90-minute one and a 3-hour one — same
# credits or different?", "跟兩天的年會比有差嗎", "一小時的和三小時的一樣嗎"): the rule's bands set side by side, not a sum of one's own.
ASKS_COMPARE = re.compile(
    # ("where am I vs the 200": one's own total against the requirement's figure, no second case)
    r"\b(?:vs\.?|versus)\s+(?:a|an|one|1|the|that|those|ones?)\b(?!\s*\d)|"
    # ("… how many credits is that vs. doing it at a domestic meeting": the same activity set beside another setting)
    r"\b(?:vs\.?|versus|compared\s+(?:to|with))\s+(?:doing|going|attending|giving|presenting|being)\b|\bcompared\s+(?:to|with)\s+(?:a|an|one|1|the|that|ones?)\b|"
    r"\bsame\s+(?:[\w-]+\s+){0,2}?or\s+(?:different|not|less|more)\b|\bor\s+(?:is\s+it\s+|are\s+they\s+)?(?:the\s+same|different)\b|"
    r"\b(?:is|are)\s+there\s+(?:a|any)\s+difference\b|\bdifferen(?:t|ce)\s+(?:between|in)\b|"
    # ("is a 1-day meeting different from a 2-day one", "does a half-day one differ from a full day")
    r"\b(?:differ(?:ent|s)?|any\s+different)\s+(?:from|than|to)\s+(?:a|an|one|1|the|that|those|ones?)\b(?!\s*\d+(?:\.\d+)?\s*(?:$|[^\d\s-]))|"
    # (… the rule's figure put in between: "跟單純去聽一樣都是20嗎", "一样都算 20 分吗")
    r"(?:一樣|一样|相同)(?:多)?(?:(?:都|也)?(?:是|算|給|给)\s*\d+(?:\.\d+)?\s*(?:分)?)?\s*(?:嗎|吗|還是|还是)|(?:有|會|会)(?:沒有|没有)?(?:差|不同|差別|差别)(?:嗎|吗|[？?])|有沒有差|有没有差|差在哪|"
    # one role or kind credited apart from another ("還是講者另外算？", "还是分开计", "演講者會另外加分嗎"): whether the rule counts
    # them apart, not a sum of one's own
    r"(?:還是|还是)[^，,。？?；;]{0,8}?(?:另外|另計|另计|分開|分开|額外|额外|另行)(?:再)?(?:算|計|计|加|給|给)|"
    r"\bthe\s+same\s+\d+(?:\.\d+)?\s+as\b|\bor\s+do\s+(?:the\s+)?(?:speakers?|presenters?|lecturers?|chairs?|moderators?|they|you)\s+"
    r"(?:get|earn|receive)\s+(?:extra|more|additional|something\s+extra|(?:it|them)\s+separately)\b|\bcounted\s+separately\b|"
    r"(?:還是|还是)(?:不一樣|不一样|不同)|哪(?:一)?(?:個|个|種|种)(?:分數|分数|積分|积分|學分|学分)?(?:比較|比较)?(?:多|高)",
    re.IGNORECASE)


# A deadline set beside another one ("期限一樣嗎", "最晚日期相同嗎", "same deadline?", "is the due date the same"): of a dated case of
# one's own, that case's deadline computed — the rule's periods compared only where no date is given.
DEADLINE_COMPARED = re.compile(
    r"(?:期限|期間|期间|時限|时限|截止日?|最晚(?:的)?(?:日期|那天|一天)?|完成日|追蹤時間|追踪时间)\s*(?:也|都|是不是|是否|會不會|会不会)?\s*(?:一樣|一样|相同|同一天)|"
    r"\bsame\s+(?:deadline|due\s+date|time\s+limit|cut-?off)\b|\b(?:deadline|due\s+date|time\s+limit|cut-?off)\s+(?:is\s+|be\s+)?(?:also\s+)?the\s+same\b",
    re.IGNORECASE)


# What follows a lapse ("what happens if I never apply", "如果忘了送展延會怎樣"), asked with no figure of one's own.
# The previous review said not to have required the seminar ("上次審查沒被要求過", "wasn't required last time"): a fact of one's
# own re-read case (the reading's `previously_required`), never a duty missed
_NOT_REQUIRED_SAID = re.compile(NOT_PREVIOUSLY_REQUIRED, re.IGNORECASE)
ASKS_LAPSE = re.compile(
    r"\b(?:what happens|what will happen|what if)\b[^?]{0,60}?\b(?:miss\w*|never|forg[eo]t\w*|fail\w*|don'?t|do not|"
    r"skip\w*|late|lapse\w*|expire\w*)\b|"
    r"(?:沒有?|未|忘了|忘記|錯過|逾期|過期|沒辦法|没办法|無法|无法|不能|趕不上|赶不上|來不及|来不及)[^？?。]{0,20}?"
    r"(?:會怎樣|會怎麼樣|會如何|怎麼辦|怎么办|(?:要|該|应|應|得)?(?:先)?(?:怎麼|怎么|如何)(?:處理|处理|做|辦|办)|會有什麼(?:後果|影響)?|"
    r"(?:會|会)(?:不會|不会)?被(?:取消|撤銷|撤销|註銷|注销|停權|停权|停止)[^，,。？?]{0,6}?(?:嗎|吗|[？?]))|"
    r"\b(?:can'?t|cannot|(?:won'?t|will\s+not)\s+be\s+able\s+to|unable\s+to)\b[^?]{0,60}?\bwhat\s+(?:should|do|can|must)\s+(?:i|we)\s+do\b|"
    # whether a late application is still taken ("is there any way to still apply late", "can I still renew after it expired",
    # "過期了還能展延嗎", "错过了还可以补申请吗"): the rule's grace, asked with no date of one's own
    r"\b(?:apply|renew|submit|file|send)\w*\s+(?:\w+\s+)?late\b|\blate\s+(?:application|renewal|submission|filing)s?\b|"
    r"\bstill\s+(?:apply|renew|submit|file)\b[^?]{0,40}?\b(?:after|past|late|missed|expired|lapsed)\b|"
    r"\b(?:missed|past|after)\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+){0,3}?(?:deadline|window|expiry|expiration)\b[^?]{0,60}?\b(?:still|any\s+way|late|can\s+i|can\s+we)\b|"
    r"(?:過期|过期|逾期|錯過|错过|超過期限|超过期限)(?:了)?[^？?。]{0,12}?(?:還能|还能|還可以|还可以|能不能|可不可以|可以補|可以补|能補|能补|補申請|补申请)|"
    # whether the renewal may wait until one is back from a posting ("can I just renew after I get back", "等回國再展延可以嗎",
    # "回来以后再换证行不行"): the rule's time limit for filing, asked with no date of one's own
    r"\b(?:renew|apply|file|submit)\w*\s+(?:\w+\s+){0,3}?(?:after|once|1\s+times|when)\s+(?:i|we|he|she|they)\s+(?:get\s+back|come\s+back|am\s+back|'m\s+back|return|returns)\b|"
    r"(?:回國|回国|回來|回来|回台|回臺)(?:之?後|之?后|以後|以后)?(?:再)[^，,。？?；;]{0,6}?(?:展延|延展|換證|换证|申請|申请|補辦|补办|辦理|办理)",
    re.IGNORECASE)


# How long a sanction of one's own case lasts, asked with whether it falls at all ("會被停權嗎？停多久", "will she be
# suspended, and for how long?"): the calculator's verdict gives both, so with figures of one's own it is no duration of
# the rule's. Its length alone ("…這次 17%，會停權多久？") takes the sanction as given: the rule's period is quoted.
SANCTION_LENGTH = re.compile(
    r"(?:停權|停止判讀|停判|停讀|暫停|停|扣)(?:權|掉|多少)?\s*(?:多久|多長|幾個月|幾天)|(?:多久|幾個月)(?:不能|不可以|不得)(?:判讀|判片|讀片)|"
    r"\bhow long\b[^?]{0,30}?\b(?:suspen\w*|ban\w*|barred|stop\w*\s+reading)|"
    r"\b(?:suspen\w*|ban\w*|barred)\b[^?]{0,20}?\b(?:for\s+)?how long\b", re.IGNORECASE)
VERDICT_ASKED = re.compile(
    r"會被[^，,。？?]{0,8}(?:嗎|吗|[？?])|會不會|是否(?:會|要)?(?:被)?(?:停|扣)|(?:停權|停止判讀|停判|扣款?)(?:了)?(?:嗎|吗|[？?])|"
    r"\b(?:will|would|is|are|am)\s+(?:she|he|i|we|they|it|dr\.?\s+\w+|the\s+\w+)\s+(?:be\s+|get\s+|going\s+to\s+be\s+)?"
    r"(?:suspended|banned|barred|stopped)\b|\b(?:suspended|banned|barred)\s*\?", re.IGNORECASE)


# Which of the person's figures the rule takes ("評等是看哪一組", "以哪一組的分數為準", "which one sets my grade"): the
# rule's choice, quoted, whatever the figures are — unless a figure of the person's own is asked beside it in another
# clause ("閱片系統要用哪個分數？整台幾等"). A bare 哪個 after results ("兩個都落在範圍裡，以哪個為準") names no figure of
# the person's: which result governs is the calculation's (the stricter).
ASKS_WHICH = re.compile(
    r"(?:看|取|採|采|用|以|算|按|依|拿|挑|選|选)(?:的是)?哪(?:一|個|个)?(?:(?:組|组|項|项|次|份|張|张)(?:的)?(?:分數|分数|成績|成绩)?|(?:個|个)?(?:的)?(?:分數|分数|成績|成绩))"
    r"(?:為準|为准|為主|为主|計算|计算|算|(?:來|来|去)?(?:評等|评等|評分|评分|評定|评定|打分|給等|给等|定等|算分|計分|计分|算))?(?:[?？阿啊呀呢嗎吗]|$)|"
    # which of two results the rule takes, asked as low or high ("取低的還是高的", "是看比較低的那組嗎"): the rule's choice
    r"(?:看|取|採|采|用|以|算|按|依|拿)(?:比較|比较|較|较)?(?:低|高)(?:的|分)(?:那(?:一)?(?:組|组|個|个))?(?:還是|还是|或是|或)(?:比較|比较|較|较)?(?:低|高)(?:的|分)|"
    r"哪(?:一|個|个)?(?:組|组|項|项)(?:分數|分数)?(?:才)?(?:為準|为准|算數|算数|才算|決定|决定|說了算|说了算)|"
    r"\bwhich\s+(?:one|set|score|of\s+(?:them|the\s+(?:two|2)|these|those))\s+(?:\w+\s+)?(?:counts?|decides?|sets?|determines?|applies|"
    r"is\s+used|gets\s+used|matters)\b|"
    # … asked of the grader ("which set do they grade on", "which one do they go by", "which score does the HPA use")
    r"\bwhich\s+(?:one|set|score|of\s+(?:them|the\s+(?:two|2)(?:\s+sets)?|these|those))\s+(?:do|does|will|would)\s+(?:they|you|we|the\s+\w+)\s+"
    r"(?:use|take|go\s+by|grade\s+(?:on|by)|base\s+\w+\s+on|count|pick)\b|"
    r"\b(?:the\s+)?(?:lower|higher|worse|better)\s+(?:one|set|score)?\s*or\s+the\s+(?:lower|higher|worse|better)\b", re.IGNORECASE)  # a bare "which counts" after results is like a bare 哪個
_CLAUSE = re.compile(r"[^，,。；;？?！!\n]+[？?！!]*")
# What two items of one's own come to, asked as what one gets "for both" ("what do I get for both?", "how much would I get for
# the two", "what do they give me for both"): their sum, no claim of one event twice (`ASKS_REPEAT`)
_VALUE_OF_BOTH = re.compile(r"\b(?:what|how\s+much|how\s+many(?:\s+(?:credits?|points?|pts|cme))?)\s+(?:do|does|did|would|will|can|could|should)\s+"
                            r"(?:i|we|he|she|they|you|it|that|those|these)\s+(?:\w+\s+){0,2}?(?:get|earn|give\s+me|come\s+to)\s+"
                            r"(?:for|from)\s+(?:both|the\s+two|all\s+(?:of\s+them|three|3))\b", re.IGNORECASE)
# The same activity or paper claimed again ("同一篇可以重複申請嗎", "兩個學會都報告可以算兩次嗎", "can I claim it twice",
# "double-count"): the rule against repeats, not a sum.
ASKS_REPEAT = re.compile(
    # two credits claimed for one event ("能不能既拿出國開會的30分又拿發表的分", "既算出席又算發表嗎", "can I get both the congress
    # points and the presentation points"): whether both are credited, the rule's
    r"既(?:能|可以|可|要|有)?(?:拿|算|領|领|得|申請|申请|計|计|認|认)[^，,。？?]{0,16}?又(?:能|可以|可|要|有)?(?:拿|算|領|领|得|申請|申请|計|计|認|认)|"
    r"\b(?:get|claim|earn|count|receive)\s+both\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:credits?|points?|cme)\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:credits?|points?|cme)\b|"
    r"重複(?:申請|申报|申報|計算|计算|認定|认定|採認|采认|給分|给分|計分|计分|算|拿|領|领)|重复(?:申请|计算|认定|算|拿)|"
    r"(?:算|拿|領|领|認|认|申請|申请|計|计)(?:兩|两|二|2)次|(?:兩|两|2)\s*次都(?:能|可以|可|會|会|要)?(?:申請|申请|算|拿|認定|认定|採認|采认|給分|给分)|(?:兩|两)(?:邊|边|個|个)(?:都|也)(?:算|拿|領|认|認|可以)|"
    r"\b(?:claim|count|credit|use|submit)(?:ed)?\s+(?:(?:credits?|points?)\s+)?(?:for\s+)?(?:it\s+|this\s+|that\s+|them\s+|the\s+same\s+\w+\s+)?(?:twice|(?:2|two)\s*times|again|both\s+times)\b|"
    r"\bdouble[- ]?(?:count|dip|claim)\w*|\bcount\s+(?:for\s+)?both\b|"
    # credit claimed for each of two showings ("can I claim credit for both", "get points for each of them")
    r"\b(?:claim|get|earn|receive|count)\s+(?:the\s+)?(?:credits?|points?|CME)?\s*(?:for|from)\s+(?:both|each\s+(?:of\s+(?:them|the\s+two)|one|time|meeting))\b|"
    # the same work shown more than once ("presented the same study at two different meetings", "同一篇研究在兩個學會報告")
    r"\bsame\s+(?:[\w-]+\s+){0,2}?(?:study|paper|talk|presentation|poster|abstract|lecture|work|data|case|article|research)\b[^?]{0,60}?\b(?:two|2|both|multiple|several|different|another|again)\b|"
    r"同(?:一|樣|样)?(?:篇|個|个|份|場|场)?(?:研究|論文|论文|報告|报告|摘要|題目|题目|海報|海报|文章|內容|内容)[^，,。？?]{0,20}?(?:兩|两|2|不同|多|另)(?:個|个|場|场|次|處|处)?|"
    # two people claiming the one item ("第一作者和報告的人兩個人都去申請", "一篇可以幾個人一起申請", "can both authors claim it")
    r"(?:兩|两|2|幾|几|多少)\s*(?:個|个|位|名)?\s*(?:人|作者)\s*(?:能不能|可不可以|可以|能)?\s*(?:都|也|一起|同時|同时|分別|分别)\s*(?:可以|能|可)?(?:去)?"
    r"(?:申請|申请|申報|申报|算|拿|領|领|報|报|認|认)|"
    r"\b(?:can|could|may|do|does|will)\s+(?:both|all|each)\s+(?:of\s+(?:us|them|the\s+\w+)\s+|(?:the\s+)?(?:authors?|people|presenters?)\s+)?"
    r"(?:\w+\s+){0,2}?(?:claim|apply|get|earn|receive)\b|\bhow\s+many\s+(?:people|authors|of\s+us)\s+(?:can|may|could)\s+(?:claim|apply|get)\b",
    re.IGNORECASE)


# Whether a kind of thing counts at all ("區域醫院進修可以算嗎", "算不算血管介入", "does a regional hospital count", "does it still
# count"), asked with no figure: the rule's yes / no on what qualifies, whatever facts of one's own surround it.
ASKS_COUNTS = re.compile(
    r"(?:可以|能|可不可以|能不能|還能|还能|還可以|还可以|也能|也可以|也|有|會|会)?算(?:嗎|吗|進去嗎|进去吗|在內嗎|在内吗)|算不算|認不認|认不认|"
    r"(?:可以|能|會|会)(?:被)?(?:採認|采认|認列|认列|承認|承认)(?:嗎|吗)|"
    # counted as the credits of a kind the rule names ("在區域醫院進修三個月，可以算國內進修的分嗎", "算國際會議的學分嗎") or as a
    # kind of the rule's places ("算國內進修嗎", "算是國外的嗎"): whether it qualifies, whatever figures of one's own surround it
    r"算(?:是|作|做|成)?[^，,。？?；;\d幾几多少]{1,12}?的(?:分|積分|积分|學分|学分)(?:嗎|吗)|"
    r"(?:算|算是|算作|算做|當作|当作|視為|视为)(?:國內|国内|國外|国外|國際|国际)[^，,。？?；;\d幾几多少]{0,8}?(?:嗎|吗)|"
    # counted as a kind the rule names ("能不能按國內進修算", "可以當作國外會議算嗎", "可否視為座長計分")
    r"(?:能不能|可不可以|可否|能否|可以|能|會不會|会不会)(?:被)?(?:按|照|按照|依|當作|当作|當成|当成|算作|視為|视为|以)[^，,。？?；;\d]{1,12}?(?:算|計|计|認定|认定|採認|采认)|"
    # (count the verb, ending the ask or leading to what it counts toward — not "the follow-up count", a noun; nor "so she
    # doesn't count?", the person's own reading of a fact they set aside, put for confirmation as "應該不算吧？" is)
    r"\b(?:do|does|would|will|could|can)\s+(?:[\w'’./-]+\s+){0,10}?(?<!the\s)(?<!a\s)(?<!-)(?<!case\s)(?<!cases\s)(?<!screening\s)(?<!procedure\s)(?<!not\s)(?:still\s+|also\s+)?count"
    # (… or joined to the value asked after it: "does ATLS count and how many credits?")
    r"(?=\s*(?:[?？.,;!—–]|$|(?:toward|towards|under|as|for|in|at\s+all|too|also|again|like)\b|and\s+(?:how|what|for\s+how)\b))|"
    r"\bcount\s+at\s+all\b|\bstill\s+count\b|"
    # a thing said to qualify ("does a fellowship at a regional hospital qualify for the training points?") — never the person
    # ("do I qualify for the instructor certificate", an eligibility of one's own)
    r"\b(?:do|does|would|will|could|can)\s+(?!i\b|we\b|you\b|they\b|he\b|she\b)[^?？.;!]{1,80}?\bqualif(?:y|ies)\s+(?:as|for|under|toward|towards)\b",
    re.IGNORECASE)
# Whether one may apply or claim at all ("這樣能申請嗎", "可以申請嗎", "can I claim it", "is it eligible to apply"), and how the rule
# scores it ("給分怎麼算", "積分如何計算", "how is it scored / credited")
MAY_APPLY = re.compile(r"(?:能|可以|可不可以|能不能|可否|能否)(?:提出)?(?:申請|申请|申報|申报|認定|认定)(?:嗎|吗|[?？])|"
                       r"\b(?:can|could|may)\s+(?:i|we|one)\s+(?:still\s+)?(?:apply|claim\s+(?:it|this|that))\b", re.IGNORECASE)
HOW_SCORED = re.compile(r"(?:給分|给分|積分|积分|分數|分数|學分|学分)?(?:要)?(?:怎麼|怎么|如何)(?:算|計算|计算|給分|给分|計分|计分|認定|认定)|"
                        r"\bhow\s+(?:is|are|would|will)\s+(?:it|that|this|they|those)\s+(?:be\s+)?(?:scored|credited|counted|calculated)\b",
                        re.IGNORECASE)
# How the rule grades or bands, asked as its method ("是怎麼評等的", "怎么分级的", "如何評分", "how are they graded", "how does the
# grading work"): the rule's table, quoted — unless scores of one's own are given (`states_figures`).
HOW_GRADED = re.compile(r"(?:是)?(?:怎麼|怎么|如何)(?:評等|评等|評分|评分|評定|评定|分級|分级|打分|給等|给等)(?:的)?|"
                        r"\bhow\s+(?:are|is|do\s+they|does\s+(?:the\s+)?\w+)\s+(?:\w+\s+){0,3}?(?:graded|scored|rated|banded|grade)\b|"
                        r"\bhow\s+does\s+the\s+(?:grading|scoring|rating)\s+work\b", re.IGNORECASE)
# One route of the rule taken by name ("走文章那條路", "走論文途徑申請", "用文章的方式申請", "go the paper route", "qualify through the
# publications path"): whether one's items meet that route's condition, which the rule states.
ASKS_PATH = re.compile(
    r"走[^，,。？?；;]{0,8}?(?:那條路|那条路|這條路|这条路|那條|那条|途徑|途径|管道|路線|路线|方案)|"
    r"(?:用|以|靠)(?:文章|論文|论文|SCI|發表|发表)[^，,。？?；;]{0,4}?(?:的)?(?:方式|途徑|途径|管道|那條路|那条路)|"
    r"\b(?:go|take|use|via|through)\s+(?:the\s+)?(?:\w+\s+)?(?:route|path|pathway|track)\b|"
    # whether one of the listed conditions suffices ("是不是符合其中一條就行", "只要滿足一項就可以嗎", "is meeting one of them
    # enough", "any one of the criteria"): the list's own rule (符合其中之一即可)
    r"(?:符合|滿足|满足|達到|达到|具備|具备|有)(?:其中)?(?:任)?(?:一|1)\s*(?:條|条|項|项|個|个|款|種|种)(?:條件|条件|資格|资格)?(?:就|即)(?:行|可|可以|好|夠|够|能)|"
    r"(?:其中|任)(?:一|1)(?:條|条|項|项|個|个|款)(?:就|即)(?:行|可|可以|好|夠|够)|"
    r"\b(?:meet(?:ing|s)?|satisf(?:y|ying|ies)|fulfil+(?:ing|s)?)\s+(?:just\s+|only\s+)?(?:one|any\s+one|1)\s+of\s+(?:them|these|those|the\s+[\w-]+)\b"
    r"(?:\s+(?:is|be)\s+(?:enough|sufficient|ok|fine)\b|\s+(?:enough|sufficient)\b)?|"
    r"\b(?:just|only)\s+(?:one|1)\s+of\s+(?:them|these|the\s+[\w-]+)\s+(?:is\s+)?(?:enough|needed|required|sufficient)\b", re.IGNORECASE)
# How to apply asked ("要怎麼申請", "申請流程是什麼", "how do I go about applying", "what's the process"): the rule's procedure —
# beside whether one's case counts at all ("見習兩個禮拜能算分嗎？要怎麼申請"), no figure asked, it is the rule's to say.
HOW_TO_APPLY = re.compile(
    r"(?:要|該|该|應|应|得|需要)?(?:怎麼|怎么|如何|怎樣|怎样)(?:去|來|来)?(?:提出)?(?:申請|申请|申報|申报|送件|辦理|办理|報|报)(?!\s*(?:幾|几|多少))|"
    r"申請(?:流程|程序|方式|手續|步驟)|申请(?:流程|程序|方式|手续|步骤)|"
    # (round 41: how such a case is handled, "要怎麼處理", "該如何處理", "how is that handled", "what's the procedure then")
    r"(?:要|該|该|應|应|得)?(?:怎麼|怎么|如何)(?:去)?(?:處理|处理)|"
    r"\bhow\s+(?:is|are|would|will)\s+(?:it|that|this|they|those|such\s+\w+)\s+(?:be\s+)?(?:handled|processed|dealt\s+with|reviewed)\b|"
    r"\bhow\s+(?:do|can|should|would|will)\s+(?:i|we|one)\s+(?:go\s+about\s+|then\s+)?(?:apply|applying|claim|claiming|submit|file|request)\b|"
    r"\bhow\s+to\s+(?:apply|claim|submit|file)\b|\bwhat\s+is\s+the\s+(?:application\s+|claim\s+)?(?:process|procedure|steps)\b", re.IGNORECASE)
# Whether one's case earns credit at all, said with 分 ("能算分嗎", "有分數嗎", "可以拿分嗎", "does it get any credit at all")
EARNS_AT_ALL = re.compile(r"(?:能|可以|可不可以|能不能|會|会|有沒有|有没有)?(?:算|給|给|拿|採|采|認|认)(?:積|积|學|学)?分(?:數|数)?(?:嗎|吗|[?？])|有(?:積|积|學|学)?分(?:數|数)?(?:嗎|吗)|"
                          r"\b(?:get|earn|receive|give)\s+(?:any\s+)?(?:credits?|points?|CME)\s+(?:at\s+all|for\s+(?:it|that|this))\b", re.IGNORECASE)
# ("哪幾類 / 哪几种 / 哪幾項" asks which kinds, no figure: "追蹤完成率是算哪幾類的個案？0 跟 3 也算嗎")
FIGURE_ASKED = re.compile(r"(?<!哪)(?:幾|几)|(?<=哪)(?:幾|几)(?!\s*(?:類|类|種|种|項|项|個|个|款|級|级|條|条|樣|样))|多少|哪天|哪一天|何時|何时|什麼時候|什么时候|\bwhen\b|\bwhat\s+date\b|\bdeadline\b|\bhow\s+(?:many|much)\b|\bworth\b|\btotal\b|總|总|合計|合计|夠|够|\benough\b|\bshort\b|"
                          r"\bgrade\b|等級|等级|\bper\s+(?:month|year|hour|time|paper)\b", re.IGNORECASE)
# Another case put beside the one stated, with no figure of its own ("如果那篇是 case report 呢", "要是我上台當講者呢", "what if it
# were a case report instead?"): two cases of the rule asked, not one calculation of the person's facts.
ASKS_ALTERNATIVE = re.compile(
    r"(?:如果|要是|假如|假設|假设|若是|萬一|万一)[^，,。？?；;\d]{0,30}?(?:呢|的話呢|的话呢)\s*[？?]?|"
    # (its mark left off at the message's end, "it's" written "its": "…how many points? and what if its just a case report")
    # (… joined to the ask before it, "how many points is that? and if it's only a case report?", "or if it were a case report?")
    r"(?:\bwhat\s+(?:if|about\s+if)|[?？]\s*(?:and|or|but)\s+(?:what\s+)?if)\s+(?:(?:it|that|this|the\s+\w+|i|we|she|he)\s*(?:is|was|were|'s|’s|had\s+been|am|are)|its|it'?s|i'?m)\b"
    r"[^?\d]{0,40}?(?:instead)?\s*(?:\?|$)", re.IGNORECASE)
# Something named bare after a figure asked, at the end ("…給幾分？一作跟通訊作者呢", "…how many points? and for first author?",
# "…最早什麼時候？最晚呢"): another kind the rule rates, or another figure of the same calculation — which, the reading says
# (`_other_kinds_asked`).
TRAILING_OTHER = re.compile(
    r"[？?]\s*(?:那|那麼|那么|而|至於|至于|另外)?[^，,。？?；;\d我幾几多少怎什麼么哪嗎吗算要會会有能可]{1,14}呢\s*[？?]?\s*$|"
    r"\?\s*(?:and\s+)?(?:what\s+about|how\s+about|and\s+for|and)\s+(?:the\s+|a\s+|an\s+)?[a-z][a-z\s-]{0,30}\?\s*$", re.IGNORECASE)


def _items(args: Any) -> int:
    """How many items (activities, papers, meetings) a call's arguments list."""
    return len(_list_items(args))


def _other_kinds_asked(q: Query, best: Extraction) -> bool:
    """Are the kinds named bare at the end (`TRAILING_OTHER`) read as items of the person's own — more items than the
    question reads without them ("SCI 我是二作，給幾分？一作跟通訊作者呢" read as three papers)? Then they ask the rule's rate for
    each kind, and no sum of items the person never said they had is computed. (Another figure of the same calculation, "最晚呢",
    "月上限呢", adds no item: the calculation answers it.)"""
    tail = TRAILING_OTHER.search(q.text)
    if q.followup is not None or tail is None or not _items(best.args):
        return False
    rest = candidates(Query(q.text[:tail.start() + 1], q.today))
    return not rest or _items(best.args) > _items(rest[0].args)


# Another item asked in turn after the value of one ("SCI case report 通訊作者可以抵幾分？另一篇 non-SCI 中間作者呢", "…how many
# points? and a non-SCI original where I'm a middle author?"): each item's value asked, one at a time — no sum.
IN_TURN = re.compile(r"[？?]\s*(?P<zh>[^？?]{1,40}?)呢\s*[？?]?\s*$|"
                     r"\?\s*(?:and\s+)?(?:what|how)\s+about\s+(?P<about>[^?]{1,80})\?\s*$|"
                     r"\?\s*and\s+(?:for\s+)?(?P<item>(?:a|an|the|my|one|1)\s+[^?]{1,80})\?\s*$", re.IGNORECASE)
# … unless the next one is added to the first ("那加上年會呢", "and together with the annual meeting?"): a sum asked
_ADDED = re.compile(r"加上|加起來|加起来|再加|一起|合計|合计|總共|总共|一共|\bplus\b|\btogether\b|\btotal\b|\bcombined\b|\bboth\b",
                    re.IGNORECASE)


def _values_in_turn(q: Query) -> bool:
    """Is a value asked of one item and then of another in turn (`IN_TURN`), no count of one's own but ones, no sum, no
    sufficiency and no check of one's own asked? Then each item's value is the rule's rate, quoted — a total and a shortfall
    of items never said to be all one has would answer what was not asked."""
    m = IN_TURN.search(q.text)
    if q.followup is not None or m is None:
        return False
    tail = next(g for g in m.groups() if g is not None)
    return (bool(VALUE_ASKED.search(q.text[:m.start() + 1])) and not _ADDED.search(tail) and _ones_only(q)
            and not OWN_SUM.search(q.cues) and not ENOUGH_ASKED.search(q.cues) and not _own_check(q))


OWN_HOW = re.compile(r"(?:這個|这个|這樣|这样|這些|这些|這段|这段|我的|我這|我这)(?:的)?(?:積分|积分|學分|学分|分數|分数)?(?:要|應該|应该)?"
                     r"(?:怎麼|怎么|如何)(?:算|計算|计算|給分|给分)|\bhow\s+(?:is|are|would|will|do)\s+(?:that|this|those|these|my)\b[^?]{0,20}?"
                     r"\b(?:counted|calculated|credited|worked\s+out)\b", re.IGNORECASE)


def _vague_blanked(text: str) -> str:
    """`text` with its vague counts of one's own ("幾次", "a few") blanked out: the 幾 in them asks nothing."""
    for phrase in find_vague(text):
        text = text.replace(phrase, " " * len(phrase))
    return text


def _which_only(q: Query) -> bool:
    """The question asks which of its figures the rule takes, and no figure of the person's own in another clause."""
    if not ASKS_WHICH.search(q.cues):
        return False
    rest = "".join(c.group(0) for c in _CLAUSE.finditer(q.text) if not ASKS_WHICH.search(c.group(0)))
    return not (CALC_CUES.search(rest) or OWN_FIGURE.search(rest) or OUTCOME_ASKED.search(rest))


# The rule's own figure asked in shapes the cue lists above miss (round 19, the rule's whatever facts surround it, but for the
# requirement before one may act):
# - the requirement before one may act ("how many yrs post-boards before I can be an instructor", "how many cases until we can
#   apply", "幾年後才可以申請") — not "how many more", one's own shortfall;
# - the earliest or latest moment the rule allows ("when's the earliest I can apply to renew", "the soonest we could file"),
#   no date of one's own to count from;
# - the rule's rate named as such ("what's the monthly rate for overseas training", "the per-hour credit") or asked of a kind
#   ("這種講習會算幾個學分", "這類課程給幾分");
# - the cap per person ("每個人最多可以申請幾篇", "一位最多幾篇").
# (the requirement before one may act is the rule's only with no figure of one's own: "專科十二年…130例，再多幾例才能申請" is a
# shortfall of one's own case)
REQUIREMENT_BEFORE = re.compile(
    r"\bhow\s+(?:many|much|long)\s+(?!more\b)(?:[\w-]+\s+){0,6}?(?:before|until|till)\s+(?:i|we|one|you|someone|they|he|she)\s+"
    r"(?:can|could|may|am\s+allowed|are\s+allowed|is\s+allowed|get\s+to|qualify|become|be\s+eligible)\b|"
    r"(?<![再還还差])(?<!還要)(?<!还要)(?<!還需)(?<!还需)(?<!還得)(?<!还得)(?:幾|几|多少)\s*(?:年|例|篇|個案|个案|分)(?:以上)?"
    r"(?:後|后|之後|之后|以後|以后)?\s*才(?:能|可以|可|有資格|有资格)(?:申請|申请|當|当|成為|成为|考|送)", re.IGNORECASE)
RULE_FIGURE_ASKED = re.compile(
    r"\b(?:the\s+)?(?:earliest|soonest)\s+(?:date\s+|day\s+|time\s+|point\s+)?(?:that\s+)?(?:i|we|one|you)\s+(?:can|could|may|am\s+allowed\s+to)\b|"
    # (the rate asked, "what's the monthly credit", "the hourly rate" — never one's own "yearly credits were 60, 50, …")
    r"\b(?:what(?:'s|\s+is|\s+are)|how\s+(?:much|many)\s+is)\s+the\s+(?:[\w-]+\s+){0,2}?(?:monthly|hourly|yearly|annual|"
    r"per[- ](?:month|hour|year|paper|session|meeting|case))\s+(?:credit\s+|point\s+)?(?:rate|allowance|credits?|points?|figure|amount)\b|"
    r"\b(?:monthly|hourly|per[- ](?:month|hour|paper|session|meeting|case))\s+(?:credit\s+|point\s+)?rates?\b|"
    r"\bwhat(?:'s|\s+is|\s+are)\s+the\s+(?:credit\s+|point\s+)?rates?\b|"
    r"(?:每|一)\s*(?:個|个|位|名)\s*(?:人|醫師|医师|會員|会员)?\s*最多|"
    # the threshold a consequence starts at ("at what monthly number can they pull the films", "from what volume does the
    # spot review kick in", "what count triggers it", "幾件以上就會抽片"): the rule's bound, even beside a figure of one's own
    r"\b(?:at|from|above|past|over)\s+what\s+(?:[\w-]+\s+){0,2}?(?:number|count|volume|level|figure|threshold|amount|total)\b|"
    r"\b(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:number|count|volume|level|figure|threshold)\s+(?:triggers|sets\s+off|starts|kicks\s+in)\b|"
    r"(?:超過|超过|達到|达到|到)?(?:多少|幾|几)\s*(?:案|件|張|张|支|人次)\s*(?:以上)?\s*(?:就|才)\s*(?:會|会|可以|可能|能)?\s*(?:被)?\s*(?:抽|審|审|扣)",
    re.IGNORECASE)
# What a kind of activity is worth, asked of the kind ("這種講習會算幾個學分", "這類課程給幾分") by someone who reports none of their
# own (`PERSONAL`: "我今年去了3場這種研討會算幾分" is one's own sum)
_CREDIT_FOR_THAT = (r"\bhow\s+(?:much|many)\s+(?:cme\s+)?(?:credits?|points?|pts|cme)\s+(?:(?:do|would|will|can|could)\s+(?:you|one|i|we)\s+"
                    r"(?:get|earn|claim)\s+|(?:is|would)\s+(?:there|it\s+be|that\s+be)\s+|(?:is\s+)?(?:given|awarded)\s+)?for\s+"
                    r"(?:that|it|this|one\s+like\s+that|something\s+like\s+that|such\s+an?\s+\w+)\b(?!\s+(?:for|to)\s+(?:me|us|him|her)\b)")
KIND_VALUE_ASKED = re.compile(
    r"(?:這種|这种|這類|这类|這樣的|这样的|此類|此类)[^，,。？?；;\d]{0,12}?(?:算|給|给|拿|有|抵|認定|认定|認|认|採計|采计|計|计)\s*(?:幾|几|多少)\s*(?:個|个)?\s*"
    r"(?:分|學分|学分|積分|积分|點|点)|"
    # (… or the kind named by the rule's bound, asked in turn: "這種認幾分？超過兩小時的又是幾分", "未滿一個月的呢，算多少分")
    r"(?:超過|超过|未滿|未满|不到|不足|少於|少于|多於|多于)\s*[^，,。？?；;]{0,8}?的\s*(?:又|則|则)?\s*(?:是|算|給|给|認|认|拿|可以拿|能拿)?\s*(?:幾|几|多少)\s*(?:個|个)?\s*"
    r"(?:分|學分|学分|積分|积分|點|点)|"
    # (the kind named after its description, "院外的講座，三個小時左右的那種，能拿幾個學分", "two-hour-ish ones, that kind")
    # (in English, the thing described before it: "a local symposium, about 3 hours — what's that worth?", "what would
    # one like that be worth in credits"; "what's it worth for me" is one's own, and `_kind_described` keeps out one's own
    # items said without a pronoun: "took a course …", "papers this year: 2 as first author …")
    r"(?i:\bwhat(?:'s|’s|s|\s+is|\s+would)\s+(?:that|it|this|one(?:\s+like\s+that)?|something\s+like\s+that|such\s+an?\s+\w+)\s+(?:be\s+)?worth\b(?!\s+(?:for|to)\s+(?:me|us|him|her)\b))|"
    # (… or its amount asked: "random local seminar, about an hour and a half long. how many pts is that worth")
    r"(?i:\bhow\s+(?:many|much)\s+(?:[\w-]+\s+){0,2}?(?:is|would)\s+(?:that|it|this)\s+(?:be\s+)?worth\b(?!\s+(?:for|to)\s+(?:me|us|him|her)\b))|"
    # (… or its credit asked "for that": "runs 3 days. how much credit for that?", "how many points would you get for one like
    # that" — `_CREDIT_FOR_THAT`; one's own items are kept out as for "worth", `_kind_described`)
    r"(?i:" + _CREDIT_FOR_THAT + r")|"
    r"的(?:那種|那种|那類|那类|這種|这种)\s*[，,、]?\s*(?:的)?[^，,。？?；;\d]{0,8}?(?:算|給|给|拿|有|抵|認定|认定)\s*(?:幾|几|多少)\s*(?:個|个)?\s*"
    r"(?:分|學分|学分|積分|积分|點|点)")
# What the society gives for a kind of activity, the society (or the rules) the giver ("外科學會那邊是給多少積分", "学会给几分",
# "how many credits does the TSA give for …", "what does the society award for …"): the rule's rate, asked of the kind — a
# rules question even beside the activity's length, when no count of one's own is said (`_lengths_only`, `PERSONAL`) and no
# item of one's own said without "I" ("got a paper accepted … how many points does TSA give for it?": `_OWN_EN`, computed)
SOCIETY_GIVES = re.compile(
    r"(?:外科)?(?:醫|医)?(?:學會|学会|本會|本会|規定|规定|辦法|办法)\s*(?:那邊|那边|那裡|那里|這邊|这边)?\s*(?:是|會|会|都|大概|一般|通常)?\s*"
    r"(?:給|给|核給|核给|算|認定|认定|採認|采认|承認|承认)\s*(?:多少|幾|几)\s*(?:個|个)?\s*(?:分|學分|学分|積分|积分|點|点)|"
    r"(?i:\b(?:what|how\s+many\s+(?:cme\s+)?(?:credits|points))\s+(?:does|do|would|will)\s+(?:the\s+)?"
    r"(?:tsa|society|surgical\s+society|surgery\s+society|surgeons'?\s+society|association|rules?|regulations?)\s+"
    r"(?:give|award|grant|allow|assign)\b)")
# The organiser said to hold it itself ("醫院自己辦的", "院內自辦"): the organiser's own, not the asker's (`PERSONAL` reads 自己)
_ORGANISER_SELF = re.compile(r"(?:醫院|医院|院內|院内|科內|科内|科部|學會|学会|單位|单位|主辦|主办|他們|他们)\s*自己")


def _lengths_only(q: Query) -> bool:
    """Is every figure of the question an activity's length ("一個半小時", "about 3 hours") or a one, with no date or year?"""
    return all(x.value == 1 or _LENGTH_AFTER.match(q.text, x.end) or _LENGTH_AFTER.search(q.text[x.start:x.end])
               for x in q.quantities) and not find_dates(q.text) and not find_years(q.text, q.today) \
        and not find_vague(q.text)


# Which documents the rule asks for, a document named ("do I need to attach a reprint", "is the reference enough or a copy
# too", "要附抽印本嗎", "影本就可以嗎"): the rule's, even beside "enough" (the document's, not one's own total).
ASKS_DOCUMENT = re.compile(
    r"\b(?:attach|enclose|include|submit|provide|send(?:\s+in)?|hand\s+in|upload)\s+(?:a|an|the|my|our|any)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:reprints?|offprints?|(?:photo)?cop(?:y|ies)|proof|certificates?\s+of\s+attendance|agenda|abstracts?|programmes?|documents?|"
    r"paperwork|receipts?|references?|pdfs?|scans?)\b"
    # (never the day one sends them, "will submit my documents on 20 Dec 2026": the application date, a fact of one's own)
    r"(?!\s+(?:in\s+)?(?:on|by)\b)|"
    r"\b(?:reprint|offprint|photocopy)\b[^?]{0,40}?\b(?:enough|required|needed|necessary|or)\b|"
    r"(?:附|檢附|检附|繳交|缴交|提供|交)(?:上)?(?:一份)?(?:抽印本|影本|複印本|复印本|證明|证明|全文|議程|议程|摘要)(?:嗎|吗|才|就|還是|还是|[?？])", re.IGNORECASE)
# … but the day the papers go in asked ("Earliest date I can send the renewal paperwork?", "when can I submit the documents",
# "how soon can we file the paperwork", "latest day to hand in the application"): when, not which papers — the window
# counted from one's own date (never "what paperwork do I send", `DOCUMENTS_ASKED`)
WHEN_TO_SEND = re.compile(
    r"\b(?:(?:(?:earliest|latest|soonest|first|last)(?:\s+(?:possible\s+)?(?:date|day|time))?|how\s+(?:soon|early|late)|by\s+when)\s+"
    r"(?:that\s+)?(?:(?:can|could|may|should|must|do|shall)\s+)?(?:i|we|one|you)?\s*(?:(?:can|could|may|should|must|have\s+to|need\s+to|am\s+allowed\s+to)\s+)?"
    r"|when\s+(?:can|could|may|should|must|do|shall)\s+(?:i|we|one|you)\s+)"
    r"(?:to\s+)?(?:send|submit|file|hand|mail|upload|turn|lodge)\b", re.IGNORECASE)
# The documents a claim needs asked ("要附什麼", "需要哪些證明", "交什麼資料", "what paperwork do I send", "what do I need to send in").
DOCUMENTS_ASKED = re.compile(
    r"附什麼|附什么|附哪些|要附|檢附|检附|交什麼|交什么|交哪些|(?:什麼|什么|哪些|哪種|哪种)(?:證明|证明|文件|資料|资料)|證明文件|证明文件|"
    r"(?:交|附|繳|缴|提供|提出|送)[^，,。？?；;]{0,8}?(?:證明|证明|文件|資料|资料)|"
    r"\b(?:what|which)\s+(?:documents?|proof|paperwork|forms?)\b|"
    r"\b(?:what|which)\s+(?:\w+\s+){0,2}?(?:do|should|must|shall|would)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?"
    r"(?:attach|enclose|include|submit|upload|send(?:\s+in)?|hand\s+in|provide|file)\b", re.IGNORECASE)
# One's own grade said before what follows from it ("a unit scores D", "if it gets a C", "拿到D"): the grade stands, the
# consequence is the rule's (`GRADE_REPORTED` keeps the past tense).
# (said in the past too: "came back graded C", "were rated B", "got a D")
GRADE_STATED = re.compile(r"\b(?:scores?|scored|gets?|got|receives?|received|(?:is|was|were|are|been)\s+(?:graded|rated)|graded|rated|"
                          r"(?:comes?|came)\s+back(?:\s+(?:as|at|with|graded|rated))?)\s+(?:an?\s+)?(?-i:[A-D])(?![A-Za-z])|"
                          # (the grade said as a thing that happened: "after a D grade", "since the D rating", "with a C grade")
                          r"\b(?:after|since|following|with|because\s+of|due\s+to)\s+(?:an?|the|that|this|its|our|their)\s+"
                          r"(?-i:[A-D])[- ](?:grade|rating|result)\b",
                          re.IGNORECASE)


_TECHNIQUE = re.compile(r"栓塞|消融|切片|引流|支架|血管|emboli|\bembos?\b|ablat|stent|biops|drain|vascular", re.IGNORECASE)


def _technique_named(text: str) -> bool:
    """Does the text name an interventional technique or an instructor domain (its count, or which domain, is then asked)?"""
    from calculators.vocab_tsir import DOMAIN_WORDS  # noqa: PLC0415 - the calculator's own technique names

    return bool(_TECHNIQUE.search(text)) or any(re.search(w, text, re.IGNORECASE) for w in DOMAIN_WORDS.values())


def _own_check(q: Query) -> bool:
    """Is a check of one's own asked (`OWN_CHECK`)? Only whether it is enough ("今年只去年會不知道夠不夠", "is that enough"), with no
    figure of one's own to check besides a year or a single one ("一次"), asks the rule's requirement, not a check."""
    checks = [m.group(0) for m in OWN_CHECK.finditer(q.text)]
    if not checks:
        return False
    only_enough = all(ENOUGH_ASKED.fullmatch(c) for c in checks)
    return not (only_enough and not _figures_besides_years(q) and not find_dates(q.text))


# The bar one must reach asked ("完成率要到多少趴才不會被扣", "分數要幾分以上才算 A", "what rate do we need to avoid a deduction",
# "how high does the score have to be for an A"): the rule's threshold — a hedge about one's own value said beside it ("今年好像
# 偏低") gives no figure to check and does not turn it into one's own calculation.
THRESHOLD_ASKED = re.compile(
    r"(?:要|需|得|須)(?:到|達到|达到|做到|有|拿到|低於|低于|高於|高于|超過|超过|少於|少于)?(?:多少|幾|几)(?:趴|%|％|分|成|個百分點|个百分点)?(?:以上|以下)?(?:才|就)(?:不會|不会|不用|不|能|可以|算|會|会)|"
    r"(?:多少|幾|几)(?:趴|%|％|分|成)?(?:以上|以下)(?:才|就)?(?:不會|不会|不用|不|能|可以|算|會|会)|"
    r"(?:達標|达标|及格)(?:線|线|門檻|门槛|標準|标准)?(?:是|為|为)?(?:多少|幾|几)|"
    r"\bwhat\s+(?:\w+\s+){0,3}?(?:rate|score|percentage|level)\s+(?:do|does|would|must)\s+(?:we|i|you|they|it)\s+(?:need|have)\s+to\s+"
    r"(?:reach|hit|get|avoid|stay|keep|pass|be)|"
    r"\bhow\s+(?:high|low)\s+(?:does|do|must|should)\s+(?:\w+\s+){0,3}?(?:need|have)\s+to\s+be\b",
    re.IGNORECASE)


# Whether one patient's case counts as completed follow-up ("確診但拒絕開刀，還能算我們追蹤完成嗎？該怎麼辦", "算追踪完成的个案吗"):
# the rule's ruling on the case (無手術者…得俟理由合理性), whatever else is asked beside it — no rate to compute
CASE_COUNTED_DONE = re.compile(r"算(?:是|作|做|成|為|为)?\s*(?:我們|我们|我方|本院|醫院|医院)?(?:的)?\s*(?:追蹤|追踪)\s*完成"
                               r"(?:的)?\s*(?:個案|个案|案|數|数)?\s*(?:嗎|吗|[?？])")


# A count of one added to another count of one's own before it ("月會4次＋年會1次是幾分", "月會 3 次、國際會議 1 次是多少",
# "月會3次，國際醫學會1次是多少分"; never "月會去了3次，一次是幾分", the rate asked of the one named): "1次是幾分" is then one item of a sum of one's own, not the rule's rate for one (the English
# shape: `_NO_SECOND_ITEM`)
_COUNT_ADDED_BEFORE = re.compile(r"\d+(?:\.\d+)?\s*(?:次|场|場|篇|個月|个月|小時|小时|天|例|堂)\s*[^，,。？?；;\d]{0,3}?"
                                 r"(?:[＋+、和跟及與与]|加上?|再加上?|還有|还有|以及|外加)\s*[^，,。？?；;\d]{0,10}$"
                                 # (after a comma only a count of events: "fellowship 6個月，外科學會1個月算幾分" asks the rate)
                                 r"|\d+\s*(?:次|场|場|篇)\s*[，,]\s*(?:另外|還有|还有|再|也)?\s*[^，,。？?；;\d\s]{2,10}$")


# A line of a list ending on a count ("- 4hr 的 2 場", "• 2 小時 3 場"): the lines of a list are its items, one after another
_LINE_ENDS_COUNTED = re.compile(r"\d+(?:\.\d+)?\s*(?:次|场|場|篇|個月|个月|小時|小时|鐘頭|钟头|天|例|堂|趟)\s*$")


def _last_line_of_list(cues: str, m: re.Match[str]) -> bool:
    """The count of one asked after is the last line of a list ("- 4hr 的 2 場\n- 3.5 小時 1 場\n可以算多少"): the ask,
    on a line of its own, is of the whole list (its sum), not of the one's rate."""
    if "\n" not in m.group(0):
        return False
    lines = cues[:m.start()].split("\n")
    return len(lines) >= 2 and _LINE_ENDS_COUNTED.search(lines[-2]) is not None


def _asks_rate(cues: str) -> bool:
    """`ASKS_RATE` asked, other than of a count of one added to another count of one's own (after it in a sentence, or the
    last line of a list of counted lines)."""
    for m in ASKS_RATE.finditer(cues):
        head = cues[:m.start()]
        if m.group(0)[:1] in "1一" and (_COUNT_ADDED_BEFORE.search(head[max(0, head.rfind("？"), head.rfind("?"), head.rfind("。")) + 1:])
                                        or _last_line_of_list(cues, m)):
            continue
        return True
    return False


# A grade letter asked as what something counts as ("does an average of exactly 360 count as an A", "count as B or C")
COUNTS_AS_GRADE = re.compile(r"\bcounts?\s+as\s+(?:an?\s+)?(?<![A-Za-z])(?-i:[A-D])(?![A-Za-z])", re.IGNORECASE)


# The requirement's figure asked by its name ("門檻是幾例", "門檻是多少", "门槛是几篇", "the case threshold is how many", "what's the
# threshold"): the rule's number, whatever count of one's own stands beside it
THRESHOLD_NAMED = re.compile(r"(?:門檻|门槛)\s*(?:是|為|为|要|有)?\s*(?:幾|几|多少)\s*(?:例|個案|个案|篇|次|分|年|台)?|"
                             r"\bwhat(?:'s|’s|\s+is)\s+the\s+(?:[\w-]+\s+){0,3}?(?:threshold|cut-?off|minimum|requirement)\b|"
                             r"\b(?:threshold|cut-?off|minimum)\s+(?:is\s+)?how\s+many\b", re.IGNORECASE)
# The requirement's figure asked with its unit ("要放射專科拿到幾年以上", "需要幾年", "至少要幾例", "要滿多少分", "how many years do you
# need", "how many cases are required"): the unit named is what one's own figure is compared in.
REQUIREMENT_UNIT_ASKED = re.compile(
    r"(?<![再還还差])(?:要|需要|須|须|需|得|至少|最少|起碼|起码)(?:[^，,。？?；;\d]{0,12}?)(?:幾|几|多少)\s*(?P<zh>年|例|篇|分|次)(?:以上)?|"
    r"\bhow\s+many\s+(?P<en>years?|yrs?|cases|papers|points|credits)\b(?!\s+(?:more|left)\b)[^?.]{0,40}?"
    r"\b(?:(?:do|does|must|should)\s+(?:i|we|one|you|they|he|she|(?:an?|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:need|have)|(?:are|is)\s+(?:needed|required)|"
    r"(?:do|does)\s+it\s+take)\b", re.IGNORECASE)
_UNIT_OF = {"年": "年", "例": "例", "篇": "篇", "分": "分", "次": "次", "year": "年", "years": "年", "yr": "年", "yrs": "年",
            "cases": "例", "papers": "篇", "points": "分", "credits": "分"}
_UNIT_AFTER = {"年": r"\s*(?:年|years?|yrs?)", "例": r"\s*(?:例|個案|个案|cases?)", "篇": r"\s*(?:篇|papers?)",
               "分": r"\s*(?:分|點|点|points?|credits?|pts)", "次": r"\s*(?:次|times?)"}


def _one_figure_against_requirement(q: Query) -> bool:
    """Is the requirement's years asked (`REQUIREMENT_UNIT_ASKED`) and is the question's one figure of its own a figure in
    years, its sufficiency asked (`ENOUGH_ASKED`: "六年 夠不夠", "is 6 enough")? Nothing else of one's own stated
    (no second figure, date or vague count, no sum asked): the rule's figure is the answer."""
    if q.followup is not None or not ENOUGH_ASKED.search(q.cues) or OWN_SUM.search(q.cues) or find_dates(q.text) \
            or find_vague(q.text):
        return False
    m = REQUIREMENT_UNIT_ASKED.search(q.cues)
    if m is None:
        return False
    unit = _UNIT_OF[(m.group("zh") or m.group("en")).lower()]
    # (only years: a domain's case count of one's own, "消融做了150例，要做滿幾例？夠不夠", leaves one fact of the check missing —
    # the years, asked back and the verdict computed (evals/cases/ask_rulesask37.yaml); one's years alone leave the domain and
    # its cases both unsaid, so the rule's figure is what answers)
    if unit != "年":
        return False
    figures = [x for x in q.quantities if x.value != 1 and not _is_label(q, x.start, x.end)
               and not event_year(q.text, x.start, x.end) and not m.start() <= x.start < m.end()]
    # (the figure's span may hold its unit: "6年")
    return len(figures) == 1 and re.match(rf"[^\d]*[\d.,]+{_UNIT_AFTER[unit]}", q.text[figures[0].start:figures[0].end + 8],
                                          re.IGNORECASE) is not None


# "加一加", "加起來" said of one's own count ("RFA 跟微波加一加大概 150 例"): how the figure was made, no total asked
_SUMMED_SAID = re.compile(r"加一加|加起(?:來|来)(?=\s*(?:大概|約|约|差不多|快|將近|将近)?\s*\d)")


# "how much / how many credits" just before a "does X count" (the value asked with count's verb, no yes / no of its own)
_HOW_MUCH_BEFORE = re.compile(r"\bhow\s+(?:much|many)(?:\s+(?:credits?|points?|pts|cme))?\s*$", re.IGNORECASE)


def asks_the_rule(q: Query, dated: bool = False, full_case: bool = False, own_filled: bool = False,
                  own_complete: bool = False, own_pending: bool = False, own_items: bool = False) -> bool:
    """The question asks what the rule says even though it states facts of its own: the rule's rate for
    one unit or its limit (unless a sum or a check of one's own is asked too), documents, who, where, or a
    duration with no date to count from (SPEC §3: routing by what is asked). `full_case`: the reading holds every fact
    of the person's own case that its verdict needs (complete, three facts or more) — whether an exemption frees them
    is then their own verdict, computed. `own_complete`: the best reading holds every fact its calculation needs (a duty's
    force asked of one's whole case, "45% and 5% — recommended or required?", is the computed verdict's to say).
    `own_filled`: a figure of the person's own fills a calculation (`own_fills`) —
    the rule's limit named beside it ("篩了 498 支，還在上限內吧") is what the calculation checks it against, not the question.
    `own_pending`: the reading holds two facts of the person's own case or more and still asks one ("腫瘤栓塞 150 例、專科 20 年，
    SCI 3 篇其中 1 篇二作，可以走 SCI 那條嗎": the other two's authorship) — a path or an exemption asked of it is their own verdict,
    the missing fact asked for. `own_items`: the reading holds two facts of the person's own or more, whole (items and their
    counts) — a limit quoted with its figure beside them is the one their total is counted under (`_total_past_quoted_cap`)."""
    if q.followup is not None:
        return False
    # the requirement's total asked with no figure of one's own ("how many ablations in total for the instructor certificate?")
    if REQUIREMENT_TOTAL.search(q.cues) and not states_figures(q) and not ENOUGH_ASKED.search(q.cues):
        return True
    # every figure the rule's own, quoted ("國際會議在台北開也算30分嗎？會被每年30分那個上限卡住嗎", "does it still count as 30, and
    # is it under the 30-a-year cap?"): whether the item counts, at what value, or is capped is asked — no sum, sufficiency or
    # asked beside it ("會被…上限卡住嗎" checks no figure of one's own: there is none)
    if rule_figures_only(q) and not OWN_SUM.search(q.cues) and not ENOUGH_ASKED.search(q.cues) and not OWN_DONE.search(q.text):
        return True
    # the requirement's own figure asked by name ("消融的指導老師門檻是幾例", "门槛是多少例", "what's the case threshold for …") beside
    # a count of one's own that leaves the calculation short of facts ("我 RFA 跟微波大概 150 例"): the rule's figure is what is
    # asked — quoted, not withheld behind a question back; with the whole case given the verdict states it (and the shortfall)
    if THRESHOLD_NAMED.search(q.cues) and not own_complete and not own_pending and not ENOUGH_ASKED.search(q.cues) \
            and not OWN_SUM.search(_without(_SUMMED_SAID, q.cues)) and not OWN_CHECK.search(q.cues):
        return True
    # the requirement's figure asked ("當指導老師要放射專科拿到幾年以上", "how many years do you need") and one figure of one's own in
    # its unit checked against it ("學弟拿證六年 夠不夠", "I'm at 6 — enough?"), the calculation's other facts not given: the rule's
    # figure answers, quoted — the person compares (`_one_figure_against_requirement`)
    if not own_complete and not own_pending and _one_figure_against_requirement(q):
        return True
    # the score a grade takes asked, a bare score's grade beside it as its example, no one's own ("品管實測要幾分才是A？假體影像
    # 分析75分是哪一等", "what score gets an A? and 75 would be which grade?"): the grade table answers both
    if GRADE_THRESHOLD_ASKED.search(q.cues) and (GRADE_OF.search(q.cues) or BAND_OF_SCORE.search(q.cues)) \
            and not PERSONAL.search(q.cues) and not OWN_SUM.search(q.cues):
        return True
    # … or asked alone, no figure of anyone's stated ("what self-selected score gets us a B?", "要幾分才是A"): the grade table
    # answers, there is nothing to compute or ask back
    if GRADE_THRESHOLD_ASKED.search(q.cues) and not states_figures(q) and not OWN_SUM.search(q.cues):
        return True
    # where the document says it ("評等跟輔導措施寫在哪一段", "which section covers the van audit", "都有寫嗎"): a place in the
    # rules, whatever figures stand beside it (never a figure of one's own computed)
    if WHERE_WRITTEN.search(q.cues) and not OWN_SUM.search(q.cues):
        return True
    # a figure heard of, put for confirmation ("heard it's around 550?", "聽說是 550 案左右？"), no one's own beside it: the rule's
    # figure asked, the heard one only its guess (never a score or count of one's own to compute)
    # (… never a deduction of one's own asked beside a figure of one's own, "聽說今年完成率沒達標，補助 300 萬，會被扣多少": what was
    # heard is the case's fact, the amount computed or its rate asked for — `STRONG_CALC`)
    if HEARD_FIGURE.search(q.cues) and not PERSONAL.search(_without(HEARD_CLAIM, q.cues)) and not OWN_SUM.search(q.cues) \
            and not STRONG_CALC.search(q.cues) \
            and not ENOUGH_ASKED.search(q.cues) and not full_case and not dated:  # (with one's own case, "民國55年3月2日生，預計
        return True                                             # 115年6月1日送…聽說滿60就終身？他算嗎", the verdict is computed)
    # the grade of a score range asked ("70 到 76 分是幾等", "what grade is 340-359"), or of a score beside a band of the table put for
    # confirmation ("78分算幾等？70以下是D對吧"), no one's own: a row of the grade table, read off it
    if (SCORE_RANGE.search(q.cues) or BAND_PUT.search(q.cues)) and (GRADE_OF.search(q.cues) or BAND_OF_SCORE.search(q.cues)) \
            and not PERSONAL.search(q.cues) and not OWN_SUM.search(q.cues):
        return True
    # (whether one's own dated case qualifies, "民國55年3月1日生、115年3月1日申請，算不算可以申請終身的", is the calculation's verdict)
    # (… nor whether all of one's own count, each at a value guessed: "4篇可以全算嗎？各10分？" — `ALL_COUNT` below)
    # (… nor whether one's own scores, given whole, count as a grade: "two sets got 338 and 342 — does an average of exactly
    # 340 count as B or C?", "兩組 338、342，平均 340 算 B 嗎": the grade computed from them is the answer)
    # (… nor whether one's own whole case, its figure said, earns anything at all: "did a 3 wk observership in Germany last yr,
    # does that count for anything?" — what it gives is asked, `ANY_VALUE_ASKED`)
    if ASKS_COUNTS.search(q.cues) and not FIGURE_ASKED.search(q.cues) and not OWN_CHECK.search(q.cues) and not OWN_SUM.search(q.cues) \
            and not dated and not (ALL_COUNT.search(q.cues) and EACH_VALUE_GUESSED.search(q.cues)) \
            and not (ANY_VALUE_ASKED.search(q.cues) and own_complete and states_figures(q) and not bounds_only(q)) \
            and not (own_complete and (GRADE_ASKED.search(q.cues) or COUNTS_AS_GRADE.search(q.cues)) and states_figures(q)) \
            and not (full_case and PERSONAL.search(q.cues) and states_figures(q) and not bounds_only(q)):
        # (… nor whether one's own whole case, three facts or more of one's own, counts: "I'm only 4 years out of boards with 50
        # PTA/stent cases, but I've chaired 2 sessions and lectured once … That's 3 — does it count?" — the verdict computed)
        return True
    if CASE_COUNTED_DONE.search(q.cues) and not states_figures(q) and not OWN_SUM.search(q.cues):
        return True
    # whether a kind counts and what it is worth, asked together with no figure of one's own and no reading of the case whole
    # ("does ATLS count and how many credits? did the provider course last spring", "ATLS算不算？算幾分？"): the rule's yes / no and
    # its rate — never a question back for facts of a course the words did not describe (a count said, "ATLS 上了兩次，算不算？
    # 幾分", or the reading whole, is computed)
    # (whether it counts asked as a yes / no of its own — not "how much does that count for TSA", the value alone, which asks
    # back the facts of one's own meeting)
    if (counted := ASKS_COUNTS.search(q.cues)) and not _HOW_MUCH_BEFORE.search(q.cues[:counted.start()]) \
            and VALUE_ASKED.search(q.cues) and not states_figures(q) and not own_complete \
            and not own_pending and not OWN_SUM.search(q.cues) and not ENOUGH_ASKED.search(q.cues):
        return True
    # whether such a case may be applied for at all and how it is scored ("只有三個禮拜，這樣能申請嗎？給分怎麼算", "can I still claim it,
    # and how is it credited?"), no figure asked: the rule's condition and method, quoted
    if MAY_APPLY.search(q.cues) and HOW_SCORED.search(q.cues) and not FIGURE_ASKED.search(q.cues) and not OWN_SUM.search(q.cues):
        return True
    # (the same with how to apply: "見習兩個禮拜，不到一個月這樣能算分嗎？要怎麼申請", "can I claim it, and how do I apply?")
    if (MAY_APPLY.search(q.cues) or EARNS_AT_ALL.search(q.cues) or ASKS_COUNTS.search(q.cues)) and HOW_TO_APPLY.search(q.cues) \
            and not FIGURE_ASKED.search(q.cues) and not OWN_SUM.search(q.cues):
        return True
    # whether one's items open a path of the rule ("兩篇二作能走文章那條路嗎", "can I go the publications route"): the path's condition
    # (asked beside one's whole case, "50 例、專科 11 年、SCI 一作 1 篇、演講 2 次，能走免附個案那條嗎", it is a check of one's own, computed)
    if ASKS_PATH.search(q.cues) and not FIGURE_ASKED.search(_without(ASKS_PATH, q.cues)) and not OWN_SUM.search(q.cues) \
            and not full_case and not own_pending:
        return True
    # (… never the deadline supposed missed beside one's own dated window, "證書到 116年6月30日，最晚哪天？如果真的來不及呢": no
    # alternative figure — the window's late end, computed, answers it)
    if ASKS_ALTERNATIVE.search(q.cues) and not OWN_SUM.search(q.cues) \
            and not (dated and all(DEADLINE_MISSED.search(m.group(0)) for m in ASKS_ALTERNATIVE.finditer(q.cues))):
        return True
    # whether the rule's figure still holds for a case the question names ("病例報告還是 50 分嗎", "is a case report still
    # worth the full 50?"): the rule's figure checked, not a sum of one's own
    if STILL_THE_FIGURE.search(q.text) and not OWN_SUM.search(q.cues) and not OWN_DONE.search(q.text):
        return True
    # whether a rule also reaches a kind of facility or unit ("巡迴車的完成率沒達標，也會被扣款嗎", "do the vans get docked too?"),
    # no figure of one's own: whom the rule covers, yes or no (`FACILITY_ALSO`) — its amount is not asked
    if FACILITY_ALSO.search(q.cues) and not states_figures(q) and not OWN_SUM.search(q.cues) and not STRONG_CALC.search(q.cues) \
            and not FIGURE_ASKED.search(_without(FACILITY_ALSO, q.cues)):
        return True
    # a rule heard of, put for confirmation ("聽說離島的積分可以加倍？是真的嗎", "I heard island doctors get double — is that
    # true?"), no figure, sum or sufficiency asked: whether the rule says so (a figure of one's own beside it, 上班三年, is the
    # story, not a fact of a calculation)
    if HEARD_CLAIM.search(q.cues) and CONFIRMATION_ASKED.search(q.cues) and not FIGURE_ASKED.search(q.cues) \
            and not OWN_SUM.search(q.cues) and not ENOUGH_ASKED.search(q.cues):
        return True
    # the force of a duty asked ("is attending required or only recommended?", "是強制的還是只是建議") with one's case not
    # whole (one rate of two): the rule's wording answers for the row the figure given puts the person in
    if DUTY_FORCE_ASKED.search(q.cues) and not own_complete and not OWN_SUM.search(q.cues) and not OWN_TOTAL.search(q.cues):
        return True
    # a doctor described by the figure, one of the kind the rule has a row for ("陽性個案複判差異55%的醫生，後面要做什麼", "差異17%的醫師
    # 按規定要做什麼"), no one's own named and the case not whole (one rate of two): the rule's row for such a doctor, quoted —
    # not a question back for a rate of a doctor no one has
    if HOLDER_BY_FIGURE.search(q.cues) and not own_complete and not PERSONAL.search(q.cues) and not THIRD_PERSON.search(q.cues) \
            and not OWN_SUM.search(q.cues) and not OWN_TOTAL.search(q.cues):
        return True
    # how a standing lost is regained, and whether all of one's items count: the rule's procedure and limit
    if ASKS_REGAIN.search(q.cues) and not states_figures(q):
        return True
    if THRESHOLD_ASKED.search(q.cues) and not states_figures(q):
        return True
    # how the kind of case described is handled ("出国进修两周，不满一个月，这种怎么处理"), no figure of one's own asked besides it
    # (… with the kind's maximum asked too, "這種怎麼處理？最多給多少": the rule's most for the kind, quoted — `KIND_MAX`)
    if KIND_HANDLING.search(q.cues) and not FIGURE_ASKED.search(_without(KIND_MAX, _without(KIND_HANDLING, q.cues))) \
            and not OWN_SUM.search(q.cues):
        return True
    # what the figure is computed from asked, no figure of one's own to compute it with ("医院一年筛检量有没有超标，国健署是按什么来算
    # 的？", "are we over? what's it based on?"): the method is the answer, whatever check of one's own stands beside it
    if COMPUTED_FROM.search(q.cues) and not states_figures(q) and not find_vague(q.text) and not vague_amount(q.text):
        return True
    # (with its value asked too, "可以全部算嗎？幾分", the figure is one's own total; so with the value each guessed, "4篇可以全算
    # 嗎？各10分？", "do all 4 count, 10 each?": what the items come to is asked)
    if ALL_COUNT.search(q.cues) and not OWN_SUM.search(q.cues) and not ENOUGH_ASKED.search(q.cues) \
            and not VALUE_ASKED.search(q.cues) and not EACH_VALUE_GUESSED.search(q.cues):
        return True
    # (a sum said in a statement before the ask, "積分加起來應該很多，但聽說有上限？一年最多幾分", is no sum asked: `asked_clauses`)
    # (the cap on items asked, "發表了5篇poster，上限幾篇？", is the rule's beside one's count: `_ITEMS_CAP_ASKED`)
    if (_asks_rate(q.cues) or (ASKS_LIMIT.search(_without(LIMIT_HEARD_SAID, q.cues)) and (not own_filled or LIMIT_EXISTS.search(q.cues)
                                                             or (_ITEMS_CAP_ASKED.search(asked_clauses(q.cues))
                                                                 and _rule_cap_asked(q))))
            or (ASKS_EACH.search(q.cues) and not states_figures(q) and not (own_items and _THESE_EACH.search(q.cues)))) \
            and not OWN_SUM.search(_without(ASKS_LIMIT, asked_clauses(q.cues))) and not _own_check(q) \
            and not (CAP_APPLIED.search(q.cues) and states_figures(q)) \
            and not (full_case and _counted_items_asked(q, _without(ASKS_LIMIT, q.cues))) \
            and not (own_items and _LISTED_COUNT.search(q.text) and not ASKS_LIMIT.search(q.cues)) \
            and not (own_items and _total_past_quoted_cap(q)) \
            and not (own_items and _own_total_beside_cap(q)):  # ("一年加起來最多": the cap's own sum)
        # (items of one's own listed one after another, each with its count — "國際會議1次、專科醫學會年會1次，各幾分": their
        # credits, never a rate)
        return True
    if (ASKS_REPEAT.search(_without(_VALUE_OF_BOTH, q.cues)) or _which_only(q)) and not OWN_SUM.search(q.cues):
        return True
    if TWO_CASES.search(q.text) and not PERSONAL.search(q.text) and not OWN_DONE.search(q.text) and not OWN_SUM.search(q.text):
        return True
    if figure_alternative(q) or _values_in_turn(q):
        return True
    # two categories asked, no figure or date of one's own besides them ("BI-RADS 3 幾個月？那 0 呢", "cat 3 … and for 0?"): the
    # rule's table for each, quoted — a calculation takes one category
    if _categories_only(q) and not find_dates(q.text) and not dated:
        return True
    # (the requirement named in the ask, "總分可以少算多少", is no sum of one's own)
    # (… nor beside one's whole renewal case, its verdict asked too — "posted 18 months; credits per yr 80, 60, …; does that
    # reduce what I need, and am I ok to renew?": the check computes the reduced requirement and the verdict)
    if ASKS_REDUCTION.search(q.cues) and not OWN_SUM.search(_without(ASKS_REDUCTION, q.cues)) \
            and not ENOUGH_ASKED.search(q.cues) and not _DEDUCTED_MONEY.search(q.cues) \
            and not (own_items and RENEWAL_VERDICT_ASKED.search(q.cues)):
        return True
    # (an exemption asked beside one's whole case, "座長 2 次、演講 1 次；個案 100 例、年資 5 年，能免附個案數嗎", is a check of
    # one's own: the verdict says whether the lectures free them; asked with only the exemption's basis, "兩篇 SCI 能代替病例數嗎",
    # it is the rule's)
    if ASKS_EXEMPTION.search(q.cues) and not OWN_SUM.search(q.cues) and not ENOUGH_ASKED.search(_without(ENOUGH_FOR_EXEMPTION, q.cues)) \
            and not full_case and not own_pending:
        return True
    # (a lapse said with a vague amount only, "missed it by a couple of weeks", states no figure of one's own)
    # ("上次審查沒被要求過，這次會有什麼處分": the previous review's requirement said of one's own case, no lapse — `_NOT_REQUIRED_SAID`)
    if ASKS_LAPSE.search(_without(_NOT_REQUIRED_SAID, q.cues)) and (not states_figures(q) or _periods_only(q)
                                      or (not find_dates(q.text) and all(x.value == 1 for x in q.quantities))):
        return True
    # (whether one's own count is enough, said beside it with no count of one's own, "case數不知道夠不夠", "not sure my case count
    # is enough", asks the requirement itself: the person compares — `_own_check`)
    if ASKS_REQUIREMENT.search(q.cues) and not OWN_SUM.search(_without(ASKS_REQUIREMENT, q.cues)) \
            and not (ENOUGH_ASKED.search(_without(ALONE_ENOUGH, q.cues)) and (states_figures(q) or find_vague(q.text))) \
            and not _figures_besides_years(q):
        return True
    # what the rule allows or covers, asked with no figure of one's own: two things at once, the fee of a replacement, what
    # the review looks at, the requirement's total
    if ASKS_PROCEDURE.search(q.cues) and not states_figures(q) and not OWN_SUM.search(q.cues):
        return True
    # how the rule grades, asked with no score of one's own ("實地測試各項是怎麼評等的", "how are the QC items graded")
    if HOW_GRADED.search(q.cues) and not states_figures(q) and not OWN_SUM.search(q.cues) and not GRADE_ASKED.search(q.cues):
        return True
    if ASKS_SIMULTANEOUS.search(q.cues) and not OWN_SUM.search(q.cues) and not ENOUGH_ASKED.search(q.cues):
        return True
    # (a date of one's own beside it, "expires 2027-08-31 — the earliest I can apply?", is what the window is counted from)
    rule_figure = (RULE_FIGURE_ASKED.search(q.cues) or (REQUIREMENT_BEFORE.search(q.cues) and not _exact_figures(q))
                   or (KIND_VALUE_ASKED.search(q.cues) and not PERSONAL.search(q.cues) and _kind_described(q)
                       and not _weeks_or_months(q))
                   or (SOCIETY_GIVES.search(q.cues) and not PERSONAL.search(_without(_ORGANISER_SELF, q.cues))
                       and not _OWN_EN.search(q.cues) and not OWN_DONE.search(q.text) and _lengths_only(q))
                   or (KIND_VALUE_ASKED.search(q.cues) and _one_thing_with_its_length(q)))
    if ((rule_figure and not find_dates(q.text) and not dated)
            or ASKS_DOCUMENT.search(q.cues) and not (WHEN_TO_SEND.search(q.cues) and not DOCUMENTS_ASKED.search(q.cues))) \
            and not OWN_SUM.search(q.cues) \
            and not OWN_CHECK.search(q.cues) \
            and not VALUE_ASKED.search(_without(SOCIETY_GIVES, _without(KIND_VALUE_ASKED, _without(REQUIREMENT_BEFORE,
                                                                                                 _without(RULE_FIGURE_ASKED, q.cues))))):
        return True
    # (the grade of one's own figures asked beside the comparison, "352 vs the other set 366 — what grade", is computed)
    # (… nor one's own dated case's deadline set beside another's, "同一天另一位是4類，期限一樣嗎", "is her due date the same?":
    # the case's own deadline, computed from its date — `DEADLINE_COMPARED`)
    if ASKS_COMPARE.search(q.cues) and not OWN_SUM.search(q.cues) and not ENOUGH_ASKED.search(q.cues) \
            and not (DEADLINE_COMPARED.search(q.cues) and (dated or bool(find_dates(q.text)))) \
            and not (SHORT_WHERE.search(q.cues) and PERSONAL.search(q.cues) and re.search(r"\d", q.text)) \
            and not GRADE_OF.search(q.cues) and not OUTCOME_ASKED.search(q.cues) and not OWN_FIGURE_ASKED.search(q.cues):
        return True
    # the value of one item asked beside the documents that claim it ("went to the ACS congress — how many credits is that, and
    # what do I send in?", "月會一次幾分？要附什麼"): the rule's rate and its documents, quoted; no count of one's own but ones,
    # no sum or sufficiency asked (a list of one's own with its total asked, "月會 3 次、年會 1 次，總共幾分？要附什麼", is computed)
    if DOCUMENTS_ASKED.search(q.cues) and VALUE_ASKED.search(q.cues) and _ones_only(q) \
            and not OWN_SUM.search(q.cues) and not ENOUGH_ASKED.search(q.cues):
        return True
    if OWN_TOTAL.search(q.cues):
        return False
    # (the proof an exemption spares, "免交個案數證明", is no document asked for when the whole case is given)
    # (who must act on one's own full case, "品管五項分數…要誰去上什麼課", is the verdict's: it names who attends what)
    if ASKS_RULE_ONLY.search(_without(WHO_ACTS, _without(ASKS_EXEMPTION, q.cues)) if full_case else q.cues):
        return True
    # (the verdict asked apart from the length: "how long is he suspended" asks only the length; "will she be suspended, and
    # for how long" asks both)
    # (a verdict's words that hold the length itself, "會被停權多久啊？", ask only the length — unless the person's whole case is
    # given, both rates and the previous review, "陽性 52%、陰性 8%，上次已被要求…會被停多久": the verdict computed states it)
    lengths = [m.span() for m in SANCTION_LENGTH.finditer(q.text)]
    if lengths and states_figures(q) and any(not any(a <= v.start() < b or (not full_case and v.start() <= a < b <= v.end())
                                                     for a, b in lengths)
                                             for v in VERDICT_ASKED.finditer(q.text)):
        return False
    # a duration asked with a day of one's own ("要多久內確診？最後期限幾號", "…到哪天？"): the day is computed, from the date
    # given (read by the calculation: `dated`) or asked for
    return (bool(ASKS_DURATION.search(q.cues)) and not find_dates(q.text) and not dated
            and not ASKS_OWN_DAY.search(q.cues))


# A kind of facility or unit our review names or may be asked of (the mammography van, a clinic, a branch) …
_FACILITY_KIND = (r"(?:巡迴車|巡回车|乳攝車|乳摄车|篩檢車|筛检车|行動車|行动车|巡迴篩檢|巡回筛检|巡迴|巡回|診所|诊所|基層院所|基层院所|衛生所|卫生所|"
                  r"分院|醫學中心|医学中心|區域醫院|区域医院|地區醫院|地区医院)")
_FACILITY_KIND_EN = (r"(?:mobile\s+(?:mammo(?:graphy)?\s+)?(?:units?|vans?|screening\s+(?:units?|vans?))|(?:mammo(?:graphy)?\s+|screening\s+)?vans?|"
                     r"(?:the\s+)?bus(?:es)?|clinics?|satellite\s+(?:sites?|units?)|branch\s+(?:hospitals?|sites?)|medical\s+centers?)")
# … said to fall under the rule too ("巡迴車…沒達標，也會被扣款嗎", "乳攝車也要做實地測試嗎", "診所也適用嗎", "do the vans get docked
# too?", "does the deduction apply to mobile units as well?"): whom the rule covers asked, yes or no.
FACILITY_ALSO = re.compile(
    rf"{_FACILITY_KIND}[^，,。？?；;]{{0,20}}?[，,]?[^。？?；;]{{0,16}}?(?:也|一樣|一样|同樣|同样)(?:會|会|要|需要|得|算|適用|适用|有|被|照|列入|納入|纳入|是)"
    r"[^。？?；;]{0,14}?(?:嗎|吗|嘛|[?？])|"
    rf"\b{_FACILITY_KIND_EN}\b[^?.]{{0,60}}?\b(?:too|as\s+well|also)\s*\?|"
    r"\b(?:does|do|would|will|is|are)\s+(?:this|that|it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:also\s+)?(?:apply|applies|count|hold)\s+"
    rf"(?:to|for)\s+(?:the\s+|our\s+)?{_FACILITY_KIND_EN}\b", re.IGNORECASE)
# A rule the person heard of ("聽說…", "有人說…", "I heard …", "someone told me …") …
HEARD_CLAIM = re.compile(r"聽說|听说|聽人說|听人说|聽別人說|听别人说|有人說|有人说|據說|据说|聽同事說|听同事说|"
                         r"\b(?:i(?:'ve)?\s+(?:heard|was\s+told|read)|someone\s+(?:said|told\s+me)|people\s+say|rumou?r)\b",
                         re.IGNORECASE)
# … and put for confirmation ("是真的嗎", "對嗎", "is that true?", "right?").
CONFIRMATION_ASKED = re.compile(r"是真的|真的嗎|真的吗|真的假的|對嗎|对吗|對不對|对不对|是這樣嗎|是这样吗|沒錯吧|没错吧|有這回事|有这回事|"
                                r"\b(?:is|was)\s+(?:that|this|it)\s+(?:true|right|correct|so|real)\b|\btrue\s*\?|\bright\s*\?",
                                re.IGNORECASE)
# A place in the document asked: where it is written ("寫在哪一段", "哪一節有規定", "出處"), whether it is written at all ("都有寫嗎",
# "有沒有提到"), which section covers it ("which section covers", "where in the rules is … written").
_PART_ZH = r"(?:哪一?(?:段|節|节|條|条|款|項|项|部分|個部分|个部分|章|頁|页|處|处)|哪(?:裡|里|邊|边|兒|儿))"
WHERE_WRITTEN = re.compile(
    r"(?:寫|写|規定|规定|列|載|载|提到|講|讲|說明|说明|放)(?:在)?\s*" + _PART_ZH + r"|(?:在|是|於|于)\s*" + _PART_ZH
    + r"\s*(?:有)?(?:寫|写|規定|规定|講|讲|提到|說明|说明|列)|出處|出处|"
    r"(?:有|都有|有沒有|有没有)(?:寫|写|提到|列出|規定|规定)(?:到)?(?:嗎|吗|[?？])|"
    r"\b(?:which|what)\s+(?:section|part|clause|paragraph|item|subsection)\s+(?:of\s+the\s+\w+\s+)?(?:covers?|has|have|deals?\s+with|talks?\s+about|"
    r"sets?\s+out|lists?|says?|contains?|is\s+(?:it|that|this)|spells?\s+out|addresses|mentions?)\b|"
    r"\bwhere\s+(?:in\s+the\s+(?:rules?|regulations?|doc(?:ument)?|text)\s+)?(?:is|are|does|do)\s+(?:\w+\s+){0,8}?(?:written|covered|stated|found|set\s+out|"
    r"listed|spelled\s+out|addressed|mentioned|described)\b|\b(?:is|are)\s+(?:\w+\s+){1,8}?(?:both\s+)?(?:covered|mentioned|written\s+(?:up|down)|addressed)\s*"
    r"(?:(?:in|by)\s+(?:it|there|the\s+\w+)\s*)?\?",
    re.IGNORECASE)
# A figure heard of and put as a question ("heard it's around 550?", "聽說大概是550案？", "someone said 550, right?").
HEARD_FIGURE = re.compile(
    r"(?:\b(?:i(?:'ve)?\s+)?heard\b|\bwas\s+told\b|\bsomeone\s+(?:said|told\s+me)\b|聽說|听说|聽人說|听人说|據說|据说|有人說|有人说)"
    # (never a figure of one's own told after the hearsay, another figure asked of it: "聽說今年完成率沒達標，補助 300 萬，會被扣
    # 多少？" — the 300 萬 is the subsidy, the deduction is asked)
    r"[^。.？?!！]{0,40}?\d[\d,.]*(?:(?!多少|幾|几|\bhow\s+(?:much|many)\b)[^。.？?!！\d]){0,16}?"
    r"(?:[?？]|\b(?:right|correct|true)\b|對吧|对吧|對嗎|对吗|是嗎|是吗|沒錯|没错)",
    re.IGNORECASE)
# A score range (two figures joined: "70 到 76 分", "340-359", "between 320 and 339") …
SCORE_RANGE = re.compile(r"(?<![\d./-])\d{2,3}\s*(?:分)?\s*(?:到|至|~|～|-|–|—)\s*\d{2,3}\s*(?:分|points?)?(?![\d%./-])|"
                         r"\bbetween\s+\d{2,3}\s+and\s+\d{2,3}\b", re.IGNORECASE)
# … or a band of the grade table put for confirmation ("70以下是D對吧", "未達 320 算 D 吧", "below 70 is a D, right?").
BAND_PUT = re.compile(
    r"\d{2,3}\s*分?\s*(?:以下|以上|以內|以内)\s*(?:就)?(?:是|算|為|为|拿|給|给)\s*(?-i:[A-D])\s*(?:等|級|级)?\s*(?:對吧|对吧|對嗎|对吗|吧|嗎|吗|沒錯吧|没错吧|[?？])|"
    r"(?:未達|未达|不到|低於|低于|高於|高于|超過|超过)\s*\d{2,3}\s*分?\s*(?:就)?(?:是|算|為|为|拿|給|给)\s*(?-i:[A-D])\s*(?:等|級|级)?\s*(?:對吧|对吧|對嗎|对吗|吧|嗎|吗|[?？])|"
    r"\b(?:below|under|above|over|less\s+than)\s+\d{2,3}\s+(?:is|gets?|means?)\s+(?:an?\s+)?(?-i:[A-D])\b[^?]{0,10}\?",
    re.IGNORECASE)
# The rule's figure asked to hold still ("還是 50 分嗎", "也是拿30分嗎", "still worth the full 50?", "do I still get the full 30?").
STILL_THE_FIGURE = re.compile(
    r"(?:還是|还是|也是|仍是|仍然是|依然是|照樣|照样)\s*(?:拿|算|給|给|有|得)?\s*\d+\s*(?:分|點|点|學分|学分|積分|积分)\s*(?:嗎|吗|嘛|\?|？)|"
    r"\bstill\s+(?:worth|get|earn|count\s+(?:as|for)|be|gets?|earns?|is)?\s*(?:the\s+)?(?:full\s+)?\d+\b(?!\s*(?:times|papers|cases))|"
    r"\b(?:get|earn|worth)\s+the\s+full\s+\d+\b", re.IGNORECASE)


# A day of one's own case asked for ("哪天開始", "幾月幾號", "what date", "which day").
ASKS_OWN_DAY = re.compile(r"哪一?天|幾號|几号|幾月幾[日號]|几月几[日号]|\b(?:what|which|exact)\s+(?:day|date)\b(?!\s+does\b)",
                          re.IGNORECASE)
# the day wanted for a reminder of one's own ("怕又忘記", "想先記在行事曆", "want to put a reminder in my calendar", "so I don't
# forget"): a calendar day of the person's own, asked however the question puts it ("最早什麼時候", "when's the earliest") —
# its date is asked for
WANTS_REMINDER = re.compile(r"怕(?:又|會|会|到時|到时)?忘(?:記|记|掉|了)?|免得(?:又)?忘|以免(?:又)?忘|(?:記|记|寫|写|排|設|设)(?:在|進|进|到)?(?:行事曆|行事历|日曆|日历|手機|手机)|"
                            r"設(?:個|个)?提醒|设(?:个)?提醒|\bremind(?:er)?s?\b|\b(?:in|on|into|to)\s+(?:my|our|the)\s+(?:calendar|diary|planner)\b|"
                            r"\bcalendar\s+(?:reminder|alert|entry)\b|\b(?:so|that)\s+(?:i|we)\s+(?:don'?t|do\s+not|won'?t)\s+forget\b|"
                            r"\b(?:don'?t|do\s+not)\s+want\s+to\s+forget\b|\bnot\s+to\s+forget\b", re.IGNORECASE)
# The earliest moment asked of a certificate's renewal, in Chinese, with nothing said of when it runs out ("外專證書要展延，請問最早
# 什麼時候可以開始送件？", "請問外科專醫證書最早什麼時候可以開始申請展延？"): the moment turns on the certificate's own expiry, which
# is asked for (the question back names the rule's six months) — the rule's period answers when the period itself is asked
# ("到期前多久", "提前幾個月") or the expiry is said only roughly ("快到期了", "明年三月到期": the six months read against it).
# (… of one's own certificate: said to be renewed now, "要展延", "要換了", "該換證了", or one's own, "我的", "我最早" — the bare
# earliest moment, "外專證書最早什麼時候可以開始送展延？", stays the rule's six months: tests/bot/test_hparead37.py)
OWN_RENEWAL = re.compile(r"(?:要|該|该|得|需要|準備|准备|打算)(?:來|来|去)?(?:展延|延展|換證|换证|換新證|换新证|換|换|續證|续证)|我|本人|\bmy\b|"
                         r"(?-i:\bI\b)|\b(?:we|our)\b",
                         re.IGNORECASE)
EARLIEST_DAY = re.compile(r"最早(?:是)?(?:可以|能|要|該|该)?(?:在)?(?:什麼時候|什么时候|何時|何时|幾時|几时|啥時候|啥时候)|"
                          # (in English, the earliest DATE asked: "what is the earliest date I can apply", "the earliest
                          # possible day I could file" — a calendar day of one's own; "when's the earliest I can renew my
                          # cert?" is answered by the rule's six months, as two blind writers read it: evals/cases/
                          # rules_blind19.yaml dp-tsir-025, tests/bot/test_hparead37.py — nor "how early")
                          r"\bearliest\s+(?:possible\s+)?(?:date|day)\b|"
                          # (… or the window's other end asked as a day: "and the late deadline?", "what's the last day I can
                          # file", "the final date for the late one" — a calendar day of one's own, like "the earliest date";
                          # a deadline only named, "if I miss the renewal deadline, is there a grace period", asks none)
                          r"\b(?:late|last|final|latest)\s+(?:possible\s+)?(?:deadline|date|day)\b(?![^?.]{0,30}\b(?:miss|missed|blow|blew)\b)",
                          re.IGNORECASE)
RULE_PERIOD_CUES = re.compile(r"多久|幾個月|几个月|多少個月|多少个月|提前|[到期]前|屆滿前|届满前|快(?:要)?到期|即將到期|即将到期|快(?:要)?過期|快(?:要)?过期|"
                              r"將到期|将到期|年底|年初|月底|下個月|下个月|明年|今年|後年|后年|\d\s*月|[一二三四五六七八九十]+\s*月|"
                              # (in English: the period asked, or the expiry said only roughly — "how many months before",
                              # "how far ahead", "expires next March", "runs out at the end of the year")
                              r"\bhow\s+(?:long|far|many\s+months|early)\b|\bin\s+advance\b|\bahead\s+of\b|\bbefore\s+(?:it|the\s+\w+)\s+expir|"
                              r"\b(?:next|this|last)\s+(?:year|month|spring|summer|fall|autumn|winter)\b|\bend\s+of\s+(?:the|this|next)\s+(?:year|month)\b|"
                              r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
                              r"nov(?:ember)?|dec(?:ember)?)\b|\bsoon\b|\babout\s+to\s+expire\b", re.IGNORECASE)
# the day one's own certificate runs out asked ("證書什麼時候會到期", "when does my instructor cert expire"): its date is asked for
# one's own expiry said with a doubt ("證書快到期了（好像是明年吧？）", "應該是明年到期", "expires next year I think", "not sure
# when mine expires"): the person's own date, not known — the earliest day of their window is asked from it (a question back)
EXPIRY_UNSURE = re.compile(r"(?:到期|過期|届满|屆滿|期滿|期满)[^，,。；;]{0,4}?[(（]?\s*(?:好像|應該|应该|大概|可能|印象中|不確定|不确定)"
                           r"|(?:好像|應該|应该|大概|可能|印象中)(?:是)?[^，,。；;？?]{0,6}?(?:到期|過期|屆滿|届满|期滿|期满)"
                           r"|(?:不確定|不确定|不記得|不记得|忘了|記不清|记不清)[^，,。；;？?]{0,8}?(?:到期|過期|屆滿|届满|期滿|期满)"
                           r"|\bexpir\w*\b[^.;?]{0,30}?\b(?:I think|I believe|maybe|probably|not sure)\b"
                           r"|\b(?:not sure|can'?t remember|don'?t remember|forget|forgot)\b[^.;?]{0,30}?\bexpir", re.IGNORECASE)
ASKS_EXPIRY_DAY = re.compile(r"(?:什麼時候|啥時候|何時|幾時|哪一?天)[^，,。？?]{0,6}?(?:到期|過期|期滿|屆滿)|"
                             r"\bwhen\s+(?:does|will|do)\s+[^?.]{0,40}?\b(?:expire|run\s+out|lapse)\b", re.IGNORECASE)


# A figure the person reports doing ("篩了 498 支", "拍了 505 例", "今天做了150例", "we did 7000 exams", "I screened 520",
# "我們有 3 位"): their own count, whatever limit of the rule is named beside it.
OWN_DONE = re.compile(
    r"(?:篩|筛|拍|照|做|驗|验|判|讀|读|收|跑|排|報備|报备|登記|登记)(?:了|過|过|完)\s*(?:約|约|大概|差不多|將近|将近|快)?\s*\d|"
    # a period of one's own and its count, the verb bare ("今年篩 16000 件", "去年共拍 9000 例", "這個月做 480 支")
    r"(?:今年|去年|今年度|去年度|本年度|全年|這個月|这个月|上個月|上个月|本月|上月)(?:共|總共|总共|一共|大約|大约|約|约)?"
    r"(?:篩檢|筛检|篩|筛|拍|照|做)(?:了|過|过)?\s*(?:約|约|大概)?\s*\d|"
    r"\b(?:did|done|screened|imaged|shot|performed|read|ran|scanned|registered|rostered|scheduled)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|~\s*)?\d",
    re.IGNORECASE)
# The rule's own figure named with its limit ("上限是不是 500 案", "上限 500 嗎", "is the limit 500", "a cap of 40"): no figure of
# the person's.
_LIMIT_FIGURE = re.compile(r"(?:上限|最多|限額|限额|ceiling|cap|limit|maximum|max)\s*(?:是不是|是否|是|為|为|就是|of|is|=|[^\d，,。？?；;!！]{0,8}?)\s*(?:only\s+)?"
                           r"(\d[\d,]*(?:\.\d+)?)", re.IGNORECASE)


# The unit a limit of the rule is counted in ("一天最多", "一年上限", "每月上限", "per day max"): the rule's, no figure of the
# person's, when their own figures are checked against it.
LIMIT_UNIT = re.compile(r"(?:每|一|(?<![\d.])1)\s*(?:年|年度|個月|个月|月|天|日|人|位|輛|辆|台|車|车)\s*(?:的)?\s*(?:最多|上限|限額|限额|最高|可以|能|可)"
                        # (in English with a limit word beside it, "one day max", "the cap for 1 radiographer", "per one month is the
                        # limit" — never a length said of an activity, "the pediatric surg society annual (1 day)", "a 1 day meeting")
                        r"|\b(?:one|1)\s+(?:day|month|year|van|radiographer|tech)\b(?=\s*(?:'s\s+)?(?:max(?:imum)?|cap|limit|ceiling|quota)\b)"
                        r"|\b(?:max(?:imum)?|cap|limit|ceiling|quota|most)\s+(?:per|in|for|of|on)\s+(?:a\s+single\s+)?(?:one|1)\s+(?:day|month|year|van|radiographer|tech)\b"
                        r"|\b(?:per|in|for|on)\s+(?:one|1)\s+(?:day|month|year|van|radiographer|tech)\b(?=[^.?!;,]{0,24}\b(?:max(?:imum)?|cap|limit|ceiling|at most|allowed)\b)"
                        # (… or the period a screening volume is counted over, "1 year of screening came to 12,000")
                        r"|\b(?:one|1)\s+(?:day|month|year)\s+of\s+(?:screening|mammo|exam|imaging|reading|volume)\w*",
                        re.IGNORECASE)


def _total_past_quoted_cap(q: Query) -> bool:
    """Is the rule's limit named only with its figure, quoted ("會外活動上限30對吧", "不是有30分的上限嗎", "the outside cap is 30,
    right?"), and a figure still asked once it is set aside ("…最後認多少", "…最後算幾分")? The limit is then what one's own
    total is counted under — the total is asked, not the limit (asked besides, "一年最多幾分", it stays the rule's)."""
    spans = [m.span() for pattern in (_LIMIT_FIGURE, CAP_SAID) for m in pattern.finditer(q.cues)]
    if not spans:
        return False
    rest = q.cues
    for start, end in spans:  # (blanked in place: the spans may overlap)
        rest = rest[:start] + " " * (end - start) + rest[end:]
    return not ASKS_LIMIT.search(rest) and not LIMIT_EXISTS.search(rest) and bool(FIGURE_ASKED.search(rest))


def _limit_units(q: Query) -> list[tuple[int, int]]:
    """The spans of the limit's units (`LIMIT_UNIT`) that hold a figure."""
    return [m.span() for m in LIMIT_UNIT.finditer(q.text) if re.search(r"\d", m.group(0))]


# A case supposed, not one's own ("if i go to 3 international mtgs", "如果我這個月做了 520 例", "say we did 7000"): the figures are an
# example of the rule asked about.
SUPPOSED = re.compile(r"\bif\s+(?:1|one|some|any)\s+of\b|\bif\s+(?:i|we|you|one|someone|a|an|the|every|all|any|none|no|each|both|neither|my|our|his|her|their)\b|\bsuppose\b|\bsupposing\b|\bwhat\s+if\b|\bsay\s+(?:i|we)\b|\bhypothetic\w*|"
                      r"如果|假如|假設|假设|若是|要是|萬一|万一|假使|"
                      # a class of cases the rule speaks of, named by a relative clause ("facilities whose grades are poor", "readers
                      # whose discrepancy is over the bound", "any hospital that fails the QC test"): no case of one's own
                      # (not one's own named before it: "our readers who scored 340" is a case of one's own)
                      r"(?<!our\s)(?<!my\s)(?<!the\s)(?<!his\s)(?<!her\s)(?<!two\s)(?<!both\s)"
                      r"\b(?:facilit(?:y|ies)|hospitals?|units?|readers?|radiologists?|radiographers?|techs?|doctors?|physicians?|"
                      r"members?|anyone|someone|people)\s+whose\b|"
                      r"\b(?:any|every|all|those)\s+(?:facilit(?:y|ies)|hospitals?|units?|readers?|radiologists?|radiographers?|techs?|"
                      r"doctors?|physicians?|members?)\s+(?:who|that|which)\b|"
                      # the time a result of someone generic comes in ("what applies to the hospital after its grades come back"):
                      # the rule's sequence asked, no result of one's own reported (our / my results coming back stay one's own)
                      r"\b(?:after|once|when|whenever)\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:scores?|results?|grades?|numbers)\s+"
                      r"(?:come|comes|are)\s+(?:back|in|out)\b", re.IGNORECASE)


# The calculations that check a count of one's own against the rule's limit (a radiographer's month, a van's day, a facility's
# year, a year's paper credits): a limit named beside another calculation's figures ("自選片 352、366 評幾等？還有乳攝車一天最多幾案") is its own question.
LIMIT_TOOLS = frozenset({"hpa_radiographer_volume", "hpa_facility_volume", "tsa_credit_tally"})


# One's own figure named by what it is, its value not given ("will my monthly number trigger a spot review", "does our annual
# total go over the cap", "我的月量會觸發抽片嗎", "我们的年篩量会不会超"): checked against the rule, the figure is asked for.
OWN_FIGURE_NAMED = re.compile(
    r"\b(?:my|our|her|his|their)\s+(?:(?:monthly|annual|yearly|daily|total|own)\s+)?(?:numbers?|counts?|volumes?|totals?|figures?|"
    r"screening\s+(?:numbers?|counts?|volumes?|totals?))\b|"
    r"(?:我|我們|我们|她|他|她們|他們)(?:的)?(?:這個月|这个月|今年|每月|每個月|每个月)?(?:的)?(?:月量|年量|篩檢量|筛检量|拍攝量|拍摄量|件數|件数|案數|案数|數量|数量)",
    re.IGNORECASE)


def own_fills(q: Query, found: list[Extraction]) -> Extraction | None:
    """The reading that the person's own figures fill whole (complete, a fact read, none of its figures the rule's limit
    restated), when the question states them as the person's own (`PERSONAL`, `OWN_DONE`) and no figure is only a bound;
    else None."""
    if q.followup is not None or bounds_only(q) or not (PERSONAL.search(q.cues) or OWN_DONE.search(q.cues)) \
            or SUPPOSED.search(q.cues):
        return None
    rule_figures = {float(m.group(1).replace(",", "")) for m in _LIMIT_FIGURE.finditer(q.text)}
    for c in found:
        if c.tool in LIMIT_TOOLS and c.complete and not c.invalid and c.facts >= 1:
            values = _values(c.args)
            if values and all(v in rule_figures for v in values if v not in (0, 1)):
                continue
            return c
    return None


# A number that names a category ("category 3", "cat 4", "BI-RADS 0", "第 4 類") is a label, not a figure,
# unless the question asks for a date (then the category is the deadline calculator's input).
_LABEL_BEFORE = re.compile(r"(?:category|categories|cat\.?|bi-?rads|第|(?<![我她他們的])那)\s*$", re.IGNORECASE)
_LABEL_AFTER = re.compile(r"^\s*類")
ASKS_DATE = re.compile(r"哪一?天|幾號|幾月幾|什麼時候|何時|日期|截止|\bwhat date\b|\bwhich day\b|\bby when\b|\bwhen\b|\bdue date\b",
                       re.IGNORECASE)


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _dated(ext: Extraction) -> bool:
    """Did the reading take a date of the person's own (a screening date, an expiry date) from the question?"""
    return any(isinstance(v, str) and _ISO_DATE.match(v) for v in ext.args.values())


def _named(args: dict) -> bool:
    """Did the reading take something from the words (a list of activities, a kind), not only defaults?"""
    return any(v not in (None, [], {}, "", False, 0) for v in args.values())


@lru_cache(maxsize=256)
def _category_runs(text: str) -> tuple[tuple[int, int], ...]:
    """`category_runs` of a question's text, read once however many of its numbers are tested."""
    return tuple(category_runs(text))


# A bare number asked in turn after a category was named ("BI-RADS 3 要幾個月？那 0 呢", "category 3 — how many months? and
# for 0?", "what about 4?"): another category, the same label as the one before it.
_IN_TURN_BEFORE = re.compile(r"(?:\band\s+(?:for\s+|with\s+)?|\bwhat\s+about\s+|\bhow\s+about\s+|\bor\s+|(?<![我她他們的])那\s*|還有\s*|还有\s*)$",
                             re.IGNORECASE)
_IN_TURN_AFTER = re.compile(r"\s*(?:類|类)?\s*(?:的話|的话)?\s*(?:呢|[?？]|$)")
_CATEGORY_NAMED = re.compile(r"(?:\bcategory|\bcat\.?|bi-?rads)\s*[0-6](?![\d.])|第?\s*[0-6]\s*(?:類|类)", re.IGNORECASE)


def _is_label(q: Query, start: int, end: int) -> bool:
    """Is the number at start:end a category's name, not a figure (`_LABEL_BEFORE`, `_LABEL_AFTER`, one of a list of categories
    — "cat 4 or 5", "BI-RADS 0/3", "category 3, 4 or 5": `category_runs` — or asked in turn after a category named before it)?"""
    if _LABEL_BEFORE.search(q.text[max(0, start - 12):start]) or _LABEL_AFTER.match(q.text[end:end + 3]):
        return True
    if any(a <= start < b for a, b in _category_runs(q.text)):
        return True
    return bool(_IN_TURN_BEFORE.search(q.text[max(0, start - 16):start]) and _IN_TURN_AFTER.match(q.text[end:end + 6])
                and _CATEGORY_NAMED.search(q.text[:start]))


_WORTH_EN = re.compile(r"\bworth\b|" + _CREDIT_FOR_THAT, re.IGNORECASE)
_LENGTH_AFTER = re.compile(r"\s*-?\s*(?:hours?|hrs?|h\b|mins?\b|minutes?|days?|(?:個|个)?(?:小時|小时|半小時|半小时|鐘頭|钟头)|天|分鐘|分钟)", re.IGNORECASE)


def _weeks_or_months(q: Query) -> bool:
    """Does the question say a length in weeks or months other than one ("去日本 short visit 三週，這種國外進修可以拿幾分",
    "進修半個月的那種算幾分")? Credits by the month are the length times the rate (5.9): what such a thing is worth is a
    calculation of that length, never the rate alone."""
    return any(x.unit in ("週", "個月") and x.value != 1 for x in q.quantities)


def _kind_described(q: Query) -> bool:
    """Is a kind's value asked of a thing described, not of one's own items: asked in English ("what's that worth"), no own
    verb said bare (`_OWN_EN`: "took a course"), no year of one's own ("this year") and no figure but the thing's length or
    ones? (The Chinese kind words, 這種 / 那種, name the kind themselves.)"""
    if not _WORTH_EN.search(q.cues):
        return True
    # (a recent period said of the one thing described — "went to a seminar last week, about 1.5 hours: what's that
    # worth?" — is when it was, no year of items of one's own summed)
    years = [y for y in find_years(q.text, q.today) if not RECENT_PERIOD.fullmatch(q.text, y.start, y.end)]
    if _OWN_EN.search(q.cues) or years or find_dates(q.text):
        return False
    return all(x.value == 1 or _LENGTH_AFTER.match(q.text, x.end) or _LENGTH_AFTER.search(q.text[x.start:x.end])
               for x in q.quantities)


def _one_thing_with_its_length(q: Query) -> bool:
    """One thing of one's own, just done — a recent period said of it — and its length said, asked what it is worth ("went
    to a local seminar last week, about an hour and a half — what's that worth?"): the rule's figure for such a thing
    answers it — every figure a length or a one, at least one length, no year or date but the recent period, nothing
    summed. (Said with no time, "I went to a 3-hour domestic seminar, what's that worth?" stays one's own, computed.)"""
    if not _WORTH_EN.search(q.cues) or find_dates(q.text) or OWN_SUM.search(q.cues):
        return False
    years = find_years(q.text, q.today)
    recent = [y for y in years if RECENT_PERIOD.fullmatch(q.text, y.start, y.end)]
    if not recent or len(recent) < len(years):
        return False
    lengths = [x for x in q.quantities if _LENGTH_AFTER.match(q.text, x.end) or _LENGTH_AFTER.search(q.text[x.start:x.end])]
    return bool(lengths) and all(x in lengths or x.value == 1 for x in q.quantities)


def _categories_only(q: Query) -> bool:
    """Are two or more categories named and every number of the question a category's name (`_is_label`)?"""
    labels = {x.value for x in q.quantities if _is_label(q, x.start, x.end)}
    return len(labels) >= 2 and all(_is_label(q, x.start, x.end) for x in q.quantities)


# A factor written as such ("x2", "×2", "乘2", "乘以 2", "2倍", "兩倍", "2x", "times 2"): the rule's multiplier asked of (離島加倍),
# never a count or an amount of one's own.
_TIMES_BEFORE = re.compile(r"(?:可以|可不可以|能|算|是|會|会|要|被|\bcounts?|\bcounted|\bbe|\bgets?)\s*(?:[xX×*]|乘以?)\s*$|乘以\s*$", re.I)
_TIMES_AFTER = re.compile(r"^\s*倍")  # (an item's count written "月會x12", "first author x3" is a count of one's own, no factor)


def _multiplier(q: Query, start: int, end: int) -> bool:
    """Is the figure at `start:end` of `q.text` a factor ("x2", "兩倍", "2x")?"""
    return bool(_TIMES_BEFORE.search(q.text[max(0, start - 14):start]) or _TIMES_AFTER.match(q.text[end:end + 8]))


def states_figures(q: Query) -> bool:
    """Does the question give numbers or dates of its own (what a calculation reads)? A lone 1 is how
    a rule is asked about ("一天最多幾案", "one radiographer per day", "年會一次幾分"), not a figure; nor is a
    category's number ("category 3 要多久內複檢")."""
    asks_date = ASKS_DATE.search(q.cues)
    # (nor a life event's year, "Retired 2019, …": context, bot/parsing/career.py)
    # (nor the rule's multiplier asked of, "分數是不是可以x2", "可以算兩倍嗎", "does it count double (x2)?": `_multiplier`)
    figures = [x for x in q.quantities if (asks_date or not _is_label(q, x.start, x.end)) and not event_year(q.text, x.start, x.end)
               and not _multiplier(q, x.start, x.end)]
    return (any(x.value != 1 for x in figures) or bool(find_dates(q.text)) or bool(find_vague(q.text))
            or bool(figures and find_years(q.text, q.today))  # "今年…一次": the user's own year
            # (a day written without its year, its day an English ordinal — "screened on September 3rd", "the 3rd of
            # September": no number of its own, still the person's date)
            or any(m.kind == "partial_date" for m in reader_dates(q)))


def _exact_figures(q: Query) -> bool:
    """`states_figures` less a count said vaguely ("好幾張", "a few"): a number or a date written as such."""
    asks_date = ASKS_DATE.search(q.cues)
    figures = [x for x in q.quantities if asks_date or not _is_label(q, x.start, x.end)]
    return (any(x.value != 1 for x in figures) or bool(find_dates(q.text))
            or bool(figures and find_years(q.text, q.today)))


_YEARS_AFTER = re.compile(r"^[^\d]*\d+(?:\.\d+)?\s*(?:-\s*)?(?:years?|yrs?|年)", re.IGNORECASE)


def _figures_besides_years(q: Query) -> list[Any]:
    """The question's figures other than a year ("due 2027") or a count of years ("over the six years")."""
    return [x for x in q.quantities if x.value != 1 and not 1990 <= x.value <= 2100
            and not _YEARS_AFTER.match(q.text[x.start:x.end + 8])]


def _ones_only(q: Query) -> bool:
    """Is every count of the question one ("去年參加了一次", "one of the monthly meetings"), with no date and no vague count: one
    item at most, its year beside it?"""
    return all(x.value == 1 for x in q.quantities if not 1990 <= x.value <= 2100) and not find_dates(q.text) \
        and not find_vague(q.text)


def _periods_only(q: Query) -> bool:
    """Is every figure of the question a period the rule sets (`PERIOD_BOUND`: "六個月內沒補完會怎樣")?"""
    spans = [m.span() for m in PERIOD_BOUND.finditer(q.text)]
    return bool(spans) and all(any(a <= x.start < b for a, b in spans) for x in q.quantities) and not find_dates(q.text)


# A figure said as the rule's own cap ("the yearly 30 cap", "a 30-credit cap", "cap of 30", "30分上限", "上限30分", "一年最多 30 分
# 那條"): the rule's bound named by its figure, never a count or an amount of one's own (round 41: "do international meetings fall
# under the yearly 30 cap?" was computed as 30 meetings × 30).
CAP_SAID = re.compile(r"\d+(?:\.\d+)?\s*-?\s*(?:credits?|points?|pts?|分)?\s*-?\s*(?:(?:yearly|annual|per[- ]year|a[- ]year)\s+)?"
                      r"(?:cap|ceiling|limit|maximum|max)\b|\b(?:cap|ceiling|limit|maximum)\s+(?:of|at)\s+\d+|"
                      # (a demonstrative between, "每年30分那個上限", "30分的那條上限", "the 30 one cap": the rule's cap pointed at)
                      r"\d+(?:\.\d+)?\s*分?\s*(?:的)?\s*(?:那個|那个|這個|这个|那條|那条|這條|这条|那項|那项)?\s*(?:上限|封頂|封顶|天花板)|"
                      r"(?:上限|封頂|封顶)\s*(?:是|為|为)?\s*\d+\s*分", re.IGNORECASE)
# The rule's own value for one item put to it for confirmation ("也算30分嗎", "一樣是60分嗎", "能拿30分嗎", "does it still count as
# 30?", "is that the full 30 credits?"): a figure of the rule's table guessed, never a count or an amount of one's own
# (round 46: "国际会议…也算30分吗？…每年30分那个上限卡住吗" was computed as six years of 30 credits).
RULE_VALUE_PUT = re.compile(
    r"(?:也|還|还|一樣|一样|同樣|同样|照樣|照样|仍|都|就)?\s*(?:是|算|拿|給|给|認|认)(?:到)?\s*\d+(?:\.\d+)?\s*(?:分|點|点|學分|学分|積分|积分)"
    r"\s*(?:嗎|吗|嘛|對吧|对吧|是吧|\?|？)|"
    r"\b(?:count(?:s|ed)?|worth|get|earn|give|gives|score)\s+(?:as\s+|for\s+)?(?:the\s+)?(?:full\s+|same\s+)?\d+(?:\.\d+)?"
    r"(?:\s*(?:credits?|points?|pts))?\s*(?:\?|,?\s*(?:right|too|as\s+well|then)\b)|"
    r"\b(?:is|are)\s+(?:it|that|they|those)\s+(?:still\s+|also\s+)?(?:the\s+)?(?:full\s+|same\s+)?\d+(?:\.\d+)?\s*(?:credits?|points?|pts)\s*\?",
    re.IGNORECASE)


def rule_figures_only(q: Query) -> bool:
    """Is every figure of the question the rule's own, quoted (a bound or band, a cap by its figure, "每年30分那個上限", a value put
    for confirmation, "也算30分嗎": `RULE_VALUE_PUT`), at least one of them a cap or a value put — none a count, amount or date
    of one's own, nothing said vaguely? Then whether an item counts or is capped asks the rule, never a calculation
    ("每年30分" is the cap's, not six years of 30 credits)."""
    quoted = [m.span() for pattern in (CAP_SAID, RULE_VALUE_PUT) for m in pattern.finditer(q.text)]
    if not quoted:
        return False
    spans = quoted + [m.span() for pattern in (THRESHOLD, HOURS_BOUND) for m in pattern.finditer(q.text)]
    # (a count of one of one's own items is one's own too: "SCI通訊作者一篇…一作一篇，可以算80分嗎" — only a period's 1, "一年30分
    # 的上限", is the rule's unit)
    own = [x for x in q.quantities if (x.value != 1 or x.unit in _ITEM_COUNT_UNITS) and not any(a <= x.start < b for a, b in spans)
           and not _is_label(q, x.start, x.end)]
    return not own and not find_dates(q.text) and not find_vague(q.text)


# The units that count one's items ("一篇", "一次", "1 場"): a count of one is still a fact of one's own case.
_ITEM_COUNT_UNITS = frozenset({"篇", "次", "場", "场", "例", "案", "件", "位", "個", "个", "堂", "門"})


def bounds_only(q: Query) -> bool:
    """Is every figure of the question a bound or a band (`THRESHOLD`: "below 60%", "50%~60% 之間"; `CAP_SAID`: "the 30
    cap"), none a value of the person's own ("完成率 55%，低於 60% 扣多少" has one)?"""
    spans = [m.span() for pattern in (THRESHOLD, HOURS_BOUND, CAP_SAID) for m in pattern.finditer(q.text)]
    if not spans:
        return False
    own = [x for x in q.quantities if x.value != 1 and not any(a <= x.start < b for a, b in spans)
           and not _is_label(q, x.start, x.end)]
    return not own and not find_dates(q.text)


# An activity the person went on or took, named without its amount ("去日本進修，可以拿幾分", "剛從國外進修回來",
# "took a course that's credited by hours, what's it worth?"): the amount is asked for, not the rate quoted.
OWN_ACTIVITY = re.compile(r"(?<![每一])(?:去|到|赴)(?:[^，,。？?\d]{0,8}?|"
                          # (… the place named at length in Latin letters: "明年要去美國 MD Anderson 進修", "去 Mayo Clinic 研習")
                          r"[^，,。？?\dA-Za-z]{0,6}?[A-Za-z][A-Za-z .&'’-]{0,40}?)\s*(?:進修|研習|見習|受訓)|(?:剛|才)從[^，,。？?]{0,10}回來|進修回來|"
                          # one's own past one ("之前有出國進修", "以前曾去國外見習過", "去年有在醫學中心进修"), not one supposed ("…的話")
                          r"(?:之前|以前|先前|曾經|曾经|去年|前年|今年|年初)(?:有|曾|也有)?(?:在|去)?[^，,。？?\d]{0,8}?"
                          r"(?:進修|进修|研習|研习|見習|见习|受訓|受训|觀摩|观摩)(?:過|过)?(?![^，,。？?]{0,4}的話)(?![^，,。？?]{0,4}的话)|"
                          # one's own plan ("明年想出國進修", "打算去日本研習", "计划出国进修", "I'm planning to do a fellowship abroad")
                          r"(?:想|打算|準備|准备|計畫|計劃|计划|預計|预计|規劃|规划)(?:要)?[^，,。？?\d]{0,8}?(?:進修|进修|研習|研习|見習|见习|受訓|受训|觀摩|观摩)|"
                          r"\b(?:plan(?:ning)?|going|intend(?:ing)?|hop(?:e|ing)|want(?:ing)?|thinking\s+of)\s+(?:to\s+)?(?:do(?:ing)?|go(?:ing)?|tak(?:e|ing)|spend(?:ing)?)\s+"
                          r"(?:a|an|some|my)?\s*(?:\w+\s+){0,2}?(?:fellowship|observership|training|attachment|visit)|"
                          r"\b(?:took|did|attended|completed|finished|published|presented|gave|wrote|authored|chaired|moderated)\s+(?:a|an|the|some|my|one)\b|"
                          # a paper or a talk got out, in or accepted ("got an SCI paper out", "got a case report into …", "got my
                          # abstract accepted")
                          r"\bgot\s+(?:a|an|my|one|our)\s+(?:[\w-]+\s+){0,3}?(?:paper|article|case\s+report|abstract|poster|talk|oral)\b|"
                          # … or had published, out or accepted ("I had an SCI paper published in March", "we've had a case
                          # report accepted", "my SCI article was published last month") — never one supposed ("if I had …")
                          r"(?<!\bif I )(?<!\bif we )\b(?:had|have\s+had|'ve\s+had)\s+(?:a|an|my|one|our)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:paper|article|case\s+report|abstract|poster|talk|oral)\s+(?:published|accepted|presented|out|come\s+out)\b|"
                          r"\bmy\s+(?:[\w-]+\s+){0,3}?(?:paper|article|case\s+report)\s+(?:was\s+|got\s+|has\s+been\s+|just\s+)?"
                          r"(?:published|accepted|came\s+out)\b", re.IGNORECASE)


# (… the certificate changed or run out said any way: "什麼時候要換啊", "啥時候可以開始換證", "什麼時候會到期")
# (the papers handed in said in any of their words: 送件, 遞件, 交件, 提交; "submit", "send in", "file")
ASKS_WINDOW = re.compile(r"(?:什麼時候|啥時候|哪時候|何時|幾時|幾月|哪天|哪一天)[^，,。？?]{0,12}(?:換|展延|延展|申請|送|遞|交件|提交|到期|過期)|"
                         r"(?:換證|展延|延展|申請|送|遞件|交件|提交)[^，,。？?]{0,12}(?:什麼時候|啥時候|哪時候|何時|幾時|幾月|哪天|哪一天)|"
                         r"\bwhen\b[^?.]{0,40}\b(?:renew\w*|apply\w*|window|expire|run\s+out|lapse|extension|extend\w*|submit\w*|send\s+in|file)\b|\brenewal\s+window\b|"
                         # "…提前多久申請展延？哪天開始？": the day the window (named before) opens
                         r"(?:什麼時候|什么时候|何時|何时|幾時|几时|哪一?天|幾號|几号|幾月幾[日號]|几月几[日号])(?:可以|能)?(?:開始|开始)|"
                         r"\b(?:what|which)\s+(?:day|date)\b[^?.]{0,20}\b(?:start|open)|"
                         # ("what's the earliest date I can apply to renew": the day asked without "when")
                         r"\bearliest\s+(?:possible\s+)?(?:day|date)\b[^?.]{0,40}\b(?:renew\w*|apply\w*|extension|extend\w*)\b",
                         re.IGNORECASE)


# Whether the rule obliges something or only advises it, or lets someone go on ("是不是一定要考跑片", "是強制還是只是建議",
# "還能繼續判讀嗎", "mandatory or just recommended", "can he keep reading", "what if he skips it"): the rule's answer.
ASKS_OBLIGATION = re.compile(
    r"一定要|一定得|還得|是不是還?(?:得|要|必須)|是否(?:還)?(?:必須|一定)|強制|只是建議|還是建議|建議還是|要不要(?:考|去|參加|参加|上)|"
    r"(?:才能|還能|能不能|可以|可不可以)繼續(?:判|讀|看片|看篩檢片|閱片)|"
    r"\b(?:mandatory|compulsory|obligatory)\b|\bor\s+just\s+(?:a\s+)?(?:recommend\w*|suggest\w*|warning|advice|advis\w*)\b|"
    r"\b(?:recommended|advised|optional)\s+or\s+(?:required|mandatory)\b|"
    # ("can I still renew?" asks whether one's own figures suffice — the renewal's calculation, no duty)
    r"\bcan\s+(?:he|she|they|i|we|the\s+\w+)\s+(?:keep|still|continue|go\s+on)\b(?!\s+(?:renew|apply|extend|qualify|submit|file|be\s+renewed)\b)|"
    r"\bwhat\s+if\s+(?:he|she|they|i|we)\s+(?:skips?|miss(?:es)?|doesn'?t|don'?t|do(?:es)?\s+not|never)\b", re.IGNORECASE)
# Whether reading goes on, or what follows, asked of the re-read's measure ("還能繼續讀片嗎", "还能继续看片子吗", "can she keep
# reading screening films", "会怎样？还能继续读片吗"): with ONE rate given, the rule's row for that rate answers — one rate past the
# strictest bound (陰性 > 20 %, 陽性 > 60 %) is that row whatever the other rate is, and one rate inside the milder bands leaves
# the verdict to the rule's rows already (`ASKS_OBLIGATION`, the reading not complete). Both rates given stay the verdict's,
# computed (`_reading_goes_on_one_rate`).
READING_GOES_ON = re.compile(
    r"(?:繼續|继续|接著|接着|照常|照樣|照样|先)\s*(?:判讀|判读|判片|讀片|读片|看片|閱片|阅片|判|讀|读|看)|"
    r"\b(?:keep|continue|go\s+on|carry\s+on)\s+(?:reading|to\s+read|interpreting|to\s+interpret)\b|"
    r"\b(?:still|continue\s+to)\s+(?:read|interpret)\b|"
    r"\bcan\s+(?:he|she|they|i|we|the\s+(?:\w+\s+)?(?:doc|doctor|reader|radiologist|physician|imager))\s+(?:still\s+|keep\s+on\s+|continue\s+)?(?:read|reading)\b",
    re.IGNORECASE)


# A named duty asked as a yes / no beside a bare figure ("除了座談會還要考跑片嗎", "阴性18%，座谈会一直没去会怎样", "negative 23% —
# what happens if he skips the conference?"): whether the rule obliges it is the rule's to say (its band quoted), like
# `ASKS_OBLIGATION` — unless the figure is reported as one's own result ("was 18%", "came back at 17%": `REPORTED`; "我的…53%",
# "our reader": `PERSONAL`), which keeps the verdict's question back for the other side. (A sanction asked so, "陽性複判差異45%，
# 要停判嗎", turns on the facts not given whoever's figure it is: asked back, `_sanction_open`.)
ASKS_NAMED_DUTY = re.compile(
    r"(?:要|會|会|需要|須|须|得|必須|必须)(?:被)?(?:停判|停止判讀|停止判读|停讀|停读|停權|停权)(?:嗎|吗|了嗎|了吗|[?？])|"
    r"(?:要不要|會不會|会不会|需不需要)(?:被)?(?:停判|停止判讀|停止判读|停讀|停读|停權|停权)|"
    r"除了[^，,。？?]{0,16}?(?:還|还)(?:要|得|需要?|必須|必须)|(?:還|还)(?:要|需要?)(?:考|去|參加|参加|上)[^，,。？?]{0,10}?(?:嗎|吗|[?？])|"
    # what follows if the named duty is skipped ("座談會一直沒去會怎樣", "不參加的話會怎麼樣")
    r"(?:一直|都|還|还|始終|始终)?(?:沒|没|不|未)(?:去|參加|参加|出席|上|考)[^，,。？?]{0,8}?(?:的話|的话)?(?:會|会)(?:怎樣|怎样|怎麼樣|怎么样|如何|有什麼|有什么)|"
    r"\bwhat\s+(?:happens|will\s+happen)\s+if\s+(?:he|she|they|i|we)\s+(?:skips?|miss(?:es)?|doesn'?t|don'?t|do(?:es)?\s+not|never)\b|"
    r"\b(?:does|do|will|would|must)\s+(?:he|she|they|i|we)\s+(?:also\s+)?(?:have\s+to|need\s+to)\s+(?:stop|sit|take|pass|attend)\b|"
    # what restores what the band took away ("how does he get his reading privileges back?", "怎麼恢復判讀資格"): the band's
    # own conditions (the seminar, the exam)
    r"\bhow\s+(?:does|do|can|could|will|would)\s+(?:he|she|they|i|we)\s+(?:get|win|earn|regain)\s+(?:\w+\s+){0,3}?"
    r"(?:privileges?|status|eligibility|qualifications?|rights?|reading)\s+back\b|\b(?:regain|reinstate\w*)\b|"
    r"(?:怎麼|怎么|怎樣|怎样|如何|要怎樣|要怎么)(?:才能|才可以|才會|才会)?(?:恢復|恢复)|(?:恢復|恢复)(?:判讀|判读)?(?:資格|资格)(?:要|需要|得)",
    re.IGNORECASE)


# A sanction named in what is asked ("要停判嗎", "會被停權嗎", "does she have to stop reading", "am I suspended"): whether it applies
# turns on facts the band alone does not give (the previous review, the other side's rate).
SANCTION_NAMED = re.compile(r"停判|停止判讀|停止判读|停讀|停读|停權|停权|\bstop\w*|\bsuspen\w*|\bbann?\w*|\bbarred\b", re.IGNORECASE)


# The sanction asked as a yes / no ("要停判嗎", "會不會被停權", "是不是一定要停止判讀", "must she stop reading?", "will he be suspended?"),
# not how it is lifted ("怎麼恢復", "read again", "regain") nor how long it lasts (`SANCTION_LENGTH`).
_ASKED_MARK = re.compile(r"[?？]|嗎|吗|嘛|會不會|会不会|要不要|需不需要|是不是|是否|有沒有|有没有|\b(?:must|do|does|did|will|would|is|are|am|should|has|have)\b",
                         re.IGNORECASE)
_SANCTION_LIFTED = re.compile(r"恢復|恢复|\bregain\w*|\breinstat\w*|\b(?:read|reading)\s+again\b|\bback\b", re.IGNORECASE)


def _sanction_open(q: Query, best: Extraction) -> bool:
    """Is a sanction asked as a yes / no of the re-read reading's own rate(s), the reading still missing a fact that decides it
    (the slot asks say when: one rate not over the strictest bound, the previous review unsaid)? No bound of the rule, no case
    supposed, no length or restoration asked."""
    if q.followup is not None or best.tool != "hpa_reread_action" or best.facts < 1 or best.complete or best.invalid:
        return False
    asked = asked_clauses(q.cues)
    return (bool(SANCTION_NAMED.search(asked)) and bool(_ASKED_MARK.search(asked)) and not _SANCTION_LIFTED.search(asked)
            and not SANCTION_LENGTH.search(q.text) and states_figures(q) and not bounds_only(q)
            and not THRESHOLD.search(q.cues) and not SUPPOSED.search(q.cues))


def _band_duty_only(q: Query) -> bool:
    """Is a duty the band itself sets (an exam, a seminar: `ASKS_NAMED_DUTY`) what is asked, with no sanction named anywhere in
    the question (`SANCTION_NAMED`) and no verdict asked (`VERDICT_ASKED`)?"""
    duties = [m.group(0) for m in ASKS_NAMED_DUTY.finditer(q.cues)]
    return bool(duties) and not SANCTION_NAMED.search(q.cues) and not VERDICT_ASKED.search(q.cues)


# The rest of one's own facts said not known yet ("其他項目還沒看到", "最後一年還沒結算", "the rest aren't back yet", "the last
# year isn't tallied yet"): a calculation the figures given complete only as far as they go — the reading may have filled
# the rest (a year repeated, a grade from the items given) — is asked back for the rest, never computed (SPEC §3: a fact not
# stated is never filled in).
# An aside the person sets apart from what they ask ("（討論會有沒有積分另外問學會）", "座談會有沒有學分先不管", "(I don't care about
# the credits, just want to know)"): not asked, so its words route nothing (a credit word in it sends no question to the credit
# tally). Only an aside with no figure is set aside — a figure is always accounted for.
_ASIDE_WORDS = (r"(?:先不管|不用管|不管它|暫且不管|暂且不管|另外問|另外问|另外再問|另外再问|再另外問|再另外问|不重要|不用理|之後再問|之后再问|"
                r"don'?t\s+care|do\s+not\s+care|not\s+asking\s+about|never\s*mind|doesn'?t\s+matter|does\s+not\s+matter|(?:i'?ll|will)\s+ask\s+(?:\w+\s+){0,3}?separately|"
                r"\bseparate\s+question\b|"
                # (what is said to be listed or asked apart: "the staff CE audit is a separate list", "人員那塊另外列", "是另一份清單")
                r"\b(?:is|are)\s+(?:a\s+|on\s+a\s+)?separate(?:\s+(?:list|item|checklist|thing|matter|topic|one))?\b|"
                r"\b(?:listed|handled|covered)\s+separately\b|另外列|另外再列|分開列|分开列|另一份|另外一份|另一張清單|另一张清单)")
ASIDE = re.compile(
    rf"[（(][^（）()\d]{{0,60}}?{_ASIDE_WORDS}[^（）()\d]{{0,60}}?[)）]|"
    rf"(?<=[，,；;？?。！!])\s*[^，,。；;？?！!（）()\d]{{0,30}}?{_ASIDE_WORDS}[^，,。；;？?！!（）()\d]{{0,20}}[。.!！]?\s*$",
    re.IGNORECASE)


# One's credits said settled, with no figure ("我積分都有修滿", "学分够了", "our reader's CME credits are all fine", "CME is all
# done"), before a question on the mammography review (a re-read discrepancy, an image grade, the QC tests): background
# that asks nothing — its credit word sends no question to the credit tally. Asked on its own or about credits, renewal or
# the instructor certificate, the same words are the question's own and stay.
_CREDIT_WORD = r"(?:積分|积分|學分|学分|時數|时数|\bCME\b|\bcredits?\b|\bpoints?\b)"
SETTLED_CREDITS = re.compile(
    rf"(?:^|(?<=[，,；;。！!]))[^，,。；;？?！!\d]{{0,14}}?(?P<said>{_CREDIT_WORD}[^，,。；;？?！!\d]{{0,6}}?"
    r"(?:都|也|早就|早已|已經|已经|已|全|全部|都有|也有)?(?:有)?(?:修滿|修满|拿滿|拿满|集滿|集满|夠了|够了|足夠|足够|夠|够|沒問題|没问题|"
    r"齊了|齐了|滿了|满了|OK|ok|過了|过了)(?:了)?)\s*(?=[，,；;。！!]|$)|"
    rf"(?:^|(?<=[,;.!]))[^,.;?!\d]{{0,40}}?(?P<said_en>(?:{_CREDIT_WORD}\s+)?{_CREDIT_WORD}\s+(?:are|is|were|was)\s+(?:all\s+)?(?:fine|done|complete|completed|covered|"
    r"in\s+order|sorted|ok|okay|up\s+to\s+date|met|enough))\s*(?=[,;.!-]|$)", re.IGNORECASE)
# Credits named as what someone would rather do than the duty asked about ("醫師說他寧願去拿外科學會積分也不想去座談會", "he'd
# rather earn surgical CME than go to the conference"): a remark beside a question on the mammography review, like one's credits
# said settled — its credit words ask nothing.
PREFERRED_CREDITS = re.compile(
    rf"(?:寧願|寧可|宁愿|宁可|情願|情愿)(?P<said>[^，,。；;？?！!\d]{{0,14}}?{_CREDIT_WORD})|"
    rf"\brather\s+(?P<said_en>(?:[\w'’-]+\s+){{0,5}}?{_CREDIT_WORD}(?:\s+{_CREDIT_WORD})?)", re.IGNORECASE)
_REVIEW_SUBJECT = re.compile(
    r"複判|復判|复判|差異|差异|判讀|判读|判片|跑片|抽選片|抽选片|自選片|自选片|品管|實測|实测|實地測試|实地测试|後續審查|后续审查|後審|续审|續審|"
    r"追蹤完成|追踪完成|完成率|合理量|臨床影像|临床影像|假體|假体|"
    r"\bre-?read|discrepanc|discordan|film[- ]reading|reading\s+exam|phantom|\bQC\b|follow-?up\s+(?:completion|rate)|"
    r"reasonable\s+volume|image\s+(?:grade|score|evaluation|eval)\b", re.IGNORECASE)


def set_aside(text: str) -> str:
    """`text` with the asides the person sets apart from the question (`ASIDE`) blanked out, and one's credits said settled
    (`SETTLED_CREDITS`) or preferred (`PREFERRED_CREDITS`) beside a question on the mammography review."""
    text = _without(ASIDE, text)
    for pattern in (SETTLED_CREDITS, PREFERRED_CREDITS):
        said = pattern.search(text)
        if said is None:
            continue
        rest = text[:said.start()] + text[said.end():]
        if _REVIEW_SUBJECT.search(rest) and not re.search(_CREDIT_WORD, rest, re.IGNORECASE):
            # (only the credits said settled or preferred: whose they are, "负责医师", stays for the clauses to be found by)
            a, b = said.span("said") if said.group("said") else said.span("said_en")
            text = text[:a] + " " * (b - a) + text[b:]
    return text


# A grade reported as one's own result ("臨床影像評估拿到C", "被評為 B 等", "the facility image evaluation came back B", "we got a C"):
# the grade is what the calculation would give, so what follows from it is the rule's to say, not the scores to ask back.
# (the verb bare or the grade's own word before it too: "評等拿C", "抽選片拿個 C", "评等是C", "被打C", "只得C")
GRADE_REPORTED = re.compile(
    r"(?:拿到|拿了|得到|評到|评到|被評為|被评为|評為|评为|結果是|结果是|結果為|结果为|落在|掉到|"
    r"(?<![能可會会])拿(?:個|个)?|(?<![能可會会])得了|只得|只拿|被打(?:了|成)?|被評|被评|評等(?:是|為|为)?|评等(?:是|为)?|等級(?:是|為|为)|等级(?:是|为))"
    r"\s*(?-i:[A-D])\s*(?:等|級|级)?(?![A-Za-z])(?!\s*(?:嗎|吗|呢|[?？]))|"
    r"\b(?:got|received|came\s+back(?:\s+(?:as|at|with))?|was\s+graded|were\s+graded|graded|rated|scored)\s+(?:an?\s+|a\s+grade\s+)?"
    r"(?-i:[A-D])(?![A-Za-z])")
GRADE_TOOLS = frozenset({"hpa_image_grade", "hpa_qc_grade"})
# A tier of the re-read review reported as one's own result ("複判差異落在乙級", "被判丙級", "結果是丁款", "we were put in tier 丙"):
# the tier is what the calculation would give, so what follows from it (a deadline, a duty, how long) is the rule's to say,
# not the two discrepancies to ask back.
TIER_REPORTED = re.compile(
    r"(?:落在|落入|列為|列为|被判|被列|被評為|被评为|評為|评为|判為|判为|結果是|结果是|結果為|结果为|拿到|是)\s*(?:第)?\s*[甲乙丙丁]\s*(?:級|级|款|類|类|等)|"
    r"\b(?:in|into|at|got|was|were|is)\s+(?:the\s+)?(?:tier|level|grade|band)\s+[甲乙丙丁]")


REST_NEED = Need("rest", "您提到還有數字尚未出來；請把其餘的數字一併告訴我（依序回覆即可），我再計算，以免只憑部分數字算出錯的結果。",
                 "You said some figures are not in yet; please give me the rest (just reply with them) and I will work it "
                 "out — a result from part of the figures could be wrong.")
REST_UNKNOWN = re.compile(
    # "還有一張分數沒出來", "还有两项没测", "尚有 1 組未公布": one or more of the items still out, counted
    r"(?:還有|还有|尚有|另有)\s*(?:\d+|一|兩|两|幾|几)?\s*(?:張|张|組|组|項|项|個|个|年|位|份)?[^，,。？?；;\d]{0,6}?(?:還|还|尚)?(?:沒|没|未)(?:有)?"
    # (never one not yet qualified: "還有一位還沒拿到資格" is a radiographer the rule leaves out, no figure still to come)
    r"(?:出來|出来|出爐|出炉|公布|收到|拿到|結算|结算|算出|測|测|考)(?!\s*(?:資格|资格|證照|证照|執照|执照|認證|认证))|"
    r"(?:其他|其它|其餘|其余|剩下|剩餘|剩余|另外|最後|最后|第[六6](?:年|個|个|項|项)?)[^，,。？?；;\d]{0,6}?(?:都|也)?(?:還|还|尚)(?:沒|没|未)(?:有)?"
    r"(?:出來|出来|看到|結算|结算|算出|算|測|测|拿到|收到|公布|確定|确定|統計|统计|出爐|出炉|知道|報|报)|"
    r"\b(?:the\s+)?(?:rest|others|other\s+(?:items?|ones?|tests?|scores?|years?|parts?)|remaining\s+(?:\w+\s+)?(?:items?|tests?|scores?|years?|ones?)|"
    r"(?:last|final|sixth|6th)(?:\s+(?:year|one))?)\b[^.?!;]{0,20}?\b(?:(?:is|are)\s+not|isn'?t|aren'?t|hasn'?t|haven'?t|not)\s+(?:been\s+)?(?:\w+\s+)?"
    r"(?:in|back|out|known|available|tallied|totalled|totaled|done|measured|reported|counted)\s+yet\b|"
    r"\b(?:the\s+)?(?:rest|others|last\s+year)\b[^.?!;]{0,12}?\b(?:still\s+)?(?:pending|unknown|to\s+come)\b",
    re.IGNORECASE)


# A screened woman of one's own ("screened a lady on the van", "a patient came back cat 0", "那位小姐", "我們有個個案", "her recall"),
# whose deadline is asked as a day ("what's the deadline", "what date", "by when", "最晚幾號", "哪天前要確診"), with no
# screening date given: the day counts from her screening date, which is asked for — never today, never the bare period.
# (A category asked in general, "BI-RADS 4 or 5: what's the window", is the rule's period.)
OWN_PATIENT = re.compile(
    r"\b(?:screened|scanned|saw|imaged|recalled)\s+(?:a|an|one|this|that|the|our|my)\s+(?:\w+\s+){0,3}?(?:lady|woman|women|patient|pt|client|case|mum|mom|mother|aunt)\b|"
    r"\b(?:a|one|this|that|our|my)\s+(?:\w+\s+){0,2}?(?:lady|woman|patient|pt|client|case)\s+(?:\w+\s+){0,3}?(?:came\s+back|was\s+screened|screened|had\s+(?:her|a)\b|got\s+(?:a\s+)?(?:cat|category|bi-?rads))|"
    r"\b(?:her|she|she's|she'll)\b|"
    # the woman pointed at ("what's the deadline for this lady?", "this patient's recall", "for our pt")
    r"\b(?:for|of)\s+(?:this|that|our|my)\s+(?:\w+\s+)?(?:lady|woman|patient|pt|client)\b|\b(?:this|that)\s+(?:lady|woman|patient|pt|client)(?:'s)?\b|"
    # the woman named by her category ("cat 0 patient", "a BI-RADS 4 lady"), or said screened ("the patient was screened in …",
    # "case screened sometime in October")
    r"\b(?:cat(?:egory)?\.?|bi-?rads)\s*\d\s+(?:lady|woman|patient|pt|client|case)\b|"
    r"\b(?:lady|woman|patient|pt|client|case)\b[^.?!]{0,30}?\b(?:screened|scanned|imaged)\b|"
    r"(?:那位|這位|这位|一位|有位|有個|有个|1位|我們的|我们的|我的)(?:\s*)(?:小姐|女士|阿姨|太太|婦女|妇女|民眾|民众|病人|患者|個案|个案|受檢者|受检者)|"
    r"(?:篩|筛|照|拍)(?:了|的|完)(?:一位|1位|一個|1個|个)?(?:小姐|女士|阿姨|太太|婦女|妇女|民眾|民众|病人|患者|個案|个案)|"
    # the woman as the subject of her screening in the same clause ("病人上個月篩檢…", "個案 10/5 做了乳攝", "阿姨上週來照")
    r"(?:病人|患者|病患|個案|个案|受檢者|受检者|小姐|女士|阿姨|太太)[^，,。？?!！]{0,10}?(?:篩檢|筛检|篩查|筛查|乳攝|乳摄|攝影|摄影|來照|来照|做了)|"
    # the case named by its screening ("2026/10/5 篩檢的疑陽個案", "10月5日照的那位可疑個案", "a suspected positive from the Oct 5 screen")
    r"(?:篩檢|筛检|篩查|筛查|乳攝|乳摄|攝影|摄影|照|拍)(?:到)?的(?:那位|這位|这位|那個|这个|這個)?\s*(?:疑陽|疑阳|疑似陽性|疑似阳性|陽性|阳性|可疑|異常|异常)?"
    r"(?:個案|个案|病人|患者|小姐|女士|阿姨|婦女|妇女|受檢者|受检者)|"
    r"\b(?:suspected[- ]positive|positive|abnormal|recalled)\s+(?:case|patient|woman|lady|one)?\s*(?:from|screened\s+on|screened\s+in)\s+(?:the\s+|a\s+|her\s+)?\S",
    re.IGNORECASE)
# A calendar day asked outright ("what date does the recall have to be done by", "by what date", "the deadline date", "哪一天
# 前", "幾號", "幾月幾號"): the rule gives a period, never a day — a day is one case's, counted from its screening date, which is
# asked for (whoever the case is said to be).
# (… said with its verb or adjectives between: "what's the actual calendar date", "what is the specific day", "the calendar date
# for the recall deadline")
DATE_ASKED = re.compile(r"\b(?:what|which)\s+(?:\w+\s+){0,2}?(?:date|day)\b|\b(?:due|deadline|cut-?off|target)\s+date\b|"
                        r"\b(?:what|which)(?:'s|’s|\s+is|\s+was|\s+would\s+be|\s+will\s+be)\s+(?:the|her|our|its)\s+(?:[\w-]+\s+){0,3}?(?:date|day)\b|"
                        r"\bcalendar\s+(?:date|day)\b|"
                        r"哪一?天|幾號|几号|幾月幾|几月几|什麼日期|什么日期|哪個日期|哪个日期|(?:日期|日子)是(?:哪|什麼|什么)", re.IGNORECASE)
DEADLINE_DAY = re.compile(
    r"\b(?:what(?:'s|\s+is)\s+(?:the|her|our)\s+(?:[\w-]+\s+)?deadline|deadline\s+(?:for|to)\b|(?:what|which)(?:'s|’s|\s+is)?\s+(?:the\s+|her\s+)?(?:(?:exact|last|latest|final|actual|specific|precise|calendar)\s+){0,2}(?:recall\s+|follow-?up\s+|diagnosis\s+|due\s+)?(?:date|day)|by\s+when|due\s+date|calendar\s+date|"
    r"(?:when|what\s+day)\s+(?:is|'s)\s+(?:it|she|her\s+\w+|the\s+(?:\w+\s+){0,2}?\w+)\s+due|when(?:'s|\s+is)\s+(?:the|her|our)\s+(?:\w+\s+)?deadline)\b|"
    # ("when exactly does her recall have to be done by", "exactly when is it due")
    r"\bwhen\s+exactly\b|\bexactly\s+when\b|\bwhen\b[^.?!]{0,40}\b(?:done|completed|finished)\s+by\b|"
    # the deadline named tersely as what is asked ("f/u deadline?", "recall deadline for her", "her deadline?")
    r"\b(?:f/?u|follow[- ]?up|recall|dx|diagnosis|work-?up)\s+deadlines?\b|\b(?:her|his|their|its)\s+deadlines?\b|\bdeadlines?\s*[?？]|"
    r"最(?:晚|遲|迟|慢)|截止|幾號|几号|哪一?天|幾月幾|几月几|什麼時候前|什么时候前|何時前|何时前", re.IGNORECASE)


# Renewal named in the words the instructor certificate uses ("renewal", "renew", "換證", "换证") — the surgical society's word
# is 展延 / "extension"; and the surgical society named
RENEWAL_UNNAMED = re.compile(r"\brenew\w*|換證|换证|換發|换发", re.IGNORECASE)
SURGICAL_NAMED = re.compile(r"外科|專科醫師|专科医师|專醫|专医|展延|\bsurg\w*|\btsa\b|\bspecialist\b", re.IGNORECASE)


# What only the two certificates are said with (the surgical society's meetings and papers, the instructor's domains and cases):
# with none of it and `SURGICAL_NAMED` absent, a question on the mammography review (`_REVIEW_SUBJECT`) has no certificate in it.
_CERTIFICATE_WORDS = re.compile(r"年會|年会|月會|月会|論文|论文|\bSCI\b|指導老師|指导老师|介入|栓塞|消融|換證|换证|\bpapers?\b|annual\s+meeting|"
                                r"monthly\s+meeting|instructor|\btsir\b|interventional|emboli|ablat|renew", re.IGNORECASE)


def _review_only(q: Query) -> bool:
    """Is the question on the mammography review alone — its subject named, no word of the two certificates? A seminar, a
    course or credits said beside it ("our director never went to the QC seminar (they thought it was just for extra credits)",
    "負責醫師沒去品管研討會，還以為只是拿積分用的") are the review's duties, never a surgical credit tally's activities."""
    return (bool(_REVIEW_SUBJECT.search(q.cues)) and not SURGICAL_NAMED.search(q.cues)
            and not _CERTIFICATE_WORDS.search(q.cues))


def _one_set_banded(q: Query, best: Extraction) -> bool:
    """One score of one self-selected set given and its band asked ("技術師自選片拿350分算什麼等級", "a 352 on one self-selected set —
    what grade is that"), no other set said pending: the rule's table answers the band (the grade takes the lower of the two
    sets, so the other can only lower it), quoted — no question back for a set the person did not ask about."""
    return (q.followup is None and best.tool == "hpa_image_grade" and best.facts == 1 and not best.complete
            and [n.key for n in best.needs] == ["scores"] and len([x for x in q.quantities if x.value != 1]) == 1
            and bool(BAND_OF_SCORE.search(q.cues)) and not ABSENT.search(q.cues) and not OWN_SUM.search(q.cues)
            and not _SET_KIND_NAMED.search(q.cues))


# One of the two self-selected sets named by its kind ("the non-dense set got 365", "緻密組 350"): the pair's other set is then
# known to be missing and is asked for — the grade takes the lower of the two.
_SET_KIND_NAMED = re.compile(r"\b(?:non-?)?dense\b|\bfatty\b|緻密|致密|非緻密|非致密|脂肪(?:型|組|组)", re.IGNORECASE)


# The band a score falls in asked ("350分算什麼等級", "這是什麼等級", "what grade is that", "which band is a 352 in") — not one's own
# grade ("我會拿幾等", "what's my grade", a bare "幾等?"), which takes both sets and is asked back for the other.
# The score a grade takes ("要幾分才是A", "幾分以上算A等", "what score gets an A").
GRADE_THRESHOLD_ASKED = re.compile(r"(?:幾|几|多少)\s*分\s*(?:以上)?\s*(?:才|就)?\s*(?:是|算|能|可以|拿|有|為|为)\s*(?-i:[A-D])(?![A-Za-z])|"
                                   r"\bwhat\s+(?:(?!grade\b)[\w-]+\s+){0,3}?(?:score|points?|average|mark)\s+(?:do\s+(?:you|we|I|they)\s+need\s+(?:to\s+get\s+|for\s+)?|"
                                   r"is\s+needed\s+(?:for\s+)?|(?:gets?|earns?|gives?)\s+(?:(?:us|you|me|them|the\s+facility|a\s+radiographer)\s+)?|for\s+)(?:an?\s+)?"
                                   r"(?-i:[A-D])\b", re.IGNORECASE)
BAND_OF_SCORE = re.compile(r"(?:算|是|屬於|属于|落在|在)(?:什麼|什么|哪一?(?:個|个)?|哪)\s*(?:等級|等级|等第|級距|级距|等|級|级)|"
                           r"\b(?:what|which)\s+(?:grade|band)\s+(?:is|does)\s+(?:that|this|it|an?|the)\b", re.IGNORECASE)


# The instructor's own names of its paper kinds (5.1, 5.2: "SCI文章 … full article / case report"): 全文, full article
INSTRUCTOR_PAPER_WORDS = re.compile(r"全文|\bfull[- ]?(?:articles?|papers?|length)\b|(?<!論)(?<!论)文章", re.IGNORECASE)
# … and what only the surgical tally says of papers: its own word 論文 ("papers", never "full papers"), a second author (5.7 / 5.8 credit one; the instructor's
# rules have first / corresponding / other only), credits or CME, the surgery itself, the TSA's journal
SURGICAL_PAPER_WORDS = re.compile(r"論文|论文|(?<!full )(?<!full-)\bpapers?\b|外科|surg\w*|\btsa\b|台灣外科醫學會雜誌|二作|第二作者|\b(?:2nd|second)[- ]author|"
                                  r"\bcredits?\b|\bcme\b|學分|学分|積分|积分", re.IGNORECASE)
WHICH_RULES_NEED = Need("regulation", "這些文章要算哪一種？台灣外科醫學會的繼續教育積分（第五條第七、八款），還是介入放射線學會指導老師換證的點數（第五條第一、二款）？兩者的計分不同。",
                        "Which are these papers for: the Taiwan Surgical Association's CME credits (art. 5(7)–(8)), or the TSIR "
                        "instructor certificate's renewal points (art. 5(1)–(2))? The two count papers differently.")


# The instructor certificate named (its title, its field, its issuer, the radiology points it counts)
TSIR_NAMED = re.compile(r"指導老師|指导老师|指導醫師|指导医师|介入|介放|放射|\binstructor\b|\btsir\b|\bIR\b|radiolog\w*|interventional|"
                        r"終身|终身|\blifetime\b|"
                        # (its radiology education points said bare, "教育學分 210 分": the surgical one is 繼續教育積分)
                        r"(?<!繼續)(?<!继续)教育(?:學分|学分|積分|积分)",
                        re.IGNORECASE)
# (the same key as `WHICH_RULES_NEED`: the reply that names the certificate switches the calculator — bot/engine.py)
WHICH_CERTIFICATE_NEED = Need("regulation", "請問是哪一張證書要換證？台灣外科醫學會的外科專科醫師證書（六年內 600 分且每年不得為 0 分，需要每一年的積分），"
                              "還是介入放射線學會的指導老師證書（六年內累積 200 分）？兩者的換證條件不同。",
                              "Which certificate is being renewed: the Taiwan Surgical Association's specialist certificate (600 credits "
                              "in six years and no year at zero — each year's credits are needed), or the TSIR instructor certificate "
                              "(200 points in six years)? The two have different conditions.")


def _tsir_one_paper(args: dict[str, Any]) -> bool:
    """Does the instructor's renewal check read one paper and nothing else (no points, no dates, no other activity)?"""
    acts = args.get("activities") or []
    return (len(acts) == 1 and str(acts[0].get("kind", "")).startswith(("sci_", "non_sci_")) and acts[0].get("count", 1) == 1
            and set(args) == {"activities"})


def _papers_only(args: dict[str, Any]) -> bool:
    """Does the tally read only papers (SCI or not)?"""
    acts = args.get("activities") or []
    return bool(acts) and all(str(a.get("kind", "")).startswith("paper") for a in acts)


# One's own figure asked outright: a sum ("總共幾分", "in total"), a figure worked out for the person ("幫我算", "幫我看", "work it
# out for me"), the grade of one's own set ("機構是幾等")
OWN_FIGURE_ASKED = re.compile(r"(?:總共|总共|合計|合计|一共|加起來|加起来)(?:是|有|可以|能)?(?:拿)?(?:幾|几|多少)|"
                              # one's own grade asked openly ("這樣我評等是什麼", "我的等級會是多少", "what grade would we get",
                              # "what's her grade"): the figure of one's own, not the rule's "是什麼"
                              r"(?:我|我的|我們|我们|機構|机构|醫院|医院|本院)(?:的)?\s*(?:評等|评等|等級|等级|等第)\s*(?:會|会)?(?:是|為|为|算)?\s*"
                              r"(?:什麼|什么|多少|幾等|几等|哪一?等)|"
                              r"\bwhat\s+(?:grade|rating)\s+(?:would|will|do|does|did|should|could)\s+(?:we|i|she|he|they|it)\b|"
                              r"\bwhat(?:'s|\s+is|\s+will\s+be|\s+would\s+be)\s+(?:my|our|her|his|their)\s+(?:[\w-]+\s+){0,2}grade\b|"
                              r"(?:幫我|帮我|替我)(?:算|計算|计算|看|查|估)|(?:我們|我们|我的|機構|机构)(?:是|會是|会是|算)?(?:幾等|几等)|"
                              # the grade of one's own asked as what it is ("這樣我評等是什麼", "我們的等級會是什麼", "機構評等為何") —
                              # not how it is decided ("機構的評等是如何決定的": the rule's method, `RULE_CUES`)
                              r"(?:我|我們|我们|機構|机构)(?:的)?(?:評等|评等|等級|等级|等第)(?:會|会|就|應該|应该)?(?:是|為|为)?(?:什麼|什么|為何|为何|如何(?!去)?(?!決定|决定|判定|評定|评定|認定|认定|挑|選|选|計算|计算|算))|"
                              r"\b(?:work|figure)\s+(?:it|that|this)\s+out\s+for\s+(?:me|us)\b|\bcalculate\s+(?:it|that|this|mine|ours)\b|"
                              # one's own figure named in the request ("can you work out our completion rate", "calculate her
                              # discrepancy", "幫我們算完成率", "帮我们算一下扣多少")
                              r"\b(?:work\s+out|figure\s+out|calculate|compute|tell\s+(?:me|us))\s+(?:what\s+)?(?:my|our|her|his|their)\b|"
                              r"(?:幫|帮|替)(?:我們|我们)(?:算|計算|计算|估)|"
                              r"\bhow\s+many\s+(?:credits|points)\s+(?:in\s+total|altogether|all\s+together)\b|\bwhat(?:'s|\s+is)\s+(?:my|our)\s+total\b",
                              re.IGNORECASE)


def _screening_date_need() -> Need:
    """The deadline vocabulary's own question for the screening date."""
    return _deadline_need("screening_date")


def _deadline_need(name: str) -> Need:
    """The deadline vocabulary's own question for one of its slots."""
    from calculators.vocab_hpa import FOLLOWUP_DEADLINE  # noqa: PLC0415 - the declared slot's wording

    slot = next(s for s in FOLLOWUP_DEADLINE.slots if s.name == name)
    return Need(name, slot.ask[0], slot.ask[1])


# A screening named ("screened", "mammo", "篩檢", "做了乳攝") and its follow-up asked ("follow-up due", "追蹤期限", "複檢要在哪天前")
SCREENED = re.compile(r"\bscreen(?:ed|ing)?\b|\bmammo(?:gram)?s?\b|篩檢|筛检|乳攝|乳摄|乳房攝影|乳房摄影|乳房X光|攝影|摄影", re.IGNORECASE)
FOLLOWUP_ASKED = re.compile(
    r"\bfollow[- ]?up\b|\brecall\b|\bdeadline\b|\bdue\b|\bby\s+when\b|追蹤|追踪|複檢|复检|回診|回诊|期限|截止|最(?:晚|遲|迟|慢)", re.IGNORECASE)
# A category named in any way ("cat 3", "BI-RADS 0", "第三類", "category 零"): the category is stated, not missing
# (the word said with no value, "BI-RADS something (need to check)", "category 不記得", names none: `_NO_VALUE`)
CATEGORY_SAID = re.compile(r"\bcat(?:egory)?\.?\s*\S|\bbi-?rads\b|類|类|\b(?:negative|benign|normal)\b|陰性|阴性|正常|良性", re.IGNORECASE)
_NO_VALUE = re.compile(r"\b(?:cat(?:egory)?|bi-?rads)\.?\s*(?:something|whatever|unknown|not\s+sure|\?+|tbd|n/?a)\b|"
                       r"(?:cat(?:egory)?|bi-?rads)\s*(?:不記得|不记得|忘了|不確定|不确定|還沒查|还没查|待查|[?？]+)", re.IGNORECASE)
# a dated screening of one's own ("a screening mammo done on 2026-10-02"): the date is the case's, whoever's she is
_DATED_SCREENING = re.compile(r"\b(?:screening|screened|mammo\w*|done|performed|taken)\b[^?.]{0,30}?\bon\b|篩檢日|筛检日|(?:日|號|号)\s*(?:篩|筛|做|照)|"
                              # the date written straight after the screening ("screening done 2026-10-05", "screened: 10/5")
                              r"\b(?:screening|screened|mammo\w*)(?:\s+(?:was\s+)?(?:done|performed|taken))?\s*[:,]?\s*(?=\d{1,4}[-/.]\d)",
                              re.IGNORECASE)


def _deadline_category_missing(q: Query) -> Extraction | None:
    """One's own patient's screening dated and her follow-up deadline asked, the category not said ("Pt screened on Oct 2,
    what's her follow-up deadline?", "這位個案10月5日篩檢，追蹤期限到哪天？"): the deadline turns on the category, which is
    asked for — never every category's period quoted as if it answered."""
    from bot.reader.mentions import dates  # noqa: PLC0415 - a date written with or without its year

    relative = not dates(q) and bool(VAGUE_PERIOD.search(q.cues))
    if q.followup is not None or CATEGORY_SAID.search(_without(_NO_VALUE, q.cues)):
        return None
    if not (dates(q) or relative):
        return _deadline_undated(q)
    # (the period asked of her dated screening, "11/3 篩檢的那位小姐，要多久內追蹤完成", is her deadline asked: it turns on the category)
    if not (SCREENED.search(q.cues) and FOLLOWUP_ASKED.search(q.cues)
            and (DEADLINE_DAY.search(q.cues) or CALC_CUES.search(q.cues) or (dates(q) and ASKS_DURATION.search(q.cues)))):
        return None
    if not (OWN_PATIENT.search(q.cues) or PERSONAL.search(q.cues) or _OWN_EN.search(q.cues)
            or (dates(q) and _DATED_SCREENING.search(q.cues) and not HYPOTHETICAL.search(q.cues))):
        return None
    # (a screening dated only relatively, "上個月篩檢", asks its day too)
    needs = [_deadline_need("category")] + ([_deadline_need("screening_date")] if relative else [])
    return Extraction("hpa_followup_deadline", {}, needs=needs, score=1.0, facts=1)


def _deadline_undated(q: Query) -> Extraction | None:
    """One's own case's follow-up deadline asked as a day ("有個個案篩檢結果要追蹤，期限到哪天？", "one of our screened ladies needs
    follow-up — what's the due date?"), neither its category nor its screening day said: both asked — the day turns on them, never
    every category's period quoted as if it answered. (The period asked, "要多久內追蹤", or no case of one's own, is the rule's.)"""
    # (the screening said, or the woman as one's own case: "有個個案要追蹤，期限到哪天")
    if not ((SCREENED.search(q.cues) or OWN_PATIENT.search(q.cues)) and FOLLOWUP_ASKED.search(q.cues) and DEADLINE_DAY.search(q.cues)
            and DATE_ASKED.search(q.cues)):
        return None
    if not (OWN_PATIENT.search(q.cues) or PERSONAL.search(q.cues) or _OWN_EN.search(q.cues)) or HYPOTHETICAL.search(q.cues) \
            or SUPPOSED.search(q.cues) or states_figures(q):
        return None
    return Extraction("hpa_followup_deadline", {}, needs=[_deadline_need("category"), _deadline_need("screening_date")],
                      score=1.0, facts=1)


# Where the rule's count starts ("換證條件的計算日是哪天", "從哪一天開始算", "起算日", "what date is it counted from", "when does the
# clock start"): the rule's reference day, quoted — no date of one's own is asked of it.
COUNTS_FROM = re.compile(
    r"計算日|计算日|起算日|起算點|起算点|基準日|基准日|"
    # the day a figure is taken on ("年齡以哪天為準", "按哪一天算", "以何時為準")
    r"(?:以|按|依)(?:哪一?天|何時|何时|什麼時候|什么时候|哪個日期|哪个日期|什麼日期|什么日期)(?:為準|为准|計算|计算|算)|"
    # (counted back from it too: "從哪天開始往回算", "从哪天起往前推")
    r"(?:從|从|自)(?:哪一?天|何時|何时|什麼時候|什么时候|哪個日期|哪个日期|哪個時間|哪个时间|什麼日期|什么日期)(?:開始|开始)?(?:起)?(?:往回|往前|倒)?(?:算|推|起算|計算|计算)|"
    r"(?:哪一?天|何時|何时|什麼時候|什么时候)(?:開始|开始)(?:起)?(?:往回|往前|倒)?(?:算|推|起算|計算|计算)|"
    r"\b(?:counted|calculated|measured|reckoned|computed)\s+from\s+(?:what|which|when)\b|"
    r"\bfrom\s+(?:what|which)\s+(?:date|day|point)\s+(?:is|are|does|do)\b|"
    r"\bwhen\s+does\s+the\s+(?:\w+\s+){0,3}?(?:count|clock|period|counting)\s+(?:start|begin)\b|"
    r"\b(?:start(?:ing)?|reference)\s+(?:date|day|point)\s+(?:for|of)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:count|period|requirements?|calculation)\b",
    re.IGNORECASE)
# How a standing one has lost is regained ("停判之後要怎樣才能恢復", "怎麼做才能重新判讀", "how does he get reinstated", "what does it
# take to get back to reading"): the rule's procedure, quoted — however the loss is described.
ASKS_REGAIN = re.compile(
    r"(?:怎樣|怎么样|怎麼樣|怎麼|怎么|如何|什麼條件|什么条件)(?:做|辦|办)?(?:才能|才可以|才會|才会|可以|能|才)(?:夠)?"
    r"(?:恢復|恢复|回復|回复|重新|解除|復權|复权|復職|复职|再(?:次)?(?:開始|开始)?(?:判|讀|读|做|執行|执行|攝影|摄影|使用))|"
    r"(?:恢復|恢复|重新取得|重新拿到|拿回)[^，,。？?]{0,10}?(?:的)?(?:條件|条件|程序|流程|方式|辦法|办法)|"
    r"\bhow\s+(?:do|can|does|would|could|should)\s+(?:i|we|he|she|they|the\s+\w+|one|you)\s+(?:\w+\s+)?"
    r"(?:get\s+(?:back|reinstated|re-?instated|re-?qualified|restored|un-?suspended)|regain|restore|be\s+reinstated|resume|return\s+to)\b|"
    r"\bwhat\s+(?:does\s+it\s+take|is\s+needed|is\s+required|do(?:es)?\s+(?:i|we|he|she|they)\s+(?:need\s+to|have\s+to)\s+do)\s+to\s+"
    r"(?:get\s+back|regain|resume|be\s+reinstated|restore|start\s+(?:reading|again))\b", re.IGNORECASE)
# Whether every one of one's own items earns what one is ("是不是5篇都能拿分", "三場都可以算嗎", "全部都能認嗎", "全部都申請嗎", "do all five count",
# "will each of them get credit", "can both be claimed"): the rule's limit or condition asked through one's own count — quoted.
ALL_COUNT = re.compile(
    r"(?:\d+|[一二兩两三四五六七八九十幾几]+)\s*(?:篇|次|場|场|個|个|張|张|堂|門|门|項|项)[^，,。？?\d]{0,3}?(?:全部|全)?都(?:能|可以|可|會|会|有)?"
    r"(?:拿|算|認|认|給|给|採|采|計|计|抵|列)|"
    # ("4篇可以全算嗎", "5場能全部認嗎": all of them, said 全 / 全部 before the verb)
    r"(?:\d+|[一二兩两三四五六七八九十幾几]+)\s*(?:篇|次|場|场|個|个|張|张|堂|門|门|項|项)\s*(?:可以|能|可|會|会)?\s*(?:全部|全)\s*(?:拿|算|認|认|採|采|計|计|抵|列)|(?:全部|通通|全都|每(?:一)?(?:篇|次|場|场|個|个|張|张))(?:都)?(?:能|可以|可|會|会|有)?(?:拿|算|認|认|給|给|採|采|計|计|抵|申請|申请)"
    r"(?:分|積分|积分|學分|学分|進去|进去)?(?:嗎|吗|[?？])|"
    r"\b(?:do|does|will|would|can|could|is|are)\s+(?:all|each|every\s*one|both)\s+(?:\w+\s+){0,2}?(?:of\s+(?:them|these|those|my|our|the)\s+(?:\w+\s+)?)?"
    r"(?:count|get\s+(?:credit|credited|points?)|earn|be\s+(?:credited|counted|claimed)|qualify)\b", re.IGNORECASE)
# The value of each item guessed as a question ("各10分？", "每篇 10 分嗎", "10 each?", "10 points apiece?")
EACH_VALUE_GUESSED = re.compile(
    r"(?:各|每(?:一)?(?:篇|次|場|场|個|个|張|张))\s*(?:是|算|給|给|拿)?\s*\d+(?:\.\d+)?\s*(?:分|積分|积分|學分|学分)\s*(?:嗎|吗|吧|對吧|对吧)?\s*[?？]|"
    r"(?:各|每(?:一)?(?:篇|次|場|场|個|个|張|张))\s*(?:是|算|給|给|拿)?\s*\d+(?:\.\d+)?\s*(?:分|積分|积分|學分|学分)\s*(?:嗎|吗)|"
    r"\b\d+(?:\.\d+)?\s*(?:points?|credits?|pts)?\s*(?:each|apiece)\s*\?", re.IGNORECASE)
# The value in credits asked ("可以拿幾分", "給多少分", "how many points", "what is it worth", "what would I get").
VALUE_ASKED = re.compile(r"(?:幾|几|多少)\s*(?:分|點|点|學分|学分|積分|积分)|\bhow\s+many\s+(?:credits?|points?|pts|cme)\b|\bworth\b|"
                         r"\bwhat\s+(?:do|does|would|will|can|could)\s+(?:i|we|it|that)\s+(?:get|earn|give)\b|\bhow\s+much\b|" +
                         COME_TO,
                         re.IGNORECASE)


# A measure said off by a degree word alone ("分數偏低", "完成率太低", "差異過高了"), its figure not given: one's own result when
# the question owns it (an item of one's own, we, this time) or says the test done or the result in ("做完了", "出來了",
# "came back"); "差異太高會怎樣" with neither is the rule's condition.
_DEGREE_LOW = re.compile(r"(?:分數|分数|成績|成绩|得分|率|差異|差异|量)(?:都|也|還是|还是|又)?(?:偏|太|過|过)(?:高|低|差)")
_OWNED = re.compile(r"我們|我们|我的|本院|我院|這次|这次|今年|有[一1]?(?:項|项|個|个)|其中[一1]?(?:項|项|個|个)|某[一1]?(?:項|项|個|个)|"
                    r"做完|測完|测完|出來了|出来了|結果出|结果出|拿到|收到", re.IGNORECASE)


def _own_low(text: str) -> bool:
    """Is a measure of one's own said too low or high with no figure (`_DEGREE_LOW` beside `_OWNED`)?"""
    return bool(_DEGREE_LOW.search(text) and _OWNED.search(text))


def _paired_slots(ext: Extraction) -> bool:
    """Does the reading still need two or more slots of one unit (the positive and negative discrepancy, "…_pct"), which a
    bare figure of that unit would fit alike?"""
    units = [n.key.rsplit("_", 1)[-1] for n in ext.needs if "_" in n.key]
    return any(units.count(u) >= 2 for u in set(units))


def _no_own_case(q: Query) -> bool:
    """The question states no figure, date, year, vague amount, sum or act of one's own: a case at most named or supposed."""
    t = q.text
    return not (states_figures(q) or find_dates(t) or find_years(t, q.today) or find_vague(t) or OWN_SUM.search(t)
                or OWN_ACTIVITY.search(t) or SO_FAR.search(t) or VAGUE_PERIOD.search(t)
                or REPORTED.search(t) or RESULT_IN.search(t))


def _rule_value_of_a_case(q: Query) -> bool:
    """The rule's value or consequence asked of a case supposed ("if I'm the speaker at a monthly meeting, how much extra",
    "if every unit fails the retest, what happens", "假如我是座長，給幾分"), with nothing of one's own case stated: the rule's,
    quoted — a total of one computed from defaults would only restate it. (A deduction asked of a supposed rate, "如果完成率不到會扣多少",
    keeps its question back: the amount turns on the rate.)"""
    if q.followup is not None or STRONG_CALC.search(q.cues) or not _no_own_case(q):
        return False
    # (a role merely held, "我是通訊作者，SCI 幾分", is left to the calculation of one: the banks read it as one's own paper as often
    # as the rule's rate, and a total of one states the rule's figure either way)
    return bool(SUPPOSED.search(q.cues))


@dataclass
class Decision:
    route: str  # calculator | clarify | retrieval | out_of_scope
    extraction: Extraction | None = None


# Facts a verdict turns on that are conditions, not figures: asked for when a duty hangs on them (`ASKS_OBLIGATION`).
CONDITION_NEEDS = frozenset({"human_factor"})
# One's birth said without its day — by its year alone or its year and month, in any common form ("我是1966年生的", "1966年3月出生",
# "民國55年3月生", "55年次", "66年次的", "出生年月 1966/03", "born in 1966", "born March 1966", "born in 03/1966") — and article 6's
# lifetime certificate asked: the age that counts is the one on the application day, so the birth date and that day are
# asked for — the rule's "60 歲以上" is never quoted as the person's yes (nor is a 60 quoted from the rule, "聽說60歲可以申請終身",
# read as their age). (A full birth date, "1966年3月15日生", is the reader's: tsir_renewal_check's birth_date.)
_MONTH_EN = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR_MONTH_ZH = r"\s*年\s*(?:(?:0?[1-9]|1[0-2])\s*月(?:份)?\s*)?"
BIRTH_YEAR = re.compile(
    rf"(?<![\d.])(?:19|20)\d\d{_YEAR_MONTH_ZH}(?:次|出生|生)(?!\s*[日效])|民國\s*\d{{2,3}}{_YEAR_MONTH_ZH}(?:次|出生|生)(?!\s*[日效])|"
    # the ROC year without 民國: 年次 always dates a birth ("55年次", "66年次的"); 生 / 出生 after a year and month too
    rf"(?<![\d.])\d{{2,3}}\s*年次|(?<![\d.])[3-9]\d\s*年\s*(?:0?[1-9]|1[0-2])\s*月(?:份)?\s*(?:出生|生)(?!\s*[日效])|"
    # 出生 said first, then a year, or a year and month, with no day ("出生年月 1966/03", "生於民國55年3月", "出生於 1966 年")
    r"(?:出生|生於|生于)(?:年份?|年月)?\s*(?:於|于|在|是|為|:|：)?\s*(?:民國\s*)?(?:(?:19|20)\d\d|\d{2,3})"
    r"(?:\s*年(?:\s*(?:0?[1-9]|1[0-2])\s*月)?|\s*[/.-]\s*(?:0?[1-9]|1[0-2]))(?!\s*[/.-]?\s*\d)(?!\s*\d{1,2}\s*[日號号])|"
    rf"\bborn\s+(?:in\s+)?(?:(?:{_MONTH_EN}\s+(?:of\s+)?|(?:0?[1-9]|1[0-2])\s*/\s*))?(?:19|20)\d\d\b(?!\s*[-/.]\s*\d)|"
    r"\b(?:birth\s+year|year\s+of\s+birth)\b", re.IGNORECASE)
# (the lifetime certificate said in other words: "永久有效", "終生", "permanent", "for good", "never expires")
LIFETIME_ASKED = re.compile(r"終身|终身|終生|终生|永久|永遠有效|永远有效|lifetime|for\s+life|\bpermanent(?:ly)?\b|\bfor\s+good\b|"
                            r"\bnever\s+(?:expires?|lapses?|runs?\s+out)\b", re.IGNORECASE)
# Whether renewing is still needed, asked beside one's birth ("民國55年3月生，還需要換證嗎", "born in 1966 — do I still have to
# renew?"): article 6's exemption at 60 is what the birth is said for.
STILL_RENEW_ASKED = re.compile(r"(?:還|还|仍|仍然|繼續|继续)\s*(?:需要|要|得|須|需|用)?\s*(?:換證|换证|續證|续证|展延|更新)|"
                               r"(?:需不需要|要不要|用不用|還要不要)\s*(?:再)?\s*(?:換證|换证|續證|续证|更新)|免換證|免换证|"
                               # (the exemption asked as a denial: "是不是就不用換證了", "可以不必再续证吗")
                               r"(?:不用|不必|不需|不需要|無需|无需|毋須|毋需|免)\s*(?:再)?\s*(?:換證|换证|續證|续证|更新|展延)|"
                               r"\bstill\s+(?:need|have|got)\s+to\s+renew\b|\b(?:keep|stop)\s+renewing\b|"
                               # ("do I need to renew the instructor cert at all", "do I even have to renew")
                               r"\b(?:need|have)\s+to\s+renew\b[^?.]{0,50}\bat\s+all\b|\bdo\s+I\s+even\s+(?:need|have)\s+to\s+renew\b",
                               re.IGNORECASE)


def _lifetime_dates_missing(q: Query, found: list[Extraction]) -> Extraction | None:
    """The instructor renewal reading, asked back for the birth date and the application date, when the lifetime certificate
    (or whether renewing is still needed, with no other fact of the renewal) is asked of a birth said without its day
    (`BIRTH_YEAR`); else None. With no reading of the renewal found (no instructor named: "1966年3月出生，可以申請終身證書嗎"), one
    is made: article 6's lifetime certificate is the instructor's alone. An age said only as nearing 60 ("我明年滿60，是不是可以申請
    終身的指導老師證書") is not asked back: the rule's answer (60 on the application day) is what eight writers of the blind banks
    expect, and it answers the question whatever the dates."""
    if q.followup is not None or not BIRTH_YEAR.search(q.cues):
        return None
    check = next((c for c in found if c.tool == "tsir_renewal_check"), None)
    # (the instructor certificate named, its renewal said in words its renewal reading lacks, "指導醫師證可以不用再更新了嗎": ours)
    ours = check is not None or (TSIR_NAMED.search(q.cues) is not None and not SURGICAL_NAMED.search(q.cues))
    if not LIFETIME_ASKED.search(q.cues) and not (STILL_RENEW_ASKED.search(q.cues) and ours and not (check and check.facts)):
        return None  # (renewing asked of another certificate, "外科專科醫師證書還要換證嗎", has no instructor reading)
    if check is None and any(c.facts for c in found):
        return None  # another calculation's own facts are given: that one is asked
    check = check if check is not None else Extraction(tool="tsir_renewal_check", args={"activities": []})
    if check.args.get("birth_date") or check.invalid:
        return None
    from calculators.vocab_tsir import RENEWAL  # noqa: PLC0415 - the declared slots' own questions

    application = next(s for s in RENEWAL.slots if s.name == "application_date")
    return replace(check, needs=[BIRTH_DATE_NEED, Need(application.name, application.ask[0], application.ask[1])])



# The lifetime certificate asked of oneself (article 6) with no age and no birth said at all: whether one may have it ("can I go
# for the lifetime instructor certificate? I'd apply next month", "我下個月要送件，可以申請終身指導老師證書嗎") or whether one is
# old enough ("am I old enough", "我年紀夠了嗎") — the verdict turns on the birth date and the application day, both asked for,
# never the rule's "60 歲以上" quoted as the person's yes. A question on the rule itself ("幾歲可以申請終身", "at what age", "年齡
# 以哪天為準") and an age said outright ("我今年 61 歲", "快60了": `AGE_STATED`, `neared_age`) stay as they were.
SELF_ASKED = re.compile(
    r"\b(?:can|could|may|should|would)\s+I\b|\b(?:am|do)\s+I\b|\bI\s+(?:qualify|meet)\b|\bmy\s+(?:age|eligibility)\b|"
    r"我[^，,。；;？?]{0,12}?(?:可以|可不可以|能|能不能|可否|能否|夠|够|符合|有沒有資格|有没有资格|有資格|有资格|適用|适用|行不行)|"
    r"(?:可以|能|夠|够|符合)[^，,。；;？?]{0,16}?我\s*(?:嗎|吗|[?？])|"
    # (the subject said once, the ask after a comma: "我下個月要送件，可以申請終身的嗎")
    r"我[^？?]{0,30}?(?:可以|可不可以|能|能不能|可否|能否)[^，,。；;？?]{0,16}?(?:嗎|吗|[?？])", re.IGNORECASE)
# One's own application planned ("I'd apply next month", "when I renew next spring", "planning to send it in", "我打算下個月送件",
# "明年要换证的时候", "準備申請")
OWN_APPLICATION_PLANNED = re.compile(
    r"\bI(?:'d|'ll|\s+would|\s+will|\s+plan\s+to|\s+am\s+planning\s+to|'m\s+planning\s+to|\s+want\s+to|\s+intend\s+to|'m\s+going\s+to|\s+am\s+going\s+to)"
    r"\s+(?:\w+\s+){0,2}?(?:apply|send|submit|file|renew|go\s+for)\b|\bwhen\s+I\s+(?:renew|apply|submit|send)\b|"
    r"\b(?:planning|plan|going|intending)\s+to\s+(?:apply|send|submit|file|renew)\b|\bapplying\s+(?:next|this|in|soon)\b|"
    # (a plan, never a duty asked: "之後還要換證嗎" is no application of one's own)
    r"(?:打算|準備|准备|預計|预计|計畫|计划|想要?|我要|我會|我会|即將|即将)[^，,。；;？?]{0,8}?(?:申請|申请|送件|遞件|递件|交件|送出|提出|換證|换证)|"
    r"(?:下個?月|下个月|明年|今年|年底|年初|下半年|上半年|過幾個月|过几个月)[^，,。；;？?]{0,6}?(?:申請|申请|送件|遞件|递件|交件|換證|换证)",
    re.IGNORECASE)
# Whether one's age is enough asked ("am I old enough", "年紀夠了嗎", "年龄到了没", "夠不夠年齡", "do I meet the age requirement")
AGE_ENOUGH_ASKED = re.compile(
    r"\bold\s+enough\b|\b(?:meet|reach|hit|pass)\s+the\s+age\b|\bage[- ]wise\b|\bage\s+(?:requirement|limit)\b[^?.]{0,20}\b(?:meet|ok|okay)\b|"
    # (asked, never the rule recalled: "聽說年紀到了可以拿終身的" says the rule's age, no question of one's own)
    r"(?:年紀|年纪|年齡|年龄|歲數|岁数)\s*(?:夠|够|到|符合|滿|满|達|达)(?:了)?\s*(?:嗎|吗|沒|没|[?？])|"
    r"(?:年紀|年纪|年齡|年龄|歲數|岁数)\s*(?:夠不夠|够不够|到了沒|到了没|到沒到|到没到|符不符合|達不達|达不达)|"
    r"(?:夠|够|符合)\s*(?:年紀|年纪|年齡|年龄)(?:了)?\s*(?:嗎|吗|沒|没|[?？])|夠不夠年|够不够年", re.IGNORECASE)
# The rule itself asked: at what age, the age's reference day, how to apply ("幾歲可以", "what age", "age cutoff", "以哪天為準")
RULE_AGE_ASKED = re.compile(
    r"幾歲|几岁|多少歲|多少岁|什麼年紀|什么年纪|幾年紀|\bwhat\s+age\b|\bage\s+cut-?off\b|\bhow\s+old\s+(?:do|does|must|should)\b|"
    r"\bfrom\s+what\s+age\b|(?:以|按|用|算)(?:哪一?天|何時|何时)|哪天(?:為準|为准|算)|\bas\s+of\s+what\b|\bcounted\s+(?:on|as\s+of|from)\b|"
    r"怎麼申請|怎么申请|如何申請|如何申请|\bhow\s+(?:do|can)\s+(?:I|you|one)\s+apply\b|要(?:準備|准备|交)(?:什麼|什么|哪些)",
    re.IGNORECASE)
# an age or the rule's age said in any way ("60", "六十", "sixty"): the rule is recalled or one's age given — left as it was
_AGE_FIGURE = re.compile(r"(?<![\d.])[4-9]\d(?![\d.])|六十|五十|sixty|fifty", re.IGNORECASE)


def _lifetime_self_undated(q: Query, found: list[Extraction]) -> Extraction | None:
    """The instructor renewal reading, asked back for the birth date and the application date, when the lifetime certificate is
    asked of oneself (`SELF_ASKED` with one's own application planned, or whether one is old enough) and no age, birth or
    figure of it is said (`_AGE_FIGURE`, `AGE_STATED`, `neared_age`, `BIRTH_YEAR`); else None."""
    if q.followup is not None or not LIFETIME_ASKED.search(q.cues) or SURGICAL_NAMED.search(q.cues):
        return None
    if (BIRTH_YEAR.search(q.cues) or AGE_STATED.search(q.text) or neared_age(q.text) or _AGE_FIGURE.search(q.text)
            or RULE_AGE_ASKED.search(q.cues) or find_dates(q.text) or THIRD_PERSON.search(q.cues) or SUPPOSED.search(q.cues)):
        return None
    if not (AGE_ENOUGH_ASKED.search(q.cues) or (SELF_ASKED.search(q.cues) and OWN_APPLICATION_PLANNED.search(q.cues))):
        return None
    if any(c.facts for c in found if c.tool != "tsir_renewal_check"):
        return None  # another calculation's own facts are given: that one is asked
    check = next((c for c in found if c.tool == "tsir_renewal_check"), None)
    if check is not None and (check.facts or check.invalid or check.args.get("birth_date")):
        return None
    check = check if check is not None else Extraction(tool="tsir_renewal_check", args={"activities": []})
    from calculators.vocab_tsir import RENEWAL  # noqa: PLC0415 - the declared slots' own questions

    birth, application = (next(s for s in RENEWAL.slots if s.name == n) for n in ("birth_date", "application_date"))
    return replace(check, needs=[Need(birth.name, "請問您的出生日期（年、月、日）？", "What is your date of birth (year, month and day)?"),
                                 Need(application.name, application.ask[0], application.ask[1])])


def _lifetime_self_replied(q: Query, found: list[Extraction]) -> Decision | None:
    """A reply to the question back of `_lifetime_self_undated` ("born 1965-05-20, I'd apply on 2027-03-01"): the instructor
    renewal reading that it asked for, completed by the reply — never another reading the reply's dates fit (the renewal window
    would take the application day for the certificate's expiry). None when the question was not asked back so."""
    if q.followup is None or not ({"birth_date", "application_date"} & set(q.expected)):
        return None
    asked = Query(q.original, q.today)
    if _lifetime_self_undated(asked, candidates(asked)) is None:
        return None
    check = next((c for c in found if c.tool == "tsir_renewal_check"), None)
    if check is None or not (check.args.get("birth_date") or check.args.get("application_date")):
        return None
    return Decision("calculator" if check.complete and not check.invalid else "clarify", check)


# One's own certificate's date said only vaguely ("幾年前發的", "前幾年拿到的", "快到期了", "got it a few years ago", "expires
# soon") and whether one may apply for its renewal NOW asked ("現在能申請換證了嗎", "可以開始送展延了嗎", "can I renew yet", "is it
# time to apply"): the window turns on the certificate's date, which is asked for — never the credits check (no credit is said),
# never the rule's period quoted as the yes. (A date said, "2020年12月1日發的", is the window's own reading.)
VAGUE_CERT_TIME = re.compile(
    r"(?:幾|几|好幾|好几|兩|两|三|四|五|六|\d+|多)\s*年前|前(?:幾|几|兩|两|三)年|很久(?:以)?前|早年|"
    r"(?:快|即將|即将|就要|快要|馬上|马上)(?:要)?(?:到期|過期|过期|期滿|期满|屆滿|届满)|"
    r"\b(?:a\s+few|some|several|many|\d+|two|three|four|five|six)\s+(?:years?|yrs?)\s+(?:ago|back)\b|\ba\s+while\s+(?:ago|back)\b|"
    r"\b(?:expires?|expiring|runs?\s+out|running\s+out|lapses?|lapsing)\s+soon\b|\babout\s+to\s+(?:expire|run\s+out|lapse)\b|"
    r"\b(?:nearly|almost)\s+(?:expired|up)\b", re.IGNORECASE)
APPLY_NOW_ASKED = re.compile(
    r"(?:現在|现在|目前|這時候|这时候|此時|此时)[^，,。；;？?]{0,16}?(?:申請|申请|送|換|换|展延|延展|續證|续证)[^，,。；;？?]{0,10}?"
    r"(?:了嗎|了吗|了沒|了没|嗎|吗|[?？])|"
    r"(?:可以|能|可不可以|能不能)(?:開始|开始)?(?:申請|申请|送件|送|換|换|展延|續證|续证)[^，,。；;？?]{0,8}?了(?:嗎|吗|沒|没|[?？])|"
    r"(?:換證|换证|展延|續證|续证|申請|申请)了(?:嗎|吗|沒|没)|來得及|来得及|是時候|是时候|到時候了|到时候了|"
    r"\b(?:can|could|may|should)\s+I\s+(?:\w+\s+){0,4}?(?:renew|apply|file|submit|extend|send)\w*\b[^?.]{0,40}?\b(?:yet|now|already)\b|"
    r"\bis\s+it\s+(?:time|too\s+early|too\s+late)\b|\b(?:window|renewal)\s+(?:is\s+)?(?:open|opened)\b|"
    r"\b(?:in|within)\s+(?:the|my)\s+(?:renewal\s+)?window\b|\b(?:still\s+)?in\s+time\b", re.IGNORECASE)
_RENEWAL_SAID = re.compile(r"\brenew\w*|\bextension\b|\bextend\w*|換證|换证|換發|换发|換新|换新|展延|延展|續證|续证|更新", re.IGNORECASE)


def _window_date_unsaid(q: Query, found: list[Extraction]) -> Extraction | None:
    """The renewal window's reading, asked back for the certificate's date, when that date is said only vaguely
    (`VAGUE_CERT_TIME`) and whether one may apply now is asked (`APPLY_NOW_ASKED`), with no date, no credits and no other
    calculation's facts said; else None."""
    if q.followup is not None or not (VAGUE_CERT_TIME.search(q.cues) and APPLY_NOW_ASKED.search(q.cues)
                                      and _RENEWAL_SAID.search(q.cues)):
        return None
    if find_dates(q.text) or LIFETIME_ASKED.search(q.cues) or BIRTH_YEAR.search(q.cues) or SUPPOSED.search(q.cues):
        return None
    vague = [m.span() for m in VAGUE_CERT_TIME.finditer(q.text)]
    if any(not any(a <= x.start < b for a, b in vague) for x in q.quantities):
        return None  # a figure besides the vague time (credits, counts): that calculation's
    if any(c.facts for c in found if c.tool != "renewal_window"):
        return None
    from bot.reader import read, vocabularies  # noqa: PLC0415 - the window's own vocabulary, read past its block

    vocab = next(v for v in vocabularies() if v.tool == "renewal_window")
    window = next((c for c in found if c.tool == "renewal_window"), None) or read(q, replace(vocab, block=()))
    if window is None or window.facts or window.invalid:
        return None
    return window

# One's own age stated outright, past 60 ("I'm turning 61 this year", "今年 62 歲", "已經 63 岁了", "I'm 64"): with no other fact of
# the instructor renewal, whether one must keep renewing is the lifetime clause's (第六條), quoted — no points to ask for.
# (At 60 itself the application day decides: the dates are asked back, `_lifetime_dates_missing`.)
AGE_STATED = re.compile(r"\bturn(?:ing|ed|s)?\s+(\d{2})\b|\b(\d{2})\s*(?:years?\s+old|yrs?\s+old|y/?o)\b|\b(?:i'?m|i\s+am|she'?s|he'?s)\s+(?:now\s+)?(\d{2})\b(?!\s*(?:%|points?|credits?|cases?|pts))|"
                        r"(?:今年|已經|已经|現在|现在|我)?(?:滿|满)?\s*(\d{2})\s*(?:歲|岁)", re.IGNORECASE)


def _ages_only(q: Query) -> bool:
    """Is every figure of the question one's own age (`AGE_STATED`: "明年滿60歲", "I'm 59")?"""
    spans = [m.span() for m in AGE_STATED.finditer(q.text)]
    return bool(spans) and all(any(a <= x.start < b for a, b in spans) for x in q.quantities) and not find_dates(q.text)


def _age_past_sixty_only(q: Query, found: list[Extraction]) -> bool:
    """Is one's own age the only fact of the instructor renewal given, and past 60 (`AGE_STATED`)?"""
    if q.followup is not None:
        return False
    ages = [int(g) for m in AGE_STATED.finditer(q.text) for g in m.groups() if g]
    check = next((c for c in found if c.tool == "tsir_renewal_check"), None)
    return (bool(ages) and min(ages) > 60 and check is not None and check.facts == 0 and not check.args.get("birth_date")
            and not any(c.facts for c in found))


BIRTH_DATE_NEED = Need("birth_date", "請問您確切的出生日期（年、月、日）？只憑出生年份或年月無法判斷申請日當天是否已滿 60 歲。",
                       "What is your exact date of birth (day and month too)? The birth year, or year and month, alone cannot tell "
                       "whether you are 60 on the application day.")


def _below_seniority(years: object) -> bool:
    """Are the years as a specialist short of article 1(1)'s seniority (the case path's 8 years)?"""
    from calculators.tsir_instructor import YEARS_AS_SPECIALIST  # noqa: PLC0415 - the calculator's own threshold

    return isinstance(years, (int, float)) and years < YEARS_AS_SPECIALIST


# The case count one needs asked ("how many cases do i need", "要做幾例", "需要多少例", "case數要多少")
CASES_ASKED = re.compile(r"\bhow\s+many\s+(?:more\s+)?(?:cases|procedures|cases?\s+logged)\b|\b(?:case|procedure)\s+(?:count|number)s?\b[^.?!]{0,20}?\?|"
                         r"(?:幾|几|多少)\s*(?:例|個案|个案|台刀|case)|(?:case|個案|个案)\s*(?:數|数)?\s*(?:要|需要|得)?\s*(?:幾|几|多少)",
                         re.IGNORECASE)


def _domain_pending(q: Query, first: Extraction) -> Extraction | None:
    """The instructor eligibility reading, asked back for its domain, when the case count one needs is asked (`CASES_ASKED`)
    beside one's own seniority that meets article 1(1)'s ("how many cases do i need for the IR instructor cert? been a rad
    specialist 10 yrs"): the count is the domain's (article 2: 100, 180 or 300), so the domain is asked for — never one
    domain's figure picked. (Short of the seniority, or with no fact of one's own, the rule's table answers: the rules.)"""
    if (q.followup is not None or first.tool != "tsir_instructor_eligibility" or first.facts < 1 or first.invalid
            or [n.key for n in first.needs] != ["domain"] or _below_seniority(first.args.get("years_as_specialist"))
            or not CASES_ASKED.search(q.cues)):
        return None
    return first


# One answer decides the same text several times (the multi-part check, the co-calculation check, each part, the main
# path): the last few decisions are remembered by everything a decision depends on (`bot.extract.query_key`: the text, the
# day, a pending reply and the keys it was asked for). Each call gets its own copy: callers may change the extraction.
RECENT_DECISIONS = 8
_recent_decisions: OrderedDict[tuple, Decision | None] = OrderedDict()
_recent_decisions_lock = threading.Lock()


def decide_calculation(q: Query) -> Decision | None:
    """Calculator or clarify when the question asks for a figure about the user's own case; else None.

    Remembered for the last `RECENT_DECISIONS` queries (`_decided`); the result is always the caller's own copy."""
    key = query_key(q)
    with _recent_decisions_lock:
        if key in _recent_decisions:
            _recent_decisions.move_to_end(key)
            return copy.deepcopy(_recent_decisions[key])
    decision = _arbitrated(q, _decided(q))
    if decision is not None and decision.extraction is not None and condition_unmet(q, decision.extraction):
        decision = None
    with _recent_decisions_lock:
        _recent_decisions[key] = copy.deepcopy(decision)
        while len(_recent_decisions) > RECENT_DECISIONS:
            _recent_decisions.popitem(last=False)
    return decision


def condition_unmet(q: Query, ext: Extraction) -> bool:
    """Does the question state a value that a condition the rule puts on one of the reading's activities (or flags)
    excludes ("在區域醫院進修三個月" against 5.9(2)'s 限在醫學中心進修, "在台東偏鄉執業" against 5.15's islands)? Then the
    activity is never computed as the kind that meets it (a wrong figure stated as the answer): the clause that sets the
    condition answers (SPEC §3). The conditions are the calculator's (calculators/vocab_tsa.py); the values that exclude
    one another, and the reading of the question's own alternative ("…還是一定要醫學中心"), are the rules answer's
    (`bot.rules_answer.rule_not_met`). A follow-up reply is read in its thread, not here."""
    if q.followup is not None:
        return False
    from calculators.vocab_tsa import FLAG_CONDITIONS, KIND_CONDITIONS  # noqa: PLC0415 - one table, read on demand
    clauses = [cid for tool, kind, cid in KIND_CONDITIONS
               if tool == ext.tool and any(item.get("kind") == kind for item in _list_items(ext.args))]
    clauses += [cid for tool, flag, cid in FLAG_CONDITIONS if tool == ext.tool and ext.args.get(flag) is True]
    if not clauses:
        return False
    from bot.rules_answer import case_excluded  # noqa: PLC0415 - the rules answer's families of excluded values
    from calculators.vocab_tsa import MEDICAL_CENTRES  # noqa: PLC0415
    from knowledge.corpus import load_corpus  # noqa: PLC0415
    if re.search(MEDICAL_CENTRES, q.text, re.IGNORECASE):
        # (a medical centre named by its name, "在地區醫院上班，去台大進修三個月": the training is there)
        clauses = [cid for cid in clauses if cid != "tsa-cme/5.9.2"]
    corpus = load_corpus()
    return any(case_excluded(corpus.get(cid).text, q.text) for cid in clauses if corpus.get(cid) is not None)


# The arbiter's zone (issues 9, 10): a calculation or a question back read from a question that names credits or a score,
# where what is asked may as well be the rule's figure as one's own ("想辦一場研討會申請積分，規定在哪一條", "一篇非SCI一作能抵
# 多少學分"): the cue lists decide such questions by wording, and wording written blind overruns them. Outside the zone the
# cue router alone decides — a follow-up reply; no fact read (the question back asks for one's figures: never a wrong
# figure) or two or more facts or items (a case of one's own, whatever its words); one's own amount said vaguely or one's
# result stated with its figure ("75分，是哪一等", "完成率55%"); a sum / "enough" asked; no credit or score word — so an
# ordinary calculator question never reaches the classifier. In the zone the arbiter (bot.route_arbiter: character
# n-gram tf-idf + logistic regression trained on the labelled questions; no encoder, ~0.3 ms) sends the question to the
# rules when it reads the rule asked with P ≥ ARBITER_P, chosen on the training rows of the first, wider zone (≤ 1 fact;
# 726 rows, 57 rule-asked: P ≥ 0.9 flipped 16 of them and 8 own, out-of-fold) — docs/route_arbiter.md.
ARBITER_WORDS = re.compile(r"積分|积分|學分|学分|分數|分数|給分|给分|計分|计分|幾分|几分|多少分|\d\s*分(?![鐘钟之])|"
                           r"\bcredits?\b|\bpoints?\b|\bCME\b|\bscores?\b", re.IGNORECASE)
ARBITER_P = 0.9  # chosen on training rows (scripts/measure_router.py --zone), not on the validation files
ARBITER_FACTS = 1
RESULT_STATED = re.compile(r"\d+(?:\.\d+)?\s*(?:分(?![鐘钟之])|%|％|percent\b)", re.IGNORECASE)


def arbiter_zone(q: Query, decision: Decision | None) -> bool:
    """Is `decision` (the cue router's) one the arbiter may overrule? No encoder is needed to say."""
    if decision is None or decision.route not in ("calculator", "clarify") or q.followup is not None:
        return False
    ext = decision.extraction
    # exactly one fact read: with none, the question back asks for the person's own figures (never a wrong figure);
    # with two or more, or items, a case of one's own
    if ext is None or ext.facts != ARBITER_FACTS or _items(ext.args) > 1 or ext.extra_calls:
        return False
    # the one item said with a size the rule multiplies past one unit ("a 4 hr course credited by hours", "進修三個月",
    # "2 篇"): its figure is worked out from that size (3 per hour, 8 per month, per paper), not a value the rule states —
    # the rules' per-unit line would not answer it. (A meeting's days are no such size: 5.5 bands a seminar by its length.)
    if _sized(ext.args):
        return False
    # one's own amount or result said without its figure ("好幾組", "a few meetings", "分數太低"): one's own case
    if find_vague(q.text) or vague_amount(q.text) or VAGUE_RESULT.search(q.cues) or RESULT_IN.search(q.cues):
        return False
    # one's own result stated with its figure ("假體影像分析75分，是哪一等", "完成率55%，扣多少"): the calculation reads it
    if RESULT_STATED.search(q.text):
        return False
    return bool(ARBITER_WORDS.search(q.cues)) and not OWN_SUM.search(q.cues) and not ENOUGH_ASKED.search(q.cues)


_SIZES = ("hours", "months", "count")


def _list_items(args: Any) -> list[dict]:
    """The items (activities, papers, meetings) a call's arguments list — what `_items` counts."""
    return [x for v in args.values() if isinstance(v, list) and all(isinstance(x, dict) for x in v) for x in v] \
        if isinstance(args, dict) else []


def _sized(args: Any) -> bool:
    """Does an item of `args` (or the flat arguments themselves) carry a size the rule multiplies (hours, months, a
    count) past one unit?"""
    from calculators.tsa_cme import BANDED_HOURS_KINDS  # noqa: PLC0415 - the calculator's own table

    items = _list_items(args) or ([args] if isinstance(args, dict) else [])
    # (a seminar's hours only place it in 5.5's band, "大概一个半小时" — no size the rule multiplies, as a meeting's days)
    return any(isinstance(item.get(k), (int, float)) and not isinstance(item.get(k), bool) and item[k] > 1
               and not (k == "hours" and item.get("kind") in BANDED_HOURS_KINDS)
               for item in items for k in _SIZES)


def _arbitrated(q: Query, decision: Decision | None) -> Decision | None:
    """The cue router's decision, or None (the rules) where the arbiter reads the rule asked in its zone."""
    from bot import route_arbiter  # noqa: PLC0415 - only a question in the zone loads it

    kind = route_arbiter.kind()
    if kind is None or not arbiter_zone(q, decision):
        return decision
    return None if route_arbiter.get_arbiter().p_rule(q.folded, kind) >= route_arbiter.threshold(ARBITER_P) else decision


# The six years' credits summed to a total of one's own ("六年积分加起来 640 分", "6年學分總共 610", "my six years add up to 640
# credits"): the surgical certificate's renewal, whose requirement is the six yearly totals (第十條: 600 in six years and no year
# at 0) — the instructor certificate counts points within its six years from its listed activities, never year by year. With
# no word of either certificate (`_certificate_named`), both are possible: which one is asked (`_yearly_total_unnamed`), as for any
# six-year total renewed unnamed; the surgical certificate named asks each year's credits.
_YEARLY_TOTAL = re.compile(
    r"(?:六|6)\s*(?:個|个)?\s*年(?:度)?(?:間|间|內|内|中|裡|里|之間|之间|之內|之内|當中|当中)?(?:的|來|来|下來|下来)?\s*(?:的)?\s*(?:積分|积分|學分|学分|CME)\s*(?:全部)?(?:加起來|加起来|加總|加总|總共|总共|合計|合计|一共|總計|总计|共)"
    r"\s*(?:有|是|為|为|=|：|:)?\s*(?:約|约|大概)?\s*\d|"
    r"\b(?:six|6)\s+years?\b[^?.]{0,30}?\b(?:add(?:s|ed)?\s+up\s+to|total(?:s|led|ing)?|sum(?:s|med)?\s+to|come\s+to)\s+(?:about\s+|around\s+)?\d+\s*(?:credits?|points?|pts|CME)",
    re.IGNORECASE)
# (a certificate's bare titles beside the two certificates' own words, `TSIR_NAMED` and `SURGICAL_NAMED`: "外專", "專科", "board")
_TITLE_NAMED = re.compile(r"外專|外专|專科|专科|\bboard\b", re.IGNORECASE)


def _certificate_named(text: str) -> bool:
    """Is either certificate named, by its own words or a bare title?"""
    return any(p.search(text) for p in (TSIR_NAMED, SURGICAL_NAMED, _TITLE_NAMED))


def _yearly_total_unnamed(q: Query, found: list[Extraction]) -> Decision | None:
    """Which certificate, asked, where the question sums its six years' credits (`_YEARLY_TOTAL`) with no certificate
    named: the same question back as any six-year total renewed unnamed ("六年累積 700 學分夠不夠換證") — the surgical
    certificate named ("外科專科證書", "展延") asks its six yearly credits instead (第十條: no year at zero)."""
    if q.followup is not None or not _YEARLY_TOTAL.search(q.text) or _certificate_named(q.text):
        return None
    tools = [c.tool for c in found]
    if "tsa_renewal_check" not in tools or any(c.facts for c in found if c.tool != "tsir_renewal_check"):
        return None
    # (the surgical check carries the question: six yearly credits in reply compute it; a reply naming the instructor's
    # certificate switches to its renewal — bot/engine.py, the same key as `WHICH_RULES_NEED`)
    return Decision("clarify", replace(found[tools.index("tsa_renewal_check")], needs=[WHICH_CERTIFICATE_NEED]))


# The count a named item's requirement sets asked ("消融那一項要幾例", "需要做到多少例", "how many cases does ablation need", "how many
# procedures are required for embolisation").
REQUIRED_COUNT_ASKED = re.compile(
    r"(?:要|需要|須|须|得|必須|必须)\s*(?:做|做到|做滿|做满|累積|累积|達到|达到|有)?\s*(?:幾|几|多少)\s*(?:例|個案|个案|台|件|案)|"
    r"\bhow\s+many\s+(?:[\w-]+\s+){0,2}?(?:cases|procedures)\s+(?:(?:do|does|would|will)\s+(?:[\w-]+\s+){0,3}?(?:need|require)|"
    r"(?:are|is)\s+(?:needed|required)|needed|required)\b",
    re.IGNORECASE)


def _requirement_beside_rough_count(q: Query, first: Extraction) -> bool:
    """Is a named item's required count asked (`REQUIRED_COUNT_ASKED`: "消融那一項要幾例？") beside one count of one's own said only
    roughly and nothing else of one's case ("我 RFA 跟 MWA 合起來大概 150，不知道夠不夠", "I've got roughly 150")? The requirement is
    what is asked — its figure quoted, the person compares — never a question back for the years no one asked about. Whether one
    may apply, or a case given whole, stays the calculation's (fu44: "消融差不多做了 150 例，能申請嗎")."""
    if q.followup is not None or not REQUIRED_COUNT_ASKED.search(q.cues) or ELIGIBLE_ASKED.search(q.cues) \
            or OWN_SUM.search(_without(_SUMMED_SAID, q.cues)):
        return False
    if first.tool != "tsir_instructor_eligibility" or not first.args.get("domain") or first.facts != 1 or first.complete:
        return False
    rough = [m.span() for m in ROUGH_FIGURE.finditer(q.text)]
    figures = [x for x in q.quantities if x.value != 1 and not _is_label(q, x.start, x.end)]
    return len(figures) == 1 and any(a <= figures[0].start < b for a, b in rough) and not find_dates(q.text)


# How many times (talks, sessions) the rule requires, asked ("要幾次", "需要幾次才夠", "至少要幾次", "how many such talks do I need",
# "how many times do I have to speak"): the rule's count.
REQUIRED_TIMES_ASKED = re.compile(
    r"(?:要|需要|須|须|得|必須|必须|至少要|最少要)\s*(?:講|讲|當|当|擔任|担任|有)?\s*(?:幾|几|多少)\s*(?:次|場|场|回)(?!\s*(?:了|過|过))|"
    r"(?:幾|几|多少)\s*(?:次|場|场)\s*(?:才夠|才够|才行|才可以|才能)|"
    r"\bhow\s+many\s+(?:such\s+|of\s+(?:these|those|them)\s+)?(?:[\w-]+\s+){0,2}?(?:talks?|lectures?|times|sessions?|presentations?)\s+"
    r"(?:(?:do|does|would|will)\s+(?:[\w-]+\s+){0,3}?(?:need|require)|(?:are|is)\s+(?:needed|required)|needed|required)\b",
    re.IGNORECASE)


def _required_times_beside_vague_count(q: Query, first: Extraction) -> bool:
    """Is the number of times the instructor's rule requires asked (`REQUIRED_TIMES_ASKED`: "在國外研討會當過幾次座長/講者，能申請嗎？
    要幾次", "I've given invited talks in Japan and Korea. how many such talks do I need") beside one's own count said only vaguely
    (幾次, some, a few) or not at all, no figure of one's own? The rule's count answers — never the vague count asked back."""
    return (q.followup is None and first.tool == "tsir_instructor_eligibility" and bool(REQUIRED_TIMES_ASKED.search(q.cues))
            and not [x for x in q.quantities if x.value != 1 and not _is_label(q, x.start, x.end)] and not find_dates(q.text))


def _decided(q: Query) -> Decision | None:
    """`decide_calculation`, not remembered."""
    found = candidates(q)
    if (unnamed := _yearly_total_unnamed(q, found)) is not None:
        return unnamed
    if _review_only(q):  # (a certificate's reading of words said on the review: `_review_only`)
        found = [c for c in found if _subject(c.tool) == "review"]
    if not any(c.tool == "hpa_followup_deadline" for c in found) and (missing := _deadline_category_missing(q)) is not None:
        return Decision("clarify", missing)
    if (lifetime := _lifetime_dates_missing(q, found)) is not None:
        return Decision("clarify", lifetime)
    if (window := _window_date_unsaid(q, found)) is not None:
        return Decision("clarify", window)
    if (lifetime := _lifetime_self_undated(q, found)) is not None:
        return Decision("clarify", lifetime)
    if (reply := _lifetime_self_replied(q, found)) is not None:
        return reply
    if not found:
        return None
    window = next((c for c in found if c.tool == "renewal_window"), None)
    if _age_past_sixty_only(q, found):
        return None
    first = found[0]
    if _requirement_beside_rough_count(q, first) or _required_times_beside_vague_count(q, first):
        return None
    if _joint_count(q, _best_reading(found)):
        if _rule_cap_asked(q):  # "口頭報告跟poster加起來5篇，可以全部申請嗎？上限幾篇": the rule's cap is asked of the joint
            return None  # count — quoted (the line may say the count is over it), not how many of each asked back
        return Decision("clarify", replace(_best_reading(found), needs=[COUNTS_NEED]))
    # the rule's reference day asked ("計算日是從哪一天開始算"), no date of one's own: the rule's
    # (a count said vaguely or asked, "算最近幾年內的", gives no day either: `_exact_figures`)
    # (one's age said beside it, "我明年滿60歲…年齡以哪天為準", is no date to count from either: `_ages_only`)
    if q.followup is None and COUNTS_FROM.search(q.cues) and not find_dates(q.text) and (not _exact_figures(q) or _ages_only(q)):
        return None
    # the rule's value or consequence asked of a case supposed or of a role merely held: the rule's
    if _rule_value_of_a_case(q):
        return None
    # other kinds named bare after the figure asked, read as items never said to be one's own: each kind's rate, the rule's
    if _other_kinds_asked(q, first):
        return None
    # the requirement's reduction asked beside one's own figures that its calculation reads, a fact of it still missing
    # ("駐外醫療團去過一段時間，門檻可以少多少？六年積分 80、90…", "my six years were 90, 100, …; how much does the island posting
    # take off?"): the missing fact is asked for (a question back), never only the rule's rate quoted
    # (the reading that holds them, not only the first: "展延要的學分能不能扣減？六年積分 80、90、…" ranks the tally, which reads
    # nothing, before the renewal check, which reads the six years)
    reduced = next((c for c in found if c.facts >= 1 and not c.complete and c.needs and not c.invalid), None)
    if (q.followup is None and ASKS_REDUCTION.search(q.cues) and reduced is not None and not (first.complete and first.facts)
            and not _DEDUCTED_MONEY.search(q.cues) and _own_values(q)):
        return Decision("clarify", reduced)
    deadline = next((c for c in found if c.tool == "hpa_followup_deadline"), None)
    if (deadline is not None and q.followup is None and not deadline.args.get("screening_date") and not find_dates(q.text)
            and (OWN_PATIENT.search(q.cues) or vague_period(q.text) or DATE_ASKED.search(q.cues)) and DEADLINE_DAY.search(q.cues)):
        needs = list(deadline.needs)
        if not any(n.key == "screening_date" for n in needs):
            needs.append(_screening_date_need())
        return Decision("clarify", replace(deadline, needs=needs))
    # (a count of the case said vaguely, "moderated … several times", "當過幾次座長", is a fact of the case to ask for)
    full_case = first.complete and not first.invalid and (first.facts >= 3 or (first.facts >= 2 and bool(find_vague(q.text))))
    filled = own_fills(q, found)
    if filled is not None and not first.complete and filled.facts >= first.facts and ASKS_LIMIT.search(q.cues):
        # (a reading that takes the person's figure whole before one that takes it and still lacks facts: "這個月篩了 498 支"
        # is the month's count the radiographer's cap checks, not a year's half-stated volume)
        first = filled
        found = [filled] + [c for c in found if c is not filled]
    # (a review's calculation whose facts the person gave whole, "三位放射師各 365 天、全年篩 20,500 件，合理量、可給付上限、不給付
    #幾件": the limit named among the figures asked of them is their own limit, computed — `asks_the_rule`'s `own_filled`)
    own_whole = (first.complete and not first.invalid and first.facts >= 2 and _subject(first.tool) == "review"
                 and states_figures(q) and not bounds_only(q))
    if (pending := _domain_pending(q, first)) is not None:
        return Decision("clarify", pending)
    if (pending := _staff_pending(q, found)) is not None:
        return Decision("clarify", pending)
    # (one's own status said as an event, none of its figures given, what follows asked: `_status_unstated`)
    if (pending := _status_unstated(q, found)) is not None:
        return Decision("clarify", pending)
    if asks_the_rule(q, dated=_dated(first), full_case=full_case, own_filled=filled is not None or own_whole,
                     own_items=first.complete and not first.invalid and first.facts >= 2,
                     own_complete=first.complete and not first.invalid,
                     own_pending=first.facts >= 2 and not first.complete and bool(first.needs) and not first.invalid):
        # "能提前多久申請展延？哪天開始？": the day one's own window opens, asked beside the rule's period — the date it
        # counts from is asked for (a question back), not only the period quoted
        if (window is not None and window.facts == 0 and q.followup is None
                and (ASKS_OWN_DAY.search(q.cues) or ASKS_EXPIRY_DAY.search(q.cues)
                     or (WANTS_REMINDER.search(q.cues) and PERSONAL.search(q.cues))
                     or (EARLIEST_DAY.search(q.cues) and OWN_RENEWAL.search(q.cues) and not RULE_PERIOD_CUES.search(q.text))
                     or (EARLIEST_DAY.search(q.cues) and EXPIRY_UNSURE.search(q.text)))
                and ASKS_WINDOW.search(q.cues) and not states_figures(q)):
            return Decision("clarify", window)
        return None
    # With no number and no date of its own, a question asks what the rule says ("壁報也能拿積分嗎？",
    # "離島可以加倍嗎？") unless it asks for a figure of the user's own, which is then asked for.
    # "Afang took too many last month — is she over the cap?": a check of someone's own, figures not given.
    # ("what happens if the discrepancy is too high": a case supposed, the rule's)
    vague_result = bool(VAGUE_RESULT.search(q.cues) or RESULT_IN.search(q.cues) or _own_low(q.text)) and not SUPPOSED.search(q.cues)
    # "這個月拍超多，會不會超過上限", "picked up a bunch of extra shifts, am I over the cap": one's own amount said without its
    # figure, checked against the limit — the figure is asked for
    someone_checked = (bool(OWN_CHECK.search(q.cues) and (THIRD_PERSON.search(q.cues) or vague_amount(q.text)
                                                         or OWN_FIGURE_NAMED.search(q.cues)))
                       or vague_result)
    # "指導老師證書什麼時候可以換證？", "When's my renewal window?": the window turns on the person's own certificate
    # date, which is asked for (a question back), not quoted; "最早什麼時候 / how far ahead" stay the rule's (asks_the_rule).
    # (… or the certificate's date said only by its year or month, "證書是 2021 年發的", "2025 年 6 月到期", "issued in 2020": no day
    # the window can be counted from, so the day is asked for — never the rule's period quoted as if it answered)
    if (window is not None and window.facts == 0 and q.followup is None and ASKS_WINDOW.search(q.cues)
            and (not states_figures(q) or _partial_dates_only(q))):
        return Decision("clarify", window)
    own_activity = bool(OWN_ACTIVITY.search(q.cues))
    # (a grade asked beside figures the reading left unbound, "其中一組評到350，是B等嗎", is not asked back for the scores given)
    # (a count said vaguely beside it, "抽選片有好幾張，平均大概三百四五十", gives no figure the grade could take: still asked)
    # (a grade supposed, "if the van's images come back B or C, who attends", is the rule's consequence asked)
    outcome = bool(OUTCOME_ASKED.search(q.cues) or (GRADE_ASKED.search(q.cues) and not _exact_figures(q) and not SUPPOSED.search(q.cues))
                   or (BOTH_ASKED.search(q.cues) and PERSONAL.search(q.cues)))
    # (English says its own case without "I" too — "how many credits is that for me", "got an SCI paper out": `_OWN_EN`, which
    # only asks a missing fact back, never computes a figure the words alone would give)
    own_en = bool(_OWN_EN.search(q.cues)) and q.followup is None
    # Monthly meetings (or talks at them) said attended with no count at all ("今年有去月會，也有上台講過，總共幾分", "went to the
    # monthly meetings this year, total?"): a meeting held every month is never once by default — how many of each is asked for.
    named = _best_reading(found)
    # One meeting abroad named by its own name, no count, what it earns asked ("去年去ECIO只有去聽，換證可以抵幾分", "去了 CIRSE，
    # 可以算幾分", "I went to CIRSE last year — how many points is that?"): a name is one meeting, so there is no count to ask
    # for — computed as one (as in English; quoted as a rules answer instead, the retriever ranked ASCO / CIRSE said in
    # Chinese under 第十條 and 5.3, not 5.4).
    if (not _one_named_meeting_valued(q, named) and _uncounted_recurring(q, named)
            and (OWN_SUM.search(q.cues) or VALUE_ASKED.search(q.cues) or CREDITS_THEN_ASKED.search(q.cues)) and SAID_DONE.search(q.cues)):
        return Decision("clarify", replace(named, needs=[COUNTS_NEED]))
    if (pending := _grades_pending(q, found)) is not None:
        return Decision("clarify", pending)
    if (pending := _cause_pending(q, found)) is not None:
        return Decision("clarify", pending)
    if (pending := _figures_pending(q, found)) is not None:
        return Decision("clarify", pending)
    if _eligibility_vague(q, named) or _eligibility_rough(q, named):
        return Decision("clarify", named)
    if (q.followup is None and not states_figures(q) and not STRONG_CALC.search(q.cues) and not someone_checked
            and not ((OWN_FIGURE.search(q.cues) or outcome) and (PERSONAL.search(q.cues) or own_activity or own_en))
            # (someone's own result asked of them, "他…會是 B 還是 C", "is she a B"): as much a case of one's own as "我的"
            and not (outcome and THIRD_PERSON.search(q.cues))
            # (a check of one's own whose facts the words gave without a figure, "both our RTs worked all year — have we gone over
            # the reasonable volume?": the reading holds them, the rest is asked for)
            and not (named.facts >= 1 and PERSONAL.search(q.cues) and _own_check(q))
            # (a list of one's own items, each counted once, its total asked: "SCI 原著一作 1 篇、國內 oral 1 次，一共多少分" — the lone
            # 1s are no rule's unit when the reading bound two items or more, or read the whole case, and a sum is asked)
            and not ((named.facts >= 2 or full_case) and OWN_SUM.search(q.cues))
            # (items of one's own each said with its count, what they give asked: "SCI case report 一作一篇，這樣幾分",
            # "非SCI：一作一篇、通訊一篇，多少分" — the counted items are the person's, never a rule's unit)
            and not _counted_items_valued(q, named)):
        return None
    # The best-scored reading, unless it read nothing and another read the person's facts
    # ("六年學分 60、70、…，還差幾分": the yearly list is the renewal check's, not a tally's).
    best = _best_reading(found)
    # A paper's points "toward renewal" with no society named ("renewal credits for an SCI case report", "換證可以抵幾分"): the
    # instructor certificate's renewal points (its own table of papers) are as likely as the surgical society's credits —
    # the surgical tally is never run on a renewal it may not govern; the rules of both are quoted instead.
    if best.tool == "tsa_credit_tally" and q.followup is None and RENEWAL_UNNAMED.search(q.cues) \
            and not SURGICAL_NAMED.search(q.cues) and _papers_only(best.args):
        return None
    # (… and the instructor's renewal check likewise, one paper's points toward a renewal no certificate names — "我是第一作者发了
    # 一篇SCI的病例报告，换证可以抵多少学分？": no six-year total is asked, the rate of one paper is, under either certificate)
    if best.tool == "tsir_renewal_check" and q.followup is None and RENEWAL_UNNAMED.search(q.cues) \
            and not SURGICAL_NAMED.search(q.cues) and not TSIR_NAMED.search(q.cues) and _tsir_one_paper(best.args) \
            and not OWN_SUM.search(q.cues) and not ENOUGH_ASKED.search(q.cues):
        return None
    # Papers named in the instructor's words ("SCI 全文", "full article") with nothing that decides whose rules they are counted
    # under — no surgical word, no calendar year of the surgical tally, no 論文 / second author / credits, no instructor word (that
    # one blocks the tally itself): the surgical society's credits and the instructor's renewal points are both possible, so
    # which one is asked, never picked
    if best.tool == "tsa_credit_tally" and q.followup is None and _papers_only(best.args) and INSTRUCTOR_PAPER_WORDS.search(q.cues) \
            and not SURGICAL_PAPER_WORDS.search(q.cues) and not any("year" in a for a in best.args.get("activities") or ()):
        return Decision("clarify", replace(best, needs=[WHICH_RULES_NEED]))
    # A year of zero said with no yearly list read ("one year I had zero credits", "有一年是零分"): the rule's no-zero-year
    # condition answers it by itself, quoted — no list of six years to ask for.
    # (… asked as whether one can still renew, "學分都夠，可是其中一年是 0 分，還能展延嗎": the zero year is the obstacle said, no date —
    # the no-zero-year condition answers, not the renewal window's dates)
    # (only the surgical certificate's window — 展延, 外科 —: a bare 換證 may be the instructor's, which counts no year by year)
    if q.followup is None and best.facts == 0 and ZERO_YEAR.search(q.cues) and (best.tool == "tsa_renewal_check" or (
            best.tool == "renewal_window" and (best.args or {}).get("doc") == "tsa-cme")):
        return None
    if q.followup is None and best.tool in GRADE_TOOLS and best.facts == 0 and (GRADE_REPORTED.search(q.cues) or GRADE_STATED.search(q.cues)) \
            and not GRADE_ASKED.search(q.cues):  # "可以拿到A嗎" asks the grade, reports none
        return None
    if q.followup is None and best.tool == "hpa_reread_action" and best.facts == 0 and TIER_REPORTED.search(q.cues):
        return None
    if _one_set_banded(q, best):
        return None
    if _reading_goes_on_one_rate(q, best):  # ("陰性複判差異 23%，還能繼續判讀嗎": the rule's row for the one rate)
        return None
    # "陽性差異 55%，是不是一定要考跑片？": a figure given, the verdict still short of a fact (the other side of a
    # paired verdict): whether the rule obliges is the rule's to say. A verdict the figures decide answers it (computed);
    # a result with no figure is asked for (below).
    # Whether one may apply, said with only one's years as a specialist — no domain, no case count ("拿到放射專科才第6年，一直在做
    # 介入，可以申請指導老師了嗎", "specialist for 5 years now, can I apply to be an instructor?"): the rule's seniority and case
    # conditions, quoted — the years are the only fact, they fall short of the case path's seniority, and no domain was named
    # to ask a count for. (With the seniority met, "專科 12 年了，可以嗎", the domain's case count decides: it is asked.)
    if (q.followup is None and best.tool == "tsir_instructor_eligibility" and best.facts == 1
            and set(best.args) == {"years_as_specialist"} and [n.key for n in best.needs] == ["domain"]
            and _below_seniority(best.args["years_as_specialist"])
            and not _figures_besides_years(q) and not find_vague(q.text) and not _technique_named(q.text)):
        return None
    # a sanction asked as a yes / no of one's own rate that does not decide it ("陽性差異55%，要停判嗎", "阳性差异55%，是不是一定要
    # 停止判读", "positive discrepancy 55% — must the reader stop reading?"): whether reading stops turns on the facts not given
    # (the other side's rate: 丙; whether the previous review required the seminar: 丁) — they are asked for, never 乙's
    # conditional stop ("未參加者應停止判讀") quoted as the person's yes
    if _sanction_open(q, best):
        return Decision("clarify", best)
    # (unless what is missing is the condition the measure itself turns on — whether a human factor caused the grade, "假體影像
    # 80 分，負責醫師一定要去上討論會嗎": the obligation is the verdict's once that is known, so it is asked for)
    if q.followup is None and ASKS_OBLIGATION.search(q.cues) and best.facts == 1 and not best.complete \
            and not any(n.key in CONDITION_NEEDS for n in best.needs):
        return None
    if q.followup is None and ASKS_NAMED_DUTY.search(q.cues) and not REPORTED.search(q.cues) \
            and not PERSONAL.search(q.cues) and best.facts == 1 and not best.complete and not best.invalid:
        return None
    # (… and a duty the band itself sets — the exam, the seminar — asked beside one's own reported figure ("came back with 17% on
    # the negatives; does he have to pass some test?", "我的陰性 18%，還要考跑片嗎"): what the rule requires is asked, the figure
    # only places the band; a sanction asked so (停判 / 停權 / stop reading / suspended) turns on the facts not given and stays
    # asked back, and so does a figure said still awaited)
    if q.followup is None and _band_duty_only(q) and best.facts == 1 and not best.complete and not best.invalid \
            and not ABSENT.search(q.cues):
        return None
    # a named sanction or verdict asked of a figure the reading could not place ("複判差異 18%，要停判嗎" — positive or negative?,
    # "差異20%會被停嗎"): the fact that places it is asked for, never one side's band quoted as if it answered
    # (the figure fits two of the reading's slots alike — the two sides of a paired measure, "…_pct" both — so which one it is
    # is the fact missing; a figure fitting none of them is another question's)
    if (q.followup is None and (ASKS_NAMED_DUTY.search(q.cues) or VERDICT_ASKED.search(q.cues)) and best.facts == 0
            and _paired_slots(best) and not best.invalid and states_figures(q) and not bounds_only(q)
            and not THRESHOLD.search(q.cues) and not SUPPOSED.search(q.cues)):
        return Decision("clarify", best)
    # (a deduction asked outright, "會扣幾成", "扣幾%", is as much a figure asked as "扣多少")
    calc = bool(CALC_CUES.search(q.cues) or STRONG_CALC.search(q.cues)) or someone_checked or outcome or _grade_of_scores_asked(q) \
        or _obligation_decided(q, best)
    # a value of one's own said missing ("另一組還沒出來") or a count said vaguely ("發了幾篇") is the person's own case too
    absent = bool(ABSENT.search(q.cues)) and q.followup is None
    # (so is an activity said done in a year of one's own, its reading whole — "去年在台大(醫學中心)進修半年，積分怎麼算": the
    # person's own training, computed, the method shown in its steps — never one planned, which `_own_past_activity` leaves out)
    # (… or a whole case of counted items, its sum asked — "2025 recap: three 1-day specialty mtgs …, 2 short seminars (<2h
    # each) … total?": a bound inside it describes one's own seminars, never the rule's threshold asked)
    # (… or said in English with its subject left off and its figure given, whether it earns anything at all asked: "did a 2 wk
    # short visit at a hospital in japan this yr … does that count for anything?" — `_OWN_EN` with a figure of one's own, what
    # it gives asked; how such a visit is credited, or what it "would" be worth, stays the rule's)
    personal = (bool(PERSONAL.search(q.cues)) or someone_checked or bool(REPORTED.search(q.cues)) or absent
                or (own_en and states_figures(q) and not bounds_only(q) and bool(ANY_VALUE_ASKED.search(q.cues)))
                or bool(find_vague(q.text)) or (best.complete and not best.invalid and _own_past_activity(q))
                or (best.facts >= 1 and not best.invalid and bool(COUNTED_DONE_IN_YEAR.search(q.cues)) and not SUPPOSED.search(q.cues))
                or (full_case and bool(OWN_SUM.search(q.cues))))
    # A bound is the rule's threshold even in the person's own words ("our completion rate drops below 60%",
    # "negative discrepancy is over 15%"): computing at the bound itself would give the wrong band.
    # "完成率會不會低於75%？", "are we going to fall below 75%?": whether one's own value crosses the rule's bound, that value not
    # given: it is asked for (the bound is no value of the person's).
    if (q.followup is None and personal and OWN_BOUND_CHECK.search(q.cues) and best.facts == 0 and best.needs
            and bounds_only(q)):
        return Decision("clarify", best)
    # The rule's bound restated beside facts of one's own that fill the calculation ("四位放射師…全年兩萬案，超過合理量10%以上的
    # 有幾案？"): no bound is read as a fact, so it is the rule's wording, and the facts are computed.
    # One's own sessions described by the band each falls in, how many of them not said ("I attended domestic seminars, each
    # over 2 hours — how many credits?", "國內研討會去了，每場都超過兩小時，可以拿幾分"): the bound says which band, the count is
    # asked for — never the rule's bands quoted, never a count of 1.
    # (Chinese marks no plural: "去了國內研討會，每場都…" reads one session, so the count is asked for whenever none is said)
    if (q.followup is None and personal and EACH_LENGTH.search(q.cues) and best.tool == "tsa_credit_tally" and not best.invalid
            and (any(n.key == "count" for n in best.needs) or not _SESSIONS_COUNTED.search(q.cues))):
        return Decision("clarify", best if any(n.key == "count" for n in best.needs) else replace(best, needs=[COUNTS_NEED]))
    # A measure of one's own stated to lie past a bound, its figure not given ("我們今年追蹤完成率不到75%，會被扣多少？", "完成率
    # 沒有到75%", "our completion rate is below 75% this year", "fell short of 75%"): the bound is no value and the band it leaves
    # open decides the result, so the figure is asked for — as a rate said not to reach a line always was; the rule's bound
    # asked, or a case supposed ("如果完成率不到75%", "if our rate drops below 60%"), stays the rule's
    if (q.followup is None and personal and best.facts == 0 and best.needs and not best.invalid and bounds_only(q)
            and _own_bound_stated(q)):
        return Decision("clarify", best)
    if THRESHOLD.search(q.cues) and q.followup is None and (not personal or bounds_only(q)) \
            and not _bound_restated(q, best):
        return None
    # "do international meetings fall under the yearly 30 cap, or are they counted separately?", "國際會議也算在每年 30 分上限
    # 裡面嗎": the rule's cap named by its figure, no figure of one's own beside it — the rule is asked
    if CAP_SAID.search(q.text) and q.followup is None and bounds_only(q) and not OWN_SUM.search(q.cues) \
            and not _bound_restated(q, best):
        return None
    # "兩個鐘頭以內給幾分？超過兩小時呢": the rule's bands of hours asked, no figure of one's own beside them
    # (a count of one's own said vaguely beside it, "去了幾次（每場2小時以內），總共幾分", is one's own sessions described)
    if HOURS_BOUND.search(q.cues) and q.followup is None and bounds_only(q) and not find_vague(q.text) \
            and not OWN_SUM.search(q.cues):
        return None
    asked = asked_clauses(_without(ABSENT, q.cues))
    # "我之前進修了幾個月，這個積分怎麼算？": how *this* — one's own activity, its count said vaguely — is computed asks the
    # figure (the count is asked for), not the rule's method
    own_how = bool(personal and find_vague(q.text) and OWN_HOW.search(asked))
    # "去國外會議開了幾次會，能抵多少分": one's own count said vaguely, and what it gives asked — the count is asked for (a question
    # back), not the rule's rate quoted as if it answered
    # (… or its count is a fact the reading still needs, "國際會議去了好幾次…續證夠了嗎", "done a bunch of TACEs, how many more do
    # I need": the vague words stand for it — `_vague_fills_a_need`)
    if (not own_how and find_vague(q.text) and ((best.complete and _named(best.args)) or _vague_fills_a_need(q, best))
            and FIGURE_ASKED.search(_vague_blanked(asked)) and not bounds_only(q)):
        calc = True
        asked = _without(RULE_CUES, asked)
    if own_how:
        asked = _without(OWN_HOW, asked)
        calc = True
    # "外科進修怎麼算？我去了三個月…總共幾分", "自選片要怎麼算？我們兩位…幫我看機構是幾等": the method asked, then one's own facts
    # and one's own figure asked of them (a sum, "for me", a grade) — the figure is the question; the method is shown in its steps
    # (… or the grade those figures give asked as a yes / no: "醫院的自選片評等要怎麼算？我們非緻密型最高那組364分，這樣是A嗎")
    # (only beside the method asked: a grade asked alone of one set's figure, "其中一組評到350，這樣是B等嗎", is as before)
    # (… the grade asked openly of those figures too: "醫院自選片的評等怎麼算出來的？我們三個放射師非緻密型是 350/341/366，這樣醫院
    # 幾等？")
    elif personal and states_figures(q) and (OWN_FIGURE_ASKED.search(asked)
                                             or (GRADE_ASKED.search(asked) or GRADE_OF.search(asked)) and RULE_CUES.search(asked)) \
            and not bounds_only(q) and not SUPPOSED.search(q.cues):
        asked = _without(RULE_CUES, asked)
        calc = True
    # "机构自选片怎么评？我们三个放射师的非致密型分别是 350、366、358。", "How is the facility grade worked out? Our RTs' non-dense
    # sets: 350, 366, 358.": the method asked, then one's own figures stated after it — the method put to those figures is
    # the question (computed, or what it still needs asked), never the method quoted beside figures it leaves unanswered
    elif personal and _figures_after_ask(q) and _own_values(q) and not bounds_only(q) and not SUPPOSED.search(q.cues):
        asked = _without(RULE_CUES, asked)
        calc = True
    # ("sets 331, 349 and 340 — does an average of exactly 340 count as B or C?": whether one's own whole figures count as a
    # grade is the grade they give, computed — `asks_the_rule`)
    rule = bool(RULE_CUES.search(asked)) and not (best.complete and not best.invalid and COUNTS_AS_GRADE.search(q.cues)
                                                   and states_figures(q) and not SUPPOSED.search(q.cues))
    # "…discrepancy is 55%; by when must they attend?": a deadline that the calculator read does not give
    # (only the follow-up deadline and the renewal window compute dates) is the rule's, asked of the rule.
    # (… or put for confirmation as a span, "55%…下次複審是兩年後，那是兩年內參加就行嗎": `DEADLINE_PUT`)
    # (… or a duty put off until later asked, "可以拖到那時候再去嗎": `POSTPONE_ASKED`)
    if (ASKS_BY_WHEN.search(q.cues) or DEADLINE_PUT.search(q.cues) or POSTPONE_ASKED.search(q.cues)) and best.tool not in DATE_TOOLS \
            and not find_dates(q.text) and q.followup is None:
        return None
    # A six-year total renewed with no certificate named ("六年累積 700 學分夠不夠換證", "这六年一共拿了 650 学分，换证够吗"): the
    # instructor's renewal (200 points in six years, the total is its measure) and the surgical certificate's (600 and no year at
    # zero, each year needed) are both possible — which certificate is asked, never the instructor's picked for 換證 / 學分.
    if (q.followup is None and best.tool == "tsir_renewal_check" and best.facts >= 1 and not best.args.get("activities")
            and best.args.get("cme_points") and not best.args.get("birth_date") and not best.args.get("application_date")
            and RENEWAL_UNNAMED.search(q.cues) and not TSIR_NAMED.search(q.cues) and not SURGICAL_NAMED.search(q.cues)):
        return Decision("clarify", replace(best, needs=[WHICH_CERTIFICATE_NEED]))
    if best.facts >= 1 and (calc or personal or best.facts >= 2 or not rule or q.followup is not None):
        if best.complete and q.followup is None and REST_UNKNOWN.search(q.cues):
            return Decision("clarify", replace(best, needs=[REST_NEED]))
        if filled is not None and best.tool == filled.tool and (units := _limit_units(q)):
            best = replace(best, set_aside=[*best.set_aside, *units])
        return Decision("calculator" if best.complete else "clarify", best)
    if best.invalid:
        return Decision("clarify", best)
    # "took a course credited by hours — what's it worth?": one's own activity, its amount not given, asked what it gives
    own_worth = own_activity and bool(OWN_FIGURE.search(q.cues))
    # (figures stated and their result asked at the end, "陽性六十一趴、陰性十四趴，結果？", are one's own even when no figure
    # could be read: the facts are asked for, never the rule's bands quoted as if they answered)
    # (so are scores stated and their grade asked, "非緻密型那組 370，會是幾等", "dense set 352 — what grade", whoever's they are)
    # (a hypothetical score, "what grade does a score of 345 get", "如果分數是 345", is the rule's band asked)
    terse_own = (bool(OUTCOME_ASKED.search(q.cues) or (GRADE_OF.search(q.cues) and not HYPOTHETICAL.search(q.cues)))
                 and states_figures(q) and not bounds_only(q))
    if best.facts == 0 and best.needs and (vague_result or own_worth or (calc and not rule and (personal or own_activity or terse_own
                                                                                               or own_en or STRONG_CALC.search(q.cues)))) \
            and not _credits_unasked(q, best, asked):
        return Decision("clarify", best)
    # A reading complete with no number bound to it (activities named, "年會也有去"; roles read, "3rd author on an SCI
    # paper"), asked for the figure of the person's own: computed — the ledger then accounts for every number of the
    # question, and one it leaves unread becomes a question back ("12次全勤"), never a figure from a default.
    if (best.facts == 0 and best.complete and not best.invalid and _named(best.args) and not rule
            and (calc or OWN_FIGURE.search(q.cues)) and (personal or outcome) and (states_figures(q) or outcome)
            and not bounds_only(q)):
        return Decision("calculator", best)
    # Figures of one's own that the calculation cannot take as they are ("六年積分加起來 610 分，可以展延嗎？" gives a sum
    # where the rule needs each year; "好幾百件"), asked about as a figure or a yes / no: the facts it needs are asked for.
    if (best.facts == 0 and best.needs and not rule and (calc or OWN_FIGURE.search(q.cues) or OWN_FIGURE_ASKED.search(q.cues))
            and _own_values(q) and not bounds_only(q)):
        # (… the renewal's verdict asked of a sum, "I've got 640 … can I renew?": the renewal check's facts asked for — each year —,
        # not the tally's activities, whichever reading ranked first on the credit words)
        renewal = next((c for c in found if c.tool == "tsa_renewal_check" and c.needs and not c.invalid), None)
        if renewal is not None and best.tool == "tsa_credit_tally" and RENEWAL_VERDICT_ASKED.search(q.cues):
            return Decision("clarify", renewal)
        return Decision("clarify", best)
    # A value of one's own still awaited beside the figures given ("三個放射師非緻密型 351、366、348，緻密型的還在等成績", "dense set
    # 352, 360 — the other one is still pending"): the result is the person's own however it is asked ("怎麼評"), so the awaited
    # value is asked for — never the rule's bands quoted as if they answered.
    if absent and best.facts == 0 and best.needs and _own_values(q) and not bounds_only(q):
        return Decision("clarify", best)
    # Figures said to be in hand but not given ("I have all the RTs' set scores, what grade would we get", "分數我都有了，機構會是
    #幾等"), their result asked: the figures are asked for — never the rule's method quoted as if it answered
    if (q.followup is None and HELD_NOT_GIVEN.search(q.cues) and best.facts == 0 and best.needs and not states_figures(q)
            and (OWN_FIGURE_ASKED.search(q.cues) or OWN_FIGURE.search(q.cues))):
        return Decision("clarify", best)
    # One's own age said only as neared ("快60歲了，能申請終身的嗎", "nearly 60 — could I go for the lifetime one"), the facts the
    # reading asks still missing (the birth and application dates): asked for — the rule's "60 以上" never quoted as a yes
    # (… whether renewing is needed at all asked so, "turning 60 next year, do I need to renew at all": article 6's exemption)
    # (… never an age of a case supposed of no one's own, "if someone turns 60 next year, can they…", nor the rule's own age
    # or its reference day asked, "I turn 60 next month. Is the age counted as of the date I apply?": the rule's)
    if q.followup is None and neared_age(q.text) and best.facts == 0 and best.needs and not best.invalid \
            and not (SUPPOSED.search(q.cues) and not PERSONAL.search(q.cues)) and not RULE_AGE_ASKED.search(q.cues) \
            and (not rule or (best.tool == "tsir_renewal_check" and STILL_RENEW_ASKED.search(q.cues))):
        return Decision("clarify", best)
    return None



# A credit figure asked ("幾分", "多少學分", "how many credits", "what's that in credits", "total", "夠嗎", "怎麼算").
CREDIT_FIGURE_ASKED = re.compile(
    r"(?<!哪)(?:幾|几)(?!\s*(?:類|类|種|种|項|项|款|級|级|條|条|樣|样|天|日|號|号|時|时|歲|岁))|多少|(?:學|学|積|积)分\s*(?:[?？]|呢)|\b(?:credits?|points?|cme)\s*[?？]|"
    r"總共|总共|一共|合計|合计|加起來|加起来|夠|够|還差|还差|(?:怎麼|怎么|如何)\s*(?:算|計|计|給|给)|"
    r"\bhow\s+(?:many|much)\b|\bworth\b|\btotal\b|\benough\b|\bshort\b|\bin\s+(?:\w+\s+)?(?:credits?|points?|cme)\b|"
    r"\bcounts?\s+(?:for|toward)|\b(?:credits?|points?)\s+(?:do|would|will|can)\b|"
    # (the worth of one's own activity asked in English words: "what does it get me", "what does that give me", "credits for
    # me?", "how would that be counted")
    r"\bwhat\s+(?:does|do|would|will|did|can)\s+(?:it|that|this|they|those|these)\s+(?:get|give|earn|bring|score)\b|"
    r"\b(?:credits?|points?|cme)\s+for\s+(?:me|it|that|this|them)\b|"
    r"\bhow\s+(?:would|will|do|does|is|are|should|might)\s+(?:it|that|this|they|those|these)\s+(?:be\s+)?(?:counted|credited|scored|calculated)\b",
    re.IGNORECASE)


def _credits_unasked(q: Query, best: Extraction, asked: str) -> bool:
    """The surgical tally read no figure of the question (at most a kind, no count) and no credit figure is asked of it: the
    question asks something else — whether a late filing is still accepted, whether one may renew after a zero year, when a
    radiographer may read again, which course to attend ("ugh we forgot to file … is it too late??", "can I still renew my
    surgery cert?", "放射師評等拿到C要去上什麼課？…應該也能拿一些積分吧"). Its words ("can I", "is it", "when is", "評等") are no
    figure of one's own, so the activities are not asked back: the rule answers."""
    return (q.followup is None and best.tool == "tsa_credit_tally"
            and not CREDIT_FIGURE_ASKED.search(asked) and not CREDIT_FIGURE_ASKED.search(asked_clauses(q.cues))
            and not ABSENT.search(q.cues))

# Whether one qualifies asked as a yes / no ("可以申請指導醫師嗎", "夠資格申請了嗎", "can I apply", "do I qualify", "am I eligible").
ELIGIBLE_ASKED = re.compile(
    r"(?:能|可以|可不可以|能不能|可否|能否)\s*(?:提出|去)?(?:申請|申请)[^，,。；;？?]{0,12}?(?:了)?(?:嗎|吗|[?？])|"
    r"(?:夠|够|符合)(?:格|資格|资格|條件|条件)[^，,。；;？?]{0,12}?(?:了)?(?:嗎|吗|[?？])|"
    # ("够申请肿瘤栓塞的指导老师吗": enough to apply)
    r"(?:夠|够)\s*(?:申請|申请)[^，,。；;？?]{0,14}?(?:了)?(?:嗎|吗|[?？])|\benough\s+to\s+(?:apply|qualify)\b|"
    r"\b(?:can|could|may)\s+i\s+(?:now\s+|still\s+|already\s+)?apply\b|\bdo\s+i\s+qualify\b|\bam\s+i\s+(?:eligible|qualified)\b",
    re.IGNORECASE)
ELIGIBILITY_TOOLS = frozenset({"tsir_instructor_eligibility"})


def _eligibility_vague(q: Query, named: Extraction) -> bool:
    """Is whether one qualifies asked (`ELIGIBLE_ASKED`) of one's own amounts said only vaguely ("做了不少消融，專科也很久了",
    "done loads of TACEs, specialist for ages"), no figure stated and no threshold asked? The figures are asked for (a question
    back) — the rule's thresholds are never quoted as if they answered the person's yes / no."""
    return (q.followup is None and named.tool in ELIGIBILITY_TOOLS and bool(named.needs) and not named.invalid
            and bool(PERSONAL.search(q.cues)) and vague_amount(q.text) and bool(ELIGIBLE_ASKED.search(q.cues))
            and not states_figures(q) and not FIGURE_ASKED.search(_vague_blanked(_without(ELIGIBLE_ASKED, q.cues)))
            and not SUPPOSED.search(q.cues) and not RULE_FIGURE_ASKED.search(q.cues))


def _eligibility_rough(q: Query, named: Extraction) -> bool:
    """Is whether one qualifies asked of one's own count said only roughly ("TACE做了三百多台，够申请…指导老师吗", "done 100-odd
    ablations, enough to apply?"), the reading binding none of it? The count that decides is asked for (a question back) — the
    rule's thresholds are never quoted as the person's yes / no, nor a rough figure taken as exact."""
    return (q.followup is None and named.tool in ELIGIBILITY_TOOLS and bool(named.needs) and not named.invalid
            and named.facts == 0 and bool(ROUGH_FIGURE.search(q.text)) and bool(ELIGIBLE_ASKED.search(q.cues))
            # (the rule's threshold asked beside it, "TACE做到幾例才能申請…？我現在大概兩百多台": the rule's figure, quoted)
            and not FIGURE_ASKED.search(_without(ROUGH_FIGURE, _without(ELIGIBLE_ASKED, q.cues)))
            and not SUPPOSED.search(q.cues) and not RULE_FIGURE_ASKED.search(q.cues))


def _obligation_decided(q: Query, best: Extraction) -> bool:
    """Is whether a duty binds asked ("recommended or required?", "是建議還是強制") of figures stated that the reading holds whole
    (`ASKS_OBLIGATION`, the reading complete)? The verdict the figures decide answers it — computed; a bound or a case
    supposed stays the rule's."""
    return (q.followup is None and bool(ASKS_OBLIGATION.search(q.cues)) and best.complete and not best.invalid
            and best.facts >= 1 and states_figures(q) and not bounds_only(q) and not SUPPOSED.search(q.cues)
            and not THRESHOLD.search(q.cues))


def _reading_goes_on_one_rate(q: Query, best: Extraction) -> bool:
    """Is whether reading goes on asked (`READING_GOES_ON`) of the re-read's measure with one rate given, which the reading holds
    whole ("陰性複判差異 23%，還能繼續判讀嗎", "one of our imagers got 25% on negatives — can she keep reading?")? The rule's row
    for that rate answers it, quoted — as one rate of the milder bands already is; no other figure, no force of a duty asked
    ("recommended or required": the verdict's), nothing said still awaited, no date asked."""
    return (q.followup is None and best.tool == "hpa_reread_action" and best.facts == 1 and best.complete and not best.invalid
            and bool(READING_GOES_ON.search(asked_clauses(q.cues))) and not DUTY_FORCE_ASKED.search(q.cues)
            and not ABSENT.search(q.cues) and not OWN_SUM.search(q.cues) and not find_dates(q.text)
            and len([x for x in q.quantities if x.value != 1]) == 1)


# A grade of one's own items said by its letter only ("有一項拿 D，其他都 A", "one item got a D, the rest A's"), beside its scores
# said not in yet (`ABSENT`: "分數還沒拿到正式公文", "the official scores aren't back yet"): what follows for one's own unit or
# staff turns on the scores, so they are asked for — never the grade table quoted as if it answered.
GRADE_LETTER_OWN = re.compile(r"(?:拿|拿到|拿了|得|得到|評|评|是|都|都是|被評|被评)\s*(?-i:[A-D])(?:等|級|级)?(?![A-Za-z])|"
                              r"\b(?:got|get|gets|received|scored)\s+(?:an?\s+)?(?-i:[A-D])(?:'?s)?(?![A-Za-z])")


# One's own plan said before an activity ("明年想出國進修", "打算去日本研習", "planning to do a fellowship"): no activity done.
_PLANNED = re.compile(r"想|打算|準備|准备|計畫|計劃|计划|預計|预计|規劃|规划|明年|\b(?:plan\w*|going|intend\w*|hop\w*|want\w*|thinking)\b",
                      re.IGNORECASE)


# An item counted with its counter ("一篇", "2 場", "兩趟"), as the reader writes the numeral: a count of one's own items.
_COUNTED_ITEM = re.compile(r"(?<![\d.])\d{1,2}\s*(?:篇|場|场|趟)")
# The credits of what was just said asked by pointing at it ("這樣學分是？", "這樣積分多少").
_THIS_VALUED = re.compile(r"(?:這樣|这样)[^，,。？?]{0,4}?(?:學分|学分|積分|积分|分數|分数)(?:是|为|為)?(?:多少)?\s*(?:[?？]|$)")


# Their sum asked short ("共幾分", "積分算起來多少"): as much one's own total as 總共.
_SUM_SHORT = re.compile(r"(?<![總总一])共\s*(?:幾|几|多少)|算起來|算起来")


def _counted_items_asked(q: Query, cues: str) -> bool:
    """Are items of one's own each said with their count ("一作一篇", "兩場", "論文有三篇") and what they give asked in `cues`
    (`VALUE_ASKED`, `_THIS_VALUED`, `_SUM_SHORT`)? A count that is the unit of a rate asked ("一作一篇幾分", "一場國際會議能抵
    幾分": `ASKS_RATE`) counts no item of one's own; and beside such a rate, items of one's own each counted once ("今年好不容易
    擠出一篇") are the one item the rate is asked for — only a count above one (or a sum, asked apart) makes a tally of them."""
    if q.followup is not None:
        return False
    units = [m.span() for m in ASKS_RATE.finditer(q.text) if m.group(0)[:1] in "每一1"]
    items = [m for m in _COUNTED_ITEM.finditer(q.text) if not any(a <= m.start() < b for a, b in units)]
    if units and all(_ONE_COUNTED.match(m.group(0)) for m in items):
        items = []
    # (two or more items listed one after another, each with its count — "國際會議1次、專科醫學會年會1次", "年會1次和月會1次":
    # a list of one's own, whatever the counts; a rate asks of one item, never of a list)
    if _LISTED_COUNT.search(q.text) and len(_COUNTED_OR_TIMES.findall(q.text)) >= 2:
        items = items or list(_COUNTED_OR_TIMES.finditer(q.text))
    return bool(items) and bool(VALUE_ASKED.search(cues) or _THIS_VALUED.search(cues) or _SUM_SHORT.search(cues))


# An item counted and a list joiner right after it ("1次、", "2 篇和"): the first of items listed with their counts
_LISTED_COUNT = re.compile(r"(?<![\d.])\d{1,2}\s*(?:次|篇|場|场|趟)\s*(?:、|和|跟|及|與|与|以及)")
_COUNTED_OR_TIMES = re.compile(r"(?<![\d.])\d{1,2}\s*(?:次|篇|場|场|趟)")


# A count of one ("1篇", "1 場")
_ONE_COUNTED = re.compile(r"0*1\s*\D")


def _counted_items_valued(q: Query, reading: Extraction) -> bool:
    """`_counted_items_asked` of the whole question, the reading having bound a fact of the items."""
    return reading.facts >= 1 and not reading.invalid and _counted_items_asked(q, q.cues)


# The grade asked tersely of the scores just given ("Average & grade?", "Grade + what does she have to do?") or a grade guessed
# and checked ("那是C對吧", "算B吧", "應該全A吧"): the grade the figures give, asked as much as "幾等".
GRADE_CHECKED = re.compile(
    r"(?:^|[.,;:!?&+/—–-]|\band\b)\s*(?:the\s+)?grade\s*(?:[?？+&]|\band\s+what\b)|"
    r"(?:算|是|拿|到|達|达|評|评|得|全|都)\s*(?<![A-Za-z])(?-i:[A-D])(?![A-Za-z])\s*(?:等|級|级)?\s*(?:對|对|沒錯|没错)?吧",
    re.IGNORECASE)


def _grade_of_scores_asked(q: Query) -> bool:
    """Is a grade asked of scores the question gives (`GRADE_CHECKED`), none of them supposed (`HYPOTHETICAL`)?"""
    return (q.followup is None and bool(GRADE_CHECKED.search(q.cues)) and states_figures(q) and not bounds_only(q)
            and not HYPOTHETICAL.search(q.cues))


def _own_past_activity(q: Query) -> bool:
    """Is an activity of one's own said done, dated by a year of one's own (`OWN_ACTIVITY` with 去年 / 今年 / 前年 / 之前 …) or
    said finished (`_DONE_AFTER`: "去美國進修了一整年", "到日本研習過兩個月"), and not planned (`_PLANNED`) nor supposed?"""
    return any((re.match(r"(?:之前|以前|先前|曾經|曾经|去年|前年|今年|年初)", m.group(0))
                or (_DONE_AFTER.match(q.cues, m.end()) and not SUPPOSED.search(q.cues)))
               and not _PLANNED.search(m.group(0))
               for m in OWN_ACTIVITY.finditer(q.cues))


# Activities of one's own said done in a year of one's own, with their count ("今年跑了三場別家醫院辦的研討會，積分怎麼算",
# "去年參加了 2 次年會", "this year I went to 3 seminars"): the person's own case, whose figure (or what it still lacks) is asked —
# never the rule's method quoted, even when no 我 is said.
COUNTED_DONE_IN_YEAR = re.compile(
    r"(?:今年|去年|前年|今年度|去年度|上半年|下半年)[^，,。？?；;]{0,6}?(?:跑了|去了|參加了|参加了|上了|聽了|听了|出席了|參與了|参与了|發了|发了|發表了|发表了)"
    r"\s*\d+\s*(?:場|场|次|堂|個|个|篇|趟)|"
    # (papers of one's own said got out this year, by their count: "今年 SCI 論文有兩篇被接受了", "去年有 3 篇論文刊出", "今年一作
    # 的文章被收錄了兩篇")
    r"(?:今年|去年|前年|今年度|去年度|上半年|下半年)[^，,。？?；;]{0,12}?(?:有)?\s*\d+\s*篇[^，,。？?；;\d]{0,8}?"
    r"(?:被接受|被收錄|被收录|被刊登|被刊出|被登|刊出|刊登|登出|接受了|收錄了|收录了|上了|出版了|accepted|published)|"
    r"(?:今年|去年|前年|今年度|去年度)[^，,。？?；;\d]{0,12}?(?:被接受|被收錄|被收录|被刊登|刊出|刊登|登出)了?\s*\d+\s*篇|"
    r"\b(?:this|last)\s+year\b[^,.?;]{0,12}?\b(?:attended|went\s+to|did|joined|presented(?:\s+at)?)\s+\d+\b|"
    r"\b(?:attended|went\s+to|did|joined)\s+\d+\s+(?:\w+\s+){0,3}?(?:meetings?|seminars?|courses?|conferences?|sessions?)\s+(?:this|last)\s+year\b",
    re.IGNORECASE)


# An activity said finished right after it is named ("進修了", "研習過", "受訓完"), not one supposed ("進修了的話").
_DONE_AFTER = re.compile(r"(?:了|過|过|完)(?![^，,。？?]{0,8}?(?:的話|的话))")


def _subject(tool: str) -> str:
    """The subject a calculation belongs to: the mammography review (hpa_…), or the two certificates' credits and renewal
    (tsa_…, tsir_…), which share their words (換證, papers, talks, meetings) — a reading of one stands in for the other."""
    return "review" if tool.startswith("hpa_") else "certificate"


def _best_reading(found: list[Extraction]) -> Extraction:
    """The best-scored reading, unless it read nothing and another read the person's facts ("六年學分 60、70、…，還差幾分": the
    yearly list is the renewal check's, not a tally's). A reading of the other subject stands in for it only when it read the
    case whole or two facts at least: one word of the certificates' vocabulary in a question of the mammography review ("the
    van's sampled images came back C and the lead physician never went to the QC seminar" — the review's seminar, not a
    surgical CME one) is no case of its own, nor is the review's word in a credits question."""
    first = found[0]
    if first.facts:
        return first
    for c in found:
        if c.facts and (_subject(c.tool) == _subject(first.tool) or c.complete or c.facts >= 2):
            return c
    return first


def _grades_pending(q: Query, found: list[Extraction]) -> Extraction | None:
    """The grade reading of one's own items, asked back for the scores (`GRADE_LETTER_OWN` beside `ABSENT`); else None."""
    if q.followup is not None or not ABSENT.search(q.text) or not PERSONAL.search(q.text) or not GRADE_LETTER_OWN.search(q.text):
        return None
    grade = next((c for c in found if c.tool in GRADE_TOOLS), None)
    if grade is None or grade.complete or grade.invalid or not any(n.key == "scores" for n in grade.needs):
        return None
    return grade


# A field QC test item graded B or C by its letter ("實地測試有一項拿 B", "one item got a C on the field test"), and the QC
# meeting's duty asked as an obligation ("負責醫師是不是一定要去", "do they have to attend"): that measure (2.2.1.2) holds
# only where human factors caused the grade — said neither way, it is asked (with the item's score), never the duty quoted
# as if it held either way (a clinical image evaluation's B, whose duty holds whatever the cause, is the rules' to say).
_QC_FIELD = re.compile(r"實地測試|實測|現場測試|品管測試|\bfield (?:qc )?test|\bon-?site (?:qc )?test|\bqc (?:field )?test", re.IGNORECASE)
_LETTER_SAID = (r"(?:拿到?|拿了|得到|被打|打了?|被評(?:為|为)?|評(?:為|为)|列(?:為|为)?|是|(?:有|其中)?\s*(?:\d+|幾|几|一|兩|两)?\s*(?:項|项|個|个))\s*"
                r"(?-i:[{0}])\s*(?:等|級|级)?(?![A-Za-z])|"
                r"\b(?:got|received|came back(?: with)?|scored|graded)\s+(?:an?\s+)?(?-i:[{0}])(?![A-Za-z])")
_B_OR_C = re.compile(_LETTER_SAID.format("BC"), re.IGNORECASE)
# (any grade said by its letter, "有一項B等", "one item got a D": the grade the scores would give is already known)
_GRADE_LETTER_SAID = re.compile(_LETTER_SAID.format("A-D"), re.IGNORECASE)


# (… or asked as whether to go to class: "要去上課嗎", "要不要上課", "要不要派人去上品管討論會", "need to send someone")
_CLASS_ASKED = re.compile(r"要(?:不要)?(?:派人)?(?:去)?上(?:品管)?(?:課|讨论会|討論會)|要(?:不要)?(?:派人)?去(?:參加|参加)?(?:品管)?(?:討論會|讨论会|上課|上课)|"
                          r"\b(?:need|have) to send (?:someone|anyone|somebody)\b", re.IGNORECASE)
_MUST_ATTEND = re.compile(r"\b(?:do(?:es)?|must|will|would)\s+(?:\w+\s+){0,3}?(?:have to|need to|has to|must|really need to)\s+"
                          r"(?:attend|go|join)\b|\bis\s+(?:\w+\s+){0,2}?(?:required|obliged)\s+to\s+(?:attend|go)\b", re.IGNORECASE)


def _cause_pending(q: Query, found: list[Extraction]) -> Extraction | None:
    """The field QC reading of a B or C said by its letter, asked back for the cause and the score (`_QC_FIELD`); else None."""
    if q.followup is not None or not (ASKS_OBLIGATION.search(q.cues) or _MUST_ATTEND.search(q.cues) or _CLASS_ASKED.search(q.cues)) \
            or not _QC_FIELD.search(q.text) \
            or not _B_OR_C.search(q.text):
        return None
    qc = next((c for c in found if c.tool == "hpa_qc_grade"), None)
    if qc is None or qc.facts or qc.invalid or "human_factor" in qc.args:
        return None
    from calculators.vocab_hpa import QC_GRADE  # noqa: PLC0415 - the question the tool's vocabulary asks

    cause = next(s for s in QC_GRADE.slots if s.name == "human_factor")
    needs = [n for n in qc.needs if n.key != "human_factor"] + [Need("human_factor", *cause.ask)]  # type: ignore[misc]
    return replace(qc, needs=needs)


_STAFF_WORDS = re.compile(r"放射師|放射师|技師|技师|技術員|技术员|\b(?:techs?|radiographers?|RTs?|rads)\b", re.IGNORECASE)


def _staff_pending(q: Query, found: list[Extraction]) -> Extraction | None:
    """The van's day asked ("我們的乳攝車一天最多能拍幾個"), its staff said without their number ("車上有好幾個技師", "a few techs
    rotate on it"): the day's cap is 40 for each of them, so how many is asked — never the rule's per-person cap quoted as
    the van's. Else None."""
    if q.followup is not None:
        return None
    van = next((c for c in found if c.tool == "hpa_radiographer_volume"), None)
    if van is None or van.facts or van.invalid or [n.key for n in van.needs] != ["radiographers_on_van"]:
        return None
    t = q.text
    vague = [v for v in find_vague(t) if (i := t.find(v)) >= 0 and _STAFF_WORDS.search(t, i, i + len(v) + 12)]
    return van if vague else None


_RULE_FIGURE_ASKED = re.compile(r"(?:多少|幾|几)\s*(?:%|％|趴|個?月|个?月|天)|\bhow\s+(?:much|many|long|high)\b|\bwhat\s+(?:percent|percentage|level|threshold)|"
                                # the bound itself asked, its unit unsaid ("差異超過多少就停權", "高於多少要停止判讀", "over what
                                # discrepancy"): the rule's threshold, no figure of one's own to ask for
                                r"(?:超過|超过|高於|高于|大於|大于|多於|多于|低於|低于|小於|小于|少於|少于|未達|未达|不到|達到|达到|到)\s*(?:多少|幾|几)|"
                                r"\b(?:over|above|past|beyond|below|under|exceed\w*)\s+what\b",
                                re.IGNORECASE)


def _figures_pending(q: Query, found: list[Extraction]) -> Extraction | None:
    """A yes / no of one's own case stated as a fact ("上次審查已經被要求參加判片座談會", "it was operator error"), no figure
    given, and the verdict it bears on asked ("這次複判差異會不會被停權？"): the figures are asked for — the rule is never
    quoted as if the person's case were answered by it. Else None."""
    # (never the rule's line asked beside it: "前次已要求參加座談會，這次陽性超過多少%就直接停權？")
    if q.followup is not None or states_figures(q) or SUPPOSED.search(q.cues) or THRESHOLD.search(q.cues) \
            or _RULE_FIGURE_ASKED.search(q.cues) or not (VERDICT_ASKED.search(q.cues) or ASKS_NAMED_DUTY.search(q.cues)):
        return None
    best = next((c for c in found if c.tool in ("hpa_reread_action", "hpa_qc_grade")), None)
    if best is None or best.facts or best.invalid or not best.needs:
        return None
    # (the result itself said — the field test's grade by its letter, "實測有一項B等，是人為因素", the re-read's tier, "落在乙級" — with
    # the condition beside it: what follows is the rule's to say, no figure left to ask for)
    if (best.tool == "hpa_qc_grade" and (_GRADE_LETTER_SAID.search(q.cues) or GRADE_REPORTED.search(q.cues) or GRADE_STATED.search(q.cues))) \
            or (best.tool == "hpa_reread_action" and TIER_REPORTED.search(q.cues)):
        return None
    flags = {"hpa_reread_action": "previously_required", "hpa_qc_grade": "human_factor"}
    return best if best.args.get(flags[best.tool]) is not None else None


# One's own status said as an event, with none of the figures that place it: a result of a review said only as having happened
# ("got flagged in the re-read review", "複判被抓出來了", "被列管了", "failed the QC", "沒過") or one's progress toward a
# requirement said only as a share of it ("done about 2/3 of the renewal points", "積分大概做了一半", "三分之二了", "halfway
# there") — and what follows for oneself asked (`STATUS_ASKED`: "what measure applies to him", "how many more do I need",
# "會被怎麼處理", "還差多少"). The measure or the remainder turns on the figures (the discrepancy rates, the points earned), which
# are asked for: never the rule's bands quoted as the answer, never a share of the requirement multiplied out.
STATUS_EVENT = re.compile(
    r"\b(?:got|get|gets|was|were|been|being|is|are)\s+(?:\w+\s+)?(?:flagged|dinged|caught|called\s+out|written\s+up|singled\s+out|"
    r"red-?flagged|put\s+on\s+notice|pulled\s+up|picked\s+up|marked\s+down)\b|"
    r"\bfail(?:ed|s)?\s+(?:\w+\s+){0,2}?(?:re-?reads?|reviews?|audits?|qc|test|check)\b|\b(?:didn'?t|did\s+not|doesn'?t)\s+pass\b|"
    r"被(?:抓|標記|标记|點名|点名|列管|挑出|盯上|註記|注记|警告|糾正|纠正|打槍|打枪|退件|退回|flag)|(?:複判|复判|復判|覆判|審查|审查|品管|QC|qc)[^，,。；;？?]{0,6}?"
    r"(?:沒過|没过|沒通過|没通过|不合格|不及格|出包|出問題|出问题|有問題|有问题)|"
    # (progress said as a share of the requirement: "做了一半", "大概完成三分之二", "湊了七成", "about 2/3 done")
    r"(?:做|完成|達成|达成|累積|累积|湊|凑|拿|集|蒐集|收集)(?:了|到)?\s*(?:大概|大約|大约|約|约|差不多|快)?\s*"
    r"(?:一半|三分之[一二]|四分之[一二三]|大半|過半|过半|[一二三四五六七八九]成|\d\s*/\s*\d)|"
    r"\b(?:done|finished|completed|got|earned|have|had|covered|at)\s+(?:about\s+|around\s+|roughly\s+|maybe\s+|nearly\s+|almost\s+|like\s+)?"
    r"(?:half|two[- ]thirds|three[- ]quarters|a\s+third|a\s+quarter|most|\d\s*/\s*\d)\b|\bhalf\s*way\b|\bmost\s+of\s+the\s+way\b",
    re.IGNORECASE)
STATUS_ASKED = re.compile(
    r"\bwhat\s+(?:\w+\s+)?(?:measures?|actions?|sanctions?|penalt(?:y|ies)|consequences?)\b|\bwhat\s+(?:happens|applies|now)\b|"
    r"\bwhat\s+(?:do|does|should|must|will)\s+(?:he|she|they|we|i)\s+(?:have\s+to\s+)?(?:do|face)\b|\b(?:which|what)\s+tier\b|"
    r"\bhow\s+(?:many|much)\s+more\b|\bhow\s+far\s+(?:off|short|away)\b|\bwhat(?:'s|\s+is)\s+(?:left|remaining)\b|"
    r"還差|还差|還缺|还缺|還要多少|还要多少|還需要?多少|还需要?多少|剩(?:下)?多少|差多少|"
    r"怎麼處理|怎么处理|會怎樣|会怎样|會怎麼樣|会怎么样|(?:什麼|什么|哪[一個个種种]*)\s*(?:處分|处分|措施|處置|处置|罰則|罚则)|要怎麼辦|要怎么办|"
    r"(?:適用|适用)(?:哪|什麼|什么)", re.IGNORECASE)
# the calculations whose result is a status of one's own: a measure, a grade, a deduction, enough to renew
STATUS_TOOLS = frozenset({"hpa_reread_action", "hpa_qc_grade", "hpa_image_grade", "hpa_followup_deduction", "tsir_renewal_check",
                          "tsa_renewal_check"})
# the one person the status is said of, counted ("one of our readers", "有一位判讀醫師", "我們其中一個放射師"): no figure of it
_ONE_OF = re.compile(r"\b(?:one|1)\s+of\b|(?:有|其中)?(?:一|1)\s*(?:位|個|个|名)", re.IGNORECASE)


def _status_unstated(q: Query, found: list[Extraction]) -> Extraction | None:
    """The reading of one's own status said as an event with no figure of it (`STATUS_EVENT`), what follows asked
    (`STATUS_ASKED`), asked back for the figures it needs; else None."""
    if q.followup is not None or not STATUS_EVENT.search(q.cues) or not STATUS_ASKED.search(q.cues) \
            or SUPPOSED.search(q.cues) or THRESHOLD.search(q.cues) or not (PERSONAL.search(q.cues) or THIRD_PERSON.search(q.cues)):
        return None
    shares = [m.span() for m in STATUS_EVENT.finditer(q.text)] + [m.span() for m in _ONE_OF.finditer(q.text)]
    if any(not any(a <= x.start < b for a, b in shares) for x in q.quantities):
        return None  # a figure besides the share or the one person: the reading's own
    best = next((c for c in found if c.needs and not c.invalid), None)
    if best is None or any(c.facts for c in found) or best.tool not in STATUS_TOOLS:
        return None  # (a tally of credits is no status: "審查沒過，要上課嗎" read as a course's credits is another question)
    return best


# The credit kinds held many times a year (the society's monthly meeting, a talk at one): named with no count, their number
# is unknown, never one.
RECURRING_KINDS = frozenset({"tsa_monthly_meeting", "tsa_monthly_speaker"})
# Meetings abroad said attended in Chinese with no count ("有出國參加介入性治療的會議", "出國開過會"): Chinese says no "a" or "one"
# there, and one goes abroad to several a year — their number is unknown, never one (English "an international meeting" is one).
UNCOUNTED_ABROAD_KINDS = frozenset({"international_meeting", "international_meeting_attendance"})
COUNTS_NEED = Need("activities", "您提到的活動各參加（或擔任講者）幾次（例如「月會 6 次、演講 1 次、年會 1 次」）？",
                   "How many times did you attend (or speak at) each of them (e.g. \"6 monthly meetings, 1 talk, 1 annual meeting\")?")


# An activity said done ("有去月會", "也有上台講過", "在月會報告過", "去了年會跟月會", "went to the monthly meetings"): one's own —
# not a case of the rule named ("docs get a bonus when attending monthly meetings").
# (never said negated: "沒有報告", "没去过", "未參加" say what was not done — "單純出國參加…，沒有報告" asks the rule's value of attending)
_NOT_DONE = r"(?<![沒没未不])(?<!沒有)(?<!没有)"
# (never the proof the rule asks for, said as held: "有出席證明的話", "有參加證書就能抵嗎" — the document, not an activity said done)
_PROOF_AFTER = r"(?!\s*(?:的)?\s*(?:證明|证明|證書|证书|紀錄|记录|收據|收据))"
SAID_DONE = re.compile(_NOT_DONE + r"有(?:去|參加|参加|出席|上台|報告|报告|講|讲|發表|发表|出國|出国|到國外|到国外)" + _PROOF_AFTER + "|" + _NOT_DONE
                       + r"(?:出國|出国)(?:開|开)(?:過|过|了)|" + _NOT_DONE + r"(?:報告|报告|講|讲|去|參加|参加|出席|發表|发表)(?:過|过|了)|"
                       r"\b(?:went|attended|spoke|presented|gave\s+(?:a\s+)?talks?|been\s+(?:to|going))\b", re.IGNORECASE)
# The credits named before the ask ("今年年會去了，月會也去了，積分多少", "学分有几分", "分數是多少"): the value asked as much as "幾分"
CREDITS_THEN_ASKED = re.compile(r"(?:積分|积分|學分|学分|分數|分数)\s*(?:是|有|共|總共|总共|一共|算)?\s*(?:多少|幾|几)")
# One monthly meeting said in English by its article ("the monthly meeting too", "a monthly meeting"): a count, as much as "one".
_ONE_MONTHLY = re.compile(r"\b(?:a|the|one|this|that|last\s+month's|this\s+month's)\s+(?:[\w'’-]+\s+){0,2}?monthly\s+(?:meeting|mtg)\b(?!s)",
                          re.IGNORECASE)
# … and one meeting said in Chinese by its classifier ("去了一個國際外科會議", "參加一場國外研討會"): a count of one
_ONE_MEETING_ZH = re.compile(r"(?<![\d一二三四五六七八九十])(?:一|1)\s*(?:個|个|場|场)[^，,。；;？?！!\d]{0,8}?(?:會議|会议|研討會|研讨会|年會|年会|醫學會|医学会)")


# One count said for several kinds together ("年會跟月會加起來去了 8 次", "月会和年会一共 6 次", "7 meetings, annual and monthly
# combined"): how many of each is not said — the count is never given to one kind and the other taken as once; each is asked
# for. (A total said after each kind's own count, "年會 1 次、月會 3 次，加起來 4 次", is a check: a figure stands between.)
_JOINED = r"(?:跟|和|與|与|及|以及|加上?|還有|还有|\+|＋|、)"
_SUM_WORD = r"(?:加起來|加起来|一共|總共|总共|合計|合计|共計|共计|合起來|合起来|總計|总计)"
_COUNT = r"(?:\d+|[一二兩两三四五六七八九十]+)\s*(?:次|場|场|篇)"
_EN_KINDS = r"(?:meetings?|talks?|lectures?|courses?|sessions?|conferences?|seminars?|events?|ones)"
JOINT_COUNT = re.compile(
    rf"(?:^|[,.;?!])[^,.;?!\d]{{1,20}}?{_JOINED}[^,.;?!\d]{{1,16}}?{_SUM_WORD}[^,.;?!\d]{{0,8}}?{_COUNT}|"
    rf"\b\d+\s+(?:\w+\s+){{0,2}}?{_EN_KINDS}\b[^.;?!\d]{{0,30}}?\b[a-z]+\s+(?:and|&|\+)\s+[a-z]+\s+"
    rf"(?:(?:{_EN_KINDS})\s+)?(?:combined|together|put\s+together|between\s+them)\b|"
    rf"\b[a-z]+\s+(?:and|&|\+)\s+[a-z]+\s+(?:{_EN_KINDS}\s+)?(?:combined|together|put\s+together|in\s+total)\s*(?:[:=]\s*|(?:came\s+to|were|was|is|are)\s+)?\d+\b",
    re.IGNORECASE)


def _vague_fills_a_need(q: Query, best: Extraction) -> bool:
    """Do the question's vague counts ("好幾次", "a bunch of TACEs") stand for a fact its reading still needs: written as counts,
    does the same calculation read more facts than it did? (A vague count beside the reading, "有幾個還在追", fills none.)"""
    from bot.vague import fill_vague  # noqa: PLC0415 - the module's own neighbour, imported where used (it reads numbers)

    if q.followup is not None or not best.needs or best.invalid:
        return False
    phrases = find_vague(q.text)
    filled = fill_vague(q.text, phrases, " ".join(str(i + 3) for i in range(len(phrases)))) if phrases else None
    if filled is None:
        return False
    again = next((c for c in candidates(Query(filled, q.today)) if c.tool == best.tool), None)
    return again is not None and again.facts > best.facts


def _joint_count(q: Query, best: Extraction) -> bool:
    """Does a credit reading (the tally, the instructor's renewal points) take one count said for several kinds together
    (`JOINT_COUNT`)? Then how many of each is asked, never split by a guess."""
    return (q.followup is None and best.tool in ("tsa_credit_tally", "tsir_renewal_check") and not best.invalid
            and bool(best.args.get("activities")) and any(_joins_kinds(best.tool, m.group(0)) for m in JOINT_COUNT.finditer(q.cues)))


_JOINER = re.compile(rf"{_JOINED}|\b(?:and|&)\b", re.IGNORECASE)
_JOINT_END = re.compile(rf"{_SUM_WORD}|\b(?:combined|together|put\s+together|between\s+them|in\s+total)\b", re.IGNORECASE)


# The cap's own value asked ("上限幾篇", "最多能申請幾篇", "上限是多少", "what's the cap?", "at most how many papers"): the
# rule's figure, not a check of one's own against it ("還在上限內吧").
_CAP_VALUE_ASKED = re.compile(
    r"(?:上限|最多|限額|限额)\s*(?:是|為|为|有)?\s*(?:幾|几|多少)|"
    r"最多(?:可以|能|可|只能)?(?:申請|申请|算|認|认|採|采|拿|報|报)?(?:幾|几|多少)\s*(?:篇|場|场|次|件)|"
    r"\bwhat(?:'s|\s+is|\s+are)\s+the\s+(?:\w+\s+)?(?:cap|limit|maximum|max|ceiling)s?\b|"
    r"\b(?:at\s+most|max(?:imum)?)\s+how\s+many\b|\bhow\s+many\s+(?:\w+\s+){0,2}?(?:at\s+most|max(?:imum)?)\b", re.I)


# … of one's items, counted ("上限幾篇", "最多能申請幾場", "at most how many posters"): the cap a tally of one's items does not
# state (its total is the capped sum), unlike a check against a volume cap ("篩了520支，上限是多少": over or not, computed)
_ITEMS_CAP_ASKED = re.compile(
    r"(?:上限|最多|頂多|顶多|至多|限額|限额)\s*(?:是|為|为|有)?\s*(?:只)?(?:可以|能|可|只能|會|会)?\s*(?:申請|申请|算|認|认|採計|采计|採|采|拿|報|报|登錄|登录|給|给)?\s*(?:幾|几|多少)\s*(?:篇|場|场|次|件)|"
    r"\b(?:at\s+most|max(?:imum)?)\s+how\s+many\s+(?:papers|posters|talks|presentations|abstracts|orals)\b|"
    r"\bhow\s+many\s+(?:papers|posters|talks|presentations|abstracts|orals)\s+(?:\w+\s+){0,3}?(?:at\s+most|max(?:imum)?)\b", re.I)


def _rule_cap_asked(q: Query) -> bool:
    """Do the clauses that ask (`asked_clauses`) ask the rule's cap itself — its value (`_CAP_VALUE_ASKED`), whether it
    exists (`LIMIT_EXISTS`) or whether all of one's items count (`ALL_COUNT`: "可以全部都申請嗎") — with no sum, value or
    sufficiency of one's own asked beside it?"""
    asked = asked_clauses(q.cues)
    if not (_CAP_VALUE_ASKED.search(asked) or LIMIT_EXISTS.search(asked) or ALL_COUNT.search(asked)):
        return False
    rest = _without(_CAP_VALUE_ASKED, _without(ASKS_LIMIT, asked))
    return not (OWN_SUM.search(rest) or ENOUGH_ASKED.search(rest) or VALUE_ASKED.search(rest) or CAP_APPLIED.search(rest))


# The cap's value said in points ("一年最多可以累積幾分", "論文上限是幾分", "at most how many points"): the rule's figure, asked —
# never one's own total
_CAP_IN_POINTS = re.compile(
    r"(?:上限|最多|頂多|封頂|限額)[^，,。？?；;]{0,10}?(?:幾|几|多少)\s*(?:分|點|学分|學分|積分)|"
    r"\b(?:at\s+most|max(?:imum)?)\s+how\s+many\s+(?:credits?|points?|pts)\b", re.I)


# whether there is a cap, asked with no particle after it ("總共幾分 有沒有上限")
_LIMIT_ASKED_BARE = re.compile(r"有(?:沒有|没有)\s*(?:上限|限制|限額|限额)")


def _own_total_beside_cap(q: Query) -> bool:
    """Do the clauses that ask (`asked_clauses`) ask whether the rule sets a cap ("有上限嗎", "is there a cap"; never its
    value) and beside it one's own total or value ("共幾分", "總共幾分", "how many points", "total?"), never a rate for one item
    ("每篇幾分", "how much is each") nor the cap's own value in points ("一年最多幾分")? With one's items given whole, the total
    is computed: the calculator applies the cap and cites it (a cap asked alone beside a count, "上限幾篇", stays the rule's)."""
    asked = asked_clauses(q.cues)
    # (the cap's value asked, "另外論文一年最多能認幾分", beside one item's value is the rule's rate and cap: ds-tsa-025)
    if not (LIMIT_EXISTS.search(asked) or _LIMIT_ASKED_BARE.search(asked)) or _CAP_VALUE_ASKED.search(asked) \
            or _CAP_IN_POINTS.search(asked):
        return False
    rest = _without(_CAP_VALUE_ASKED, _without(ASKS_LIMIT, _without(_CAP_IN_POINTS, asked)))
    if _asks_rate(rest) or ASKS_EACH.search(rest):
        return False
    return bool(OWN_SUM.search(rest) or VALUE_ASKED.search(rest))


def _joins_kinds(tool: str, joint: str) -> bool:
    """Does a joint count's span join words the tool's vocabulary knows on both sides ("年會跟月會加起來 8 次")? Two ways of
    one thing ("月會線上+實體加起來 10 次", "online and in person combined") are one kind, its count said whole."""
    from bot.reader import names_any  # noqa: PLC0415 - the reader imports routing's neighbours; read where used

    end = _JOINT_END.search(joint)
    head = joint[:end.start()] if end else joint
    def knows(left: str, right: str) -> bool:  # (the noun after the right side shared: "annual and monthly meetings")
        return names_any(tool, left) or names_any(tool, left + re.sub(r"^\s*\S+", "", right))

    return any(knows(head[:j.start()], head[j.end():]) and names_any(tool, head[j.end():]) for j in _JOINER.finditer(head))


def _one_named_meeting_valued(q: Query, best: Extraction) -> bool:
    """Does the question name one meeting abroad by its own name (`NAMED_OVERSEAS_MEETINGS`: each name is one meeting) as its
    only activity, say no count or figure at all, and ask what it earns, with no total, shortfall or other item of one's own?
    (Several named, "CIRSE 跟 SIR", or a count asked, "去了幾次", stay asked back.)"""
    if q.followup is not None or best.tool not in ("tsa_credit_tally", "tsir_renewal_check") or best.invalid or q.quantities \
            or COUNT_HEADING.search(q.text) or find_vague(q.text) or find_dates(q.text):
        return False
    acts = [a for a in best.args.get("activities") or [] if isinstance(a, dict)]
    if len(acts) != 1 or acts[0].get("kind") not in UNCOUNTED_ABROAD_KINDS or set(best.args) - {"activities"}:
        return False
    names = {m.group(0).upper() for m in re.finditer(NAMED_OVERSEAS_MEETINGS, q.text, re.IGNORECASE)}
    return (len(names) == 1 and (VALUE_ASKED.search(q.cues) or CREDITS_THEN_ASKED.search(q.cues)) is not None and not OWN_SUM.search(q.cues)
            and not ENOUGH_ASKED.search(q.cues) and not _ANOTHER_MEETING.search(q.cues))


# another meeting said beside the named one ("CIRSE 跟另一個國際會議", "CIRSE and two other meetings"): not one meeting
_ANOTHER_MEETING = re.compile(r"(?:跟|和|與|与|及|還有|还有|以及|、)\s*(?:另|其他|別的|别的)|\b(?:and|plus)\s+(?:an?other|other|more)\b",
                              re.IGNORECASE)


def _uncounted_recurring(q: Query, best: Extraction) -> bool:
    """Does the tally (or the instructor's renewal points) read a kind held many times a year (`RECURRING_KINDS`; meetings abroad
    said in Chinese, `UNCOUNTED_ABROAD_KINDS`) from a question that gives no count at all — no
    number, not even a one ("月會去了一次", "the monthly meeting"), nor one heading a list of names in words ("三個國際會議
    （ACS、ESSO）", `COUNT_HEADING`), and no vague count (asked back on its own)?"""
    if (q.followup is not None or best.tool not in ("tsa_credit_tally", "tsir_renewal_check") or best.invalid or q.quantities
            or COUNT_HEADING.search(q.text)
            or find_vague(q.text) or _ONE_MONTHLY.search(q.cues) or _ONE_MEETING_ZH.search(q.text)):
        return False
    kinds = RECURRING_KINDS | (UNCOUNTED_ABROAD_KINDS if q.lang != "en" else frozenset())
    return any(a.get("kind") in kinds for a in best.args.get("activities") or [] if isinstance(a, dict))


# Whether one's own value crosses a bound, asked of the bound ("會不會低於75%", "有沒有超過 60%", "是否未達 70%", "will we drop
# below 75%", "are we under 60%"); a bound asked about before its consequence ("低於 60% 會怎樣") is the rule's.
OWN_BOUND_CHECK = re.compile(
    r"(?:會不會|会不会|是否|有沒有|有没有|能不能|會|会|可能)(?:可能|已經|已经|就|被|真的)?(?:低於|低于|超過|超过|高於|高于|未達|未达|不到|達到|达到|跌破|掉到|"
    r"掉破)\s*\d|"
    r"\b(?:will|would|are|is|am|might|could)\s+(?:we|i|it|our\s+\w+|my\s+\w+|she|he|they)\s+(?:\w+\s+){0,3}?(?:below|under|over|above)\s+\d|"
    r"\b(?:will|would|might|could|do|does|did)\s+(?:we|i|it|our\s+\w+|my\s+\w+|she|he|they)\s+(?:\w+\s+){0,2}?"
    r"(?:fall|drop|dip|go|slip|end\s+up)\s+(?:below|under|over|above)\s+\d", re.IGNORECASE)


# A bound stated as one's own value's place, not supposed: said of this year / this time / so far, or in a clause of its own
# before the question ("…不到75%，會被扣多少"), or in English with a verb that reports it ("is / was / came in below 75%",
# "fell short of 75%", "did not reach 75%"). (`THRESHOLD` finds the bound; this is how it is said.)
_BOUND_WORDS = (r"(?:低於|不到|未達|未滿|不滿|不足|少於|(?<![還有])(?:沒有|沒)(?:達)?(?:到|滿)|未達到|達不到|跌破|掉到|降到|跌到)")
_OWN_TIME = r"(?:今年|今年度|去年|這次|這一次|上次|這期|本期|目前|現在|已經|只有|只|才|實際|實際上|確定|結果|最後|算出來|算下來)"
OWN_BOUND_STATED = re.compile(
    rf"(?:我們|我院|本院|敝院|我家|我的|他的|她的|他|她)[^，,。？?；;！!]{{0,16}}?{_OWN_TIME}[^，,。？?；;！!]{{0,10}}?{_BOUND_WORDS}\s*\d|"
    rf"(?:我們|我院|本院|敝院|我家|我的|他的|她的|他|她)[^，,。？?；;！!]{{0,20}}?{_BOUND_WORDS}\s*\d+(?:\.\d+)?\s*(?:%|分|趴)?\s*(?:而已|了|左右)?\s*[,，。；;]|"
    r"\b(?:our|my|his|her|their|we|i|he|she|they)\b[^,.;?!]{0,60}?\b(?:is|was|are|were|am|came\s+(?:in|out|back)|ended\s+up|fell|dropped|"
    r"slipped|dipped|landed|finished|sits|sat|stands|stood)\s+(?:(?:currently|still|only|just|slightly|a\s+bit|a\s+little|well|way|"
    r"somewhat|probably|likely|already|now|this\s+year|again)\s+)*(?:below|under|less\s+than|lower\s+than|short\s+of)\s+\d|"
    r"\b(?:our|my|his|her|their|we|i|he|she|they)\b[^,.;?!]{0,60}?\b(?:fell\s+short\s+of|did\s+not\s+(?:reach|hit|make)|"
    r"never\s+(?:reached|hit|made))\s+\d", re.IGNORECASE)
# ("when / once / in case our rate is below 60%": a case supposed, as "if")
_WHEN_SUPPOSED = re.compile(r"\b(?:when|whenever|once|in\s+case|assuming|provided)\b|的話|的话|時候|时候|的時|的时", re.IGNORECASE)


def _own_bound_stated(q: Query) -> bool:
    """Is a bound (`THRESHOLD`) stated as the place of one's own value (`OWN_BOUND_STATED`), no case supposed?"""
    return (bool(THRESHOLD.search(q.cues)) and bool(OWN_BOUND_STATED.search(q.cues)) and not SUPPOSED.search(q.cues)
            and not _WHEN_SUPPOSED.search(q.cues) and not OWN_BOUND_CHECK.search(q.cues))


def _values(args: Any) -> list[float]:
    """Every number in a call's arguments."""
    if isinstance(args, bool):
        return []
    if isinstance(args, (int, float)):
        return [float(args)]
    if isinstance(args, dict):
        return [v for x in args.values() for v in _values(x)]
    if isinstance(args, (list, tuple)):
        return [v for x in args for v in _values(x)]
    return []


def _bound_restated(q: Query, best: Extraction) -> bool:
    """Is every bound of the question (`THRESHOLD`) the rule's restated beside a calculation the person's own figures fill
    ("完成率 55%，低於 60% 扣多少"): the reading complete, a figure of the person's own beside the bounds, and no bound's
    figure among the values it read?"""
    if not best.complete or best.facts < 1 or bounds_only(q):
        return False
    found = [(m.span(), [float(x) for x in re.findall(r"\d+(?:\.\d+)?", m.group(0))]) for m in THRESHOLD.finditer(q.text)]
    bounds = [b for _, figures in found for b in figures]
    read = _values(best.args)
    if not bounds:
        return False
    # (a band's bound — "the 40-50 one or the 50-60 one", "40-50% 那級還是 50-60% 那級" — may be one's own value too, said on its
    # own outside every band: "exactly 50% on positives … which tier, the 40-50 one or the 50-60 one?" asks which band it is in)
    own = [x.value for x in q.quantities if not any(a <= x.start < b for (a, b), _ in found)]
    return not any(abs(b - v) < 1e-9 for _, figures in found for b in figures for v in read
                   if len(figures) < 2 or not any(abs(o - v) < 1e-9 for o in own))


# A length said of each of one's own sessions ("each over 2 hours", "every one under 2 hrs", "每場都超過兩小時", "每次不到 2 小時")
EACH_LENGTH = re.compile(r"\b(?:each|every\s+one|all\s+of\s+them)\b[^?.;]{0,20}?\b(?:over|under|more\s+than|less\s+than|longer\s+than|"
                         r"shorter\s+than|at\s+least|up\s+to|within)\s+\d|"
                         r"\b(?:over|under|more\s+than|less\s+than)\s+\d+(?:\.\d+)?\s*(?:hours?|hrs?|h)\s+(?:each|apiece)\b|"
                         r"每(?:場|场|次|堂|個|个|一場|一场)(?:都|也)?[^，,。？?]{0,4}?(?:超過|超过|不到|未滿|未满|\d\s*(?:個|个)?\s*(?:小時|小时|鐘頭|钟头)\s*(?:以上|以內|以内|以下))",
                         re.IGNORECASE)
# … and how many sessions said ("3 場", "兩次", "3 seminars")
_SESSIONS_COUNTED = re.compile(r"\d+\s*(?:場|场|次|堂|個|个)|\b\d+\s+(?:[\w-]+\s+){0,3}?(?:seminars?|sessions?|courses?|workshops?|meetings?|times)\b",
                               re.IGNORECASE)
# ("over six years" is the span a sum was gathered in, no bound: "I've got 720 points over 6 years")
_BOUND = re.compile(r"(?:超過|超过|高於|高于|低於|低于|未達|未达|不到|不足|over(?!\s*(?:the\s+(?:last\s+|past\s+)?)?\d+\s*(?:years?|yrs?|months?)\b)|"
                    r"above|below|under|more than|less than|[>＞≥≧<＜≤≦]=?)\s*\d",
                    re.IGNORECASE)
_MANY = re.compile(r"好幾[十百千]|好几[十百千]|幾[百千]|几[百千]|\b(?:hundreds|dozens)\b", re.IGNORECASE)


_LAST_ASK = re.compile(r"[？?]")


def _figures_after_ask(q: Query) -> bool:
    """Is the question's last sentence a statement (no question mark) after a question, giving two figures or more of 20
    or more ("…怎么评？我们…分别是 350、366、358。")?"""
    marks = list(_LAST_ASK.finditer(q.text))
    if not marks:
        return False
    tail = q.text[marks[-1].end():]
    return len([x for x in q.quantities if x.start >= marks[-1].end() and x.value >= 20]) >= 2 and bool(tail.strip())


# A date said only by its year, or its year and month ("2021 年", "民國 114 年 6 月", "in 2020", "March 2027", "2025/6")
_PARTIAL_DATE = re.compile(r"(?:民國|西元)?\s*\d{2,4}\s*年\s*(?:\d{1,2}\s*月(?:份|底|初|中)?|底|初|中)?|\d{1,2}\s*月(?:份|底|初|中)?|"
                           r"\b(?:19|20)\d{2}\s*[/.-]\s*\d{1,2}\b(?![/.-]\d)|"
                           r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:of\s+)?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\b",
                           re.IGNORECASE)


def _partial_dates_only(q: Query) -> bool:
    """Are the question's only figures a date said by its year or its year and month (no day), with no full date read?"""
    return not find_dates(q.text) and bool(_PARTIAL_DATE.search(q.cues)) and not re.search(r"\d", _PARTIAL_DATE.sub(" ", q.cues))


def _own_values(q: Query) -> bool:
    """Values of the person's own, as they stated them: a sum or a reported result ("加起來 610 分", "scored 355"), a
    list of scores or credits (two figures of 20 or more), or a vague large count ("好幾百件") — never a count of
    the things a rule is asked about ("兩組自選片", "六個月內") nor a bound ("超過 600")."""
    if _BOUND.search(q.cues):
        # (… unless a value of one's own, gathered, stands beside the bound it is set against: "I've got 640 … so that's over
        # 600 - can I renew?" — the sum is one's own, the 600 the rule's restated)
        bounds = [m.span() for m in _BOUND.finditer(q.text)]
        own = [x for x in q.quantities if x.value >= 20 and not _is_label(q, x.start, x.end)
               and not any(a <= x.start < b for a, b in bounds)]
        return bool(own) and bool(bounds) and bool(SO_FAR.search(q.cues) or OWN_SUM.search(_without(_BOUND, q.cues)))
    if _MANY.search(q.cues):
        return True
    values = [x for x in q.quantities if x.value >= 20 and not _is_label(q, x.start, x.end)]
    return bool(values) and (bool(OWN_SUM.search(q.cues) or REPORTED.search(q.cues) or SO_FAR.search(q.cues)) or len(values) >= 2)


ZERO_YEAR = re.compile(r"\b(?:one|a|1|that|the\s+other|the\s+last|the\s+first)\s+(?:\w+\s+)?year\b[^?.]{0,30}?\b(?:zero|0|no)\s+(?:credits?|points?|pts)\b|"
                       # (the year picked out of the period: "one of my six years had zero credits", "1 of the 6 years was 0",
                       # "in one of those years I got nothing")
                       r"\b(?:one|1|any)\s+of\s+(?:my|the|our|his|her|those|these|its)\s+(?:\w+\s+)?years?\b[^?.]{0,40}?"
                       r"\b(?:zero|0|no|nothing|none)\b(?:\s+(?:credits?|points?|pts))?|"
                       # the zero said as the year's whole amount, with no unit ("one year I had literally zero", "one year was a
                       # big fat zero", "a year with nothing at all")
                       r"\b(?:one|a|1|that|the\s+other|the\s+last|the\s+first)\s+(?:\w+\s+)?year\b[^?.]{0,40}?"
                       r"\b(?:had|got|earned|was|with|scored|logged)\s+(?:\w+\s+){0,3}?(?:zero|nothing|none|nada|0)\b|"
                       r"\b(?:zero|0|no)\s+(?:credits?|points?|pts)\s+(?:in|for)\s+(?:one|a|1|that)\s+year\b|"
                       r"(?:有|其中)(?:一|1)年[^，,。？?]{0,6}?(?:是)?(?:零|0)\s*分|(?:一|1)年(?:是)?(?:掛零|挂零|掛蛋|挂蛋|零分|0\s*分)|"
                       # (the year's zero said after what kept one away: "其中有一年忙到完全沒去上課 掛零", "有一年出國整年掛蛋")
                       r"(?:有|其中)(?:一|1)年[^，,。？?]{0,16}?(?:掛零|挂零|掛蛋|挂蛋|零分|[一1]\s*分(?:都|也)(?:沒有|没有|沒拿|没拿))|"
                       # the year named by its calendar year ("got nothing in 2023", "zero credits for 2022", "2023年掛零",
                       # "民國112年一分都沒有"): the same zero year
                       r"\b(?:got|had|earned|scored|logged|was)\s+(?:\w+\s+){0,2}?(?:zero|nothing|none|nada|0)\s+(?:credits?\s+|points?\s+)?"
                       r"(?:in|for|during)\s+(?:(?:19|20)[0-9]{2}|the\s+year\s+(?:19|20)[0-9]{2})\b|"
                       r"\b(?:zero|0|no)\s+(?:credits?|points?|pts)\s+(?:in|for|during)\s+(?:19|20)[0-9]{2}\b|"
                       r"(?:(?:19|20)[0-9]{2}|民國\s*[0-9]{2,3}|[0-9]{3})\s*年(?:度)?\s*(?:是|拿|得|只有)?\s*"
                       r"(?:掛零|挂零|零分|0\s*分?(?![0-9.%])|[一1]\s*分(?:都|也)?(?:沒有|没有|沒拿到|没拿到|沒拿|没拿))|"
                       r"(?:有|其中)?(?:一|1)年\s*[一1]\s*分(?:都|也)?(?:沒有|没有|沒拿|没拿)", re.IGNORECASE)  # (cues write 掛零 as 0)


# A running total of one's own ("I have 480 so far", "we've got 520 to date", "目前累積了 480 分", "到現在有 500 分"): a sum the
# calculation cannot take as it is (the renewal check needs each year), so the facts it needs are asked for.
SO_FAR = re.compile(r"\bso\s+far\b|\bto\s+date\b|\b(?:add|adds|added|adding)\s+up\s+to\s+(?:about\s+|around\s+|only\s+|just\s+)?\d|\b(?:i|we)\s+(?:have\s+got|have|'ve\s+got|got|had)\s+(?:about\s+|around\s+|only\s+|just\s+)?\d|"
                    # (the sum gathered said by its verb: "I've earned about 700", "we've accumulated 640", "I logged 610")
                    r"\b(?:i|we)(?:\s+have|'ve)?\s+(?:earned|accumulated|collected|logged|banked|racked\s+up|gathered|clocked)\s+"
                    r"(?:about\s+|around\s+|roughly\s+|only\s+|just\s+|exactly\s+)?\d|"
                    r"目前(?:有|累積|累计|共|總共|总共)|到目前為止|到目前为止|到現在|到现在|已經有|已经有|累積了|累计了|攢了|攒了|"
                    # a sum gathered over a span said before it ("六年累積 640 分", "這幾年累計有 700") — never the requirement asked
                    # ("六年要累積多少"), where a modal stands between
                    r"(?:年|年來|年来|年內|年内|年間|年间|年下來|年下来)\s*(?:總共|总共|共)?\s*累(?:積|积|計|计)(?:了|有|到)?\s*\d",
                    re.IGNORECASE)
