"""Tests of the benchmark corpus generator and the accuracy evaluator."""
