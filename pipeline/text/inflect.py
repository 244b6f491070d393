"""Inflected forms of an English lemma, so lexicons can be written in base forms."""

from __future__ import annotations

from functools import cache

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "strike": ("struck", "stricken"), "fight": ("fought",), "shoot": ("shot",),
    "flee": ("fled",), "lead": ("led",), "hold": ("held",), "send": ("sent",),
    "take": ("took", "taken"), "give": ("gave", "given"), "break": ("broke", "broken"),
    "blow": ("blew", "blown"), "drive": ("drove", "driven"), "throw": ("threw", "thrown"),
    "sink": ("sank", "sunk"), "hit": ("hit",), "beat": ("beat", "beaten"),
    "bring": ("brought",), "catch": ("caught",), "say": ("said",), "tell": ("told",),
    "make": ("made",), "meet": ("met",), "win": ("won",), "lose": ("lost",),
    "run": ("ran",), "begin": ("began", "begun"), "rise": ("rose", "risen"),
    "fall": ("fell", "fallen"), "freeze": ("froze", "frozen"), "go": ("went", "gone"),
    "come": ("came",), "see": ("saw", "seen"), "shut": ("shut",), "cut": ("cut",),
    "put": ("put",), "set": ("set",), "spread": ("spread",), "stand": ("stood",),
    "leave": ("left",), "keep": ("kept",), "build": ("built",), "seek": ("sought",),
    "withdraw": ("withdrew", "withdrawn"), "overrun": ("overran",), "shake": ("shook", "shaken"),
    "steal": ("stole", "stolen"), "choose": ("chose", "chosen"), "speak": ("spoke", "spoken"),
    "write": ("wrote", "written"), "swear": ("swore", "sworn"), "tear": ("tore", "torn"),
    "hide": ("hid", "hidden"), "ride": ("rode", "ridden"), "slay": ("slew", "slain"),
    "forbid": ("forbade", "forbidden"), "hang": ("hung", "hanged"), "light": ("lit",),
    "bleed": ("bled",), "lay": ("laid",), "pay": ("paid",), "sell": ("sold",),
    "think": ("thought",), "find": ("found",), "feel": ("felt",), "spend": ("spent",),
    "deal": ("dealt",), "rebuild": ("rebuilt",), "undertake": ("undertook", "undertaken"),
    "overthrow": ("overthrew", "overthrown"), "shed": ("shed",), "burn": ("burnt",),
    "do": ("did", "done", "does"), "have": ("had", "has"), "be": ("is", "are", "was", "were",
                                                                     "been", "being"),
    "die": ("died", "dying", "dies"), "lie": ("lay", "lain", "lying"),
    "child": ("children",), "man": ("men",), "woman": ("women",), "person": ("people",),
    "militia": ("militias",), "casualty": ("casualties",),
}
_VOWELS = set("aeiou")


def _plural(word: str) -> set[str]:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return {word + "es"}
    if len(word) > 2 and word.endswith("y") and word[-2] not in _VOWELS:
        return {word[:-1] + "ies"}
    return {word + "s"}


def _past_and_gerund(word: str) -> set[str]:
    forms: set[str] = set()
    if word.endswith("ie"):
        forms |= {word + "d", word[:-2] + "ying"}
    elif word.endswith("ee"):
        forms |= {word + "d", word + "ing"}
    elif word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    elif len(word) > 2 and word.endswith("y") and word[-2] not in _VOWELS:
        forms |= {word[:-1] + "ied", word + "ing"}
    else:
        forms |= {word + "ed", word + "ing"}
        is_cvc = (len(word) >= 3 and word[-1] not in _VOWELS | {"w", "x", "y"}
                  and word[-2] in _VOWELS and word[-3] not in _VOWELS)
        if is_cvc:  # ban -> banned; both spellings are kept, the wrong one never occurs
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


@cache
def inflections(lemma: str) -> frozenset[str]:
    """The lemma with its plural/third-person, past and -ing forms (regular and irregular)."""
    if not lemma.isalpha():
        return frozenset({lemma})
    forms = {lemma} | _plural(lemma) | _past_and_gerund(lemma)
    forms |= set(_IRREGULAR.get(lemma, ()))
    return frozenset(forms)
