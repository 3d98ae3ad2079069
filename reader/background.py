"""Run blocking work off the event loop in a daemon thread, awaited from a Textual worker.

Textual's thread workers use the event loop's default executor, which Python waits for when the
app exits: quitting in the middle of indexing a long article would hang until the index was
written. A daemon thread is simply left behind at exit (the index survives an interrupted write:
it is rebuilt when found half-written).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import TypeVar

T = TypeVar("T")


async def in_daemon_thread(work: Callable[[], T], name: str) -> T:
    """Await ``work()`` run in a new daemon thread; its exception, if any, is raised here."""
    loop = asyncio.get_running_loop()
    outcome: asyncio.Future[T] = loop.create_future()

    def deliver(setter: Callable[[object], None], value: object) -> None:
        if not outcome.done():
            setter(value)

    def run() -> None:
        try:
            result = work()
        except BaseException as error:  # handed to the awaiting coroutine, whatever it is
            _call_soon(loop, deliver, outcome.set_exception, error)
        else:
            _call_soon(loop, deliver, outcome.set_result, result)

    threading.Thread(target=run, name=name, daemon=True).start()
    return await outcome


def _call_soon(loop: asyncio.AbstractEventLoop, *args: object) -> None:
    with suppress(RuntimeError):  # the app has closed its loop: nobody is waiting any more
        loop.call_soon_threadsafe(*args)  # type: ignore[arg-type]
