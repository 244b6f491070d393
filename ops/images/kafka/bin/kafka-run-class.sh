#!/usr/bin/env bash
# java -cp '/opt/kafka/libs/*' CLASS ARGS..., as Kafka's own kafka-run-class.sh does.
# KAFKA_HEAP_OPTS, KAFKA_OPTS and KAFKA_LOG4J_OPTS work as in the official image.
set -euo pipefail
home=/opt/kafka
log4j="${KAFKA_LOG4J_OPTS:--Dlog4j2.configurationFile=$home/config/tools-log4j2.properties}"
# shellcheck disable=SC2086  # the *_OPTS variables are lists of JVM options
exec java ${KAFKA_HEAP_OPTS:--Xmx256M} ${KAFKA_JVM_PERFORMANCE_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true} \
    $log4j ${KAFKA_OPTS:-} -cp "$home/libs/*" "$@"
