"""Previous rounds: the previous answers beside each question, copying them forward,
comparing two rounds or two submissions, and what changed between rounds."""
