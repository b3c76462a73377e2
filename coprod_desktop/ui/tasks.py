"""Run a service call off the GUI thread and deliver its plain result back on the GUI thread.

The idea is Anki's QueryOp: the function given to `TaskRunner.run` must not touch any widget
(it runs in a pool thread); the `done` callback runs on the GUI thread with the result. Services
return plain dataclasses, so nothing that crosses the thread boundary holds a database session.

Each task may carry a `key` (e.g. "activities"): when a newer task with the same key has been
started, the older one's result is dropped, so a slow refresh never overwrites a newer one.

Tests (and the self-test) build the runner with ``synchronous=True``: the call then runs inline
and the callbacks fire before `run` returns, so no test has to wait on a thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted from the pool thread is queued to it."""

    finished = Signal(int, object, object)  # task id, result, error


class _Job(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.task_id = task_id
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            self.relay.finished.emit(self.task_id, None, exc)
        else:
            self.relay.finished.emit(self.task_id, result, None)


class TaskRunner(QObject):
    """Starts background calls and hands results to callbacks on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._next_id = 0
        self._pending: dict[int, tuple[str | None, Done, Failed | None]] = {}
        self._latest: dict[str, int] = {}
        self.default_error: Failed | None = None

    def run(
        self,
        fn: Callable[[], Any],
        done: Done,
        failed: Failed | None = None,
        *,
        key: str | None = None,
    ) -> None:
        """Run `fn()` in the pool; then `done(result)` or `failed(error)` on the GUI thread."""
        self._next_id += 1
        task_id = self._next_id
        self._pending[task_id] = (key, done, failed)
        if key is not None:
            self._latest[key] = task_id
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        if self.synchronous:
            try:
                result = fn()
            except BaseException as exc:
                self._deliver(task_id, None, exc)
            else:
                self._deliver(task_id, result, None)
            return
        self._pool.start(_Job(task_id, fn, self._relay))

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: object, error: object) -> None:
        key, done, failed = self._pending.pop(task_id)
        if not self._pending:
            self.busy_changed.emit(False)
        if key is not None and self._latest.get(key) != task_id:
            return  # a newer task with the same key is on its way
        if error is None:
            done(result)
            return
        handler = failed or self.default_error
        if handler is None or not isinstance(error, Exception):
            traceback.print_exception(error)  # a bug, not a member's mistake: let it be seen
            return
        handler(error)

    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every started task has finished (closing the window, tests)."""
        return self._pool.waitForDone(msecs)
