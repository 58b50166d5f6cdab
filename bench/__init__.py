"""Benchmarks: ratios measured against a baseline in the same run (these machines are noisy)."""
