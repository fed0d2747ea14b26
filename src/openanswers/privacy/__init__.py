"""Pseudonymisation of Dutch free text before it leaves the tool (see docs/privacy.md).

Every exported text passes :func:`openanswers.export.safety.public_view`, which uses
:class:`Pseudonymiser`. ``deduce`` (Dutch medical de-identification) is not used: deduce 3.0.6 pins
``regex<2025`` while transformers (via bertopic -> sentence-transformers) needs
``regex>=2025.10.22``, so installing both breaks ``import bertopic``; it is a benchmark baseline only.
"""

from .organisations import bundled_organisations, read_organisations
from .pseudonymiser import PLACEHOLDERS, Pseudonymiser, pseudonymise

__all__ = ["PLACEHOLDERS", "Pseudonymiser", "bundled_organisations", "pseudonymise", "read_organisations"]
