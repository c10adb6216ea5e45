"""Align stage: Events + ArticleFacts -> Alignments (the same slot or claim across outlets).

``alignments`` runs the stage and keys figures, dates and places; ``slots`` groups figures by
unit and context; ``quotes`` pairs quotations and paraphrases; ``phrasing`` pairs statements.
"""

from factcheck.align.alignments import align_facts

__all__ = ["align_facts"]
