"""OpenDocument text (.odt): the mark in every page style's header (:mod:`labelers.odf`)."""

from __future__ import annotations

from .odf import NS, SIGNATURES, OdfLabeler

WHAT = "OpenDocument 文本 / OpenDocument text"


class OdtLabeler(OdfLabeler):
    formats: tuple[str, ...] = ("odt",)
    what = WHAT


__all__ = ["NS", "SIGNATURES", "WHAT", "OdtLabeler"]
