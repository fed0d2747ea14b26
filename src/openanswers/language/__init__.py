"""Dutch language processing: the spaCy pipeline, lemmas, stop words and domain terms."""

from .lexicon import canonical_term, domain_terms, survey_stop_words
from .loader import describe, load_nlp
from .terms import Term, content_lemmas, content_terms, keyword_terms, written_forms

__all__ = ["Term", "canonical_term", "content_lemmas", "content_terms", "keyword_terms", "describe", "domain_terms", "load_nlp", "survey_stop_words", "written_forms"]
