"""Import spaCy without torch.

thinc (spaCy's ML layer) imports torch whenever it is installed, and bertopic makes sure it is:
that costs ~180 MB and ~0.6 s in every run, for nothing, since openanswers' Dutch pipelines run
on thinc's numpy ops. While spaCy is first imported, an import of torch fails, so thinc records
"no torch"; torch stays importable afterwards for BERTopic or sentence-transformers. No setting
in spaCy or thinc turns this off, hence the import hook.
"""

from __future__ import annotations

import sys


class _NoTorch:
    def find_spec(self, name, path=None, target=None):
        if name == "torch" or name.startswith("torch."):
            raise ImportError("torch is not needed while spaCy loads (openanswers.language._spacy)")
        return None


def import_spacy():
    """The spaCy module, imported without torch unless torch or spaCy is already loaded."""
    if "spacy" in sys.modules or "torch" in sys.modules:
        import spacy

        return spacy
    hook = _NoTorch()
    sys.meta_path.insert(0, hook)
    try:
        import spacy
    finally:
        sys.meta_path.remove(hook)
    return spacy
