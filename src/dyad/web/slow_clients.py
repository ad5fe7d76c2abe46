"""A read timeout for slow clients: a connection that takes longer than ``read_timeout`` seconds
to send one request (headers and body) is answered 408 and closed, so that a few clients that
trickle bytes cannot hold the server's connections. Idle connections between requests are
uvicorn's own keep-alive timeout."""

from __future__ import annotations

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

_BODY = (b'{"error": "E408", "message": "The request took too long to arrive.", '
         b'"hint": "Send the whole request within the read_timeout setting."}')
TOO_SLOW = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\nconnection: close\r\n"
            b"content-length: %d\r\n\r\n%s" % (len(_BODY), _BODY))


def timed_protocol(seconds: float) -> type[H11Protocol]:
    class TimedH11(H11Protocol):
        """uvicorn's h11 protocol, with a deadline from a request's first byte to its last."""

        deadline = None

        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self._start_deadline()

        def data_received(self, data: bytes) -> None:
            self._start_deadline()
            super().data_received(data)
            if self.conn.their_state is not h11.SEND_BODY and self.conn.their_state is not h11.IDLE:
                self._stop_deadline()  # the request has arrived whole (or the connection ends)

        def connection_lost(self, exc) -> None:
            self._stop_deadline()
            super().connection_lost(exc)

        def _start_deadline(self) -> None:
            if self.deadline is None:
                self.deadline = self.loop.call_later(seconds, self._too_slow)

        def _stop_deadline(self) -> None:
            if self.deadline is not None:
                self.deadline.cancel()
                self.deadline = None

        def _too_slow(self) -> None:
            self.deadline = None
            if not self.transport.is_closing():
                if self.cycle is None or not self.cycle.response_started:
                    self.transport.write(TOO_SLOW)
                self.transport.close()

    return TimedH11
