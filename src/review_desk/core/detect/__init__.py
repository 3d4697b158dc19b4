"""Detection: Presidio's analyzer with Chinese recognizers, the NER model and its rules.

Presidio is imported without its predefined recognizers (:mod:`.presidio_import`): this package
registers its own, and importing the others cost a third of a second of every start.
"""

from .presidio_import import defer_predefined_recognizers

defer_predefined_recognizers()
