"""The Qt shell of Review Desk: widgets, models and background tasks over ``review_desk.core``."""
