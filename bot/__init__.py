"""regbot: answers questions about three Taiwanese medical regulations."""
