"""A statistical model of Chinese personal names in running text (see ``model.py``)."""

from scanner.detect.names.model import NameModel, NameSpan

__all__ = ["NameModel", "NameSpan"]
