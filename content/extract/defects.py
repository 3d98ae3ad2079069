"""Editorial checks: the slips a copy editor would mark.

Duplicated phrases (a run of words printed twice, or a distinctive phrase repeated from earlier),
garbled repeats where two drafts of a sentence were run together ("to include in its The decision …"),
quotation marks that pair with nothing, and one person's name spelled two ways.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, pairwise, product, repeat
from operator import is_not, itemgetter, sub

from ..model import DefectKind

#: A word: a run of word characters, apostrophes, dots and hyphens ending in a word character. Written to open
#: with a character class (``[\w’'.-]*\w`` matches the same), so the regex engine skips the gaps between words.
#: So a word is a maximal run of those characters with its trailing apostrophes, dots and hyphens taken off.
_WORD_SPLIT = re.compile(r"([\w’'.-][\w’'.-]*(?<=\w))")
_TRAILING = "’'.-"  # what a word cannot end with
#: For ``bytes.translate`` of UTF-8 text: each ASCII byte no word holds becomes a space; the rest stay as they are.
_ASCII_GAPS = bytes(b if b >= 0x80 or chr(b).isalnum() or chr(b) in "_'.-" else 0x20 for b in range(256))
_ASCII = bytes(range(0x80))
#: The same for Latin-1 text, but ``_APOSTROPHE`` stays and every other byte is lower-cased (as each Latin-1 letter
#: lower-cases to one Latin-1 letter).
_LATIN1_GAPS = bytes(ord(chr(b).lower()) if chr(b).isalnum() or chr(b) in "_'.-\x7f" else 0x20 for b in range(256))
_NO_WORD = "\0"  # in ``_TokenWords.written``, a token of no word
_APOSTROPHE = "\x7f"  # ’ in ``_TokenWords`` tokens (where no other ASCII gap character is left)
_TOKEN_TRAILING = _TRAILING + _APOSTROPHE
#: Runs of words looked up at a time among the earlier runs (a real article's few repeats leave most blocks all new).
_BLOCK = 256
_CHUNK = 1024  # characters per piece the article is cut into: where a word is, is found from its piece's start
_CODES = 0x110000  # characters there are to write words with
_STOPWORDS = frozenset(
    "the a an of to in on at for and or but is are was were be been by with as that this it its their his her "
    "from into than then there which who will would can could may might has have had not no also".split()
)
#: A function word that needs something after it, followed by a capitalised determiner and a lower-case word.
_GARBLED = re.compile(
    r"\b(?:its|their|his|her|the|a|an|of|to|in|and|on|with|by|for|from)\s+(?:The|A|An|This|That)\s+[a-z]\w*"
)
_GARBLED_TAIL = re.compile(r"(?:The|A|An|This|That)\s+[a-z]\w*")
#: _GARBLED_TAIL as the alternatives starting with T and those with A, in its order (see _tails).
_TAIL_HALVES = (re.compile(r"T(?:he|his|hat)\s+[a-z]\w*"), re.compile(r"An?\s+[a-z]\w*"))
#: Up to three words from a quotation mark on.
_FOLLOWING = re.compile(r"\S*(?:\s+\S+){0,2}")
#: Up to three words and the spaces before a quotation mark, read backwards (the text before it reversed): what
#: ``(?:\S+\s+){0,2}\S*\s*$`` finds before it, without that search trying (and failing) at every character.
_PRECEDING = re.compile(r"\s*\S*(?:\s+\S+){0,2}")
_ADJACENT_MIN_WORDS = 3
_DISTANT_MIN_WORDS = 6


@dataclass(frozen=True)
class FoundDefect:
    kind: DefectKind
    start: int
    end: int
    note: str


class _Words:
    """The article's words, lower-cased and written one character each (``coded``: the same character for the same
    word), so runs of words are compared as substrings. Where a word is and how the article spells it are looked up
    word by word, as defects are reported on few words."""

    coded: str
    exact: bool  # no two words share a character (only an article of over a million different words has that)
    width: int  # bytes per word of ``coded`` written in UTF-16 (2) or UTF-32 (4)
    _shifted: dict[int, int]
    _bytes: bytes

    @property
    def runs(self) -> Sequence[str]:
        """What runs of words are compared in: ``coded``, or the lower-cased words if two words share a character."""
        return self.coded

    def lowered(self, a: int, b: int) -> list[str]:
        raise NotImplementedError

    def span(self, j: int) -> tuple[int, int]:
        """Where word ``j`` starts and ends in the article."""
        raise NotImplementedError

    def originals(self, j: int, size: int) -> list[str]:
        """Words ``j`` to ``j + size`` as the article spells them."""
        raise NotImplementedError

    def as_bytes(self) -> bytes:
        """``coded`` in a fixed number of bytes per word."""
        if not self._bytes:
            self._bytes = self.coded.encode("utf-16-le" if self.width == 2 else "utf-32-le", "surrogatepass")
        return self._bytes

    def shifted(self, k: int) -> int:
        """``as_bytes`` as one (little-endian) integer, from word ``k`` on."""
        if k not in self._shifted:
            whole = int.from_bytes(self.as_bytes(), "little") if k == 0 else self.shifted(0)
            self._shifted[k] = whole >> (8 * self.width * k)
        return self._shifted[k]

    @staticmethod
    def of(text: str) -> _Words:
        return _TokenWords.of(text) or _ListedWords.of(text)


class _ListedWords(_Words):
    """Every word's offsets and lower-cased form in lists, from a regex split of the lower-cased article.
    For what ``_TokenWords`` does not take: a capital sigma, which lower-cases by the letters around it."""

    def __init__(self, text: str, starts: list[int], ends: list[int], lowered: list[str], distinct: int) -> None:
        codes = dict(zip(dict.fromkeys(lowered), map(chr, map(_CODES.__rmod__, range(distinct))), strict=True))
        self.text, self.starts, self.ends, self.words, self._shifted, self._bytes = text, starts, ends, lowered, {}, b""
        self.coded = "".join(map(codes.__getitem__, lowered))
        self.exact = distinct <= _CODES
        self.width = 2 if distinct <= 0x10000 else 4

    @classmethod
    def of(cls, text: str) -> _ListedWords:
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer: keep offsets right
            lowered = "".join(map(_lower, text))
        pieces = _WORD_SPLIT.split(lowered)  # gap, word, gap, word, …, gap
        offsets = list(accumulate(map(len, pieces), initial=0))
        words = pieces[1::2]
        return cls(text, offsets[1::2][: len(pieces) // 2], offsets[2::2], words, len(set(words)))

    @property
    def runs(self) -> Sequence[str]:
        return self.coded if self.exact else self.words

    def lowered(self, a: int, b: int) -> list[str]:
        return self.words[a:b]

    def span(self, j: int) -> tuple[int, int]:
        return self.starts[j], self.ends[j]

    def originals(self, j: int, size: int) -> list[str]:
        return [self.text[a:b] for a, b in zip(self.starts[j : j + size], self.ends[j : j + size], strict=True)]


class _TokenWords(_Words):
    """The words read without a regex pass over the article (the regex engine costs ~40 ms a megabyte).

    Every character no word holds becomes a space: when each character past Latin-1 is one (but ’, written
    ``_APOSTROPHE``), by encoding the article in Latin-1 ("?" for those) and one ``bytes.translate``; else by
    ``bytes.translate`` of its UTF-8 and ``str.replace`` for each non-ASCII one it has (few: “ ” — …). What
    ``str.split`` then gives, a token, is a run of the characters words are made of: one word once its trailing
    ’'.- are taken off, or none ("--").
    Each distinct token is read once; the words are lower-cased token by token, the same as lower-casing the
    article unless it holds a capital sigma (which lower-cases by the letters around it): then ``of`` gives None.
    ``coded`` is joined from each token's bytes (its word's character in UTF-16 or UTF-32, ``_NO_WORD`` for none).
    The article is split in pieces of about ``_CHUNK`` characters, so where word ``j`` is is read from its piece."""

    def __init__(self, text: str, starts: list[int], pieces: list[str], tokens: list[list[str]], written: str) -> None:
        self.text, self.starts, self.pieces, self.tokens, self._shifted, self._bytes = (
            text,
            starts,
            pieces,
            tokens,
            {},
            b"",
        )
        self.written = written  # ``coded`` with ``_NO_WORD`` for each token of no word
        self.token_first = list(accumulate(map(len, tokens), initial=0))  # each piece's first token
        self.first = self.token_first  # each piece's first word
        self.coded, self.exact, self.width = written, True, 2
        if _NO_WORD in written:  # tokens of no word
            self.coded = written.replace(_NO_WORD, "")
            none = (written.count(_NO_WORD, a, b) for a, b in pairwise(self.token_first))
            self.first = list(map(sub, self.token_first, accumulate(none, initial=0)))
        self.spelt: list[str] = []  # the lower-cased word of each character's number (see ``_number``)

    @classmethod
    def of(cls, text: str) -> _TokenWords | None:
        data = text.encode("utf-8", "surrogatepass")
        others = set(data.translate(None, _ASCII).decode("utf-8", "surrogatepass"))  # its non-ASCII characters
        if "Σ" in others and "İ" not in others:
            return None
        spaced, lower = _spaced(text, data, others)
        starts = [0]
        while (at := spaced.find(" ", starts[-1] + _CHUNK)) > 0:
            starts.append(at)
        pieces = [spaced[a:b] for a, b in zip(starts, [*starts[1:], len(spaced)], strict=True)]
        tokens = list(map(str.split, pieces))
        distinct = list(set(chain.from_iterable(tokens)))  # in no set order: which word gets which character is moot
        if len(distinct) > _CODES - 0x801:  # the characters but "\0" and the surrogates
            return None
        spelt = map(str.rstrip, distinct, repeat(_TOKEN_TRAILING))
        lowered = [*spelt] if lower else [*map(_lowered, spelt)] if "İ" in others else [*map(str.lower, spelt)]
        code = {"": _NO_WORD}  # each word's character: that of the first of its tokens in ``distinct``
        characters = chain(_CHARACTERS, map(chr, range(0x10000, _CODES)))
        code_of = dict(zip(distinct, map(code.setdefault, lowered, characters), strict=False))
        written = "".join(["".join(itemgetter(*piece)(code_of)) for piece in tokens if piece])
        words = cls(text, starts, pieces, tokens, written)
        words.width = 2 if len(distinct) <= len(_CHARACTERS) else 4
        words.spelt = lowered
        return words

    def lowered(self, a: int, b: int) -> list[str]:
        return [self.spelt[_number(c)].replace(_APOSTROPHE, "’") for c in self.coded[a:b]]

    def _token(self, j: int) -> tuple[int, int]:
        """The piece of word ``j`` and its token in the piece: the first with ``j``'s number of words before it."""
        c = bisect_right(self.first, j) - 1
        k = t = j - self.first[c]
        if self.first is not self.token_first:  # t: k plus the tokens of no word up to t
            at = self.token_first[c]
            while (more := k + self.written.count(_NO_WORD, at, at + t + 1)) != t:
                t = more
        return c, t

    def span(self, j: int) -> tuple[int, int]:
        c, t = self._token(j)
        piece = self.pieces[c]
        at = self.starts[c] + len(piece) - len(piece.split(None, t)[-1])  # where token t starts
        return at, at + len(self.tokens[c][t].rstrip(_TOKEN_TRAILING))

    def originals(self, j: int, size: int) -> list[str]:
        """The article's text at each word (its tokens may be lower-cased): each token is found from where the one
        before it ends, in its piece."""
        c, t = self._token(j)
        at = self.span(j)[0] - self.starts[c]
        found: list[str] = []
        while len(found) < size:
            if t == len(self.tokens[c]):
                c, t, at = c + 1, 0, 0
                continue
            token = self.tokens[c][t]
            at = self.pieces[c].find(token, at)
            if word := token.rstrip(_TOKEN_TRAILING):
                found.append(self.text[self.starts[c] + at : self.starts[c] + at + len(word)])
            at, t = at + len(token), t + 1
        return found


def _lower(c: str) -> str:
    """How the article's letter ``c`` is lower-cased when one letter's lower case is longer (then it is kept)."""
    lower = c.lower()
    return lower if len(lower) == 1 else c


def _spaced(text: str, data: bytes, others: set[str]) -> tuple[str, bool]:
    """The article with a space for each character no word holds (``data``: its UTF-8; ``others``: its non-ASCII
    characters), and ’ written ``_APOSTROPHE``; and whether it is lower-cased too (when its words are Latin-1)."""
    if b"\x7f" not in data and all(c <= "\xff" or c == "’" or not c.isalnum() for c in others):
        # Each character past Latin-1 is a gap but ’: one encoding makes them "?", one translation spaces.
        latin = (text.replace("’", _APOSTROPHE) if "’" in others else text).encode("latin-1", "replace")
        return latin.translate(_LATIN1_GAPS).decode("latin-1"), True
    spaced = data.translate(_ASCII_GAPS).decode("utf-8", "surrogatepass")
    for c in others:
        if not (c.isalnum() or c == "’"):
            spaced = spaced.replace(c, " ")
    return spaced.replace("’", _APOSTROPHE), False  # one byte a character for an English article's tokens


def _characters() -> str:
    """The characters of the first words, in order: U+0001 to U+FFFF but the surrogates (from their UTF-16)."""
    units = bytearray(0x20000)
    units[0::2] = bytes(range(256)) * 256
    units[1::2] = b"".join(bytes([high]) * 256 for high in range(256))
    return units[2 : 2 * 0xD800].decode("utf-16-le") + units[2 * 0xE000 :].decode("utf-16-le")


_CHARACTERS = _characters()


def _lowered(word: str) -> str:
    """``word`` lower-cased letter by letter (see ``_lower``)."""
    return "".join(map(_lower, word))


def _number(c: str) -> int:
    """Where in ``_CHARACTERS`` (and the characters past it) ``c`` is."""
    return ord(c) - 1 if c < "\ud800" else ord(c) - 0x801


def duplicated_phrases(text: str) -> Iterator[FoundDefect]:
    words = _Words.of(text)
    adjacent = list(_adjacent_repeats(text, words))
    yield from adjacent
    starts = [a.start for a in adjacent]  # in order, and so are their ends: they do not overlap
    for defect in _distant_repeats(text, words):
        before = bisect_left(starts, defect.end) - 1  # the last that starts before the defect ends
        if before < 0 or adjacent[before].end <= defect.start:
            yield defect


def _adjacent_repeats(text: str, words: _Words) -> Iterator[FoundDefect]:
    """ "integral part of U.S. national security integral part of U.S. national security"."""
    runs, n = words.runs, len(words.coded)
    sizes = range(8, _ADJACENT_MIN_WORDS - 1, -1)
    twice = _printed_twice(words)
    pos = at = 0
    while (at := bisect_left(twice, pos, at)) < len(twice):
        i = twice[at]
        pos = i + 1
        for size in sizes:
            if i + 2 * size > n or runs[i] != runs[i + size]:
                continue
            if runs[i : i + size] == runs[i + size : i + 2 * size] and _content_words(words.lowered(i, i + size)) >= 2:
                start, end = words.span(i)[0], words.span(i + 2 * size - 1)[1]
                if "\n" not in text[start:end]:
                    phrase = text[start : words.span(i + size - 1)[1]]
                    yield FoundDefect(DefectKind.DUPLICATED_PHRASE, start, end, f"“{phrase}” is printed twice in a row")
                    pos = i + 2 * size
                    break


def _printed_twice(words: _Words) -> list[int]:
    """Each word that starts a run of 3 to 8 words followed by the same run (what ``(.{3,8})\1`` finds in ``coded``).

    ``coded`` as one big integer, exclusive-or'ed with itself shifted by ``size`` words, is zero at each word
    followed ``size`` words on by the same word: the integer does in C what a regex does at every word."""
    n, width = len(words.coded), words.width
    found: set[int] = set()
    for size in range(_ADJACENT_MIN_WORDS, 9):
        if 2 * size > n:
            break
        same = (words.shifted(0) ^ words.shifted(size)).to_bytes(n * width, "little")
        zeros = bytes(width * size)
        at = same.find(zeros)
        while at >= 0:
            i = -(-at // width)  # the first whole word in the zeros
            if i + 2 * size <= n and same[i * width : (i + size) * width] == zeros:
                found.add(i)
            at = same.find(zeros, at + 1)
    return sorted(found)


def _keys(words: _Words, size: int) -> list[memoryview]:
    """A 64-bit key for each run of ``size`` words, the same for the same words, with no Python operation per run
    but making its key; in ``per`` views, of the runs at every ``per``-th word from word 0, 1, …, ``per - 1`` on.

    ``coded`` read as one big integer (``as_bytes``) is exclusive-or'ed with itself shifted so that the ``per``
    words (64 bits: 4 words in UTF-16, 2 in UTF-32) from each word on hold what the run from that word on is (in
    UTF-16, with itself shifted 2 words). Those 64 bits read as integers (``memoryview.cast``) are the keys.
    Different runs may share a key ("a b a b a b" and "c d c d c d" do), so a repeat is checked where it is looked
    at: ``str.find`` finds where its run is first."""
    width, data = words.width, words.as_bytes()
    per = 8 // width
    runs = len(words.coded) - size + 1
    mixed = 0
    for o in sorted({*range(0, size - per, per), size - per}):
        mixed ^= words.shifted(o)
    keys = memoryview(mixed.to_bytes(len(data) + 8, "little"))
    return [keys[r * width : (r + max(0, (runs - r + per - 1) // per) * per) * width].cast("Q") for r in range(per)]


class _Repeats:
    """Where a run of ``size`` words starts that started at an earlier word too (and a few more, see ``_keys``).

    The runs are taken ``_BLOCK`` words at a time, each key looked up once (``dict.setdefault``, which keeps the
    mark of the first block a key is in, an object of its own, so told apart by identity): in most blocks of an
    article each key is new, in a block repeated from earlier none."""

    def __init__(self, words: _Words, size: int) -> None:
        cuts = _keys(words, size)
        self.stride, self.step = len(cuts), max(1, _BLOCK // len(cuts))
        #: per block, per cut, whether each run is a repeat (a byte each), or how many runs there are if each is
        #: (None: none is)
        self.repeated: list[list[bytes | bytearray | int] | None] = []
        block_of: dict[int, object] = {}  # each key, and the mark of the first block it is in
        for q in range(0, len(cuts[0]), self.step):
            block = [cut[q : q + self.step] for cut in cuts]  # the runs at words q * stride to (q + step) * stride
            before, mark = len(block_of), object()  # the block's own mark: a key first seen in it gets that object
            first = [list(map(block_of.setdefault, keys, repeat(mark))) for keys in block]
            if (added := len(block_of) - before) == sum(map(len, block)):
                self.repeated.append(None)
                continue
            if not added:
                self.repeated.append(list(map(len, block)))
                continue
            repeated: list[bytes | bytearray | int] = [bytes(map(is_not, marks, repeat(mark))) for marks in first]
            if added < sum(flags.count(0) for flags in repeated):  # a run new to the block comes twice in it
                repeated = list(map(bytearray, repeated))
                seen: set[int] = set()
                for j, r in product(range(len(block[0])), range(self.stride)):
                    flags = repeated[r]
                    if j < len(flags) and not flags[j]:
                        flags[j] = block[r][j] in seen
                        seen.add(block[r][j])
            self.repeated.append(repeated)

    def next(self, at: int) -> int | None:
        """The first repeat at word ``at`` or after."""
        stride, span = self.stride, self.step * self.stride
        b, offset = divmod(at, span)
        if b < len(self.repeated) and (repeated := self.repeated[b]) is not None:  # ``at`` itself, most often
            flags, j = repeated[offset % stride], offset // stride
            if j < flags if isinstance(flags, int) else j < len(flags) and flags[j]:
                return at
        for b in range(at // span, len(self.repeated)):
            if (repeated := self.repeated[b]) is None:
                continue
            start, found = b * span, None
            for r, flags in enumerate(repeated):
                j = max(0, -(-(at - start - r) // stride))  # the first run of this cut at ``at`` or after
                if isinstance(flags, int):
                    if j >= flags:
                        continue
                elif (j := flags.find(1, j)) < 0:
                    continue
                word = start + r + stride * j
                found = word if found is None else min(found, word)
            if found is not None:
                return found
        return None


def _distant_repeats(text: str, words: _Words) -> Iterator[FoundDefect]:
    """A distinctive run of words repeated from earlier in the article (not a name or a stock phrase)."""
    size = _DISTANT_MIN_WORDS
    runs, coded, n = words.runs, words.coded, len(words.coded)
    repeats = _Repeats(words, size)
    at = 0
    while (i := repeats.next(at)) is not None:
        at = i + 1
        earlier = coded.find(coded[i : i + size])  # where the run is first (here if its key was another run's)
        if i - earlier < size or (not words.exact and runs[i : i + size] != runs[earlier : earlier + size]):
            continue
        lowercase_content = [w for w in words.originals(i, size) if w[:1].islower() and w.lower() not in _STOPWORDS]
        if len(lowercase_content) < 3:
            continue
        at = end = i + size + _common_run(words, i + size, earlier + size, min(n - i - size, i - earlier - size))
        start_at, end_at = words.span(i)[0], words.span(end - 1)[1]
        yield FoundDefect(
            DefectKind.DUPLICATED_PHRASE,
            start_at,
            end_at,
            f"repeats “{text[start_at:end_at]}” from earlier in the article",
        )


def _common_run(words: _Words, a: int, b: int, limit: int) -> int:
    """How many words from word ``a`` on and from word ``b`` on are the same, at most ``limit``.

    The two runs' bytes (``as_bytes``) are compared in windows doubling in size; in the first that differs they
    are exclusive-or'ed as big integers, and the lowest bit set is where they first differ."""
    if not words.exact:  # the lower-cased words compared in slices, in steps growing and shrinking by half
        runs, run, step = words.runs, 0, 16
        while run < limit:
            step = min(step, limit - run)
            if runs[a + run : a + run + step] == runs[b + run : b + run + step]:
                run += step
                step *= 2
            elif step == 1:
                break
            else:
                step //= 2
        return run
    data, width = words.as_bytes(), words.width
    run, step = 0, 32
    while run < limit:
        step = min(step, limit - run)
        these, those = (
            data[(a + run) * width : (a + run + step) * width],
            data[(b + run) * width : (b + run + step) * width],
        )
        if these != those:
            differ = int.from_bytes(these, "little") ^ int.from_bytes(those, "little")
            return run + ((differ & -differ).bit_length() - 1) // (8 * width)
        run += step
        step *= 2
    return limit


def _content_words(words: list[str]) -> int:
    return sum(w not in _STOPWORDS for w in words)


def garbled(text: str) -> Iterator[FoundDefect]:
    # The capitalised determiner is rare and cheap to find; the full pattern is tried only just before it.
    resume = 0
    for tail in _tails(text):
        if tail.start() < resume:
            continue
        match = _GARBLED.search(text, max(resume, tail.start() - 12), tail.end())
        if match is None or match.end() != tail.end():
            continue
        resume = match.end()
        if _sentence_start_before(text, match.start()):
            continue
        yield FoundDefect(
            DefectKind.GARBLED,
            match.start(),
            match.end(),
            "a sentence seems to restart mid-way (two drafts run together?)",
        )


def _tails(text: str) -> Iterator[re.Match[str]]:
    """What ``_GARBLED_TAIL.finditer(text)`` finds, found faster.

    The regex engine skips ahead to a literal a pattern starts with (as ``str.find`` does), but tries a character
    class at every character: ``_GARBLED_TAIL`` starts with T or A and costs ~9 ms a megabyte. Its T and A halves
    start with literals. Each is searched for on its own; the earlier of the two is the next match, and a half is
    searched again only once the search has passed where its last match starts (two never start at one place)."""
    pending = [half.search(text) for half in _TAIL_HALVES]
    while True:
        found = [m for m in pending if m is not None]
        if not found:
            return
        tail = min(found, key=re.Match.start)
        yield tail
        at = tail.end()
        pending = [
            half.search(text, at) if m is not None and m.start() < at else m
            for half, m in zip(_TAIL_HALVES, pending, strict=True)
        ]


def _sentence_start_before(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at]
    return before.endswith(("\n", ". ", ": ", "“", '"'))


def unbalanced(text: str, at: int, lo: int, hi: int) -> FoundDefect:
    """A defect for a quotation mark at ``at`` that pairs with nothing; the span takes in a few words around it."""
    mark = text[at]
    opening = mark in "“‘„«" and at + 1 < hi and not text[at + 1].isspace()
    if opening:
        following = _FOLLOWING.match(text, at, hi)
        end = following.end() if following else at + 1
        return FoundDefect(DefectKind.UNBALANCED_QUOTE, at, end, f"the opening {mark} is never closed")
    preceding = _PRECEDING.match(text[max(lo, at - 60) : at][::-1])
    start = at - (len(preceding.group()) if preceding else 0)
    return FoundDefect(DefectKind.UNBALANCED_QUOTE, start, at + 1, f"the closing {mark} has no opening mark")


def name_variants(text: str, spelling: str, canonical: str) -> Iterator[FoundDefect]:
    # The name first and the look-behind after it (the same test, ``(?<![\w’'-])`` before the name), so the
    # regex engine can look for the name's letters instead of trying the pattern at every character.
    name = re.escape(spelling)
    for match in re.finditer(rf"{name}(?<![\w’'-]{name})(?![\w-])", text):
        yield FoundDefect(
            DefectKind.INCONSISTENT_NAME,
            match.start(),
            match.end(),
            f"“{spelling}” — the same person is also spelled “{canonical}”",
        )
