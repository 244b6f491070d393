"""The Faust worker: thin agents around the enrichment and detection cores."""
