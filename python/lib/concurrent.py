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
from asyncio import _Pool, _CFuture as Future, CancelledError, TimeoutError, InvalidStateError
class ThreadPoolExecutor(_Pool):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if initializer is not None:
            raise NotImplementedError("ThreadPoolExecutor(initializer=...) is not supported by casyncio's Python")
        super().__init__(max_workers, thread_name_prefix)
    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return (f.result(timeout) for f in fs)
class Executor:
    pass
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
