"""The lexicon file's new fields are validated on load."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from pipeline.detect.lexicon import LexiconFile, compile_lexicon

CATEGORIES = [{"code": "17", "name": "Coerce", "goldstein": -7.0},
              {"code": "18", "name": "Assault", "goldstein": -9.0}]


def test_a_cue_subordinate_to_an_unknown_category_is_refused() -> None:
    with pytest.raises(ValidationError, match="subordinate to unknown categories 19"):
        LexiconFile.model_validate({"version": 1, "categories": CATEGORIES, "cues": [
            {"id": "raid", "category": "18", "patterns": ["raid"], "subordinate_to": ["19"]}]})


def test_weapon_nouns_and_the_new_modifier_kinds_compile() -> None:
    data = LexiconFile.model_validate({
        "version": 1, "categories": CATEGORIES,
        "cues": [{"id": "raid", "category": "18", "patterns": ["raid"],
                  "subordinate_to": ["17"]}],
        "modifiers": {"cause": ["accuse * of"], "conditional": ["if"], "supply": ["factory"],
                      "reaction": ["condemn"]},
        "weapon_nouns": ["Artillery", "shells"]})
    lexicon = compile_lexicon(data)
    assert lexicon.weapon_nouns == frozenset({"artillery", "shells"})
    found = lexicon.modifier_matcher.find(["they", "condemn", "a", "factory", "if"])
    assert [m.key for m in found] == ["reaction", "supply", "conditional"]
