"""Review Desk (审查台): pre-publication confidentiality and privacy review of government documents."""

__version__ = "0.1.0"
