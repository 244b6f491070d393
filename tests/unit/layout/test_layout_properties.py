"""Property tests: any text gives a Layout whose spans lie inside the body, fast, never an error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.layout import Layout, parse_layout

# Pieces of real wire layout, so generated bodies hit the parsers' branches, not only noise.
PIECES = st.sampled_from([
    "WASHINGTON (Reuters) - ", "NEW YORK (AP) — ", "SRINAGAR, India (Reuters) -", "(AFP) -",
    "REUTERS/Jane Doe", "(AP Photo/John Roe)", "(Photo by A. B. / AFP)", "(Reporting by ",
    "; Editing by ", ")", "Associated Press writer ", "contributed to this report.", "\n\n",
    "\n", " ", "-", "—", "(", ")", "/", ";", ",", "By ", "UPDATE 1-", "\u200b", "\x00", "ü",
])
BODIES = st.one_of(
    st.text(max_size=2000),
    st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=80).map("".join),
)
PROPERTY = settings(max_examples=300, deadline=500,
                    suppress_health_check=[HealthCheck.too_slow])


def _inside(span: tuple[int, int] | None, size: int) -> bool:
    return span is None or 0 <= span[0] <= span[1] <= size


@PROPERTY
@given(BODIES)
def test_any_body_gives_a_layout_with_spans_inside_it(body: str) -> None:
    layout = parse_layout(body)
    assert isinstance(layout, Layout)
    size = len(body)
    assert _inside(layout.story_span, size)
    assert _inside(layout.caption_span, size)
    assert _inside(layout.dateline_span, size)
    assert all(_inside(span, size) for span in layout.credit_spans)
    assert isinstance(layout.story(body), str)
    names = (layout.credits.reporters + layout.credits.editors + layout.credits.photographers)
    assert all(isinstance(name, str) and name for name in names)


@settings(max_examples=20, deadline=3000)
@given(st.sampled_from(["(", "-", "(Reporting by ", "REUTERS/", "\n\n", "a" * 50 + " "]),
       st.integers(min_value=1_000, max_value=20_000))
def test_long_repetitive_bodies_parse_in_bounded_time(piece: str, times: int) -> None:
    body = piece * times
    layout = parse_layout(body)
    assert _inside(layout.story_span, len(body))
