"""Applying a label: marks inside docx / pdf / xlsx / text, and sealing (encryption).

The labelers arrive with `baomi protect`; `baomi scan` only computes the label a document would get
(see :mod:`scanner.workflows.policy`).
"""
