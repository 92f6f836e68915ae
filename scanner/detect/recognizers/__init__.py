"""Presidio recognizers built from the rule packs.

* :class:`~scanner.detect.recognizers.rule_pack.RulePackRecognizer` — every pattern rule in one
  compiled pass, with validators and character-window context;
* :class:`~scanner.detect.recognizers.person.PersonRecognizer` — Chinese names where the document
  gives a reason (field labels, cue words, titles), jieba's tagger as evidence;
* :class:`~scanner.detect.recognizers.address.AddressRecognizer` — home and postal addresses.
"""
