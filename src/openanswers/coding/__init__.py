"""Coding answers with a codebook: auto-coding suggestions and agreement between coders."""

from .agreement import agreement, agreement_table
from .projects import autocode, hand_labels
from .suggest import AutoCoder, Suggestion, propose_topic_codes, suggest

__all__ = ["AutoCoder", "Suggestion", "agreement", "agreement_table", "autocode", "hand_labels",
           "propose_topic_codes", "suggest"]
