"""The policy as data: recognizer packs, category rules and the label template (YAML).

Read with :func:`importlib.resources.files` so the packs work from a wheel as well as a checkout.
"""
