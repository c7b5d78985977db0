# python/lib/concurrent.py
#
# concurrent.futures as programs use it: a ThreadPoolExecutor to give
# loop.run_in_executor() (or loop.set_default_executor()), used as a context
# manager, with submit(), map() and its futures' result(), inside a running
# event loop or outside one (on the threads' loop, as threading's threads).  Its threads are fibers (asyncio.c, "threads"; the prelude's
# _Pool).  `import concurrent.futures` gives this module, whose `futures`
# is itself (run.c).  ProcessPoolExecutor and the module's functions are
# refused by name.  Compiled into a module when it is imported (modules.c,
# prelude_module).
import asyncio as _asyncio
from asyncio import _Pool, _block_on, _thread_future
# concurrent.futures' own errors, as CPython's _base: its CancelledError is an
# Exception (asyncio's is a BaseException); its TimeoutError is the builtin
class Error(Exception):
    __module__ = 'concurrent.futures._base'
class CancelledError(Error):
    __module__ = 'concurrent.futures._base'
class InvalidStateError(Error):
    __module__ = 'concurrent.futures._base'
del Error  # _base's, not exported by concurrent.futures
TimeoutError = TimeoutError
class Future:
    # a concurrent future: an asyncio Future that a thread (or a task) can wait for
    __module__ = 'concurrent.futures._base'
    def __init__(self):
        self._f = _thread_future()
        self._cbs = []
        self._waiters = []  # wait()'s and as_completed()'s
        self._running = False  # a worker runs its call (CPython's RUNNING)
    def __repr__(self):
        f = self._f
        if not f.done():
            return f'<Future at {hex(id(self))} state=pending>'
        if f.cancelled():
            return f'<Future at {hex(id(self))} state=cancelled>'
        if f.exception() is not None:
            return f'<Future at {hex(id(self))} state=finished raised {type(f.exception()).__name__}>'
        return f'<Future at {hex(id(self))} state=finished returned {type(f.result()).__name__}>'
    def done(self):
        return self._f.done()
    def cancelled(self):
        return self._f.cancelled()
    def cancel(self):
        if self._running or not self._f.cancel():
            return False
        self._invoke()
        return True
    def result(self, timeout=None):
        if not _block_on(self._f, timeout):
            raise TimeoutError
        if self._f.cancelled():
            raise CancelledError()
        return self._f.result()
    def exception(self, timeout=None):
        if not _block_on(self._f, timeout):
            raise TimeoutError
        if self._f.cancelled():
            raise CancelledError()
        return self._f.exception()
    # its callbacks run as it completes, in the thread that completes it (CPython's
    # _invoke_callbacks), or at once when it is done
    def add_done_callback(self, fn):
        if not self._f.done():
            self._cbs.append(fn)
            return
        self._call(fn)
    def _call(self, fn):
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger('concurrent.futures').exception('exception calling callback for %r', self)
    def _invoke(self):
        for w in self._waiters:
            w.add(self)
        cbs, self._cbs = self._cbs, []
        for fn in cbs:
            self._call(fn)
    def running(self):
        return self._running and not self._f.done()
    def set_running_or_notify_cancel(self):
        if self._f.cancelled():
            return False
        self._running = True
        return True
    def _state_text(self):
        f = self._f
        return 'PENDING' if not f.done() else 'CANCELLED' if f.cancelled() else 'FINISHED'
    def set_result(self, result):
        if self._f.done():
            raise InvalidStateError(f'{self._state_text()}: {self!r}')
        self._f.set_result(result)
        self._invoke()
    def set_exception(self, exception):
        if self._f.done():
            raise InvalidStateError(f'{self._state_text()}: {self!r}')
        self._f.set_exception(exception)
        self._f.exception()  # a concurrent future nobody reads says nothing (the asyncio one would)
        self._invoke()
    def _out(self, fut):
        if fut.cancelled():
            self.cancel()
        elif not self._f.cancelled():
            e = fut.exception()
            if e is None:
                self.set_result(fut.result())
            else:
                self.set_exception(e)
def _wrap_future(future):
    # CPython's wrap_future asserts it
    assert isinstance(future, Future), f'concurrent.futures.Future is expected, got {future!r}'
    return future._f
def _run_coroutine_threadsafe(coro, loop):
    if not _asyncio.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    cf = Future()
    def start():
        # CPython's _chain_future: each way, and the future cancelled cancels the task
        t = _asyncio.ensure_future(coro)
        t.add_done_callback(cf._out)
        cf._f.add_done_callback(lambda f: f.cancelled() and t.cancel())
    loop.call_soon_threadsafe(start)
    return cf
class Executor:
    __module__ = 'concurrent.futures._base'
class ThreadPoolExecutor(_Pool, Executor):
    __module__ = 'concurrent.futures.thread'
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if initializer is not None:
            raise NotImplementedError("ThreadPoolExecutor(initializer=...) is not supported by casyncio's Python")
        super().__init__(max_workers, thread_name_prefix)
    def submit(self, fn, /, *args, **kwargs):
        f = Future()
        self._submit(fn, args, kwargs, f, None)
        return f
    def shutdown(self, wait=True, *, cancel_futures=False):
        self._forget()
        if cancel_futures:
            for it in self._items:
                it[3].cancel()
        while wait and (self._busy or self._items):
            self._waiter = _thread_future()
            _block_on(self._waiter, None)
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.shutdown(wait=True)
        return False
    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return (f.result(timeout) for f in fs)
def _refused(name, what):
    def f(*args, **kwargs):
        raise NotImplementedError(f"concurrent.futures.{name} ({what}) is not supported by casyncio's Python")
    return f
ProcessPoolExecutor = _refused('ProcessPoolExecutor', 'processes')
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'
class _Waiter:
    # CPython's waiters of wait() and as_completed(): woken as futures finish
    def __init__(self, fs, mode):
        self.finished = []
        self.mode = mode
        self.left = len(fs)
        self.f = _thread_future()
        self.fs = fs
        for f in fs:
            f._waiters.append(self)
    def add(self, fut):
        self.finished.append(fut)
        self.left -= 1
        if (self.mode in (_AS_COMPLETED, FIRST_COMPLETED) or not self.left
                or (self.mode == FIRST_EXCEPTION and not fut._f.cancelled() and fut._f.exception() is not None)):
            if not self.f.done():
                self.f.set_result(None)
    def wait(self, timeout):
        if not self.f.done():
            _block_on(self.f, None if timeout is None else max(timeout, 0))
    def take(self):
        finished, self.finished = self.finished, []
        if self.f.done():
            self.f = _thread_future()
        return finished
    def remove(self):
        for f in self.fs:
            if self in f._waiters:
                f._waiters.remove(self)
def _done_and_not_done():
    import collections
    t = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')
    t.__module__ = 'concurrent.futures._base'
    return t
DoneAndNotDoneFutures = _done_and_not_done()
def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = set(f for f in fs if f.done())
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    elif return_when == FIRST_EXCEPTION and done:
        if any(f for f in done if not f.cancelled() and f.exception() is not None):
            return DoneAndNotDoneFutures(done, not_done)
    if len(done) == len(fs):
        return DoneAndNotDoneFutures(done, not_done)
    waiter = _Waiter(not_done, return_when)
    try:
        waiter.wait(timeout)
    finally:
        waiter.remove()
    done.update(waiter.finished)
    return DoneAndNotDoneFutures(done, fs - done)
def as_completed(fs, timeout=None):
    import time
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    finished = set(f for f in fs if f.done())
    pending = fs - finished
    waiter = _Waiter(pending, _AS_COMPLETED)
    finished = list(finished)
    try:
        while finished:
            f = finished[-1]
            fs.remove(f)
            yield finished.pop()
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.wait(wait_timeout)
            finished = waiter.take()
            finished.reverse()
            while finished:
                f = finished[-1]
                fs.remove(f)
                pending.remove(f)
                yield finished.pop()
    finally:
        waiter.remove()
