# python/lib/queue.py
#
# The queue module after CPython 3.11's queue.py: Queue, LifoQueue,
# PriorityQueue and SimpleQueue with Empty (named _queue.Empty, as CPython's
# C one) and Full, put/get with block and timeout, task_done and join.  Its
# waits are threading's (the threads of asyncio.to_thread() and
# run_in_executor(), fibers of casyncio's own): a thread waiting for an item
# or a free place lets the others run.  Where nothing else can run (the
# program's own thread, outside asyncio), a wait with a timeout sleeps it
# out and raises Empty or Full, as CPython's does when no thread puts; one
# without a timeout, which would wait forever in CPython, is refused by
# name (RuntimeError).
#
# A file of the library fetched when imported in wasm (build/wasm/pylib/queue.py);
# built into the native interpreter as the C string queue_prelude.
from collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop
from threading import _wait, _wake, get_ident, _MAIN
from asyncio import _get_running_loop, _threads_running
import time as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _wait_until(waiters, endtime):
    # one wait of a Condition: False once endtime has passed
    if _get_running_loop() is None and get_ident() == _MAIN and not _threads_running():
        # the program's own thread outside asyncio, with no thread alive: none can come
        if endtime is None:
            raise RuntimeError("a queue's wait without a timeout in the program's own thread, outside asyncio, "
                               "where no other thread can put or get (it would never end), "
                               "is not supported by casyncio's Python")
        left = endtime - _time.monotonic()
        if left > 0:
            _time.sleep(left)
        return False
    try:
        return _wait(waiters, endtime)
    except RuntimeError:
        waiters.pop()  # the future _wait put there before it could not wait
        raise


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self._not_empty = []
        self._not_full = []
        self._all_done = []
        self.unfinished_tasks = 0

    def task_done(self):
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
            _wake(self._all_done, len(self._all_done))
        self.unfinished_tasks = unfinished

    def join(self):
        while self.unfinished_tasks:
            _wait_until(self._all_done, None)

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0:
            if not block:
                if self._qsize() >= self.maxsize:
                    raise Full
            elif timeout is None:
                while self._qsize() >= self.maxsize:
                    _wait_until(self._not_full, None)
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = _time.monotonic() + timeout
                while self._qsize() >= self.maxsize:
                    if endtime - _time.monotonic() <= 0.0 or not _wait_until(self._not_full, endtime):
                        if self._qsize() >= self.maxsize:
                            raise Full
        self._put(item)
        self.unfinished_tasks += 1
        _wake(self._not_empty)

    def get(self, block=True, timeout=None):
        if not block:
            if not self._qsize():
                raise Empty
        elif timeout is None:
            while not self._qsize():
                _wait_until(self._not_empty, None)
        elif timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        else:
            endtime = _time.monotonic() + timeout
            while not self._qsize():
                if endtime - _time.monotonic() <= 0.0 or not _wait_until(self._not_empty, endtime):
                    if not self._qsize():
                        raise Empty
        item = self._get()
        _wake(self._not_full)
        return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    __module__ = '_queue'

    def __init__(self):
        self._queue = _deque()
        self._waiters = []

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)
        _wake(self._waiters)

    def get(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if block:
            endtime = None if timeout is None else _time.monotonic() + timeout
            while not self._queue:
                if endtime is not None and endtime - _time.monotonic() <= 0.0:
                    break
                if not _wait_until(self._waiters, endtime) and not self._queue:
                    break
        if not self._queue:
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)
