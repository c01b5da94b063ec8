"""Linguistic data shared by quotes, speakers and answers: general Japanese and English news usage.

Every list here is about the languages, never about one article: no place, person or
organisation names. Each says what it is for. Code that needs one imports it from here, so a
desk that meets a new title or verb adds it in one place.
"""

from __future__ import annotations

# --- Japanese ---------------------------------------------------------------------------------

# Titles and honorifics that follow a Japanese or foreign name in news copy (山田太郎社長,
# ルビオ国務長官, 佐藤さん). The parser marks most of them (Position_Vocation, Title_Other);
# this list catches the ones it misses and lets a user type a name with or without a title.
JA_TITLES: frozenset[str] = frozenset(
    """
    氏 さん 様 君 ちゃん 容疑者 被告 被告人 受刑者 死刑囚 弁護士 弁護人 検事 検察官 裁判長 裁判官
    判事 大統領 副大統領 首相 副首相 総理 総理大臣 大臣 副大臣 政務官 長官 副長官 官房長官 次官 財務官
    事務次官 審議官 局長 部長 課長 室長 係長 所長 院長 学長 校長 教頭 園長 館長 理事長 理事
    会長 副会長 社長 副社長 専務 常務 取締役 執行役員 執行役 頭取 総裁 副総裁 議長 副議長 委員長
    委員 議員 上院議員 下院議員 代表 党首 幹事長 書記長 総書記 主席 国家主席 国王 女王 皇太子
    知事 副知事 市長 副市長 町長 村長 区長 監督 コーチ 主将 投手 捕手 内野手 外野手 選手 騎手
    棋士 名人 竜王 横綱 大関 関脇 小結 力士 初段 二段 三段 四段 五段 六段 七段 八段 九段 十段 教授 准教授 講師 助教 研究員 上級研究員 主任研究員
    研究員 研究者 博士 医師 院長 看護師 記者 編集長 アナリスト エコノミスト ストラテジスト
    報道官 副報道官 補佐官 首席補佐官 顧問 特使 大使 公使 総領事 領事 司令官 司令 幕僚長 本部長
    署長 隊長 団長 事務総長 事務局長 最高経営責任者 最高財務責任者 最高技術責任者 CEO CFO COO
    CTO 創業者 共同創業者 プロデューサー ディレクター 作家 俳優 女優 歌手 演出家 指揮者 代表取締役
    プロジェクトマネージャー プロジェクトマネージャ マネージャー マネジャー 広報担当者 報道担当者 担当者 担当 幹部 相 外相 蔵相 財務相
    国防相 経済相 外務相 首席 次長 参事官 主任 技師 宮司 住職 国務長官 国防長官 財務長官 商務長官
    司法長官 内務長官 国土安全保障長官 大統領顧問 大統領補佐官 大統領首席補佐官 国家安全保障顧問
    外務大臣 財務大臣 防衛大臣 経済産業大臣 総務大臣 法務大臣 官房副長官 事務総長 副大臣
    会頭 組合長 総長 代議士 市議 県議 町議 村議 区議 都議 道議 府議 主幹 支配人 店長 親方 相談役
    政調会長 総務会長 座長 会長代行 警視 警部 消防長 師匠 家元 監事 教育長 副教育長 董事長
    総経理
    """.split()
)
# Words that make a title the office or the building of its holder (大統領 + 府, 大使 + 館, 首相 +
# 官邸, 市長 + 室): a name before such a word names a body or a place, and no one holds a title.
JA_TITLE_OFFICE_WORDS: tuple[str, ...] = ("府", "館", "室", "官邸", "公邸", "庁", "事務所")
# Relatives named by their given name alone after whose relative they are (妻の節子さん after
# 竹内清さん): they share the surname of the person named before.
JA_KIN_NOUNS: frozenset[str] = frozenset(
    "妻 夫 長男 長女 次男 次女 三男 三女 息子 娘 母 父 母親 父親 兄 弟 姉 妹 祖母 祖父 孫".split()
    # (and the wider family, in kanji and in the kana news copy often writes them in)
    + "甥 姪 おい めい 叔父 叔母 伯父 伯母 おじ おば いとこ 義母 義父 義兄 義弟 義姉 義妹".split()
)
# The usual short forms of a body's kind, written out: 市教委 is the city's 教育委員会, so it
# is the 葛城原市教育委員会 named before.
JA_BODY_ABBREVIATIONS: dict[str, str] = {
    "教委": "教育委員会",
    "選管": "選挙管理委員会",
    "公取委": "公正取引委員会",
    "地検": "地方検察庁",
    "地裁": "地方裁判所",
    "高裁": "高等裁判所",
    "家裁": "家庭裁判所",
    "県警": "県警察本部",
}
# Words sports and feature copy uses to call the person it is about again, without the name
# (試合後、ベテランは「…」と胸を張った): that person, the one named last.
JA_EPITHETS: frozenset[str] = frozenset(
    """
    ベテラン 若手 新人 ルーキー エース ストライカー 主砲 守護神 司令塔 大黒柱 新鋭 王者 女王 右腕 左腕
    覇者 挑戦者 助っ人 新戦力 10代
    """.split()
)
# Endings of a broadcaster's name (東洋テレビ, 北海放送): a station, so 同局 may point back at it.
JA_BROADCASTER_ENDINGS: tuple[str, ...] = ("テレビ", "放送", "ラジオ", "TV")
# Police copy's "in questioning" (調べに対し「…」と容疑を認めている): with no subject in the
# sentence, the words are those of the suspect named before, whose title is JA_SUSPECT_TITLE.
JA_QUESTIONING_PHRASES: tuple[str, ...] = ("取り調べに対し", "調べに対し", "調べに")
JA_SUSPECT_TITLE = "容疑者"
# The statement of a charge in police and court copy (逮捕容疑は…「…」とうそを言い…疑い): words
# quoted inside it are what the charge says the suspect said (JA_SUSPECT_TITLE, named before).
JA_CHARGE_NOUNS: frozenset[str] = frozenset("逮捕容疑 容疑 起訴内容 起訴状 公訴事実".split())
# 同選手 points back at any player: one whose title ends in 手 or 士 (外野手, 騎手, 棋士).
JA_PLAYER = "選手"
# The titles that are only courtesy (山田さん, 田中氏): they say nothing of what someone is.
JA_HONORIFICS: frozenset[str] = frozenset("氏 さん 様 君 ちゃん".split())
# One-character suffixes that follow a person's name without being part of it (田中家, 田中側,
# 田中陣営's 陣, 田中ら): any other one-character suffix or counter right after a one-character
# given name is that name's second character, which the tokenizer split off (悠 + 人, 陽 + 向,
# 湊 + 斗).
JA_AFTER_NAME_SUFFIXES: frozenset[str] = frozenset(
    "氏 様 君 殿 家 側 宅 邸 派 流 陣 組 達 等 ら 夫 妻 父 母 兄 姉 弟 妹 親 勢 軍 班 隊 像 展 賞 杯 戦".split()
)
# Prefixes that open a title after a name (長尾新天翔, 山田元首相, 佐藤前社長, 故鈴木氏): never a
# piece of the given name, however short.
JA_TITLE_PREFIXES: frozenset[str] = frozenset("新 元 前 現 故".split())
# Prefixes that make a title another post than the one it ends in (准教授 is no 教授, 副社長 no
# 社長, 元監督 no longer 監督): 同教授 never points back at a 准教授.
JA_OTHER_RANK_PREFIXES: tuple[str, ...] = ("副", "准", "準", "助", "元", "前", "故")
# A country or region before a title belongs to the role: トランプ米大統領 -> 米大統領.
JA_NATION_PREFIXES: frozenset[str] = frozenset(
    "米 露 英 仏 独 中 韓 日 伊 加 豪 印 朝 台 比 越 泰 尼 米国 中国 韓国 英国".split()
)
# A local government named by its kind alone (県教育委員会, 市消防局): the prefecture or city the
# article is about, when it names exactly one of that kind (岡山県 -> 岡山県教育委員会).
JA_LOCAL_PREFIXES: frozenset[str] = frozenset("県 府 都 道 市 町 村 区".split())
# Of those, the ones the tokenizer splits off a prefecture's name before a body's word (岡山 +
# 県議会); 都 and 道 start too many ordinary words (都市, 道路) to read that way.
JA_PREFECTURE_MARKS: tuple[str, ...] = ("県", "府")
# What a prefecture's name ends in (岐阜県, 大阪府, 東京都, 北海道), and the lone words that close a
# municipality's name when the tokenizer reads the name in pieces (三河 + 浦 + 市).
JA_PREFECTURE_ENDINGS: tuple[str, ...] = ("県", "府", "都", "道")
JA_MUNICIPAL_WORDS: tuple[str, ...] = ("市", "町", "村")
# Words that end a place's or a body's name inside one noun run (潮見浜 + 市, 潮見浜 + 漁協, 北陵 +
# 高校): the name before them is what an English question gives alone (names.py).
JA_NAME_TAILS: tuple[str, ...] = (
    *JA_MUNICIPAL_WORDS, "区", "郡", "漁協", "農協", "高校", "高", "大学", "港", "駅",
)  # fmt: skip
# The marks a Japanese paper opens a subhead, a comment or a line of a list on (■事故の経緯,
# ▽X教授の話): a line that starts with one is a heading, and the mark is no part of who speaks.
JA_LINE_MARKS = "◇◆■□●○▽▼▲△★☆◎"
# The dash a paper opens each of its own questions on in an interview printed as questions and
# answers (――引退の理由は。): such a line is a question, not a subhead (quotes/interviews.py).
JA_QUESTION_DASHES = r"[―—─]{1,2}|ーー"
# 同氏, 同社, 同省, 同監督: "the same …", pointing back at the last person or body of that kind.
# Suffixes that make 同X point at an organisation rather than a person.
JA_ORG_SUFFIXES: frozenset[str] = frozenset(
    """社 省 庁 府 党 県 市 町 村 区 局 行 銀 院 署 大 校 団 会 部 所 課 軍 国 警 連 協 協会 機構
    委員会 組合 財団 機関 銀行 地検 地裁 高裁 教委 団体 法人 会議 審議会 検討会 館""".split()
)
# Endings that make a noun the name of a body that can speak (愛知県警, 国土交通省, 東北大学).
# Stricter than JA_ORG_SUFFIXES: 行 (犯行), 大 (拡大) or 会 (機会) end too many common words.
# 側 is a party to a case or a talk (弁護側, 政府側).
JA_BODY_ENDINGS: tuple[str, ...] = tuple(
    """省 庁 府 党 県 市 町 村 区 局 署 警 連 社 銀行 協会 機構 委員会 組合 財団 機関 地検 地裁 高裁
    教委 大学 学園 病院 会社 本部 事務所 研究所 センター 公社 協議会 連合 連盟 議会 政府 側 気象台
    保健所 相談所 検疫所 役所 役場 金庫 信金 農協 漁協 生協 振興会 連合会 商工会 会議所 医師会
    弁護士会 保存会 後援会 自治会 町内会 互助会 共済会 育英会 博物館 美術館 図書館 資料館 科学館
    水族館 リーグ 球団""".split()
)
# Sections of a public office (水産課, 広報室): a body that speaks for its office, named with the
# prefecture or municipality it belongs to (県林務課によると, 市広報室は; 同課 then points back).
# Alone they end too many other words (日課, 教室) to read as a body.
JA_SECTION_ENDINGS: tuple[str, ...] = ("課", "室")
# Topics of the notice that closes an obituary's lead (喪主は長男の…さん): the person it names
# runs the funeral and is not whom the story goes on about.
JA_FUNERAL_NOTICE_TOPICS: frozenset[str] = frozenset(("喪主", "施主"))
# A court's written decision, as the subject of the words it quotes (判決は…を「不合理」と退けた):
# the court's words. The endings of a court's name (前橋地裁, 東京高等裁判所) find the court.
JA_RULING_NOUNS: frozenset[str] = frozenset("判決 判決文 決定 命令 判示".split())
JA_COURT_ENDINGS: tuple[str, ...] = ("裁判所", "地裁", "高裁", "家裁", "簡裁", "最高裁")
# Words Japanese company names end with (東洋電機, 青葉化学, 北浜製作所): a subject ending so is a
# body that can speak, and 同社 can point back at it.
JA_COMPANY_ENDINGS: tuple[str, ...] = tuple(
    """電機 電気 工業 化学 製薬 薬品 自動車 商事 物産 建設 電力 ガス 証券 生命 保険 製作所 重工
    通信 鉄道 航空 海運 食品 製菓 飲料 ホールディングス グループ 産業 興業 製鉄 製紙 不動産 百貨店
    銀行 信金 商店 精機 電子 技研 書房 出版 書店 新聞 放送 電鉄 水産 運輸 酒造 化成 電器 電工
    工務店 開発 ピクチャーズ フィルムズ エンタテインメント エンターテインメント プロダクション 交通 バス
    タクシー 乳業 製粉 製糖 紡績 石油 運送 印刷 醸造""".split()
)
# Legal forms of a Japanese company (株式会社X, X合同会社): a name with one is a company's, even
# in brackets where quotes stand.
JA_COMPANY_FORMS: tuple[str, ...] = ("株式会社", "合同会社", "有限会社", "合資会社", "合名会社")
# Legal forms written before a body's name (社会福祉法人東浜会, 株式会社X): the body goes by the
# name without them, which is how copy calls it again and how a user types it.
JA_LEGAL_FORMS: tuple[str, ...] = (
    *JA_COMPANY_FORMS,
    *"""
    社会福祉法人 学校法人 医療法人 宗教法人 一般社団法人 一般財団法人 公益社団法人 公益財団法人
    独立行政法人 国立大学法人 特定非営利活動法人 NPO法人
    """.split(),
)
# Nouns that say what kind of company the name right after them is (ゲーム開発会社ステラフォージ,
# 家電メーカーのX is another pattern; ペット火葬業者「…」, a trade's operator): the name is a company
# whatever the tagger files it under.
JA_COMPANY_KIND_ENDINGS: tuple[str, ...] = tuple(
    "会社 企業 メーカー 商社 チェーン スーパー 大手 業者".split()
)
# Nouns that say what a body named in brackets right after them is (水産加工会社「浜田水産」,
# 環境保護団体「…」, 有識者会議「…」, 画廊「…」): the bracketed name is that body, and 同社 or 同団体 may
# point back at it.
JA_BRACKETED_BODY_KINDS: tuple[str, ...] = tuple(
    """会社 企業 メーカー 商社 チェーン 団体 協会 法人 組合 財団 NPO グループ 会議 審議会 協議会
    画廊 書店 店 出版社 旅館 劇団 事務所 業者 委員会""".split()
)
# How copy says who formed a group it then names in brackets (住民らでつくる「…を守る会」,
# 事業者が加盟する「…協議会」): the bracketed name is that group, whatever its ending.
JA_FORMING_PHRASES: tuple[str, ...] = tuple(
    """でつくる で作る でつくっている で作っている で組織する で結成した が結成した が加盟する
    が参加する で構成する""".split()
)
# Endings of bodies that are never a company, whatever label the tagger gives them: 同社 does
# not point back at a university (関西工科大), a school, a hospital, a public office, or a
# section or team inside a body (市生活衛生課, 広報部, 女子ソフトボール部), or a company's site
# (滋賀工場, 本店), nor at a museum, a foundation or an association (市立美術館, 育英財団).
JA_NON_COMPANY_ENDINGS: tuple[str, ...] = tuple(
    """大 大学 学園 学院 高 高校 中学 小学校 病院 省 庁 府 県 市 町 村 区 局 署 警 地裁 高裁 地検
    委員会 議会 政府 党 課 部 室 工場 事業所 営業所 支店 本店 店舗 倉庫 美術館 博物館 図書館 資料館
    科学館 水族館 記念館 文学館 財団 協会 組合 機構 連盟 連合会 学会""".split()
)
# Endings of the names of laws, bills, ordinances and treaties, which the tagger sometimes files
# as a body (a law named with its subject, …管理法, as Corporation_Other): a text, never a
# speaker and never what 同社 points back at.
JA_DOCUMENT_ENDINGS: tuple[str, ...] = ("法", "法案", "条例", "条約", "憲章", "協定")
# Nouns that stand for a person (or a group of people) who can be quoted without a name:
# 会社員の男性(34)は「…」と話した. Their phrase is the speaker.
JA_PERSON_NOUNS: frozenset[str] = (
    frozenset(
        """
    男性 女性 男 女 少年 少女 男児 女児 住民 市民 町民 村民 県民 区民 都民 府民 道民 国民 遺族
    家族 母親 父親 母 父 両親 妻 夫 長男 長女 次男 次女 親族 関係者 当局者 幹部 担当者 広報 広報担当
    職員 社員 従業員 会社員 自営業 店主 店長 学生 大学生 高校生 中学生 生徒 児童 教員 教諭 乗客
    観客 ファン 患者 被害者 目撃者 証人 参考人 遺族代表 弁護団 検察 検察側 弁護側 被告側 原告 原告側 被告
    容疑者 運転手 漁師 農家 作業員 隊員 消防 警察 捜査関係者 政府高官 高官 当局 専門家 識者
    一員 一人 メンバー 有権者 主婦 管理職 犯人 同僚 子ども 子供 子どもたち 子供たち 若者 相手 人物
    女の子 男の子 園児 小学生 夫婦 常連客 客
    """.split()
    )
    | JA_KIN_NOUNS
)
# A word of three characters or more ending in this names a kind of person (参拝者, 利用者,
# 来場者): someone described, like the person nouns above (前者 and 後者 are two characters).
JA_PERSON_SUFFIX = "者"
# Last characters of nouns for people (担当者, 操縦士, 運転手, 社長, 主婦, 住人): 機長の名前 asks for
# a person's name (retrieval/question.py).
JA_PERSON_WORD_ENDINGS: tuple[str, ...] = ("者", "員", "手", "師", "士", "長", "婦", "人")
# A body's staff, by its one-character kind and 員 (青葉署員: staff of the 青葉 police station;
# 北浜社員): the word before such a title is the body's place or name, never a surname.
JA_STAFF_TITLES: frozenset[str] = frozenset("署員 社員 局員 行員 所員 館員 庁員".split())
# A word of three characters or more ending in this names someone by the staff or body they
# belong to (学芸員, 研究員, 乗組員); the two-character words (定員, 全員, 人員) are counts.
JA_MEMBER_SUFFIX = "員"
# Words after a name that stress the person (平田教授自身も, 佐藤さん本人は): the person named.
JA_SELF_NOUNS: frozenset[str] = frozenset("自身 本人".split())
# Verbs that name something rather than report words: 「はやぶさ2」と名付けた, 「X」と題した.
# What they complement is a title, not a quote.
JA_NAMING_VERBS: frozenset[str] = frozenset(
    """名付ける 命名 命名する 名乗る 称する 題する 題す 銘打つ 呼称 改称 改名 愛称 略す 表記 記載
    言い習わす 言い慣わす""".split()
)
# Verbs that, in the passive, say what others call or hold someone or something to be:
# 「…のおやじさん」と慕われる, 「鉄人」と恐れられた, 「神対応」と絶賛された. A quoted noun they complement
# is a name or an epithet, no one's words (a quoted predicate still is).
JA_REGARDING_VERBS: frozenset[str] = frozenset(
    """慕う 親しむ 称える たたえる 讃える 恐れる 崇める あがめる 目する 評する 揶揄 揶揄する やゆ やゆする
    称賛 称賛する 絶賛 絶賛する もてはやす 持て囃す""".split()
)
# Verbs that put something in a grade or a category (「高」と判定した, 「要注意」と認定した) or
# put a claim on a product or in an advert (「初回無料」と宣伝し, 「天然」とうたう). A quoted noun
# they complement is the label given, not words anyone said (a quoted predicate still is).
JA_LABELLING_VERBS: frozenset[str] = frozenset(
    """判定 判定する 認定 認定する 格付け 格付けする 分類 分類する 区分 区分する 指定 指定する
    宣伝 宣伝する うたう 謳う 広告 広告する""".split()
)
# Verbs that put text on a screen, a panel, a sign or a package (画面に「…」と表示された, 「…」と
# 点灯する, 包装に「…」と表示して売った): what they complement is the text shown, no one's words,
# a sentence or a noun.
JA_DISPLAY_VERBS: frozenset[str] = frozenset("表示 表示する 点灯 点灯する 点滅 点滅する".split())
# Verbs of a crowd's chant (「…」と唱和した, 「…」と連呼した) and the verbs that, with 声 as their
# object, make one (「…」と声を合わせた, 声をそろえた): a slogan, no one's words to credit.
JA_CHANT_VERBS: frozenset[str] = frozenset("唱和 唱和する 連呼 連呼する".split())
JA_CHORUS_VERBS: frozenset[str] = frozenset("合わせる そろえる 揃える".split())
# Verbs of shouting: with a crowd as their subject (約600人が「…」と叫んだ), a chant too.
JA_SHOUT_VERBS: frozenset[str] = frozenset("叫ぶ 繰り返す".split())
# Endings of nouns for a device that shows text (案内画面, 電光掲示板, 液晶モニター): words that
# appear or run on one (掲示板に「…」との案内が出た) are text shown, no one's words.
JA_DISPLAY_DEVICE_ENDINGS: tuple[str, ...] = (
    "画面",
    "掲示板",
    "モニター",
    "ディスプレー",
    "ディスプレイ",
    "スクリーン",
    "電光板",
    "表示板",
)
# Verbs of writing, in the passive after the writing that holds the words (メールには「…」と
# 書かれていた): the words are whoever wrote it.
JA_WRITING_VERBS: frozenset[str] = frozenset("書く 記す 綴る つづる 書き込む".split())
# Verbs that put words on a thing (「…」と書かれた横断幕, 「…」と刻まれた石碑, 「…」と印刷された
# シャツ): a clause of one on a noun that is no message gives the thing's lettering, no one's words.
JA_LETTERING_VERBS: frozenset[str] = JA_WRITING_VERBS | frozenset(
    "刻む 印刷 印刷する 染め抜く 印字 印字する 手書き 手書きする".split()
)
# Verbs that, in the passive, give words as a record keeps them (議事録には「…」と記録されて
# いる, 結論は「…」と記録された): the text of the record, a word under discussion, not a quote.
JA_RECORDING_VERBS: frozenset[str] = frozenset("記録 記録する".split())
# Messages someone sends, leaves or hands out (「…」と書かれた手紙, 「…」と書いたビラ): their words
# are the writer's, so the lettering rule above never takes them.
JA_MESSAGE_NOUNS: frozenset[str] = frozenset(
    """手紙 書簡 メール メッセージ 投稿 書き込み はがき 便り 遺書 日記 メモ 声明 コメント 文書
    置き手紙 年賀状 ビラ チラシ""".split()
)
# Words on show rather than said (「…」という注意書き, 「…」との見出し, 「…」というせりふ, 「…」と
# いう件名, 「…」との自動音声): what stands in 「」 before one is a text someone displays, wrote as
# a heading or a subject line, gave a character, or a machine plays.
JA_DISPLAYED_TEXT_NOUNS: frozenset[str] = frozenset(
    """見出し 文言 注意書き 張り紙 貼り紙 看板 字幕 テロップ ハッシュタグ せりふ 台詞 表示 掲示
    横断幕 垂れ幕 立て看板 プラカード 紙 ラベル 件名 自動音声 音声案内""".split()
)
# Endings of a workers' union's name (東邦ロジテック労働組合): 会社側 is never the union.
JA_UNION_ENDINGS: tuple[str, ...] = ("組合", "労組", "ユニオン")
# Light verbs and formal nouns whose English senses say nothing of a passage's subject (為る:
# carry out, perform, make; 事: thing, matter): left out of a Japanese passage's English reading
# (bilingual.passage_glosses).
JA_EMPTY_WORDS: frozenset[str] = frozenset(
    "為る 居る 有る 成る 言う 出来る 事 物 所 為 様 方 時 中 内 上 下 後 前".split()
)
# Verbs of hearing words (XがYから「…」と聞いた): their subject heard the words, never said them.
JA_HEARING_VERBS: frozenset[str] = frozenset("聞く 聞かす 聞かされる 伝え聞く 教わる".split())
# Verbs of reading out someone else's words (副町長が町長のあいさつ文を代読した): the words
# are the writer's, not the reader's.
JA_READ_FOR_VERBS: frozenset[str] = frozenset({"代読"})
# Documents a body or a person puts out, whose words (意見書は…を「…」と批判している) are those of
# whoever submitted or compiled them, never the document's own.
JA_DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """白書 報告書 意見書 要望書 提言 提言書 答申 答申書 決議 決議文 請願書 陳情書 抗議文
    申し入れ書 調査報告書 論文""".split()
)
# Words right before 「」 that mark what follows as a term in common use, not anyone's words:
# いわゆる「安かろう悪かろう」, 通称「赤れんが」, 俗に言う「…」.
JA_TERM_MARKERS: tuple[str, ...] = ("いわゆる", "通称", "俗に言う", "俗にいう", "いわば")
# Nouns that say a quoted span is a name: 名称は「X」とした, 愛称は「X」. What they introduce is a
# title, not words someone said.
JA_NAME_NOUNS: frozenset[str] = frozenset(
    """
    名称 名前 愛称 呼称 題名 タイトル 通称 略称 正式名称 名 銘柄名 商品名 作品名 キャッチフレーズ
    キャッチコピー 標語 スローガン テーマ 合言葉 副題 社名 新社名 店名 校名 党名 曲名 書名 番組名
    団体名 和名 学名 商号 屋号
    """.split()
)
# Nouns of a work, a product or a scheme: what stands in 「」 right after one is its title, even
# a title that reads as a sentence (情報番組「朝いち！ワイド」, 新商品「まるごと果実」).
JA_WORK_NOUNS: tuple[str, ...] = tuple(
    """番組 作品 映画 小説 アルバム 楽曲 ドラマ 書籍 著書 雑誌 展覧会 商品 製品 ブランド
    サービス アプリ ゲーム 舞台 公演 シリーズ 主題歌 絵本 写真集 漫画 アニメ キャンペーン 論文
    詩集 句集 歌集 戯曲 冊子 小冊子 パンフレット リーフレット""".split()
)
# Nouns of a view or an intention a quoted clause can modify directly, without と: 「白紙に戻す」
# 考えを示した, 「年内に決める」方針を明らかにした. The clause is the subject's words.
JA_VIEW_NOUNS: frozenset[str] = frozenset(
    "考え 方針 意向 見通し 認識 姿勢 意欲 決意 見解 立場 構え 意思 方向".split()
)
# Nouns naming the words themselves, which a quote's と-clause modifies: 「…」とするコメントを出した,
# 「…」とした声明, 「…」と連絡があった. Such a noun is what was said, never who said it: the
# speaker is the sentence's subject, or the one the words came from (住民から).
JA_UTTERANCE_NOUNS: frozenset[str] = frozenset(
    """コメント 声明 声明文 談話 発言 メッセージ 文書 書面 回答 説明 主張 見方 意見 言葉 指摘
    文章 投稿 書き込み 報告 報告書 答弁 通知 通達 発表 発表文 談 所感 抗議文 要望書 意見書
    連絡 通報 相談 電話 問い合わせ 苦情 声 要望 訴え 証言 供述 申し出 批判 反発 不満 110番
    119番""".split()
)
# Verbs of saying something to someone (脅す, 怒鳴る, 問う): in the passive, with no one named as
# saying it (「…」と脅された), their subject heard the words and did not say them.
JA_ADDRESSING_VERBS: frozenset[str] = frozenset(
    """言う 脅す 怒鳴る 叱る 叱責 問う 尋ねる 聞く 頼む 求める 命じる 告げる 励ます 諭す 誘う
    持ちかける 迫る 促す 呼び止める 声掛け 罵る""".split()
)
# Nouns saying that words were someone's habit or creed (「…」が口癖だった, 「…」が持論だ): the
# words are a quote, theirs.
JA_HABIT_NOUNS: tuple[str, ...] = ("口癖", "持論", "信条")
# Nouns for how someone looked, which a quote's と-clause may modify in place of the person:
# 「…」と話す男性の姿もあった, 「…」と語る選手の表情は. Whose they are is the one speaking.
JA_APPEARANCE_NOUNS: frozenset[str] = frozenset("姿 様子 表情 横顔 後ろ姿".split())
# Words of a question about a photograph ("Who is shown in the photo?", 写真に写っているのは): only
# such a question is answered from a caption, which describes the picture; any other is
# answered from the body (a caption is still shown among the closest passages).
PICTURE_WORDS: tuple[str, ...] = (
    *"写真 画像 映像 キャプション".split(),
    *"photo photos photograph picture pictures pictured image images caption shown".split(),
)
# Adverbs that point a reported utterance at the quote before it: 「…」。田中氏はこう語った。
JA_CATAPHORA: frozenset[str] = frozenset("こう このように そう そのように 次のように".split())
# Particles right after a closing 」 that make the quote the complement of a verb of saying
# (「…」と述べた, 「…」って言った, 「…」などと話した, 「…」とも語った).
JA_QUOTATIVE_HEADS: tuple[str, ...] = ("などと", "とも", "と", "って", "ってば")
# Particles that end a conditional or a contrasting clause: 「…」と声を掛けると、男性は…, 「…」と
# 声を掛けたが、男性は… (the subject after one is the next clause's, not the speaker's), …と
# 言えば、….
JA_CLAUSE_LINK_MARKS: frozenset[str] = frozenset(
    {"と", "ば", "たら", "なら", "が", "けれど", "けど"}
)

# --- English ----------------------------------------------------------------------------------

# A party's member, before a name as copy writes it ("Democrat Ann Doe", "Tory Al Roe"): what
# the person is, not part of the name.
EN_PARTY_MEMBERS: frozenset[str] = frozenset(
    "Democrat Republican Tory Conservative Liberal Socialist Communist Libertarian".split()
)

# Degree words before a single quoted word mark it as the writer's own word held at arm's
# length (too "safe", overly "modern"), not a fragment of anyone's speech.
EN_DEGREE_WORDS: frozenset[str] = frozenset(
    "too so very rather quite overly somewhat increasingly less more most".split()
)
# Documents whose words are those of whoever put them out ("the statement said", "In an
# unsigned opinion, the court said", "a report released by the agency"), in English copy.
EN_ISSUED_DOCUMENTS: frozenset[str] = frozenset(
    """statement release filing opinion ruling judgment judgement order letter notice report
    complaint lawsuit email memo audit post review study survey""".split()
)
# Verbs that say someone spoke only right after the words ("“…,” offered Ann Doe", "“…,”
# ventured a neighbour"): elsewhere they mean giving or risking something.
EN_AFTER_QUOTE_VERBS: frozenset[str] = frozenset("offered offers ventured ventures".split())
# Verbs of saying in English news copy, in every form an attribution uses.
EN_SPEECH_VERBS: tuple[str, ...] = (
    *"""
    said says say added adds told tells explained explains wrote writes noted notes argued argues
    telling saying adding arguing warning insisting noting stressing promising vowing pledging
    assuring claiming predicting urging writing explaining
    insisted insists continued continues stated states warned warns declared declares tweeted
    posted replied replies responded responds acknowledged acknowledges asked asks testified
    recalled recalls conceded concedes concluded predicted predicts cautioned cautions stressed
    stresses emphasised emphasized emphasizes emphasises urged urges admitted admits claimed
    claims complained complains announced announces remarked remarks observed joked quipped
    pointed explained confirmed confirms denied denies suggested suggests maintained maintains
    countered agreed agrees told recounted reiterated reiterates vowed vows pledged reminded
    reminds assured assures answered answers repeated repeats lamented boasted promised pressed
    estimated estimates disagreed disagrees shouted shouts yelled yells whispered whispers
    muttered mutters screamed cried signalled signaled signalling signaling demanded demanding
    thanked thanking deadpanned deadpans scribbled scrawled jotted texted texts messaged emailed
    """.split(),
    "called out",  # "“Will you resign?” a reporter called out"
    "calls out",
    "shot back",  # "“…,” the 45-year-old shot back": a retort
    "shoots back",
    "hit back",
    "hits back",
    "fired back",
    "fires back",
    "put it",  # "Doe put it more bluntly: “…”"
    "puts it",
    "talked about",  # "In an interview, she talked about the fires she remembers." then “…”
    "talks about",
    "spoke about",
    "speaks about",
    "went on",  # "Doe went on: “…”": speaking on
    "goes on",
)
# Words that rank someone below the role after them: a Deputy Chief is not "the chief", an
# Assistant Director not "the director".
EN_SUBORDINATE_RANKS: frozenset[str] = frozenset("deputy assistant vice associate under".split())
# Points of the compass that may close a body's name: Kidney Alliance North.
EN_COMPASS_WORDS: frozenset[str] = frozenset(
    "North South East West Northeast Northwest Southeast Southwest".split()
)
# Words before "Minister" that rank the minister rather than name a portfolio: a "Deputy
# Finance Minister" heads no "Deputy Finance Ministry", a Prime Minister no ministry at all.
EN_MINISTER_RANKS: frozenset[str] = frozenset(
    "Prime Deputy Vice Chief First Senior Junior Acting Interim Former Cabinet Shadow".split()
)
# Titles that stand before an English name (Secretary of State Marco Rubio, Dr. Jane Doe).
EN_TITLES: tuple[str, ...] = (
    "President",
    "Vice President",
    "Secretary of State",
    "Secretary",
    "Prime Minister",
    "Foreign Minister",
    "Finance Minister",
    "Chancellor",
    "Senator",
    "Sen.",
    "Representative",
    "Rep.",
    "Governor",
    "Gov.",
    "Mayor",
    "Ambassador",
    "Special Envoy",
    "Envoy",
    "General",
    "Gen.",
    "Judge",
    "Justice",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Professor",
    "Prof.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Prof",
    "Sir",
    "Dame",
    "Father",
    "Rev.",
    "Rev",
    "Reverend",
    "Rabbi",
    "Imam",
    "Pastor",
    "Bishop",
    "Archbishop",
    "Cardinal",
    "Minister",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "CEO",
    "Chief Executive",
    "Director",
    "Commissioner",
    "Speaker",
    "Leader",
    "King",
    "Queen",
    "Pope",
    "Premier",
    "Governor",
    "Deputy Governor",
    "Coach",
    "Manager",
    "Captain",
    "Detective",
    "Officer",
    "Inspector",
    "Prosecutor",
    "Attorney",
    "Undersecretary",
    "Under Secretary",
    "Foreign Secretary",
    "Defense Secretary",
    "Defence Secretary",
    "Chief Executive Officer",
    "Councillor",
    "Cllr",  # (British copy's abbreviation: Cllr Jo Doe)
    "Cllr.",
    "Councilor",
    "Councilman",
    "Councilwoman",
    "Councilmember",
    "Council Member",
    "Alderman",
    "Alderwoman",
    "Assemblyman",
    "Assemblywoman",
    # Police, fire and military ranks in crime and emergency copy (Lt. Ann Doe, Special Agent X)
    "Lieutenant",
    "Lt.",
    "Sergeant",
    "Sgt.",
    "Corporal",
    "Cpl.",
    "Capt.",
    "Det.",
    "Special Agent",
    "Agent",
    "Deputy",
    "Trooper",
    "Sheriff",
    "Constable",
    "Superintendent",
    "Supt.",
    "Colonel",
    "Col.",
    "Commander",
    "Cmdr.",
    "Marshal",
)
# Courtesy titles: part of how a person is addressed, not their role (British style drops the
# period: Mr Hale, Dr Munro).
EN_COURTESY: frozenset[str] = frozenset(
    {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame"}
    | {"Father", "Rev.", "Rev", "Reverend"}  # (a priest's: Father Tom Doe is Tom Doe)
)
# Words that tell a person's sex: a courtesy title, a kinship noun before the name (His wife,
# Keiko Yamada), a role (a spokeswoman for X). A "he" or "she" never points at a person known to be the other.
EN_FEMALE_WORDS: frozenset[str] = frozenset(
    """Mrs. Ms. Mrs Ms Miss Dame wife mother daughter sister widow grandmother aunt niece spokeswoman
    chairwoman congresswoman businesswoman actress""".split()
)
EN_MALE_WORDS: frozenset[str] = frozenset(
    """Mr. Mr Sir Father husband father son brother widower grandfather uncle nephew spokesman congressman
    businessman""".split()
)
# Of those, the kinship nouns: in a description they are usually someone else ("a teacher
# travelling with her husband" says nothing of the teacher's sex), so only a title or a role
# noun (spokeswoman, actress) in a description tells the person's sex.
EN_KIN_NOUNS: frozenset[str] = frozenset(
    """wife mother daughter sister widow grandmother aunt niece husband father son brother
    widower grandfather uncle nephew""".split()
)
# Words between a possessive and a kinship noun that leave it a kinship noun: her late
# husband, his own father, their eldest son.
EN_KIN_MODIFIERS: frozenset[str] = frozenset(
    """late own older younger elder eldest youngest oldest twin little big baby""".split()
)
# Relatives named together, opening a sentence before their names: "Twins Ada and Lou
# Doe", "Brothers Eli and Sam Doe" (what they are, not part of a name).
EN_KIN_PLURALS: frozenset[str] = frozenset(
    "twins siblings brothers sisters cousins sons daughters spouses newlyweds".split()
)
# Capitalised words that begin sentences or name days and months: never a person's name.
EN_NOT_NAMES: frozenset[str] = frozenset(
    """
    The A An This That These Those It He She They We I You His Her Their Its But And Or If When
    While After Before Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April May June July August September October November December According In On At For
    From With As By Asked Speaking Still Yet Now Then There Here However Meanwhile Some Many Most
    Our My Your Shares Sales Profit Analysts Officials Investors
    """.split()
)
# Words that open a sentence's opening phrase before its subject ("In a statement, Toyota
# said", "Asked about the cuts, BHP said"): the phrase and its comma come before the speaker.
EN_OPENING_WORDS: tuple[str, ...] = tuple(
    "In On At Separately Meanwhile Earlier Later Asked Speaking Responding Writing".split()
)
# The days of the week, as English copy writes them (capitalised), Monday first.
EN_WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
)  # fmt: skip
# Words that stand for people without naming anyone ("Both said", "Others said", "Nobody
# said"): as the subject of a verb of saying, never a body's one-word name.
EN_INDEFINITE_PRONOUNS: frozenset[str] = frozenset(
    """
    both either neither all each every everyone everybody someone somebody anyone anybody no
    none nobody few several others another one many some most much more less
    """.split()
)
# Words that say how far a body reaches, opening its name ("International Ski and Snowboard
# Federation", "National Fish and Wildlife Foundation"): with the word after them, the first of
# the two things such a body is named for.
EN_SCOPE_WORDS: frozenset[str] = frozenset(
    "International National World Global Regional Federal European Asian African Pan".split()
)
# Nationality words, adjective or noun ("Italian Matteo Doe", "the Dane"): what a person is
# before their name, never part of it.
EN_DEMONYMS: frozenset[str] = frozenset(
    """
    Afghan Albanian Algerian American Angolan Argentine Argentinian Armenian Australian Austrian
    Azerbaijani Bahraini Bangladeshi Belarusian Belgian Beninese Bolivian Bosnian Brazilian
    British Briton Bulgarian Burkinabe Burmese Burundian Cambodian Cameroonian Canadian Chadian
    Chilean Chinese Colombian Congolese Croat Croatian Cuban Cypriot Czech Dane Danish Dominican
    Dutch Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian Fijian Filipina Filipino
    Finn Finnish French Gabonese Gambian Georgian German Ghanaian Greek Guatemalan Guinean Haitian
    Honduran Hungarian Icelander Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian
    Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kuwaiti Kyrgyz Lao Laotian
    Latvian Lebanese Liberian Libyan Lithuanian Luxembourger Macedonian Malagasy Malawian
    Malaysian Malian Maltese Mauritanian Mexican Moldovan Mongolian Montenegrin Moroccan
    Mozambican Namibian Nepalese Nepali Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani
    Palestinian Panamanian Paraguayan Peruvian Pole Polish Portuguese Qatari Romanian Russian
    Rwandan Salvadoran Saudi Scot Scottish Senegalese Serb Serbian Singaporean Slovak Slovene
    Slovenian Somali Spaniard Spanish Sudanese Swede Swedish Swiss Syrian Taiwanese Tajik
    Tanzanian Thai Togolese Tunisian Turk Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek
    Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean
    """.split()
)
# Nationality words whose first letters are not their country's ("the Dane" after "Denmark's
# Kasper Doe"): the country they name. The others share their country's first four letters
# (Italian, Italy; Briton, Britain).
EN_DEMONYM_COUNTRIES: dict[str, str] = {
    "dane": "denmark", "danish": "denmark", "dutch": "netherlands", "swiss": "switzerland",
    "spaniard": "spain", "spanish": "spain", "pole": "poland", "polish": "poland",
    "welsh": "wales", "irish": "ireland", "french": "france", "filipino": "philippines",
    "filipina": "philippines", "english": "england", "croat": "croatia", "serb": "serbia",
    "lao": "laos", "malagasy": "madagascar", "burkinabe": "burkina", "emirati": "emirates",
}  # fmt: skip
EN_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i"})
# English function words (lower case): the form of a question or sentence, never its topic
# and never a name. Search leaves them out of its word index; name matching skips them.
EN_FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    a an the and or but if of to in on at for by with from as into about than then there
    is are was were be been being has have had do does did can could will would should may might
    what who whom whose which when where why how that this these those it its
    he she his her him they them their we our you your i me my
    """.split()
)
# English prepositions (lower case): a word after quoted words that opens a phrase of its own,
# never a noun the words modify (a "poison pill" for the city, its "full support" during …).
EN_PREPOSITIONS: frozenset[str] = frozenset(
    """
    of to in on at for by with from as into onto about than within without over under after
    before during against between among across toward towards until since through throughout
    via per despite beyond behind beside besides near inside outside upon amid amongst along
    around past like unlike
    """.split()
)
# English auxiliaries and modals: after "Name," they open the predicate a clause set off by
# commas left ("Germany, anchored by Jo Doe, were promoted"), never an appositive.
EN_AUXILIARIES: frozenset[str] = frozenset(
    """
    is are was were be been has have had do does did can could will would should may might must
    """.split()
)
# Conjunctions that open a new clause ("…," while a lawyer for X said …): what follows them
# has a subject of its own, never the subject of the clause before.
EN_CLAUSE_CONJUNCTIONS: frozenset[str] = frozenset(
    "while whereas but and or yet so as when although though because since after before if".split()
)
# Particles of phrasal verbs and words of quantity ("voted down", "how much extra revenue",
# "the other candidate"): never what a question asks about, so never a focus word an article
# must use (question.focus_words).
EN_PARTICLES_AND_QUANTIFIERS: frozenset[str] = frozenset(
    """
    up down out off over back away along around through onto above below under more most less
    least other another same own very few extra additional further
    """.split()
)
# Words of an English question's form rather than its topic ("how much", "so far"): not looked
# up in the Japanese word list (bilingual.py).
EN_QUESTION_WORDS: frozenset[str] = frozenset(
    "much many long far often whether ever yet still also just now so".split()
)
# Nouns that say what kind of fact a question wants rather than what it is about ("what is
# her title", 「役職は何か」, "the name of the captain", 「投票率は何％」): an article answers them
# without using the word, so they are not looked for in it (question.missing_focus). Nor are
# words that qualify rather than name (the next meeting, almost as well, worth), nor question
# words in the dictionary forms SudachiPy gives them (いくら -> 幾ら), nor words about the article
# itself or relations rather than things (記事, 写真, 対象, 以外).
EN_ASKING_NOUNS: frozenset[str] = frozenset(
    """
    name names title job role position post company firm organisation organization result
    results reason reasons cause purpose percentage share number amount score place time date
    day year kind type way sort level rate price figure total next last first full worth almost
    itself themselves out up own old
    """.split()
)
JA_ASKING_NOUNS: frozenset[str] = frozenset(
    """
    役職 肩書き 肩書 職業 名前 名称 会社 学校 チーム 団体 組織 人物 原因 理由 目的 目標 結果
    内容 方法 手段 場所 時期 時間 期間 日時 今回 前回 次回 スコア 点数 総額 金額 割合 当日 途中
    程度 規模 状況 様子 予定 見通し 見込み 計画 具体 いつ頃 何時 今後 現在 最初 最後 主
    幾ら 幾つ 何処 誰 記事 写真 画像 コメント 対象 以外 追加 全体 一部 部分 関係 場合 中身 趣旨
    """.split()
)
# Words next to a quoted title that say it names a work or a product, not someone's words:
# the film "…", a book titled "…", its app "…", its "…" program. English quotes keep a Title
# Case span with one of these right before or after it out of the quotes.
# Nouns right before a quoted label that make it a label, however it is capitalised: her campaign
# slogan, "Agua para todos"; the motto "…"; the hashtag "…".
EN_LABEL_NOUNS: frozenset[str] = frozenset(
    "slogan slogans motto tagline catchphrase hashtag nickname watchword heading headline".split()
)
EN_WORK_NOUNS: frozenset[str] = frozenset(
    """
    film movie book novel memoir album record song single show series programme program app game
    product brand campaign slogan plan initiative project operation law act bill policy exhibition
    opera play musical documentary drama comedy thriller sitcom podcast magazine newspaper column
    titled entitled named dubbed called so-called branded nicknamed script screenplay manuscript
    title hit sequel franchise
    device model platform scheme strategy doctrine fund event festival tour exercise
    headline motto hashtag banner biography autobiography anthology novella poem painting
    portrait sculpture essay textbook report study outlook survey paper guide handbook yearbook
    bulletin newsletter index ranking assessment forecast
    """.split()
)
# Nouns of a class or a rule that a word in quote marks right before them names: the "amber"
# category, its "error trade" policy, the "fast track" procedure (the quoted words say which
# class, not what anyone said).
EN_CLASS_NOUNS: frozenset[str] = frozenset(
    """
    category categories class classification grade rating outlook recommendation status level tier
    label designation
    band zone list rule rules clause provision procedure protocol mode setting option policy
    programme program scheme route track lane
    """.split()
)
# Nouns that make a quoted span a mention of words rather than someone's use of them: the word
# "fault" appeared 37 times; a "drug loss" problem, the term used for …
# (A code is the string itself: the code "E-12" on the display.)
EN_MENTION_NOUNS: frozenset[str] = frozenset(
    "word term phrase expression acronym abbreviation code".split()
)
# Things whose text is printed on them, no one's words: a sign reading "…", a banner that
# reads "…", packaging that promised "…" greens.
EN_TEXT_CARRIERS: frozenset[str] = frozenset(
    """
    sign signs banner banners placard placards poster posters shirts t-shirts packaging package
    packages packet packets wrapper wrappers billboard billboards leaflet leaflets flyer flyers
    brochure brochures advert adverts advertisement advertisements
    """.split()
)
# Things whose text is read only when the copy says it "reads" so: a card at the door that
# reads "…", a notice pinned by the lift reads "…" (each may be a body or a voice otherwise: the
# record label said, in a notice the company said).
EN_POSTED_TEXTS: frozenset[str] = frozenset(
    """card cards notice notices label labels sticker stickers note notes screen screens mark
    marks stamp stamps tag tags badge badges""".split()
)
# What a carrier's printed text does: a sign that reads "…", packaging that promised "…".
EN_CARRIER_VERBS: frozenset[str] = frozenset(
    """reads read reading says said saying promised promises promising proclaimed proclaims
    boasted boasts""".split()
)
# Words after which a quoted span is always a name or a scare quote, whatever its case:
# a report titled "…", the so-called "…".
EN_NAMING_WORDS: frozenset[str] = frozenset(
    "titled entitled headlined so-called dubbed nicknamed code-named renamed christened".split()
)
# The same, in more than one word: a class of drugs known as "…".
EN_NAMING_PHRASES: tuple[str, ...] = (
    "known as",
    "referred to as",
    "billed as",
    "branded as",
    "calling itself",  # a group calling itself "BlackFen": its name, not its words
    "calls itself",
    "called itself",
    "calling themselves",
    "call themselves",
    "codenamed",
    # What a sign or a banner says is its text, no one's words: signs reading "Save Our School".
    # (a label, a mark or a screen too, when the copy says what it reads: labels reading "…")
    *(f"{carrier} reading" for carrier in sorted(EN_TEXT_CARRIERS | EN_POSTED_TEXTS)),
    "filed as",  # a tariff filed as "Rate Schedule LL-2": its name
    "registered as",
    "listed as",
    "sold as",
    "released as",
    "marketed as",  # a membership marketed as "Forever Hours": a product's name
    "advertised as",
    "promoted as",
)
# Participles that put a thing in a class, the writer's framing rather than anyone's words:
# loyalty data often treated internally as "marketing data", a deal widely seen as "a lifeline".
EN_CLASSING_PARTICIPLES: tuple[str, ...] = tuple(
    "treated regarded seen viewed considered classed classified marketed touted".split()
)
# Currencies written after a number in English copy (lower case) -> their codes, the same as
# check/units.py's JA_UNITS where they agree: 60,000 pounds, 1.2 billion euros. The draft
# checker compares figures by them; question.py counts a sentence with one as holding an amount.
EN_CURRENCIES: dict[str, str] = {
    "yen": "JPY",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pound": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "won": "KRW",
    "rubles": "RUB",
    "roubles": "RUB",
    "francs": "CHF",
    "franc": "CHF",
    "kronor": "SEK",
    "krona": "SEK",
    "kroner": "NOK",
    "krone": "NOK",
    "rupees": "INR",
    "rupee": "INR",
    "rupiah": "IDR",
    "pesos": "MXN",
    "peso": "MXN",
    "rand": "ZAR",
    "ringgit": "MYR",
    "baht": "THB",
    "reais": "BRL",
    "lira": "TRY",
    "zloty": "PLN",
    "forints": "HUF",
    "forint": "HUF",
    "shekels": "ILS",
    "shekel": "ILS",
    "dirhams": "AED",
    "dirham": "AED",
    "riyals": "SAR",
    "riyal": "SAR",
}
# Currency signs before a number -> the same codes: £2,000, US$5.
CURRENCY_SIGNS: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "¥": "JPY",
    "€": "EUR",
    "£": "GBP",
    "₩": "KRW",
    "₹": "INR",
}
# Characters that link two nouns inside a name, read の: 霧乃峰, 栃ノ心, 天ノ川 (the tokenizer
# reads them apart; names and coined-name keys join them).
JA_NAME_LINKS: frozenset[str] = frozenset("乃ノ之")
# Sums of money a Japanese question may ask the size of (どれくらいの赤字, 費用はどれくらい):
# such a question asks for an amount (question.ANSWER_TYPES).
JA_SUM_NOUNS: tuple[str, ...] = tuple(
    """
    赤字 黒字 損失 損害 利益 費用 経費 予算 売上 売り上げ 収入 負担 金額 賠償 補償 報酬 給与 賃金
    料金 価格 値段 投資 支出 寄付 罰金
    """.split()
)
# Verbs of an official act that gives a thing a status: declared the venue a "restricted zone",
# designated the area a "no-fly zone". The quoted words are the status's name, no one's words.
EN_DESIGNATING_VERBS: frozenset[str] = frozenset(
    """declared declares designated designates certified certifies classified classifies listed
    lists""".split()
)
# Verbs of an order, whose object is then told to do the quoted words: ordered the guards to
# "clear the bridge by any means." The words are the one who ordered.
EN_ORDERING_VERBS: frozenset[str] = frozenset(
    "ordered orders instructed instructs directed directs commanded commands".split()
)
# Verbs that put words in a subject's mouth without a verb of saying: Doe called it "a
# disaster", described the result as "a shock", termed it "…". They make a fragment a quote.
EN_CHARACTERISING_VERBS: tuple[str, ...] = tuple(
    """
    called calls call calling described describes describing termed terms labelled labeled
    labels deemed deems hailed hails criticised criticized slammed dismissed praised praises
    accused accuses condemned condemns welcomed welcomes branded brands rejected rejects
    """.split()
)
# Nouns that head a person's role: "Bank of Korea board member Min Park", "Ann Lee, Smith's
# attorney". A capitalised name next to one is a person, and the phrase is the role.
EN_ROLE_NOUNS: frozenset[str] = frozenset(
    """
    member spokesperson spokesman spokeswoman partner analyst economist strategist director
    executive officer president vice-president chairman chairwoman chair founder co-founder
    foreman forewoman
    attorney lawyer counsel judge justice professor researcher scientist fellow secretary
    undersecretary minister ambassador envoy governor mayor senator lawmaker legislator official
    adviser advisor aide manager head chief editor writer screenwriter author producer actor
    actress coach captain player prosecutor detective inspector commissioner negotiator diplomat
    trader investor engineer doctor physician nurse consultant lecturer representative leader
    candidate premier chancellor treasurer controller comptroller auditor architect designer curator
    historian activist advocate organizer organiser campaigner owner shareholder superintendent
    sheriff general admiral colonel commander sergeant lieutenant administrator deputy
    mp mep biologist ecologist chemist biochemist physicist geologist epidemiologist virologist
    psychologist sociologist criminologist climatologist meteorologist seismologist academic
    specialist expert interpreter translator teacher schoolteacher headteacher headmaster
    headmistress principal pitcher right-hander left-hander co-author composer conductor soprano
    mezzo-soprano tenor baritone singer songwriter singer-songwriter rapper
    pianist violinist cellist guitarist bassist drummer vocalist keyboardist saxophonist
    trumpeter percussionist harpist organist flautist musician artist painter sculptor
    photographer novelist poet
    playwright critic reviewer columnist correspondent reporter journalist broadcaster pilot
    skipper fisherman chef pharmacist surgeon dentist veterinarian midwife paramedic
    firefighter officer constable ranger economist banker broker accountant planner trustee
    programmer developer entrepreneur ceo cfo coo chairperson vice-chair secretary-general
    barrister solicitor magistrate registrar ombudsman coroner investigator arbiter referee umpire
    councillor councilor councilman councilwoman alderman assemblyman assemblywoman
    supervisor publisher commentator pundit announcer athlete cyclist golfer sprinter swimmer
    boxer jockey goalkeeper midfielder medallist medalist olympian quarterback curler
    clerk marshal steward bailiff warden boss coordinator delegate striker winger defender trainer
    batter catcher shortstop outfielder infielder linebacker dispatcher moderator host presenter
    anchor interviewer panelist panellist
    """.split()
)
# Words that end a company's name (Acme Games Co., Vellum Pictures, Halden Capital Partners):
# a capitalised run holding one is an organisation, never a person.
EN_COMPANY_WORDS: frozenset[str] = frozenset(
    """
    Co. Co Inc. Inc Corp. Corp Corporation Company Ltd. Ltd LLC LLP plc PLC Plc AG SA NV GmbH Group
    Holdings Games Pictures Studios Studio Entertainment Capital Partners Securities Bank Motors
    Airlines Airways Technologies Technology Systems Labs Laboratories Pharmaceuticals Industries
    Electronics Media Ventures Investments Energy Foods Brands Networks Software Insurance
    Financial Resources Logistics Trading Enterprises Associates Communications Telecom ASA AB
    SpA Lines Pte. Pte Bhd. Bhd Pty Pty. K.K. S.A. N.V. SL S.L. SRL Srl SAS BV B.V. Oy Oyj
    KG SE Sdn Robotics Therapeutics Biosciences
    Aerospace Shipping Rail Railway Railways Railroad Transit Utilities Electric Cruises Ferries
    Hotels Hotel Resorts Resort Casino Properties Realty Construction Engineering Semiconductor
    Chemicals Petroleum Breweries Brewing Minerals Metals Mining Materials Plastics Textiles
    Glassworks Ironworks Steelworks Works Farms Vineyards Winery Apparel Outfitters Solutions
    Dynamics Analytics Radio Television Broadcasting Publishing Productions Records Pharma
    Biotech Devices Instruments Machinery Manufacturing Water Power Gas Research Consulting
    Advisors Advisory Mutual Assurance Reinsurance
    """.split()
)
# Words that end the name of a public body (Brazil's Foreign Ministry, the White House, the
# University of Lagos): also an organisation, never a person.
EN_PUBLIC_BODY_WORDS: frozenset[str] = frozenset(
    """
    Ministry Department Agency Office Council Commission Committee Court Parliament Congress
    Senate Assembly Government Administration Authority Bureau Police Army Navy Service Institute
    University College School Association Coalition Federation Foundation Union Party House
    Embassy Cabinet Board Reserve Organization Organisation League Tribunal Secretariat Command
    Treasury Exchequer Guard Prefecture Network Centre Center Centres Centers Club Society Registry
    Guild Directorate Inspectorate Observatory Academy Museum Library Hospital Corps Alliance
    Trust Charity Cooperative Co-op Consortium Chamber Caucus Forum Collective Syndicate
    """.split()
)
# Letters after a name that are no part of it (Simon Achebe KC, Ken Doe Jr.): a name ends
# before them.
EN_POSTNOMINALS: frozenset[str] = frozenset(
    "KC QC MP MEP MSP Jr. Jr Sr. Sr PhD MD II III IV".split()
)
# Of those, the ones that tell a father from a son of the same name (Ken Doe Jr., Ken Doe Sr.):
# part of the full name when they follow one, so that the two stay two people.
EN_GENERATIONS: frozenset[str] = frozenset("Jr. Jr Sr. Sr II III IV".split())
# Common nouns that point back at a company or a public body named earlier: "…," the company
# said in a statement; according to the ministry. Each maps to the kind of body it can mean.
EN_COMPANY_NOUNS: frozenset[str] = frozenset(
    """
    company firm group startup start-up studio maker manufacturer developer publisher retailer
    lender bank carrier airline automaker insurer conglomerate operator chain business exchange
    brokerage shipbuilder utility supplier fund platform miner drugmaker chipmaker carmaker
    broadcaster brewer refiner contractor subcontractor distributor wholesaler consultancy
    provider employer grocer supermarket steelmaker shipper
    """.split()
)
EN_PUBLIC_BODY_NOUNS: frozenset[str] = frozenset(
    """
    ministry government agency department office council commission committee court regulator
    authority bureau police embassy administration university institute party bank service board
    association union federation coalition alliance cooperative jury panel tribunal group
    organisation organization body club society registry guild directorate inspectorate
    observatory academy museum library hospital district centre center league trust charity
    foundation watchdog nonprofit
    """.split()
)
# Groups someone plays, works or performs in, named "of the X team": "Ana Ruiz of the Norte
# squad said" is a person (evidence for a name, beside the body nouns above).
EN_GROUP_NOUNS: frozenset[str] = frozenset(
    "team squad crew band orchestra choir troupe ensemble lab laboratory unit".split()
)
# Bodies people belong to: "the union" points back at a union, an alliance of nurses or a
# workers' local, never at a body whose name says it is something else (a hospital, a council).
EN_MEMBER_BODY_NOUNS: frozenset[str] = frozenset(
    "union association federation coalition alliance party club society guild".split()
)
# Who acts for someone in law: "Rourke's barrister" is the one the copy says represented Rourke.
EN_COUNSEL_NOUNS: frozenset[str] = frozenset("lawyer attorney barrister solicitor counsel".split())
# Who sits on the bench: a title with one of these (Circuit Judge Jo Doe, Justice Jo Doe) names
# the one a hearing transcript's THE COURT is.
EN_JUDGE_NOUNS: frozenset[str] = frozenset("judge justice magistrate".split())
# Bodies copy names by the place they serve, in lower case: "Bergen police said", "Paris
# prosecutors said" (the body speaks, and a later "the statement" is theirs).
EN_PLACE_NAMED_BODIES: frozenset[str] = frozenset({"police", "prosecutors"})
# First words of place names (North Korea, New York, San Francisco): a run starting with one
# is a place even next to "said", so it is never taken for a person.
EN_PLACE_WORDS: frozenset[str] = frozenset(
    """
    North South East West Northern Southern Eastern Western Central New San Santa Los Las Saint
    St. Hong Sri United Upper Lower Great Greater Mount Lake Port Fort Cape
    """.split()
)
# Last words of the names of places and of the areas governments run (Brennan County, Quezon
# City, Hyogo Prefecture): a run ending in one is a place, never a person, even before a verb
# ("Brennan County calls", where "calls" is a noun).
EN_PLACE_HEADS: frozenset[str] = frozenset(
    """
    County City Province Prefecture District Township Borough Municipality Region Territory
    Oblast Canton Shire
    """.split()
)
# Last words of the names of sites, buildings and features (Harbor Airport, Tamar Bridge, Ridge
# Valley): a run ending in one names a place, not a person. (Words that are common surnames as
# well, Park, Hall, Field, Lane, are left out.)
EN_SITE_HEADS: frozenset[str] = frozenset(
    """
    Street Road Avenue Boulevard Square Bridge River Bay Lake Island Islands Airport Airfield
    Station Center Centre Stadium Arena Hospital School University College Museum Tower Building
    Mountains Valley Beach Harbor Harbour Coast Forest Canal Highway Terminal Market Church Temple
    Shrine Plaza Mall Reservoir Dam Pier
    """.split()
)
# What "the city said" may mean (the one such place whose council or administration the article
# named), and the words of those bodies' names after the place: the Harlan Falls City Council,
# the Dane County Board of Supervisors.
EN_LOCAL_GOVERNMENTS: frozenset[str] = frozenset("city town village county".split())
EN_LOCAL_BODY_WORDS: frozenset[str] = frozenset(
    ("Council", "Commission", "Hall", "Administration", "Government", "Board of Supervisors")
)
# Words that make an unnamed speaker speak for the body named with them: "…," a spokesperson
# for the Health Ministry said; according to a statement from Acme -> the body is the speaker.
EN_VOICE_NOUNS: frozenset[str] = frozenset(
    "spokesperson spokesman spokeswoman spokespeople representative statement release".split()
)
# The parts of a body that speak for it: "The UCI's licence commission said", "Acme's board
# said" -> the body is the speaker (not "Acme's union": a union is a body of its own).
EN_ORGAN_NOUNS: frozenset[str] = frozenset(
    "board committee commission panel council office secretariat management leadership".split()
)
# Verbs that make a relative clause after a name a role: Jane Doe, who chairs the Tenants
# Union, said … -> the role "chairs the Tenants Union".
EN_ROLE_VERBS: frozenset[str] = frozenset(
    """
    heads leads chairs runs directs manages oversees represents founded co-founded owns coaches
    teaches edits headed led chaired ran directed managed oversaw represented
    """.split()
)
# Plural nouns for the people of a body, which a sentence may open on before its name ("Members
# of the Grain Growers' Council agreed …"): the run of capitals after "of" is the body, and
# the noun is no part of its name.
EN_MEMBERSHIP_NOUNS: frozenset[str] = frozenset(
    "members officials leaders delegates representatives employees shareholders executives".split()
)
# Nouns for someone a report describes without a name: "…," said a woman in her 40s; a
# resident said. With the role nouns above they make the description the speaker's role.
EN_PERSON_NOUNS: frozenset[str] = frozenset(
    """
    man woman boy girl resident witness survivor neighbour neighbor villager shopper passenger
    pensioner retiree fisherman widow widower grandmother grandfather motorist landlord tenant
    customer voter student parent worker employee fan farmer driver source person relative
    operator shopkeeper vendor commuter tourist visitor traveller traveler reader subscriber
    teenager youngster striker midfielder defender goalkeeper winger sprinter runner cyclist
    rider jockey swimmer golfer boxer wrestler skater skier climber veteran rookie newcomer
    champion medallist medalist finalist titleholder holder
    deckhand trainer donor victim patient spectator homeowner protester caller
    """.split()
)
# Nouns for words someone said, after their owner's possessive: "Doe's promise last month of
# “…”", "Roe's warning that “…”": the quoted words are the owner's, whoever reports them.
EN_UTTERANCE_NOUNS: frozenset[str] = frozenset(
    """
    promise promises pledge pledges vow vows warning warnings claim claims assurance assurances
    remark remarks comment comments boast admission prediction insistence threat threats words
    description answer answers reply replies response retort message messages
    """.split()
)
# Where someone's words were printed or spoken: Doe was blunt in a note to clients: "…". A
# whole quote after a colon, in a sentence whose subject spoke in one of these, is the subject's.
EN_MEDIUM_NOUNS: frozenset[str] = frozenset(
    """
    statement interview note letter email e-mail post message memo speech address remarks
    argument testimony briefing tweet video podcast column essay op-ed blog filing submission
    """.split()
)


# === Figures: numbers, dates and scale words (retrieval/figures.py) ========================
# What a claim checker needs to compare a figure written one way with the same figure written
# another way: 1.5兆円 = 1.5 trillion yen, 3億 = 300 million, 10月22日 = Oct. 22. Shared by every
# check that holds a sentence's figures to the passages it cites.

# Japanese scale characters after a number: 1兆4800億円, 1万5000人, 5千人.
JA_SCALES: dict[str, float] = {"千": 1e3, "万": 1e4, "億": 1e8, "兆": 1e12}
# English scale words and newsroom abbreviations after a number: 1.5 trillion, $3bn, 300 million.
# "hundred" multiplies what follows it too (three hundred million = 3e8).
EN_SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mn": 1e6,
    "bn": 1e9,
    "tn": 1e12,
}
# Month names and their abbreviations (with or without the full stop): Oct. 22, 22 October.
EN_MONTHS: dict[str, int] = {
    **{
        name: i
        for i, name in enumerate(
            "january february march april may june july august september october november december".split(),
            1,
        )
    },
    **{
        abbr: i
        for i, abbr in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)
    },
    "sept": 9,
}
# Number words a source may spell out ("three people", 三人): read on the source side only, so
# that a claim's "3" is found in them; a claim's own words are not read as figures (the two
# leaders, one of the …).
EN_NUMBER_WORDS: dict[str, int] = {
    word: i
    for i, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
KANJI_DIGITS: dict[str, int] = {d: i for i, d in enumerate("〇一二三四五六七八九")} | {
    "零": 0,
    "両": 2,
}
KANJI_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
# What a count or a measure is counted in, for a question that asks for one: the Japanese
# counters and units written after a number, and the English nouns a number counts. 「何トン」
# and "how many tonnes" ask for tonnes; a sentence with "68,000 tonnes" or 「6万8千トン」 holds
# the answer, one with only "40 containers" does not. English nouns match as word endings
# (dockworkers: workers).
MEASURE_UNITS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "people": (
        ("人", "名"),
        tuple(
            """people persons workers members residents employees staff passengers patients
            students pupils children visitors voters participants adults players fans
            customers spectators officers troops soldiers nurses teachers doctors evacuees
            victims volunteers delegates applicants""".split()
        ),
    ),
    "tonnes": (("トン",), ("tonnes", "tons", "tonne", "ton")),
    "ships": (("隻",), ("ships", "vessels", "boats", "ferries", "tankers")),
    "aircraft": (("機",), ("aircraft", "planes", "jets", "airplanes", "drones", "helicopters")),
    "vehicles": (("台",), ("vehicles", "cars", "buses", "trucks", "trains")),
    "households": (("世帯",), ("households", "homes", "families")),
    "companies": (("社",), ("companies", "firms", "businesses")),
    "countries": (("カ国", "か国", "ヵ国", "ヶ国"), ("countries", "nations")),
    "votes": (("票",), ("votes", "ballots")),
    "seats": (("議席",), ("seats",)),
    "cases": (("件",), ("cases", "incidents", "complaints", "applications", "reports")),
    "buildings": (("棟", "戸"), ("buildings", "houses", "dwellings")),
    "stores": (("店", "店舗"), ("stores", "shops", "outlets", "branches", "restaurants")),
    "schools": (("校",), ("schools",)),
    "animals": (("頭", "匹", "羽"), ("cattle", "cows", "pigs", "animals", "birds", "chickens")),
    "items": (("点",), ("pieces", "items", "works", "artefacts", "artifacts", "objects")),
    "hectares": (("ヘクタール",), ("hectares",)),
    "kilometres": (("キロメートル", "キロ", "km"), ("kilometres", "kilometers", "km")),
    "metres": (("メートル", "m"), ("metres", "meters")),
    "grams": (("グラム",), ("grams", "grammes")),
    "barrels": (("バレル",), ("barrels",)),
    "minutes": (("分間", "分"), ("minutes",)),
    "hours": (("時間",), ("hours",)),
    "terms": (("期",), ("terms",)),
    "copies": (("部",), ("copies",)),
    "pages": (("ページ", "頁"), ("pages",)),
}
# Irregular past forms of common English verbs and their base form, which no suffix rule finds:
# a question's "frozen" is the "freezes" of a headline, "paid" the "pays" of a passage.
EN_IRREGULAR_FORMS: dict[str, str] = {
    form: base
    for base, forms in (
        line.split(":")
        for line in """
        arise:arose,arisen be:was,were,been bear:bore,borne,born beat:beaten become:became
        begin:began,begun bend:bent bid:bade bind:bound bite:bit,bitten bleed:bled blow:blew,blown
        break:broke,broken breed:bred bring:brought build:built burn:burnt buy:bought
        catch:caught choose:chose,chosen cling:clung come:came creep:crept deal:dealt dig:dug
        do:did,done draw:drew,drawn drink:drank,drunk drive:drove,driven eat:ate,eaten fall:fell,fallen
        feed:fed feel:felt fight:fought find:found flee:fled fly:flew,flown forbid:forbade,forbidden
        forecast:forecast forget:forgot,forgotten forgive:forgave,forgiven freeze:froze,frozen
        get:got,gotten give:gave,given go:went,gone grind:ground grow:grew,grown hang:hung
        have:had hear:heard hide:hid,hidden hold:held keep:kept kneel:knelt know:knew,known
        lay:laid lead:led leave:left lend:lent lie:lay,lain light:lit lose:lost make:made mean:meant
        meet:met mislead:misled overcome:overcame overtake:overtook,overtaken pay:paid
        prove:proven ride:rode,ridden ring:rang,rung rise:rose,risen run:ran say:said see:saw,seen
        seek:sought sell:sold send:sent shake:shook,shaken shine:shone shoot:shot show:shown
        shrink:shrank,shrunk sing:sang,sung sink:sank,sunk sit:sat sleep:slept slide:slid
        speak:spoke,spoken speed:sped spend:spent spin:spun stand:stood steal:stole,stolen
        stick:stuck sting:stung strike:struck strive:strove,striven swear:swore,sworn sweep:swept
        swim:swam,swum swing:swung take:took,taken teach:taught tear:tore,torn tell:told
        think:thought throw:threw,thrown tread:trod,trodden undergo:underwent,undergone
        understand:understood undertake:undertook,undertaken uphold:upheld wake:woke,woken
        wear:wore,worn weep:wept win:won wind:wound withdraw:withdrew,withdrawn
        withhold:withheld write:wrote,written
        """.split()
    )
    for form in forms.split(",")
}
