"""The Kafka broker: the local KRaft node from Maven jars, readiness and topic admin."""
