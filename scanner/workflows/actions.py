"""What a policy can ask for a secret document — the daemon's per-category setting.

In rising strength: ``detect`` (register it in the store), ``label`` (stamp the mark in place),
``seal`` (label, then seal into ``NAME.baomi``). A light module: the policy loader and
``baomi config check`` need these names without importing the scanning engine.
"""

ACTIONS = ("detect", "label", "seal")
