"""Wire layout: caption, dateline, story and credits, as agencies write them."""

from __future__ import annotations

from pipeline.layout import parse_layout

REUTERS = """Soldiers unload crates at a harbour near Puerto Cabello, Venezuela, May 3, 2026. REUTERS/Marta Quintero

CARACAS (Reuters) -Venezuela's defence minister said on Sunday the navy would patrol the coast.

He gave no further details.

(Reporting by Jordan Washington and Ana Ruiz in Caracas; Additional reporting by Lee Park in Seoul; Editing by Paul Kent and Sara Moss)"""

AP = """Rescue workers search rubble in Izmir, Turkey, on Monday. (AP Photo/Emre Kaya, File)

IZMIR, Turkey (AP) — Rescuers pulled two people alive from a collapsed building.

Associated Press writers Mehmet Ozturk in Ankara and Dana Cole contributed to this report."""

AFP = """PARIS (AFP) - French farmers blocked roads around the capital on Tuesday.

They demanded lower fuel taxes.

bur-ab/cd"""


def test_reuters_caption_dateline_and_credits_are_separated_from_the_story() -> None:
    layout = parse_layout(REUTERS)
    assert layout.caption is not None
    assert layout.caption.endswith("REUTERS/Marta Quintero")
    assert layout.dateline is not None
    assert (layout.dateline.place, layout.dateline.region, layout.dateline.agency) == (
        "CARACAS", None, "Reuters")
    assert layout.story(REUTERS).startswith("Venezuela's defence minister")
    assert layout.story(REUTERS).endswith("He gave no further details.")
    assert layout.credits.reporters == ["Jordan Washington", "Ana Ruiz", "Lee Park"]
    assert layout.credits.editors == ["Paul Kent", "Sara Moss"]
    assert layout.credits.photographers == ["Marta Quintero"]


def test_dateline_without_space_after_dash_starts_the_story_at_the_first_letter() -> None:
    layout = parse_layout("WASHINGTON (Reuters) -U.S. officials met on Friday.")
    assert layout.dateline is not None
    assert layout.dateline.place == "WASHINGTON"
    assert layout.story("WASHINGTON (Reuters) -U.S. officials met on Friday.").startswith("U.S.")


def test_dateline_with_country_keeps_place_and_region() -> None:
    layout = parse_layout("SRINAGAR, India (Reuters) - Shops shut on Monday.")
    assert layout.dateline is not None
    assert (layout.dateline.place, layout.dateline.region) == ("SRINAGAR", "India")


def test_ap_em_dash_dateline_photo_and_contributor_line() -> None:
    layout = parse_layout(AP)
    assert layout.dateline is not None
    assert (layout.dateline.place, layout.dateline.region, layout.dateline.agency) == (
        "IZMIR", "Turkey", "AP")
    assert layout.credits.photographers == ["Emre Kaya"]
    assert layout.credits.reporters == ["Mehmet Ozturk", "Dana Cole"]
    assert layout.story(AP) == "Rescuers pulled two people alive from a collapsed building."


def test_afp_signoff_is_not_story_text() -> None:
    layout = parse_layout(AFP)
    assert layout.dateline is not None
    assert layout.dateline.agency == "AFP"
    assert layout.story(AFP).endswith("They demanded lower fuel taxes.")


def test_multi_word_place_dateline() -> None:
    text = "NEW YORK (AP) — Stocks rose."
    layout = parse_layout(text)
    assert layout.dateline is not None
    assert layout.dateline.place == "NEW YORK"
    assert layout.story(text) == "Stocks rose."


def test_copy_without_layout_is_all_story() -> None:
    text = "Parliament passed the budget on Thursday.\n\nThe vote was close."
    layout = parse_layout(text)
    assert layout.dateline is None
    assert layout.caption is None
    assert layout.story_span == (0, len(text))


def test_story_offsets_point_into_the_body() -> None:
    layout = parse_layout(REUTERS)
    start, end = layout.story_span
    assert REUTERS[start:end] == layout.story(REUTERS)
    assert layout.dateline_span is not None
    assert REUTERS[layout.dateline_span[0]:layout.dateline_span[1]] == "CARACAS (Reuters) -"
