"""Is this copy English? A function-word ratio, light enough to run on every record.

English prose is about a third function words (the, of, and, to, ...); copy in other languages
has few of them. Copy is English when English function words are a large enough share of its
words and no other language's list matches half as many (that catches Nigerian Pidgin, which
shares English's function words but has its own: dey, wey, don). Short texts are not judged.
Thresholds live in data/function_words.yaml; `python -m pipeline.readers.language TSV...`
prints the figures they were set by (MasakhaNEWS dev splits, one language per file).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, Field

from pipeline.datafiles import load_yaml_model

DATA_FILE = Path(__file__).parent / "data" / "function_words.yaml"
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_WORDS = 3000  # the first words say enough; a 100,000-word article costs no more


class FunctionWords(BaseModel):
    """data/function_words.yaml."""

    version: int
    min_words: int = Field(ge=1)
    english_min_ratio: float = Field(gt=0, lt=1)
    rival_share: float = Field(gt=0, le=1)
    languages: dict[str, list[str]]


@dataclass(frozen=True)
class LanguageGuess:
    """What the text looks like: English or not, and the evidence."""

    english: bool
    language: str | None  # the best-matching language code, None when too short to judge
    english_ratio: float
    words: int

    def sentence(self) -> str:
        """One readable sentence for a dead letter or a log line."""
        named = f" (it reads as '{self.language}')" if self.language not in (None, "en") else ""
        return (f"the article is not in English{named}: English function words are "
                f"{self.english_ratio:.0%} of its first {self.words} words.")


@cache
def function_words() -> tuple[FunctionWords, dict[str, frozenset[str]]]:
    """The validated word lists, loaded once."""
    data = load_yaml_model(DATA_FILE, FunctionWords)
    english = frozenset(w.lower() for w in data.languages.get("en", []))
    # A rival list keeps only the words English does not use: `a`, `in`, `is` prove nothing.
    return data, {code: english if code == "en" else frozenset(w.lower() for w in words) - english
                  for code, words in data.languages.items()}


def guess_language(text: str) -> LanguageGuess:
    """English or not, by the share of English function words among the first words of text."""
    config, lists = function_words()
    words = [w.lower() for w in _WORD.findall(text[: _SAMPLE_WORDS * 12])][:_SAMPLE_WORDS]
    if len(words) < config.min_words:
        return LanguageGuess(english=True, language=None, english_ratio=0.0, words=len(words))
    ratios = {code: sum(w in vocabulary for w in words) / len(words)
              for code, vocabulary in lists.items()}
    english_ratio = ratios.pop("en", 0.0)
    rival = max(ratios, key=lambda code: ratios[code]) if ratios else "en"
    english = (english_ratio >= config.english_min_ratio
               and ratios.get(rival, 0.0) < config.rival_share * english_ratio)
    return LanguageGuess(english=english, language="en" if english else rival,
                         english_ratio=round(english_ratio, 4), words=len(words))


def is_english_tag(tag: str) -> bool:
    """True for a declared language such as en, EN, en-GB, eng (or none declared)."""
    primary = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
    return primary in ("en", "eng", "", "und")  # und: undetermined, so detection decides


def _measure(paths: list[str]) -> None:
    """Share of texts judged English, per MasakhaNEWS-style TSV (category, headline, text, url)."""
    import csv  # noqa: PLC0415  # only for this measurement

    csv.field_size_limit(sys.maxsize)
    for name in paths:
        with open(name, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        guesses = [guess_language(row["text"]) for row in rows if row.get("text")]
        judged = [g for g in guesses if g.language is not None]
        english = sum(g.english for g in judged)
        print(f"{name}\ttexts={len(guesses)}\tjudged={len(judged)}\t"  # a report on stdout
              f"english={english}\tshare_english={english / max(1, len(judged)):.4f}")


if __name__ == "__main__":
    _measure(sys.argv[1:])
