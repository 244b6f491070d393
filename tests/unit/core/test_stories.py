"""Story clustering: updates join their story, unrelated copy does not, memory is bounded."""

from __future__ import annotations

from pipeline.enrich.stories import StoryIndex
from pipeline.text import tokenize

BASE = ("Azerbaijani forces shelled Armenian army positions near the border village of Sotk on "
        "Thursday, killing one soldier, Armenia's Defence Ministry said. Azerbaijan's defence "
        "ministry accused Armenian troops of opening fire first and said its forces returned fire. "
        "The two countries have traded accusations of ceasefire violations for months.")
UPDATE = BASE.replace("killing one soldier", "killing at least 30 soldiers") + (
    " Armenia's prime minister said the country would defend its territory with all means.")
OTHER = ("The European Central Bank held interest rates steady on Thursday and said inflation "
         "was falling back toward its two percent target, sending the euro lower against the "
         "dollar as traders trimmed bets on cuts later this year.")


def norms(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


def test_an_update_joins_the_story_of_its_first_version() -> None:
    index = StoryIndex()
    first = index.assign("a1", norms(BASE))
    update = index.assign("a2", norms(UPDATE))
    assert (first.is_update, update.is_update) == (False, True)
    assert update.story_id == first.story_id


def test_unrelated_copy_starts_its_own_story() -> None:
    index = StoryIndex()
    first = index.assign("a1", norms(BASE))
    other = index.assign("b1", norms(OTHER))
    assert other.story_id != first.story_id
    assert other.is_update is False


def test_a_redelivered_article_keeps_its_story() -> None:
    index = StoryIndex()
    first = index.assign("a1", norms(BASE))
    again = index.assign("a1", norms(BASE))
    assert again.story_id == first.story_id


def test_the_index_is_bounded_and_its_store_forgets_what_it_evicts() -> None:
    store: dict[str, object] = {}
    index = StoryIndex(capacity=2, store=store)
    for number in range(4):
        index.assign(f"x{number}", norms(f"story number {number} " + OTHER[number * 10:]))
    assert len(index) == 2
    assert sorted(store) == ["x2", "x3"]


def test_an_assignment_written_to_the_store_by_another_index_is_absorbed() -> None:
    shared: dict[str, object] = {}
    first_worker, second_worker = StoryIndex(store=shared), StoryIndex(store=shared)
    first = first_worker.assign("a1", norms(BASE))
    assert second_worker.absorb("a1", shared["a1"]) is True
    assert second_worker.absorb("a1", shared["a1"]) is False
    assert second_worker.assign("a2", norms(UPDATE)).story_id == first.story_id


def test_load_takes_in_the_whole_store_and_skips_unusable_entries() -> None:
    store: dict[str, object] = {}
    StoryIndex(store=store).assign("a1", norms(BASE))
    store["broken"] = ["story-x", [1, 2]]
    store["gone"] = None
    index = StoryIndex(store=store)
    assert index.load() == 1
    assert index.assign("a2", norms(UPDATE)).is_update is True


def test_a_restored_signature_clusters_like_the_original() -> None:
    original = StoryIndex()
    first = original.assign("a1", norms(BASE))
    restored = StoryIndex()
    restored.restore("a1", first.story_id, original.signature_of("a1"))
    assert restored.assign("a2", norms(UPDATE)).story_id == first.story_id
