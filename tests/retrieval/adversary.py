"""An adversarial chat model for the stubs: it does everything the checks exist to catch.

Given the passages of a request, every answer or summary it writes holds, in the prompt's
language: one true quote (copied from the first passage), one invented quote, a sentence
citing a paragraph it was not given, a figure and a name its cited paragraph lacks, and a
sentence with no citation at all. Asked to repair, it repeats itself. Asked to translate, it
wraps each translation in quotation marks and puts words in an invented speaker's mouth.
Calls whose numbers are in `fail_on` get a server error.

    with running_stub(AnthropicStub) as stub:
        stub.responder = Adversary(fail_on={0})
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from retrieval.models import detect_language
from tests.retrieval.llm_stub import Reply

INVENTED_QUOTE = {"ja": "増税は絶対にしない", "en": "we will never raise taxes"}
INVENTED_FIGURE = {"ja": "9兆8765億円", "en": "9.8765 trillion yen"}
INVENTED_NAME = {"ja": "田中", "en": "Tanaka"}
UNCITED = {"ja": "これは歴史的な転換点だ。", "en": "This is a historic turning point."}
NOT_GIVEN_OFFSET = 50  # cites ¶(largest given + 50): never a paragraph it was given
_PASSAGE_RE = re.compile(r'<passage ref="¶(\d+)"[^>]*>\n(.*?)\n</passage>', re.DOTALL)
_ITEM_RE = re.compile(r"^(\d+)\. (.*)$", re.MULTILINE)


@dataclass
class Adversary:
    """A responder for `ChatStub.responder`: one Reply per request, worked out from it."""

    fail_on: set[int] = field(default_factory=set)
    calls: int = 0
    kinds: list[str] = field(default_factory=list)

    def __call__(self, messages: list[dict[str, Any]]) -> Reply:
        """The reply to a request whose chat messages are `messages`."""
        n = self.calls
        self.calls += 1
        system = messages[0]["content"] if messages[0]["role"] == "system" else ""
        lang = detect_language(system)
        if [m["role"] for m in messages][-2:] == ["assistant", "user"]:
            self.kinds.append("repair")
            reply = messages[-2]["content"]  # the same answer again, invented quote and all
        elif "<passages>" not in messages[-1]["content"]:  # a numbered list to translate
            self.kinds.append("translate")
            reply = _translations(messages[-1]["content"], lang)
        else:
            self.kinds.append("write")
            reply = _written(messages[-1]["content"], lang)
        if n in self.fail_on:
            return Reply(status=500)
        return Reply(reply, chunk_chars=7)


def _written(user: str, lang: str) -> str:
    passages = [(int(n), text) for n, text in _PASSAGE_RE.findall(user)]
    if not passages:
        return UNCITED[lang]
    first, text = passages[0]
    true_quote = re.split(r"[。、「」.,]", text)[0][:14]
    beyond = max(n for n, _ in passages) + NOT_GIVEN_OFFSET
    if lang == "ja":
        lines = [
            f"記事は「{true_quote}」と書いている[¶{first}]。",
            f"関係者は「{INVENTED_QUOTE['ja']}」と語った[¶{first}]。",
            f"首相は辞任した[¶{beyond}]。",
            f"制裁の規模は{INVENTED_FIGURE['ja']}に上る[¶{first}]。",
            f"{INVENTED_NAME['ja']}氏も同意した[¶{first}]。",
            UNCITED["ja"],
        ]
        return "".join(lines)
    lines = [
        f"The article says 「{true_quote}」 (translation: as reported) [¶{first}].",
        f"An official said “{INVENTED_QUOTE['en']}” [¶{first}].",
        f"The prime minister resigned [¶{beyond}].",
        f"The sanctions are worth {INVENTED_FIGURE['en']} [¶{first}].",
        f"Secretary {INVENTED_NAME['en']} agreed [¶{first}].",
        UNCITED["en"],
    ]
    return " ".join(lines)


def _translations(user: str, lang: str) -> str:
    lines = []
    for number, _ in _ITEM_RE.findall(user):
        if lang == "ja":
            lines.append(f"{number}. 「田中氏は『これは翻訳{number}だ』と述べた」")
        else:
            lines.append(f'{number}. "Tanaka said: “this is translation {number}”"')
    return "\n".join(lines)
