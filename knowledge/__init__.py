"""The regulation corpus, its index build step, and retrieval."""
