"""`python -m pipeline` is the `wirewatch` command."""

from pipeline.cli import main

main()
