# python/lib/threading.py
#
# The threading module after CPython 3.11's threading.py: Thread (a target,
# or a subclass's run()), its names, daemon flag, join() and is_alive(),
# Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier,
# Timer, local, excepthook, current_thread() and the rest.  casyncio's
# Python has no threads of the system's: a thread runs on a fiber of its
# own (asyncio.c, "threads"), as the calls of asyncio.to_thread() and
# run_in_executor() do, and only one runs at a time: a thread goes on until
# it waits (time.sleep, join, a lock, an event, a queue...), where CPython
# would also switch every 5 ms.  A thread started outside asyncio runs on
# the threads' loop, where the program's own thread takes its turns when it
# waits; the program's end waits for the threads that are not daemons, as
# CPython's does.  Compiled into a module when it is imported (modules.c,
# prelude_module).
from asyncio import _thread_info, _block_on, _threads_alive, _thread_future, _thread_start, _idents, _print_exc
import time as _time
_MAIN = 140000000000000  # the prelude's _idents[0]: thread idents look like CPython's
__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError',
           'Timer', 'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook', 'ExceptHookArgs',
           'gettrace', 'getprofile', 'get_native_id']
TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
def _refused(name, what):
    def f(*args, **kwargs):
        raise NotImplementedError(f"threading.{name} ({what}) is not supported by casyncio's Python")
    return f
def _deprecated(old, new):
    import warnings
    warnings.warn(f'{old}() is deprecated, {new} instead', DeprecationWarning, stacklevel=3)
_counter = [0]
def _newname(template='Thread-%d'):
    _counter[0] += 1
    return template % _counter[0]
_threads = {}  # ident: its Thread, for current_thread()
class Thread:
    _initialized = False
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    name += f' ({target.__name__})'
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._done = None
        self._initialized = True
    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started:
            status = 'started'
        if self._done is not None and self._done.done():
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)
    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started:
            raise RuntimeError('threads can only be started once')
        _idents[0] += 8392704
        self._ident = self._native_id = _idents[0]
        self._done = _thread_future()
        _threads[self._ident] = self
        w = (self._name, self._ident)
        _threads_alive.append(w)
        self._started = True
        target = self._target
        label = f'{getattr(target, "__name__", "?")}()' if target is not None else f'{type(self).__name__}.run()'
        try:
            _thread_start(lambda: self._bootstrap(w), w, label, None, self._daemonic)
        except BaseException:
            self._stop(w)
            raise
    def _bootstrap(self, w):
        try:
            try:
                self.run()
            except KeyboardInterrupt:
                raise
            except BaseException:
                _invoke_excepthook(self)
        finally:
            self._stop(w)
    def _stop(self, w):
        if w in _threads_alive:
            _threads_alive.remove(w)
        _threads.pop(self._ident, None)
        if not self._done.done():
            self._done.set_result(None)
    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs
    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if timeout is not None and timeout < 0:
            timeout = 0
        if not self._done.done():
            _block_on(self._done, timeout)
    @property
    def name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name
    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)
    @property
    def ident(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident
    @property
    def native_id(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._native_id
    def is_alive(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._started and not self._done.done()
    @property
    def daemon(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic
    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic
    def isDaemon(self):
        _deprecated('isDaemon', 'get the daemon attribute')
        return self.daemon
    def setDaemon(self, daemonic):
        _deprecated('setDaemon', 'set the daemon attribute')
        self.daemon = daemonic
    def getName(self):
        _deprecated('getName', 'get the name attribute')
        return self.name
    def setName(self, name):
        _deprecated('setName', 'set the name attribute')
        self.name = name
class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._ident = self._native_id = _MAIN
        self._done = _thread_future()
class _WorkerThread(Thread):
    # a thread of an executor (to_thread, run_in_executor, ThreadPoolExecutor): CPython's is a Thread
    def __init__(self, name, ident):
        Thread.__init__(self, name=name, daemon=False)
        self._started = True
        self._ident = self._native_id = ident
        self._done = _thread_future()
    def __repr__(self):
        return f'<Thread({self._name}, started {self._ident})>'
_main = []
def main_thread():
    if not _main:
        _main.append(_MainThread())
    return _main[0]
def _thread(name, ident):
    t = _threads.get(ident)
    if t is None:
        t = _threads[ident] = _WorkerThread(name, ident)
    return t
def current_thread():
    info = _thread_info()
    return main_thread() if info is None else _thread(*info)
def currentThread():
    _deprecated('currentThread', 'use current_thread()')
    return current_thread()
def get_ident():
    info = _thread_info()
    return _MAIN if info is None else info[1]
get_native_id = get_ident
def active_count():
    return 1 + len(_threads_alive)
def activeCount():
    _deprecated('activeCount', 'use active_count()')
    return active_count()
def enumerate():
    return [main_thread()] + [_thread(*w) for w in _threads_alive]
class ExceptHookArgs(tuple):
    __module__ = '_thread'
    __qualname__ = __name__ = '_ExceptHookArgs'
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0
    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError(f'_thread._ExceptHookArgs() takes a 4-sequence ({len(args)}-sequence given)')
        return tuple.__new__(cls, args)
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])
    def __repr__(self):
        return (f'_thread._ExceptHookArgs(exc_type={self[0]!r}, exc_value={self[1]!r}, '
                f'exc_traceback={self[2]!r}, thread={self[3]!r})')
def excepthook(args, /):
    # CPython's _thread._excepthook
    if args.exc_type is SystemExit:
        return
    import sys
    name = args.thread.name if args.thread is not None else get_ident()
    print(f'Exception in thread {name}:', file=sys.stderr, flush=True)
    if args.exc_value is not None:
        _print_exc(args.exc_value)
    sys.stderr.flush()
__excepthook__ = excepthook
def _invoke_excepthook(thread):
    import sys
    e = sys.exc_info()[1]
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        hook(ExceptHookArgs((type(e), e, e.__traceback__, thread)))
    except Exception as exc:
        exc.__suppress_context__ = True
        del exc
        print('Exception in threading.excepthook:', file=sys.stderr, flush=True)
        sys.excepthook(*sys.exc_info())
def _wait(waiters, deadline):
    f = _thread_future()
    waiters.append(f)
    left = None if deadline is None else max(0, deadline - _time.monotonic())
    if not _block_on(f, left):
        waiters.remove(f)
        return False
    return True
def _wake(waiters, n=1):
    while waiters and n > 0:
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
def allocate_lock():
    # CPython's threading.Lock is _thread.allocate_lock, a function: not a class for isinstance()
    return _lock_type()
_lock_type = lock
Lock = allocate_lock
for _c in (lock, RLock):
    _dotted(_c)  # '_thread.lock' in messages, as CPython's C types are named
del _c, lock
# CPython's Condition: its waits release the lock, wait for a notify, and take it again
def _rlock_release_save(self):
    if not self._count:
        raise RuntimeError('cannot release un-acquired lock')
    saved = (self._count, self._owner)
    self._count = 0
    self._owner = None
    _wake(self._waiters)
    return saved
def _rlock_acquire_restore(self, saved):
    self.acquire()
    self._count, self._owner = saved
RLock._release_save = _rlock_release_save
RLock._acquire_restore = _rlock_acquire_restore
RLock._is_owned = lambda self: self._owner == get_ident()
class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        for n in ('_release_save', '_acquire_restore', '_is_owned'):
            try:
                setattr(self, n, getattr(lock, n))
            except AttributeError:
                pass
        self._waiters = []
    def _at_fork_reinit(self):
        self._waiters = []
    def __enter__(self):
        return self._lock.__enter__()
    def __exit__(self, *args):
        return self._lock.__exit__(*args)
    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))
    def _release_save(self):
        self._lock.release()
    def _acquire_restore(self, x):
        self._lock.acquire()
    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True
    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        f = _thread_future()
        self._waiters.append(f)
        saved_state = self._release_save()
        gotit = False
        try:
            gotit = _block_on(f, None if timeout is None else max(timeout, 0))
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(f)
                except ValueError:
                    pass
    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time.monotonic() + waittime
                else:
                    waittime = endtime - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result
    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        _wake(self._waiters, n)
    def notify_all(self):
        self.notify(len(self._waiters))
    def notifyAll(self):
        _deprecated('notifyAll', 'use notify_all()')
        self.notify_all()
class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value
    def __repr__(self):
        cls = self.__class__
        return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>'
    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time.monotonic() + timeout
                    else:
                        timeout = endtime - _time.monotonic()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc
    __enter__ = acquire
    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()
    def __exit__(self, t, v, tb):
        self.release()
class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value
    def __repr__(self):
        cls = self.__class__
        return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}/{self._initial_value}>'
    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            for i in range(n):
                self._cond.notify()
class BrokenBarrierError(RuntimeError):
    pass
class Barrier:
    # CPython's: filling (0), draining (1), resetting (-1), broken (-2)
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0
    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>'
        return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: waiters={self.n_waiting}/{self.parties}>'
    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()
    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise
    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()
    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()
    def abort(self):
        with self._cond:
            self._break()
    def _break(self):
        self._state = -2
        self._cond.notify_all()
    @property
    def parties(self):
        return self._parties
    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0
    @property
    def broken(self):
        return self._state == -2
class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()
    def cancel(self):
        self.finished.set()
    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()
class local:
    # CPython's _thread._local: its attributes are each thread's own; a
    # subclass's __init__ runs again, with the same arguments, in each
    # thread that first uses it
    __module__ = '_thread'
    __qualname__ = __name__ = '_local'
    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__impl', ({get_ident(): {}}, args, kw))
        return self
    def _local__dict(self):
        dicts, args, kw = object.__getattribute__(self, '_local__impl')
        i = get_ident()
        d = dicts.get(i)
        if d is None:
            d = dicts[i] = {}
            init = type(self).__init__
            if init is not object.__init__:
                init(self, *args, **kw)
        return d
    def __getattribute__(self, name):
        if name == '__dict__':
            return local._local__dict(self)
        if name.startswith('_local__') or name == '__class__':
            return object.__getattribute__(self, name)
        d = local._local__dict(self)
        if name in d and not hasattr(type(self), name):
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if name in d:
                return d[name]
            raise AttributeError(f"'{_type_name(self)}' object has no attribute '{name}'") from None
    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{_type_name(self)}' object attribute '__dict__' is read-only")
        local._local__dict(self)[name] = value
    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(f"'{_type_name(self)}' object attribute '__dict__' is read-only")
        d = local._local__dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]
def _type_name(o):
    t = type(o)
    return '_thread._local' if t is local else t.__name__
settrace = _refused('settrace', 'tracing')
setprofile = _refused('setprofile', 'profiling')
stack_size = _refused('stack_size', "threads' stacks")
def gettrace():
    return None
def getprofile():
    return None
