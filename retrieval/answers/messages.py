"""What answers say when they do not answer, in the asker's language (ja / en)."""

from __future__ import annotations

NOT_IN_ARTICLE = {"ja": "記事には書かれていません。", "en": "The article does not say."}
MAY_NOT_ANSWER = {
    "ja": "記事はこの質問に答えていない可能性があります。最も近い段落を下に示します。",
    "en": "The article may not answer this; the closest passages are below.",
}
# The same, when the question's focus words (question.focus_words) are not in the article.
NEVER_MENTIONS = {
    "ja": "記事に「{words}」は出てこず、この質問に答えていない可能性があります。"
    "最も近い段落を下に示します。",
    "en": "The article never mentions {words}, so it may not answer this; the closest "
    "passages are below.",
}
NO_MORE_QUOTES = {
    "ja": "記事には{name}氏のこれ以上の発言は書かれていません。",
    "en": "The article quotes {name} no further.",
}
NOT_ON_TOPIC = {
    "ja": "{name}氏の発言で「{topic}」に触れたものは見つかりませんでした(発言は下の段落)。",
    "en": "None of {name}'s quotes could be matched to “{topic}” (they are in the passages below).",
}
# An English topic over a Japanese article is matched through the Japanese of its names and news
# terms (glossary.py) only.
TOPIC_THROUGH = "“{topic}” was matched in the Japanese original through {terms} only."
TOPIC_UNCHECKED = (
    "“{topic}” could not be checked against the Japanese original: these are all of "
    "{name}'s quotes."
)
NEVER_QUOTED = {
    "ja": "{name}氏の発言は引用されていません。",
    "en": "It never quotes {name}.",
}
EN_LEAD_IN = "The article is in Japanese; quoted from the original:"
ORIGINAL_TITLE_LEAD = {"ja": "原題:", "en": "The original headline:"}
# Incomplete dates of an answer (19日, "on Tuesday") completed from the article's date.
FULL_DATES = {
    "ja": "日付は記事の日付({published})から補ったもの: {dates}",
    "en": "Dates completed from the article's date ({published}): {dates}",
}
