"""A bridge for English questions over Japanese articles: common news terms in Japanese.

BM25 cannot match "sanctions" against 制裁, so an English question over a Japanese article is
ranked by the dense model alone. `japanese_terms` gives the Japanese words a question's news
vocabulary is usually written with (plus any Japanese it already holds, such as the katakana
names the engine appends), and search adds their BM25 as a small cross-lingual bonus.

The glossary is general news vocabulary (politics, diplomacy, conflict, economy, law, society),
not any article's words; a term missing from it just adds nothing. Longer phrases win over their
parts ("secretary of state" before "state").
"""

from __future__ import annotations

import re

# English term (lower case) -> the Japanese words news articles usually write it with.
GLOSSARY: dict[str, tuple[str, ...]] = {
    # people and offices
    "president": ("大統領",),
    "vice president": ("副大統領",),
    "prime minister": ("首相",),
    "premier": ("首相",),
    "chancellor": ("首相",),
    "king": ("国王",),
    "queen": ("女王",),
    "minister": ("大臣",),  # usually written X相 (外相), which the longer terms cover
    "foreign minister": ("外相",),
    "defense minister": ("国防相",),
    "defence minister": ("国防相",),
    "finance minister": ("財務相",),
    "secretary of state": ("国務長官",),
    "secretary": ("長官",),
    "treasury secretary": ("財務長官",),
    "defense secretary": ("国防長官",),
    "spokesperson": ("報道官",),
    "spokesman": ("報道官",),
    "spokeswoman": ("報道官",),
    "press secretary": ("報道官",),
    "envoy": ("特使",),
    "ambassador": ("大使",),
    "diplomat": ("外交官",),
    "adviser": ("顧問", "補佐官"),
    "advisor": ("顧問", "補佐官"),
    "national security adviser": ("国家安全保障", "補佐官", "顧問"),
    "chief of staff": ("首席補佐官",),
    "official": ("当局者", "高官"),
    "officials": ("当局者", "高官"),
    "senior official": ("高官",),
    "lawmaker": ("議員",),
    "lawmakers": ("議員",),
    "senator": ("上院議員",),
    "governor": ("知事",),
    "mayor": ("市長",),
    "leader": ("指導者", "首脳"),
    "leaders": ("首脳", "指導者"),
    "researcher": ("研究員",),
    "senior fellow": ("上級研究員",),
    "analyst": ("アナリスト",),
    "economist": ("エコノミスト",),
    "expert": ("専門家",),
    "ceo": ("最高経営責任者", "CEO"),
    "chief executive": ("最高経営責任者",),
    "chairman": ("会長",),
    "founder": ("創業者",),
    "reporters": ("記者団", "記者"),
    "journalists": ("記者",),
    "friend": ("友人",),
    "ally": ("同盟国", "盟友"),
    "allies": ("同盟国",),
    "hardliner": ("強硬派",),
    "hawk": ("強硬派",),
    "critics": ("批判",),
    "people": ("人々",),
    # institutions
    "government": ("政府",),
    "administration": ("政権",),
    "state department": ("国務省",),
    "white house": ("ホワイトハウス",),
    "pentagon": ("国防総省",),
    "kremlin": ("ロシア大統領府", "クレムリン"),
    "congress": ("議会",),
    "parliament": ("議会",),
    "senate": ("上院",),
    "central bank": ("中央銀行",),
    "federal reserve": ("連邦準備制度理事会", "FRB"),
    "court": ("裁判所",),
    "supreme court": ("最高裁",),
    "police": ("警察",),
    "military": ("軍",),
    "army": ("陸軍", "軍"),
    "navy": ("海軍",),
    "troops": ("部隊", "兵"),
    "company": ("企業", "会社"),
    "companies": ("企業",),
    "firm": ("企業",),
    "firms": ("企業",),
    "bank": ("銀行",),
    "think tank": ("シンクタンク", "研究所"),
    "council on foreign relations": ("外交問題評議会",),
    "united nations": ("国連",),
    "nato": ("北大西洋条約機構", "NATO"),
    "european union": ("欧州連合", "EU"),
    # diplomacy and politics
    "summit": ("首脳会談",),
    "meeting": ("会談", "会合"),
    "meet": ("会談",),
    "talks": ("協議", "会談"),
    "phone call": ("電話会談",),
    "call": ("電話",),
    "negotiation": ("交渉",),
    "negotiations": ("交渉",),
    "diplomacy": ("外交",),
    "foreign policy": ("外交政策",),
    "policy": ("政策",),
    "sanction": ("制裁",),
    "sanctions": ("制裁",),
    "sanctioned": ("制裁",),
    "penalties": ("制裁",),
    "tariff": ("関税",),
    "tariffs": ("関税",),
    "treaty": ("条約",),
    "agreement": ("合意",),
    "agreed": ("合意",),
    "deal": ("取引", "合意"),
    "concession": ("譲歩",),
    "concessions": ("譲歩",),
    "proposal": ("案", "提案"),
    "plan": ("計画", "案"),
    "demand": ("要求",),
    "demands": ("要求",),
    "condition": ("条件",),
    "conditions": ("条件",),
    "pressure": ("圧力",),
    "influence": ("影響力",),
    "role": ("役割",),
    "leadership": ("リーダーシップ", "主導"),
    "team": ("チーム",),
    "election": ("選挙",),
    "vote": ("投票",),
    "campaign": ("選挙戦",),
    "approval rating": ("支持率",),
    "statement": ("声明",),
    "announcement": ("発表",),
    "announced": ("発表",),
    "press conference": ("記者会見",),
    "interview": ("インタビュー",),
    "report": ("報告", "報道"),
    "criticism": ("批判",),
    "denied": ("否定",),
    "deny": ("否定",),
    "rejected": ("拒否",),
    "reject": ("拒否",),
    "warning": ("警告",),
    "warned": ("警告",),
    "accused": ("非難",),
    "trust": ("信任", "信頼"),
    "confidence": ("信任",),
    "misunderstanding": ("誤解",),
    "confusion": ("混乱",),
    "tension": ("緊張",),
    "tense": ("緊迫",),
    "progress": ("前進", "進展"),
    "success": ("成功",),
    "achievement": ("成果",),
    "achievements": ("成果",),
    "lies": ("嘘",),
    "dialogue": ("対話",),
    "peace": ("和平", "平和"),
    # conflict
    "war": ("戦争",),
    "ceasefire": ("停戦",),
    "truce": ("停戦",),
    "front line": ("戦線",),
    "frontline": ("戦線",),
    "territory": ("領土",),
    "territorial": ("領土",),
    "border": ("国境",),
    "attack": ("攻撃",),
    "invasion": ("侵攻",),
    "occupation": ("占領",),
    "missile": ("ミサイル",),
    "drone": ("ドローン",),
    "nuclear": ("核",),
    "weapons": ("兵器", "武器"),
    "hostages": ("人質",),
    "refugees": ("難民",),
    "casualties": ("死傷者",),
    "killed": ("死亡", "死者"),
    "dead": ("死者",),
    "security": ("安全保障",),
    # economy
    "economy": ("経済",),
    "economic": ("経済",),
    "market": ("市場",),
    "markets": ("市場",),
    "stock": ("株", "株価"),
    "stocks": ("株",),
    "shares": ("株",),
    "price": ("価格",),
    "prices": ("価格",),
    "oil": ("石油", "原油"),
    "crude": ("原油",),
    "gas": ("ガス",),
    "natural gas": ("天然ガス",),
    "energy": ("エネルギー",),
    "oil company": ("石油会社", "石油大手"),
    "oil companies": ("石油会社", "石油大手"),
    "exports": ("輸出",),
    "export": ("輸出",),
    "imports": ("輸入",),
    "import": ("輸入",),
    "trade": ("貿易",),
    "inflation": ("インフレ", "物価"),
    "interest rate": ("金利",),
    "interest rates": ("金利",),
    "budget": ("予算",),
    "tax": ("税",),
    "revenue": ("収入", "売上高"),
    "profit": ("利益",),
    "investment": ("投資",),
    "jobs": ("雇用",),
    "unemployment": ("失業",),
    "growth": ("成長",),
    # society and events
    "law": ("法律", "法"),
    "bill": ("法案",),
    "investigation": ("調査", "捜査"),
    "trial": ("裁判",),
    "arrest": ("逮捕",),
    "protest": ("抗議",),
    "earthquake": ("地震",),
    "typhoon": ("台風",),
    "flood": ("洪水",),
    "disaster": ("災害",),
    "health": ("健康",),
    "hospital": ("病院",),
    "school": ("学校",),
    "university": ("大学",),
    "population": ("人口",),
    "headquarters": ("本社", "本部"),
    "employees": ("従業員", "社員"),
    "photo": ("写真",),
    "picture": ("写真",),
    # places and time
    "united states": ("米国",),
    "america": ("米国",),
    "american": ("米国", "米"),
    "u.s.": ("米国", "米"),
    "russia": ("ロシア",),
    "russian": ("ロシア",),
    "moscow": ("モスクワ",),
    "ukraine": ("ウクライナ",),
    "ukrainian": ("ウクライナ",),
    "china": ("中国",),
    "chinese": ("中国",),
    "beijing": ("北京",),
    "japan": ("日本",),
    "japanese": ("日本",),
    "tokyo": ("東京",),
    "korea": ("韓国",),
    "south korea": ("韓国",),
    "north korea": ("北朝鮮",),
    "europe": ("欧州",),
    "european": ("欧州",),
    "middle east": ("中東",),
    "asia": ("アジア",),
    "israel": ("イスラエル",),
    "gaza": ("ガザ",),
    "palestinian": ("パレスチナ",),
    "saudi arabia": ("サウジアラビア",),
    "hungary": ("ハンガリー",),
    "france": ("フランス",),
    "germany": ("ドイツ",),
    "britain": ("英国",),
    "india": ("インド",),
    "iran": ("イラン",),
    "turkey": ("トルコ",),
    "taiwan": ("台湾",),
    "washington": ("ワシントン",),
    "capital": ("首都",),
    "today": ("きょう",),
    "yesterday": ("昨日",),
    "this week": ("今週",),
    "last week": ("先週",),
    "next week": ("来週",),
    "this year": ("今年",),
    "last year": ("昨年",),
    **{
        month: (f"{n}月",)
        for n, month in enumerate(
            "january february march april - june july august september october november "
            "december".split(),
            start=1,
        )
        if month != "-"  # "may" is more often the verb
    },
}

_PATTERN = re.compile(
    r"\b(?:"
    + "|".join(re.escape(term) for term in sorted(GLOSSARY, key=len, reverse=True))
    + r")(?![\w.])",
    re.IGNORECASE,
)
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff々ー・]{2,}")


def japanese_terms(text: str) -> list[str]:
    """The Japanese words an English text's news terms are usually written with, then any
    Japanese words the text already holds, each once, in order."""
    found: list[str] = []
    for m in _PATTERN.finditer(text):
        found.extend(GLOSSARY[m.group(0).lower()])
    found.extend(_JAPANESE.findall(text))
    return list(dict.fromkeys(found))


# Japanese term -> the English terms it stands for (the glossary read backwards), longest first
# so 国務長官 wins over 長官.
_ENGLISH_OF: dict[str, tuple[str, ...]] = {}
for _en, _jas in GLOSSARY.items():
    for _ja in _jas:
        _ENGLISH_OF[_ja] = (*_ENGLISH_OF.get(_ja, ()), _en)
_JA_PATTERN = re.compile("|".join(re.escape(t) for t in sorted(_ENGLISH_OF, key=len, reverse=True)))


def term_keys(text: str, language: str) -> list[frozenset[str]]:
    """The glossary's news terms a text holds, each as the keys it is matched by in either
    language ("en:sanctions", "ja:制裁"): one set per term found, in order."""
    out: list[frozenset[str]] = []
    if language == "en":
        for m in _PATTERN.finditer(text):
            term = m.group(0).lower()
            out.append(frozenset({f"en:{term}", *(f"ja:{ja}" for ja in GLOSSARY[term])}))
    else:
        for m in _JA_PATTERN.finditer(text):
            ja = m.group(0)
            out.append(frozenset({f"ja:{ja}", *(f"en:{en}" for en in _ENGLISH_OF[ja])}))
    return list(dict.fromkeys(out))
