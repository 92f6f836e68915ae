"""Detection: the engine, recognizers, validators, rule packs, classification and masking.

Never imports the store or click (import-linter contracts in pyproject.toml).
"""
