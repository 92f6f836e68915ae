"""An offline spaCy pipeline for Chinese that tokenizes only when somebody asks.

No spaCy model can be downloaded here or on an air-gapped server, so the pipeline is
``spacy.blank("zh")`` with jieba as the segmenter (jieba ships its dictionary). baomi's own
recognizers work on character windows and never need tokens, so segmenting every document would
be pure cost: :class:`LazyNlpArtifacts` segments on first access to ``tokens``/``lemmas``, which
happens only when a third-party recognizer added to the registry asks for them. A blank pipeline
has empty lemmas; here a token's lemma is its text, so Presidio's lemma-based context works for
such recognizers too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import Any

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

LANGUAGE = "zh"


class LazyNlpArtifacts(NlpArtifacts):
    """NlpArtifacts whose tokens are computed on first use."""

    def __init__(self, engine: JiebaNlpEngine, text: str, language: str) -> None:
        # NlpArtifacts.__init__ would segment eagerly; the attributes are properties here.
        self.nlp_engine = engine
        self._text = text
        self._language = language
        self.entities: list[Any] = []
        self.scores: list[float] = []

    @cached_property
    def tokens(self) -> Any:
        return self.nlp_engine.doc(self._text)

    @cached_property
    def lemmas(self) -> list[str]:
        return [t.text for t in self.tokens]

    @cached_property
    def tokens_indices(self) -> list[int]:
        return [t.idx for t in self.tokens]

    @cached_property
    def keywords(self) -> list[str]:
        return NlpArtifacts.set_keywords(self.nlp_engine, self.lemmas, self._language)


class JiebaNlpEngine(NlpEngine):
    """spaCy blank ``zh`` + jieba, loaded on first use."""

    def __init__(self) -> None:
        self._nlp: Any = None

    def load(self) -> None:
        """Nothing to load up front; :meth:`doc` builds the pipeline when first needed."""

    def is_loaded(self) -> bool:
        return True

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            import spacy

            from scanner.detect import jiebadict

            jiebadict.ready()  # its dictionary from baomi's cache, never from /tmp/jieba.cache
            self._nlp = spacy.blank(LANGUAGE, config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        return self._nlp

    def doc(self, text: str) -> Any:
        return self.nlp(text)

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return LazyNlpArtifacts(self, text, language)

    def process_batch(
        self,
        texts: Iterable[str],
        language: str,
        batch_size: int = 1,
        n_process: int = 1,
        **kwargs: Any,
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return bool(self.nlp.vocab[word].is_stop)

    def is_punct(self, word: str, language: str) -> bool:
        return bool(self.nlp.vocab[word].is_punct)

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return [LANGUAGE]
