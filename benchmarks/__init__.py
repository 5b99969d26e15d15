"""Benchmarks and the accuracy corpora (run as scripts, imported as a package by the tests)."""
