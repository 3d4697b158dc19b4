"""The detector: text in, validated and de-duplicated raw detections out.

Steps for each text: full-width normalisation (offsets unchanged) and invisible characters taken
out (offsets mapped back, :func:`.normalize.fold`), splitting of long texts
into paragraph-sized pieces at line breaks and sentence ends, overlapping where a line is cut
(:func:`split_pieces`; cost and memory linear in the length, whatever the layout), NLP
artifacts for the pieces in batches of a bounded number of characters
(``nlp_engine.process_batch`` — the place where the NER pipeline is batched with ``nlp.pipe``),
the analyzer on each piece, the deny list (plain substring search), the allow list, overlap
resolution, and the pieces' detections mapped back into the text (:func:`merge_pieces`).
Offsets and ``text`` of a :class:`RawDetection` refer to the original, un-normalised text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, PatternRecognizer, RecognizerResult

from .analyzer import LANGUAGE, NER_RECOGNIZER_NAME, build_analyzer
from .finding import RawDetection
from .normalize import compact, fold, normalize
from .overlap import resolve_overlaps
from .recognizers import DenyListRecognizer
from .wordlists import default_allow_list, load_deny_list, load_word_list

__all__ = [
    "CHUNK_OVERLAP",
    "DEFAULT_MAX_CHUNK",
    "DetectConfig",
    "Detector",
    "Piece",
    "RawDetection",
    "load_deny_list",
    "load_word_list",
    "merge_pieces",
    "split_pieces",
    "split_texts",
]

#: Texts longer than this are analysed in pieces (cut at line breaks / sentence ends, see
#: :func:`split_pieces`); a paragraph-sized piece is what the model and the rules are made for.
DEFAULT_MAX_CHUNK = 2000
#: Characters two neighbouring pieces share when a text is cut inside a line: each side of the
#: boundary between them sees at least half of it as context, and no entity is cut.
CHUNK_OVERLAP = 200
#: Characters given to the NLP pipeline at a time: its memory grows with the batch (about 7 MB
#: per 1,000 characters for the shipped model), its speed hardly at all beyond a few thousand.
NLP_BATCH_CHARS = 8000
#: Pieces given to the NLP pipeline at a time (``nlp.pipe`` batch size) at most.
NLP_BATCH_SIZE = 64
_SENTENCE_ENDS = "。！？；!?;"


@dataclass(frozen=True)
class DetectConfig:
    """What to look for and what to ignore.

    ``allow_list``: strings never reported (public hotlines, the agency's switchboard, officials'
    public names); ``deny_list``: ``(text, entity_type)`` pairs always reported;
    ``score_threshold``: results scoring lower are dropped, whichever recognizer or rule found
    them (names, addresses, places and organisations included);
    ``entities``: restrict to these types (``None`` = all).
    ``ner``: find names, addresses, organisations and places (the NER model when it is
    installed, plus the rules of :mod:`.ner`).  ``None`` (default) = on when the detector builds
    its own analyzer (loading ``models/zh_review_ner`` if present) or when the analyzer passed
    in has an NER pipeline, off for a plain pattern analyzer passed in; ``True`` forces the rules
    on (rule-only with a blank pipeline); ``False`` keeps only the pattern recognizers (fast, no
    model loaded).
    """

    allow_list: tuple[str, ...] = field(default_factory=default_allow_list)
    deny_list: tuple[tuple[str, str], ...] = ()
    score_threshold: float = 0.5
    entities: tuple[str, ...] | None = None
    ner: bool | None = None


@dataclass(frozen=True)
class Piece:
    """``text[start:end]`` of text number ``index``, analysed on its own.  Detections that start
    in ``[keep_from, keep_to)`` (offsets into the whole text) are taken from this piece; the rest of
    the piece is context shared with its neighbours."""

    index: int
    start: int
    end: int
    keep_from: int
    keep_to: int


def _cut_point(text: str, lo: int, hi: int) -> int:
    """Where to cut ``text[lo:hi]``: after a line break, else after a sentence end, else hi."""
    nl = text.rfind("\n", lo + 1, hi)
    if nl != -1:
        return nl + 1
    best = max(text.rfind(ch, lo + 1, hi) for ch in _SENTENCE_ENDS)
    if best != -1:
        return best + 1
    cut, floor = hi, lo + (hi - lo) // 2  # hard cut, but not inside an ASCII letter/digit run

    def inside_run(i: int) -> bool:
        return i < len(text) and all(text[j].isascii() and text[j].isalnum() for j in (i - 1, i))

    while cut > floor and inside_run(cut):
        cut -= 1
    return cut if cut > floor else hi


def split_pieces(
    text: str, max_len: int = DEFAULT_MAX_CHUNK, overlap: int = CHUNK_OVERLAP
) -> list[tuple[int, int, int, int]]:
    """``(start, end, keep_from, keep_to)`` of the pieces of *text*, each at most *max_len* long.

    A piece ends after its last line break, else after its last sentence end (。！？；), else at
    *max_len*.  After a line break the next piece starts there (paragraphs are independent).
    Otherwise the next piece starts *overlap* characters earlier: after a sentence end the
    boundary between the two pieces' detections stays at the cut (the next piece only gains
    context), after a hard cut it is the middle of the overlap, so an entity near the cut is
    whole in the piece that keeps it.  The ``keep`` ranges tile *text*; the cost stays linear.
    """
    n = len(text)
    if n <= max_len:
        return [(0, n, 0, n)]
    overlap = max(0, min(overlap, max_len // 4))
    out: list[tuple[int, int, int, int]] = []
    start = keep_from = 0
    while n - start > max_len:
        cut = _cut_point(text, start, start + max_len)
        if text[cut - 1] == "\n" or overlap == 0:
            out.append((start, cut, keep_from, cut))
            start = keep_from = cut
            continue
        nxt = max(cut - overlap, (start + cut) // 2 + 1)
        boundary = cut if text[cut - 1] in _SENTENCE_ENDS else (nxt + cut + 1) // 2
        out.append((start, cut, keep_from, boundary))
        start, keep_from = nxt, boundary
    out.append((start, n, keep_from, n))
    return out


def split_texts(texts: Sequence[str], max_len: int = DEFAULT_MAX_CHUNK) -> list[Piece]:
    """The pieces of every text that is not blank, in order (see :func:`split_pieces`); cut
    points are chosen on the normalised text (full-width punctuation counts)."""
    pieces: list[Piece] = []
    for i, text in enumerate(texts):
        norm = normalize(text)
        if norm.strip():
            pieces.extend(Piece(i, s, e, kf, kt) for s, e, kf, kt in split_pieces(norm, max_len))
    return pieces


def merge_pieces(
    texts: Sequence[str], pieces: Sequence[Piece], per_piece: Sequence[Sequence[RawDetection]]
) -> list[list[RawDetection]]:
    """Detections per text from detections per piece (offsets relative to the piece): shifted
    into the text, kept only by the piece that owns their start, overlaps between neighbouring
    pieces resolved."""
    out: list[list[RawDetection]] = [[] for _ in texts]
    split = [False] * len(texts)
    for piece, detections in zip(pieces, per_piece, strict=True):
        whole = piece.start == 0 and piece.end == len(texts[piece.index])
        if whole:
            out[piece.index].extend(detections)
            continue
        split[piece.index] = True
        for d in detections:
            start = d.start + piece.start
            if piece.keep_from <= start < piece.keep_to:
                out[piece.index].append(
                    RawDetection(d.type, start, d.end + piece.start, d.score, d.recognizer, d.text)
                )
    return [resolve_overlaps(dets) if cut else dets for dets, cut in zip(out, split)]


def _nlp_batches(lengths: Sequence[int], max_chars: int, max_count: int) -> list[tuple[int, int]]:
    """Consecutive ``[lo, hi)`` ranges of at most *max_count* items and about *max_chars*
    characters (a longer item gets a batch of its own)."""
    out: list[tuple[int, int]] = []
    lo, size = 0, 0
    for i, n in enumerate(lengths):
        if i > lo and (size + n > max_chars or i - lo >= max_count):
            out.append((lo, i))
            lo, size = i, 0
        size += n
    if lo < len(lengths):
        out.append((lo, len(lengths)))
    return out


def _has_ner(analyzer: AnalyzerEngine) -> bool:
    return bool(getattr(analyzer.nlp_engine, "has_ner", False))


class Detector:
    """Runs the analyzer plus the deny/allow lists and overlap resolution.

    Build it once and reuse it: building the analyzer costs far more than detecting.
    """

    def __init__(
        self,
        config: DetectConfig | None = None,
        analyzer: AnalyzerEngine | None = None,
        *,
        max_chunk: int = DEFAULT_MAX_CHUNK,
        nlp_batch_size: int = NLP_BATCH_SIZE,
    ) -> None:
        self.config = config or DetectConfig()
        if analyzer is None:
            use_ner = self.config.ner is not False
            nlp = None
            if use_ner:
                from .ner.model import load_ner_pipeline

                nlp = load_ner_pipeline()
            # The NER rules consume the model's entities themselves (see _analyze_chunk).
            analyzer = build_analyzer(nlp=nlp, ner_recognizer=not use_ner)
        else:
            use_ner = self.config.ner if self.config.ner is not None else _has_ner(analyzer)
        self.analyzer = analyzer
        self.ner_enabled = use_ner
        self.max_chunk = max_chunk
        self.nlp_batch_size = nlp_batch_size
        self._entities = list(self.config.entities) if self.config.entities is not None else None
        # Presidio treats an empty entity list as "all entities" and warns about unknown ones,
        # so ask it only for the configured types it supports, and not at all if none remain.
        supported = set(self.analyzer.get_supported_entities(LANGUAGE))
        self._analyzer_entities = (
            None if self._entities is None else [e for e in self._entities if e in supported]
        )
        self._deny = DenyListRecognizer(self.config.deny_list) if self.config.deny_list else None
        self._ner = None
        if use_ner:
            from .ner.rules import NerRules

            self._ner = NerRules(self._entities)
        allow = [a for a in (normalize(x.strip()) for x in self.config.allow_list) if a]
        self._allow_compact = frozenset(c for c in (compact(a) for a in allow) if c)
        self._allow_phrases = tuple(sorted(set(allow), key=len, reverse=True))

    # -- public API -------------------------------------------------------------------------

    def supported_types(self) -> frozenset[str]:
        """Entity types this detector can report: the analyzer's recognizers (limited to
        ``config.entities`` when set) plus the deny list's types."""
        types = set(self.analyzer.get_supported_entities(LANGUAGE))
        if self._ner is not None:
            types.update(self._ner.entities)
        if self._deny is not None:
            types.update(t for _, t in self._deny.entries)
        if self._entities is not None:
            types &= set(self._entities)
        return frozenset(types)

    def detect(self, text: str, *, context: Sequence[str] | None = None) -> list[RawDetection]:
        """Detections in one paragraph-sized text, sorted by start.

        ``context``: extra context words that hold for the whole text although they are not in
        it — e.g. the header cells of the table a row or cell belongs to (``身份证号码``,
        ``出生年月``), so that a bare ``1985.03`` in a 出生年月 column is reported.
        """
        return self.detect_many([text], contexts=None if context is None else [context])[0]

    def detect_many(
        self, texts: Sequence[str], *, contexts: Sequence[Sequence[str] | None] | None = None
    ) -> list[list[RawDetection]]:
        """Detections for each text, sorted by start.

        A long text is analysed in overlapping pieces (:func:`split_pieces`) and the detections
        are mapped back, so cost and memory grow linearly with the characters whatever the
        layout.  ``contexts``, when given, has one entry (a list of words or ``None``) per text.
        """
        if contexts is not None and len(contexts) != len(texts):
            raise ValueError("contexts must have one entry per text")
        pieces = split_texts(texts, self.max_chunk)
        piece_texts = [texts[p.index][p.start : p.end] for p in pieces]
        piece_contexts = None if contexts is None else [contexts[p.index] for p in pieces]
        return merge_pieces(texts, pieces, self.detect_pieces(piece_texts, piece_contexts))

    def detect_pieces(
        self, texts: Sequence[str], contexts: Sequence[Sequence[str] | None] | None = None
    ) -> list[list[RawDetection]]:
        """Detections for each text, each analysed whole (the pieces of :func:`split_texts`).

        The pattern recognizers run once over all the texts joined (:meth:`_pattern_results`),
        the NLP pipeline over batches of about :data:`NLP_BATCH_CHARS` characters."""
        folded = [fold(t) for t in texts]  # normalised, invisible characters taken out
        normalized = [f.text for f in folded]
        recognizers = self._pattern_recognizers()
        patterns = None if recognizers is None else self._pattern_results(normalized, recognizers)
        out: list[list[RawDetection]] = []
        for lo, hi in _nlp_batches([len(t) for t in texts], NLP_BATCH_CHARS, self.nlp_batch_size):
            artifacts = self.analyzer.nlp_engine.process_batch(normalized[lo:hi], LANGUAGE, batch_size=hi - lo)
            for k, (_, nlp_artifacts) in enumerate(artifacts, start=lo):
                words = list(contexts[k] or ()) if contexts is not None else None
                norm = normalized[k]
                found = None if patterns is None or recognizers is None else (patterns[k], recognizers)
                results = self._analyze_chunk(norm, nlp_artifacts, words, found) if norm.strip() else []
                if folded[k].origin is not None:  # back to the original offsets, invisible characters inside
                    for r in results:
                        r.start, r.end = folded[k].span(r.start, r.end)
                out.append(self._finish(texts[k], results))
        return out

    def _pattern_recognizers(self) -> list[PatternRecognizer] | None:
        """The analyzer's recognizers for this detector's types when all of them are plain
        pattern recognizers (their results depend on the matched text only); else ``None``."""
        entities = self._analyzer_entities
        if entities is not None and not entities:
            return []
        recognizers = self.analyzer.registry.get_recognizers(
            language=LANGUAGE, entities=entities, all_fields=entities is None
        )
        plain = all(
            isinstance(r, PatternRecognizer) and type(r).analyze is PatternRecognizer.analyze for r in recognizers
        )
        return recognizers if plain else None

    def _pattern_results(
        self, texts: Sequence[str], recognizers: Sequence[PatternRecognizer]
    ) -> list[list[RecognizerResult]]:
        """Every pattern recognizer's raw results per text, from one run over all texts joined by
        line breaks (a regex call costs far more than its characters: Presidio gives every call a
        timeout).  A match that runs over a line break into the next text is not used: the texts it
        touches are matched again on their own, so the results are those of text-by-text matching
        (the recognizers' patterns treat a line break like the end of a text: ASCII look-arounds,
        ``^`` / ``$`` in multi-line mode)."""
        out: list[list[RecognizerResult]] = [[] for _ in texts]
        used = [i for i, t in enumerate(texts) if t.strip()]
        if not used or not recognizers:
            return out
        starts: list[int] = []
        pos = 0
        for i in used:
            starts.append(pos)
            pos += len(texts[i]) + 1
        joined = "\n".join(texts[i] for i in used)
        entities = self.analyzer.get_supported_entities(LANGUAGE) if self._analyzer_entities is None else self._analyzer_entities
        for recognizer in recognizers:
            found: dict[int, list[RecognizerResult]] = {}
            again: set[int] = set()
            for r in recognizer.analyze(joined, entities, None):
                k = bisect_right(starts, r.start) - 1
                if r.end > starts[k] + len(texts[used[k]]):  # over the separator
                    again.update(range(k, bisect_right(starts, r.end - 1)))
                    continue
                r.start -= starts[k]
                r.end -= starts[k]
                found.setdefault(k, []).append(r)
            for k in again:
                found[k] = recognizer.analyze(texts[used[k]], entities, None)
            for k, results in found.items():
                out[used[k]].extend(results)
        return out

    # -- steps ------------------------------------------------------------------------------

    def _analyze_chunk(
        self,
        piece: str,
        nlp_artifacts: object,
        context: list[str] | None = None,
        patterns: tuple[list[RecognizerResult], list[PatternRecognizer]] | None = None,
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        if patterns is not None:
            # The pattern results are in: what AnalyzerEngine.analyze does after running its
            # recognizers follows (context words, the score threshold, duplicates removed); nothing
            # to do for a piece without pattern results (most pieces): the context rules only drop
            # or rescore results.
            found, recognizers = patterns
            if found:
                words = [normalize(w) for w in context] if context else None
                results = self.analyzer._enhance_using_context(piece, found, nlp_artifacts, recognizers, words)
                threshold = self.config.score_threshold
                results = EntityRecognizer.remove_duplicates([r for r in results if r.score >= threshold])
        elif self._analyzer_entities is None or self._analyzer_entities:
            results = self.analyzer.analyze(
                text=piece,
                language=LANGUAGE,
                entities=self._analyzer_entities,
                score_threshold=self.config.score_threshold,
                nlp_artifacts=nlp_artifacts,
                context=[normalize(w) for w in context] if context else None,
            )
        if self._ner is not None:
            # Rule-refined names / addresses / places.  An analyzer built with the plain NER seam
            # (SpacyRecognizer registered) keeps its raw model results; a rule result on exactly
            # the same span is then redundant.
            raw = {
                (r.entity_type, r.start, r.end)
                for r in results
                if (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY) == NER_RECOGNIZER_NAME
            }
            rules = self._ner.analyze(piece, nlp_artifacts, [normalize(w) for w in context] if context else None)
            results.extend(r for r in rules if (r.entity_type, r.start, r.end) not in raw)
        if results:
            results = self._drop_allowed(piece, results)
        if self._deny is not None:
            results.extend(self._deny.analyze(piece, self._entities))
        # The threshold holds for every result: Presidio applies it to its recognizers, this to
        # the name / address / place / organisation rules and the deny list as well.
        threshold = self.config.score_threshold
        return [r for r in results if r.score >= threshold]

    def _drop_allowed(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        if not results or not self._allow_compact:
            return results
        spans: list[tuple[int, int]] | None = None
        kept = []
        for r in results:
            if compact(text[r.start : r.end]) in self._allow_compact:
                continue
            if spans is None:
                spans = self._allow_spans(text)
            if any(s <= r.start and r.end <= e for s, e in spans):
                continue
            kept.append(r)
        return kept

    def _allow_spans(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for phrase in self._allow_phrases:
            pos = text.find(phrase)
            while pos != -1:
                spans.append((pos, pos + len(phrase)))
                pos = text.find(phrase, pos + 1)
        return spans

    @staticmethod
    def _finish(original: str, results: list[RecognizerResult]) -> list[RawDetection]:
        detections = [
            RawDetection(
                type=r.entity_type,
                start=r.start,
                end=r.end,
                score=float(r.score),
                recognizer=str((r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")),
                text=original[r.start : r.end],
            )
            for r in results
        ]
        return resolve_overlaps(detections)
