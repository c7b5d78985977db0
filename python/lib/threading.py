# python/lib/threading.py
#
# The threading module as asyncio programs use it with asyncio.to_thread()
# and loop.run_in_executor(): current_thread(), main_thread(), get_ident(),
# active_count(), Lock, RLock and Event.  casyncio's Python has no threads
# of the system's: each call of to_thread() runs on a fiber of its own
# (asyncio.c, "threads"), and only one runs at a time, so a lock is taken
# at once unless a thread holding it is asleep; then the thread that wants
# it waits (asyncio._block_on) and the loop goes on.  Thread() and the
# rest are refused by name.  Compiled into a module when it is imported
# (modules.c, prelude_module).
from asyncio import _thread_info, _block_on, _threads_alive, Future
import time as _time
_MAIN = 140000000000000  # the prelude's _idents[0]: thread idents look like CPython's
def _refused(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f"threading.{name} (threads of the program's own) is not supported by casyncio's Python: use asyncio.to_thread() or loop.run_in_executor()")
    return f
class Thread:
    __init__ = _refused('Thread')
    def is_alive(self):
        return True
    def getName(self):
        return self.name
    def isDaemon(self):
        return self.daemon
    def __repr__(self):
        return f'<{type(self).__name__}({self.name}, started {self.ident})>'
class _MainThread(Thread):
    pass
_threads = {}
def _thread(cls, name, ident):
    t = _threads.get(ident)
    if t is None:
        t = _threads[ident] = object.__new__(cls)
        t.name = name
        t.ident = t.native_id = ident
        t.daemon = False
    return t
def main_thread():
    return _thread(_MainThread, 'MainThread', _MAIN)
def current_thread():
    info = _thread_info()
    return main_thread() if info is None else _thread(Thread, *info)
currentThread = current_thread
def get_ident():
    info = _thread_info()
    return _MAIN if info is None else info[1]
get_native_id = get_ident
def active_count():
    return 1 + len(_threads_alive)
activeCount = active_count
def enumerate():
    return [main_thread()] + [_thread(Thread, *w) for w in _threads_alive]
def _wait(waiters, deadline):
    f = Future()
    waiters.append(f)
    left = None if deadline is None else max(0, deadline - _time.monotonic())
    if not _block_on(f, left):
        waiters.remove(f)
        return False
    return True
def _wake(waiters, n=1):
    while waiters and n:
        f = waiters.pop(0)
        if not f.done():
            f.set_result(None)
            n -= 1
def _deadline(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be a non-negative number')
    return None if timeout == -1 else _time.monotonic() + timeout
class lock:  # CPython's _thread.lock, which threading.Lock() makes
    __module__ = '_thread'
    def __init__(self):
        self._locked = False
        self._waiters = []
    def __repr__(self):
        return f"<{'locked' if self._locked else 'unlocked'} _thread.lock object at {hex(id(self))}>"
    def locked(self):
        return self._locked
    def acquire(self, blocking=True, timeout=-1):
        deadline = _deadline(blocking, timeout)
        while self._locked:
            if not blocking or not _wait(self._waiters, deadline):
                return False
        self._locked = True
        return True
    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False
        _wake(self._waiters)
    def __enter__(self):
        return self.acquire()
    def __exit__(self, *args):
        self.release()
class RLock:  # CPython's _thread.RLock
    __module__ = '_thread'
    def __init__(self):
        self._owner = None
        self._count = 0
        self._waiters = []
    def __repr__(self):
        return f"<{'locked' if self._count else 'unlocked'} _thread.RLock object owner={self._owner or 0} count={self._count} at {hex(id(self))}>"
    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        deadline = _deadline(blocking, timeout)
        while self._count:
            if not blocking or not _wait(self._waiters, deadline):
                return False
        self._owner = me
        self._count = 1
        return True
    def release(self):
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None
            _wake(self._waiters)
    def __enter__(self):
        return self.acquire()
    def __exit__(self, *args):
        self.release()
class Event:
    def __init__(self):
        self._flag = False
        self._waiters = []
    def __repr__(self):
        return f"<threading.Event at {hex(id(self))}: {'set' if self._flag else 'unset'}>"
    def is_set(self):
        return self._flag
    isSet = is_set
    def set(self):
        self._flag = True
        _wake(self._waiters, len(self._waiters))
    def clear(self):
        self._flag = False
    def wait(self, timeout=None):
        if not self._flag:
            _wait(self._waiters, None if timeout is None else _time.monotonic() + timeout)
        return self._flag
Lock = lock
for _c in (lock, RLock):
    _dotted(_c)  # '_thread.lock' in messages, as CPython's C types are named
for _n in ('Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier', 'Timer', 'local', 'settrace', 'setprofile', 'excepthook', 'stack_size'):
    globals()[_n] = _refused(_n)
del _n, _c, lock
