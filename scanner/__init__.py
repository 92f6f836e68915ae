"""baomi (保密): find, classify, label and seal work secrets on a health centre's file servers."""

__version__ = "0.1.0"
