"""Learning from real labelled news: readers of the public sets and the escalation model trainer."""
