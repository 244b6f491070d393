"""The README's configuration table is generated from the Settings class and kept in step."""

from __future__ import annotations

import re

from pipeline.cli.config_cmd import settings_reference
from pipeline.settings import PROJECT_ROOT


def test_readme_settings_table_matches_the_settings_class() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- settings-table:start -->\n(.*)<!-- settings-table:end -->", readme,
                      re.S)
    assert match is not None
    assert match.group(1) == settings_reference(), "regenerate with `wirewatch config --markdown`"


def test_readme_opens_with_the_two_commands() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```bash", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in first_block.strip().splitlines()] == [
        "make demo", "make test"]
