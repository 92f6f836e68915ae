"""OpenDocument spreadsheet (.ods): the mark in every page style's header — Calc prints it above
every sheet's pages — and the label in meta.xml (:mod:`labelers.odf`)."""

from __future__ import annotations

from .odf import OdfLabeler

WHAT = "OpenDocument 电子表格 / OpenDocument spreadsheet"


class OdsLabeler(OdfLabeler):
    formats: tuple[str, ...] = ("ods",)
    what = WHAT
    regions = True
