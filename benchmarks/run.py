"""Benchmarks (``make bench``). The suite with targets arrives with the performance work."""

print("no benchmarks yet")
