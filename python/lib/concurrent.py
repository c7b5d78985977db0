# python/lib/concurrent.py
#
# concurrent.futures as asyncio programs use it: a ThreadPoolExecutor to
# give loop.run_in_executor() (or loop.set_default_executor()), used as a
# context manager, with submit() and its futures' result() inside a running
# event loop.  Its threads are fibers (asyncio.c, "threads"; the prelude's
# _Pool).  `import concurrent.futures` gives this module, whose `futures`
# is itself (run.c).  ProcessPoolExecutor and the module's functions are
# refused by name.  Compiled into a module when it is imported (modules.c,
# prelude_module).
import asyncio as _asyncio
from asyncio import _Pool, _block_on, _thread_info, _thread_start
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
        self._f = _asyncio.Future()
        self._cbs = []
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
        if not self._f.cancel():
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
        cbs, self._cbs = self._cbs, []
        for fn in cbs:
            self._call(fn)
    def running(self):
        return False
    def set_running_or_notify_cancel(self):
        return not self._f.cancelled()
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
        if _asyncio._get_running_loop() is None and _thread_info() is None:
            _thread_start(None, None, '', None)  # refused by name: no loop to run a thread on
        f = Future()
        self._submit(fn, args, kwargs, f, None)
        return f
    def shutdown(self, wait=True, *, cancel_futures=False):
        self._forget()
        if cancel_futures:
            for it in self._items:
                it[3].cancel()
        while wait and (self._busy or self._items):
            self._waiter = _asyncio.Future()
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
wait = _refused('wait()', 'use asyncio.wait()')
as_completed = _refused('as_completed()', 'use asyncio.as_completed()')
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
