"""Finding a started worker's board: its port and whether it answers."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from pipeline.board.launch import board_url, pick_board_port, port_is_free, wait_for_board


class _Ok(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_a_taken_port_is_not_picked() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        taken = sock.getsockname()[1]
        assert not port_is_free(taken)
        assert pick_board_port(taken) != taken
    assert pick_board_port(0) > 0


def test_wait_for_board_sees_a_server_that_answers_and_gives_up_on_a_dead_worker() -> None:
    server = HTTPServer(("127.0.0.1", 0), _Ok)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        assert wait_for_board(board_url(server.server_port), timeout_s=10)
    finally:
        server.shutdown()
        server.server_close()
    assert not wait_for_board(board_url(server.server_port), timeout_s=30, alive=lambda: False)
    assert board_url(6066) == "http://127.0.0.1:6066/"
