"""`wirewatch notify`: alerts from the alert topic posted to webhooks (JSON, Slack, Teams).

Pure parts: `config` (what to send where), `filters`, `formats` (message bodies), `policy`
(retries and backoff). `delivery` posts one alert to one webhook; `service` is the consumer
loop that commits an offset only once every webhook got the alert or it was dead-lettered.
"""
