"""Text primitives shared by every stage: sentences and word tokens with offsets."""

from pipeline.text.sentences import split_sentences
from pipeline.text.tokens import Token, token_norms, tokenize

__all__ = ["Token", "split_sentences", "token_norms", "tokenize"]
