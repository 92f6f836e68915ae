"""A statistical model of Chinese personal names in running text (see ``model.py``)."""

from scanner.detect.names.model import MinorityNames, NameModel, NameSpan

__all__ = ["MinorityNames", "NameModel", "NameSpan"]
