"""Presidio's context extension point, for Chinese: context words in a window of characters.

Presidio's default ``LemmaContextAwareEnhancer`` compares the recognizer's context words with the
lemmas of the tokens around a match. Chinese has no spaces and a blank spaCy pipeline has no
lemmas, so it never fires. This enhancer looks for the words in the characters before and after
the match instead. baomi's own recognizers score context themselves (and mark their results);
this serves recognizers a site adds to the registry, e.g. a plain ``PatternRecognizer`` with
``context=["医保卡号"]``.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

from scanner.detect.recognizers.rule_pack import CONTEXT_APPLIED
from scanner.detect.recognizers.window import last_hit, word_regex


class CharWindowContextEnhancer(ContextAwareEnhancer):
    def __init__(
        self,
        context_similarity_factor: float = 0.35,
        min_score_with_context_similarity: float = 0.4,
        chars_before: int = 16,
        chars_after: int = 6,
    ) -> None:
        super().__init__(
            context_similarity_factor=context_similarity_factor,
            min_score_with_context_similarity=min_score_with_context_similarity,
            context_prefix_count=chars_before,
            context_suffix_count=chars_after,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        by_id = {r.id: r for r in recognizers}
        extra = list(context or ())
        for res in raw_results:
            meta = res.recognition_metadata or {}
            if meta.get(CONTEXT_APPLIED) or meta.get(
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
            ):
                continue
            rec = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            words = list(getattr(rec, "context", None) or ()) + extra
            pattern = word_regex(words)
            if pattern is None:
                continue
            hit = last_hit(pattern, text, res.start - self.context_prefix_count, res.start)
            if hit < 0:
                hit = last_hit(pattern, text, res.end, res.end + self.context_suffix_count)
            if hit < 0:
                continue
            res.score = min(
                self.MAX_SCORE,
                max(
                    res.score + self.context_similarity_factor,
                    self.min_score_with_context_similarity,
                ),
            )
            meta[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            res.recognition_metadata = meta
        return raw_results
