"""The live alert board: a page served by the worker's Faust web server, fed by server-sent events.

`register_board(app, settings)` (in `pipeline.board.views`) adds it to a Faust app; the pure
parts (cards, the recent-alerts buffer, event framing, headers) live in their own modules.
"""
