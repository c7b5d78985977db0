# python/lib/asyncio.py
#
# The parts of asyncio written in Python on top of the C part (asyncio.c), as
# CPython writes them: Event, Lock, Semaphore, Queue, wait, wait_for.  Compiled
# into the module the first time a name is not found among the C part's
# (asyncio.c, load_prelude), as "<asyncio>", whose frames tracebacks leave out.
#
# Built into the interpreter as the C string asyncio_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
from contextvars import copy_context as _copy_context, Context as _Context
import sys  # as CPython's asyncio, whose dir() has it
ALL_COMPLETED = 'ALL_COMPLETED'
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
class QueueEmpty(Exception):
    __module__ = 'asyncio.queues'
class QueueFull(Exception):
    __module__ = 'asyncio.queues'
class _LoopBoundMixin:
    # bound to the loop it first waits in
    __module__ = 'asyncio.mixins'
    _loop = None
    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop
class _ContextManagerMixin:
    __module__ = 'asyncio.locks'
    async def __aenter__(self):
        await self.acquire()
        return None
    async def __aexit__(self, exc_type, exc, tb):
        self.release()
def _locks_repr(self, extra):
    # CPython 3.11's asyncio.locks reprs: <asyncio.locks.Lock object at 0x... [locked, waiters:1]>
    if self._waiters:
        extra = f'{extra}, waiters:{len(self._waiters)}'
    t = type(self)
    return f'<{t.__module__}.{t.__qualname__} object at {id(self):#x} [{extra}]>'
class Event(_LoopBoundMixin):
    __module__ = 'asyncio.locks'
    def __init__(self):
        self._waiters = []
        self._value = False
    def __repr__(self):
        return _locks_repr(self, 'set' if self._value else 'unset')
    def is_set(self):
        return self._value
    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)
    def clear(self):
        self._value = False
    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)
class Lock(_ContextManagerMixin, _LoopBoundMixin):
    __module__ = 'asyncio.locks'
    def __repr__(self):
        return _locks_repr(self, 'locked' if self._locked else 'unlocked')
    def __init__(self):
        self._waiters = []
        self._locked = False
    def locked(self):
        return self._locked
    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True
    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')
    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)
class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    __module__ = 'asyncio.locks'
    def __repr__(self):
        return _locks_repr(self, 'locked' if self.locked() else f'unlocked, value:{self._value}')
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = []
        self._value = value
    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)
    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True
    def release(self):
        self._value += 1
        self._wake_up_next()
    def _wake_up_next(self):
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False
class Condition(_ContextManagerMixin, _LoopBoundMixin):
    __module__ = 'asyncio.locks'
    def __repr__(self):
        return _locks_repr(self, 'locked' if self.locked() else 'unlocked')
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []
    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError
    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result
    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)
    def notify_all(self):
        self.notify(len(self._waiters))
class BrokenBarrierError(RuntimeError):
    __module__ = 'asyncio.exceptions'
class Barrier(_LoopBoundMixin):
    __module__ = 'asyncio.locks'
    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0
    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{object.__repr__(self)[1:-1]} [{extra}]>'
    async def __aenter__(self):
        return await self.wait()
    async def __aexit__(self, *args):
        pass
    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()
    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
        if self._state == 'broken':
            raise BrokenBarrierError('Barrier aborted')
    async def _release(self):
        self._state = 'draining'
        self._cond.notify_all()
    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != 'filling')
        if self._state in ('broken', 'resetting'):
            raise BrokenBarrierError('Abort or reset of barrier')
    def _exit(self):
        if self._count == 0:
            if self._state in ('resetting', 'draining'):
                self._state = 'filling'
            self._cond.notify_all()
    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != 'resetting':
                    self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()
    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()
    @property
    def parties(self):
        return self._parties
    @property
    def n_waiting(self):
        if self._state == 'filling':
            return self._count
        return 0
    @property
    def broken(self):
        return self._state == 'broken'
class BoundedSemaphore(Semaphore):
    __module__ = 'asyncio.locks'
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)
    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()
class Queue(_LoopBoundMixin):
    __module__ = 'asyncio.queues'
    __class_getitem__ = classmethod(type(list[int]))  # Queue[int]: CPython's classmethod(GenericAlias)
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)
    def _init(self, maxsize):
        # a deque, as CPython's: a get costs O(1) however many items wait
        from collections import deque
        self._queue = deque()
    def _get(self):
        return self._queue.popleft()
    def _put(self, item):
        self._queue.append(item)
    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break
    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'
    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'
    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result
    def qsize(self):
        return len(self._queue)
    @property
    def maxsize(self):
        return self._maxsize
    def empty(self):
        return not self._queue
    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize
    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)
    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)
    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()
    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item
    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()
    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()
class LifoQueue(Queue):
    __module__ = 'asyncio.queues'
    def _init(self, maxsize):
        self._queue = []
    def _get(self):
        return self._queue.pop()
class PriorityQueue(Queue):
    __module__ = 'asyncio.queues'
    # a heap, as CPython's: its order shows in print(q), and items that
    # compare equal come out in the heap's order, not the order put
    def _init(self, maxsize):
        self._queue = []
    def _put(self, item):
        import heapq
        heapq.heappush(self._queue, item)
    def _get(self):
        import heapq
        return heapq.heappop(self._queue)
async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    # CPython's _wait: a done callback on each future (3.11 takes no other
    # awaitable: add_done_callback's AttributeError) wakes a waiter; none of
    # them is read here (an exception nobody reads is logged when its task
    # dies), and the waiting task's own cancellation goes through
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)
    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)
    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done = {f for f in fs if f.done()}
    return done, fs - done
def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)
async def wait_for(fut, timeout):
    if timeout is None:
        return await fut
    # CPython's `if timeout <= 0:` comes first: a timeout that is no number fails there
    timeout <= 0
    fut = ensure_future(fut)
    box = []
    r = await _wait_for(fut, timeout, box)
    if r is box:
        if not box:
            try:
                raise CancelledError
            except CancelledError:
                return fut.result()
        # CPython's CancelledError comes out of fut.result() in wait_for:
        # a traceback with that (hidden) frame even when fut was C's sleep()
        try:
            raise box[0]
        except CancelledError as exc:
            raise TimeoutError() from exc
    return r
def isfuture(obj):
    # CPython's duck typing: any class with _asyncio_future_blocking, not None on the object
    return hasattr(obj.__class__, '_asyncio_future_blocking') and obj._asyncio_future_blocking is not None
def _reprlib(x, level=6):
    t = type(x)
    if t is str:
        s = repr(x[:30])
        if len(s) > 30:
            s = repr(x[:13] + x[len(x) - 14:])
            s = s[:13] + '...' + s[len(s) - 14:]
        return s
    if t is int:
        s = repr(x)
        if len(s) > 40:
            s = s[:18] + '...' + s[len(s) - 19:]
        return s
    if t is tuple:
        return _repr_iter(x, level, '(', ')', 6, ',')
    if t is list:
        return _repr_iter(x, level, '[', ']', 6, '')
    if t is set:
        if not x:
            return 'set()'
        return _repr_iter(_sorted(x), level, '{', '}', 6, '')
    if t is frozenset:
        if not x:
            return 'frozenset()'
        return _repr_iter(_sorted(x), level, 'frozenset({', '})', 6, '')
    if t is dict:
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{...}'
        pieces = []
        for k in _sorted(x)[:4]:
            pieces.append(_reprlib(k, level - 1) + ': ' + _reprlib(x[k], level - 1))
        if n > 4:
            pieces.append('...')
        return '{' + ', '.join(pieces) + '}'
    try:
        s = repr(x)
    except Exception:
        return f'<{type(x).__name__} instance at 0x0>'
    if len(s) > 30:
        s = s[:13] + '...' + s[len(s) - 14:]
    return s
def _sorted(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)
def _repr_iter(x, level, left, right, maxiter, trail):
    n = len(x)
    if level <= 0 and n:
        s = '...'
    else:
        pieces = [_reprlib(e, level - 1) for e in list(x)[:maxiter]]
        if n > maxiter:
            pieces.append('...')
        s = ', '.join(pieces)
        if n == 1 and trail:
            right = trail + right
    return left + s + right
def _format_callback(func, args, kwargs, suffix=''):
    if type(func).__name__ == 'partial':
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    q = getattr(func, '__qualname__', None)
    if q:
        r = q
    elif getattr(func, '__name__', None):
        r = func.__name__
    else:
        r = repr(func)
    return r + _format_args_and_kwargs(args, kwargs) + suffix
def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(_reprlib(a) for a in args)
    if kwargs:
        items.extend(f'{k}={_reprlib(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'
def _format_callback_source(func, args):
    r = _format_callback(func, args, None)
    src = _func_source(func)
    if src is None and type(func).__name__ == 'partial':
        src = _func_source(func.func)
    if src:
        r += f' at {src[0]}:{src[1]}'
    return r
_failed_handles = []  # cleared at the program's end (asyncio.c's py__asyncio_end_kept)
class Handle:
    __module__ = 'asyncio.events'
    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = _copy_context()
        self._context = context
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._id = None
        self._c = None
        # debug mode: where it was made (its repr's "created at")
        self._source_traceback = None
        if loop is not None and loop._debug:
            # CPython's DEBUG_STACK_DEPTH (10) frames from the library's
            # that made it (_call_soon and call_soon; call_at, call_later
            # and TimerHandle.__init__), which count and are left out
            f = sys._getframe(1)
            lib = 1 if f.f_code.co_name in ('call_soon', 'call_soon_threadsafe') else 0
            while f is not None and f.f_code.co_filename == '<asyncio>':
                lib += 1
                f = f.f_back
            self._source_traceback = _source_tb(10 - lib)
    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        if self._source_traceback:
            frame = self._source_traceback[-1]
            info.append(f'created at {frame[0]}:{frame[1]}')
        return info
    def __repr__(self):
        return '<' + ' '.join(self._repr_info()) + '>'
    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._c is not None:
                _unschedule(self._c)
                self._loop._scheduled.pop(self._id, None)
            # (what they held dies at CPython's events.py lines)
            _lib_site('events.py', 72, 'self._callback = None')
            self._callback = None
            _lib_site('events.py', 73, 'self._args = None')
            self._args = None
            _lib_site()
    def cancelled(self):
        return self._cancelled
    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = _format_callback_source(self._callback, self._args)
            context = {'message': f'Exception in callback {cb}', 'exception': exc, 'handle': self}
            if self._source_traceback:
                context['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(context)
            # CPython's context dict and the exception's traceback make a
            # cycle that holds this handle (its callback, its arguments) and
            # the exception (its frames' locals, a failed call's arguments)
            # until the collector runs: at exit, in a short program
            if len(_failed_handles) < 1000:
                _failed_handles.append(context)
class TimerHandle(Handle):
    __module__ = 'asyncio.events'
    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
    def _repr_info(self):
        info = super()._repr_info()
        info.insert(1 + self._cancelled, f'when={self._when}')
        return info
    def when(self):
        return self._when
    # CPython's comparisons: by when, equal with the same callback, args and state
    def __hash__(self):
        return hash(self._when)
    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented
    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented
    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented
    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented
    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback and
                    self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented
def _run_done_callback(loop, fn, fut, context):
    Handle(fn, (fut,), loop, context)._run()
class AbstractEventLoop:
    __module__ = 'asyncio.events'
    pass
async def _close_agens(loop, closing):
    # CPython's shutdown_asyncgens(): the async generators left suspended, each closed
    # in a task of gather's; also asyncio.run's and Runner.close()'s last run (asyncio.c),
    # with the run's loop object, or None when the program made none
    results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
    for result, agen in zip(results, closing):
        if isinstance(result, Exception):
            context = {'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                       'exception': result, 'asyncgen': agen}
            if loop is None:
                BaseEventLoop.default_exception_handler(None, context)
            else:
                loop.call_exception_handler(context)


class BaseEventLoop(AbstractEventLoop):
    __module__ = 'asyncio.base_events'
    def __init__(self):
        self._exception_handler = None
        self._scheduled = {}
        self._next_id = 0
        self._closed = False
        self._running = False
        self._default_executor = None
        self._executor_shutdown_called = False
        self._stopping = False  # stop() before the loop runs: its next run stops after one iteration
        self._abandoned = False  # another loop ran while this one had tasks pending (asyncio.c)
        self.slow_callback_duration = 0.1
        self._task_factory = None
        self._debug = _env_debug()  # debug mode: where coroutines are made is tracked while it runs (asyncio.c's run); its other checks and logs are not made (docs/python.md)
    def __repr__(self):
        return f'<{type(self).__name__} running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}>'
    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')
    def _check_abandoned(self):
        # the runtime has one loop: another loop's run ended this one's tasks
        if self._abandoned:
            raise NotImplementedError("running an event loop again after another loop ran while it had tasks pending is not supported by casyncio's Python")
    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        self._check_abandoned()
        if isinstance(future, _DeferredGather):
            if future._loop is not None and future._loop is not self:
                # its children are tasks of that other loop in CPython, never
                # run and never warned about: closed here
                for a in future._aws:
                    if iscoroutine(a):
                        a.close()
                raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
            # CPython runs the gather's future: no task of its own (none counted)
            return self._run_main(future._run(), _uncounted=True)
        if type(future) is Future and future.get_loop() is not self:
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        if isinstance(future, Future):
            # a task or future made for this loop before it ran: run until it is done
            return self._run_main(_until_done(future), _uncounted=True, _target=future)
        if not iscoroutine(future):
            _refuse_generator(future)
            if isfuture(future) or hasattr(future, '__await__'):
                raise NotImplementedError('loop.run_until_complete() of a future or an awaitable that is not a coroutine is not supported by casyncio\'s Python')
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        return self._run_main(future)
    # One run of this loop (the runtime's cas_run_kept), with main as its
    # first task; a stop() asked before it ends it early.
    def _run_main(self, main, **kw):
        _start_gathers(self)
        self._running = True
        try:
            stopped, self._stopping = self._stopping, False
            return run(main, _loop=self, _stopped=stopped, **kw)
        finally:
            self._running = False
    # run_forever(): a run whose main waits for nothing, until stop() ends
    # it with the iteration (the runtime's cas_loop_stop), as CPython's loop
    # runs until its _stopping flag is seen.  Callbacks scheduled before it
    # take their turn in its first iteration; stop() before it lets that
    # one iteration run.
    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._check_abandoned()
        self._run_main(self._run_forever_main(), _uncounted=True, _forever=True)
    async def _run_forever_main(self):
        await Future()
    def stop(self):
        if self._running:
            _loop_stop()
        else:
            self._stopping = True
    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if not self._closed:
            if self._debug:
                _debug_log('Close %r', self)
            self._closed = True
            # its callbacks never run; the tasks its runs left stay pending
            self._drop_scheduled()
            _loop_closed(self)
    def _drop_scheduled(self):
        for c in [h._c for h in self._scheduled.values() if h._c is not None]:
            _unschedule(c)  # (no name here holds a handle: each dies in the clear, as CPython's)
        _lib_site('base_events.py', 679, 'self._scheduled.clear()')
        self._scheduled.clear()
        _lib_site()
    def run_in_executor(self, executor, func, *args):
        if self._debug:  # to_thread's func is not checked: CPython checks its partial
            self._check_closed()
            self._check_callback(func, 'run_in_executor')
        return self._run_in_executor(executor, func, args, {})
    def _run_in_executor(self, executor, func, args, kwargs, context=None):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                executor = self._default_executor = _Pool(None, 'asyncio')
        elif not isinstance(executor, _Pool):
            executor.submit  # no executor at all (a function passed first): CPython's AttributeError
            raise NotImplementedError('loop.run_in_executor() of an executor other than concurrent.futures.ThreadPoolExecutor is not supported by casyncio\'s Python')
        fut = Future()
        executor._submit(func, args, kwargs, fut, self, context)
        fut.add_done_callback(_call_check_cancel)
        return fut
    def set_default_executor(self, executor):
        if not isinstance(executor, _Pool):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor
    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        return self._schedule_or_defer(Handle(callback, args, self, context), 0, 0)
    def _check_thread(self):
        # CPython's, in debug mode: the loop runs on the main thread here
        if self._running and _thread_info() is not None:
            raise RuntimeError('Non-thread-safe operation invoked on an event loop other than the current one')
    def _check_callback(self, callback, method):
        # CPython's, in debug mode
        if iscoroutine(callback) or iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')
    def _asyncgen_firstiter_hook(self, agen):
        _agen_hook(agen, False)
    def _asyncgen_finalizer_hook(self, agen):
        if not self.is_closed():
            _agen_hook(agen, True)
    async def shutdown_asyncgens(self):
        closing = _agens_take()
        if closing:
            await _close_agens(self, closing)
    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        ex = self._default_executor
        if ex is not None:
            ex._forget()
            while ex._busy or ex._items:
                ex._waiter = Future()
                await ex._waiter
    def _add(self, h, kind, t):
        self._next_id += 1
        h._id = self._next_id
        self._scheduled[h._id] = h
        h._c = _schedule(kind, t, h._id)
        return h
    def _fire(self, i):
        h = self._scheduled.pop(i, None)
        if h is not None and not h._cancelled:
            if not self._debug:
                h._run()
                return
            # debug mode: CPython's _run_once logs a callback of slow_callback_duration or more
            t0 = self.time()
            h._run()
            dt = self.time() - t0
            if dt >= self.slow_callback_duration:
                _slow_step_log(h, dt)
    def time(self):
        return _loop_time()
    def _schedule_or_defer(self, h, kind, t):
        self._check_closed()
        if not self._running:
            _defer_call(h, kind, t, self)
            return h
        return self._add(h, kind, t)
    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        return self._schedule_or_defer(Handle(callback, args, self, context), 0, 0)
    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)
    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        return self._schedule_or_defer(TimerHandle(when, callback, args, self, context), 2, when)
    def create_future(self):
        return Future(loop=self)
    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is not None:
            if not self._running:
                raise NotImplementedError("loop.create_task() of a loop with a task factory before it runs is not supported by casyncio's Python")
            return self._factory_task(coro, name, context)
        if not self._running:
            return _defer_task(coro, name, self, context)
        return Task(coro, name=name, context=context)
    def _factory_task(self, coro, name, context):
        # CPython's create_task with a factory; asyncio.c's create_task and ensure_future come here too
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            task.set_name(name)
        return task
    def is_running(self):
        return self._running
    def is_closed(self):
        return self._closed
    def get_debug(self):
        return self._debug
    def set_debug(self, enabled):
        self._debug = enabled
        if self._running:
            self.call_soon_threadsafe(self._set_coroutine_origin_tracking, enabled)
    def _set_coroutine_origin_tracking(self, enabled):
        _origin_tracking(enabled)
    def get_task_factory(self):
        return self._task_factory
    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory
    def get_exception_handler(self):
        return self._exception_handler
    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler
    def default_exception_handler(self, context):
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            if key == 'source_traceback':  # debug mode's (filename, lineno, name, line), as format_list writes them
                tb = ''.join(f'  File "{f}", line {n}, in {name}\n' + (f'    {line}\n' if line else '') for f, n, name, line in value)
                log_lines.append('source_traceback: Object created at (most recent call last):\n' + tb.rstrip())
                continue
            log_lines.append(f'{key}: {value!r}')
        if 'logging' in sys.modules:
            # CPython's logger.error(): through the program's logging configuration
            exc_info = (type(exception), exception, exception.__traceback__) if exception is not None else False
            _log(40, ('base_events.py', 1771, 'default_exception_handler'), '\n'.join(log_lines), exc_info=exc_info)
            return
        print('\n'.join(log_lines), file=sys.stderr)
        if exception is not None:
            _print_exc(exception)
    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                print('Exception in default exception handler', file=sys.stderr)
                _print_exc(exc)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({'message': 'Unhandled error in exception handler', 'exception': exc, 'context': context})
def _unsupported_method(name):
    def method(self, *args, **kwargs):
        raise NotImplementedError(f'loop.{name}() is not supported by casyncio\'s Python')
    method.__name__ = name
    method.__qualname__ = 'BaseEventLoop.' + name
    return method
for _n in ('create_connection', 'create_server', 'create_datagram_endpoint', 'create_unix_connection', 'create_unix_server', 'getaddrinfo', 'getnameinfo', 'sock_recv', 'sock_sendall', 'sock_connect', 'sock_accept', 'add_reader', 'add_writer', 'subprocess_exec', 'subprocess_shell', 'connect_read_pipe', 'connect_write_pipe', 'sendfile', 'start_tls', 'remove_reader', 'remove_writer', 'connect_accepted_socket', 'sock_recv_into', 'sock_recvfrom', 'sock_recvfrom_into', 'sock_sendfile', 'sock_sendto'):
    setattr(BaseEventLoop, _n, _unsupported_method(_n))
del _n
def _log(level, where, msg, *args, exc_info=None):
    # asyncio's logger.log() as CPython's library calls it (a record's
    # pathname, lineno and funcName: where), seen by a program that imported logging
    logging = sys.modules.get('logging')
    log = logging and logging.getLogger('asyncio')
    if log and log.isEnabledFor(level):
        file, line, func = where
        r = log.makeRecord(log.name, level, '/usr/lib/python3.11/asyncio/' + file, line, msg, args, exc_info, func)
        r._stack = logging._stack()
        log.handle(r)
def _debug_log(msg, *args):
    _log(10, ('base_events.py', 676, 'close') if msg[0] == 'C' else ('selector_events.py', 54, '__init__'), msg, *args)
def _slow_step_log(task, dt):
    # debug mode: base_events._run_once's warning for a step of 0.1 s or more
    if 'logging' in sys.modules:
        _log(30, ('base_events.py', 1917, '_run_once'), 'Executing %s took %.3f seconds', task, dt)
    else:  # asyncio's logger, unconfigured: logging's last resort
        print('Executing %s took %.3f seconds' % (task, dt), file=sys.stderr)
def _call_check_cancel(destination):
    # the done callback CPython's wrap_future (_chain_future) puts on
    # run_in_executor's future (which cancels the call if the future is
    # cancelled first): here for the future's repr and its callbacks' order;
    # what a cancelled future does to its call is _Pool's
    pass
class BaseSelectorEventLoop(BaseEventLoop):
    __module__ = 'asyncio.selector_events'
    def __init__(self, selector=None):
        super().__init__()
        _debug_log('Using selector: %s', 'EpollSelector')
def _sighandler_noop(signum, frame):
    """Dummy signal handler."""
    pass
class _UnixSelectorEventLoop(BaseSelectorEventLoop):
    __module__ = 'asyncio.unix_events'
    # signals as CPython's unix_events: the signal module's delivery wakes the
    # loop (its set_wakeup_fd), which calls the handle on a later turn
    def add_signal_handler(self, sig, callback, *args):
        if iscoroutine(callback) or iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        self._check_signal(sig)
        self._check_closed()
        import signal
        signal._set_wakeup(self._signal_wakeup)
        handle = Handle(callback, args, self, None)
        handlers = self.__dict__.setdefault('_signal_handlers', {})
        handlers[sig] = handle
        try:
            signal.signal(sig, _sighandler_noop)
        except OSError as exc:
            del handlers[sig]
            if not handlers:
                signal._set_wakeup(None)
            if exc.errno == 22:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise
    def _signal_wakeup(self, sig):
        # CPython's self-pipe is read at the loop's next select(): its reader
        # runs after what this turn has queued, where a timer due now runs
        if not self.is_closed():
            self.call_later(0, self._handle_signal, sig)
    def _handle_signal(self, sig):
        handle = self.__dict__.get('_signal_handlers', {}).get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
        else:
            self.call_soon(handle._callback, *handle._args)
    def remove_signal_handler(self, sig):
        self._check_signal(sig)
        import signal
        handlers = self.__dict__.get('_signal_handlers', {})
        try:
            del handlers[sig]
        except KeyError:
            return False
        signal.signal(sig, signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)
        if not handlers:
            signal._set_wakeup(None)
        return True
    def _check_signal(self, sig):
        import signal
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')
def _run_loop():
    # asyncio.run()'s loop, made when the program first asks for it
    # (asyncio.c, which logs its selector when the run starts)
    loop = _UnixSelectorEventLoop.__new__(_UnixSelectorEventLoop)
    BaseEventLoop.__init__(loop)
    return loop
SelectorEventLoop = _UnixSelectorEventLoop
_event_loop = None
_set_called = False
def new_event_loop():
    return _UnixSelectorEventLoop()
def set_event_loop(loop):
    global _event_loop, _set_called
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    info = _thread_info()
    if info is not None:  # a thread's own current loop (the policy's thread-local one)
        _thread_loops[info[1]] = loop
        return
    _set_called = True
    _event_loop = loop
_thread_loops = {}
def get_event_loop():
    global _event_loop
    loop = _get_running_loop()
    if loop is not None:
        return loop
    info = _thread_info()
    if info is not None:  # a thread's own loop: CPython's policy makes one only in the main thread
        loop = _thread_loops.get(info[1])
        if loop is None:
            raise RuntimeError(f'There is no current event loop in thread {info[0]!r}.')
        return loop
    if _event_loop is None and not _set_called:
        set_event_loop(new_event_loop())
    if _event_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _event_loop
class _GatheringFuture:
    # asyncio.gather(...) called outside a running loop, for the older style
    # loop.run_until_complete(asyncio.gather(...)): CPython makes the
    # children tasks at once on get_event_loop()'s loop, to start when it
    # runs; here they are made when run_until_complete runs the gather,
    # which leaves its outcome here for done(), result(), exception().
    __module__ = 'asyncio.tasks'
    _asyncio_future_blocking = False  # a Future for isfuture(), as CPython's
    def __init__(self, aws, return_exceptions):
        self._aws = aws
        self._return_exceptions = return_exceptions
        self._state = 'PENDING'
        self._result = self._exception = None
        self._cancel_message = None
        self._cancel_requested = False
    def __repr__(self):
        name = type(self).__name__
        if self._state == 'PENDING':
            return f'<{name} pending>'
        if self._state == 'CANCELLED':
            return f'<{name} cancelled>'
        if self._exception is not None:
            return f'<{name} finished exception={self._exception!r}>'
        return f'<{name} finished result={_reprlib(self._result)}>'
    def done(self):
        return self._state != 'PENDING'
    def cancelled(self):
        return self._state == 'CANCELLED'
    def _cancelled_error(self):
        return CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)
    def result(self):
        if self._state == 'CANCELLED':
            raise self._cancelled_error()
        if self._state == 'PENDING':
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result
    def exception(self):
        if self._state == 'CANCELLED':
            raise self._cancelled_error()
        if self._state == 'PENDING':
            raise InvalidStateError('Exception is not set.')
        return self._exception
    def cancel(self, msg=None):
        if self._state != 'PENDING':
            return False
        # CPython cancels the children, whose tasks never take a step: their
        # coroutines are closed unstarted, and a run of the gather raises
        # (pending until then)
        if not self._cancel_requested:
            self._cancel_requested = True
            self._cancel_message = msg
            for a in self._aws:
                if iscoroutine(a):
                    a.close()
                elif isfuture(a):
                    a.cancel(msg=msg)
        return True
    def _start(self, loop):
        # the children: tasks named as they were when the gather was made
        # (loop.create_task(name=) counts no task, as CPython's), started
        # when loop runs (_start_gathers) or at once in a running loop
        made, self._tasks = {}, []
        for a, name in zip(self._aws, self._names):
            if name is not None:
                a = made.get(id(a)) or made.setdefault(id(a), loop.create_task(a, name=name))
            self._tasks.append(a)
        if loop.is_running():
            self._watch(made)
        else:  # its tasks are the loop's when it runs (a task made before takes no callback)
            loop.call_soon(self._watch, made)
    def _watch(self, made):
        self._nfinished, self._nwatched = 0, len(made)
        for t in made.values():
            t.add_done_callback(self._child_done)
    def _child_done(self, t):
        # CPython's gather _done_callback: the gather done, awaited or not,
        # once the last child's callback has run (or a child failed)
        self._nfinished += 1
        if self._state != 'PENDING' or self._cancel_requested:
            return
        if not self._return_exceptions and (t.cancelled() or t.exception() is not None):
            self._state = 'FINISHED'
            self._exception = CancelledError() if t.cancelled() else t.exception()
        elif self._nfinished == self._nwatched and all(c.done() for c in self._tasks):
            self._state = 'FINISHED'
            self._result = [CancelledError() if c.cancelled() else
                            c.exception() if c.exception() is not None else c.result() for c in self._tasks]
    def __await__(self):
        # awaited in a coroutine (g = asyncio.gather(...) at module level):
        # in its loop, the gather run, its children started then (CPython's
        # when the loop starts); in another, CPython's error, thrown in at
        # the task's next step, its children left unawaited as CPython's
        loop = _get_running_loop()
        if self._loop is not None and loop is not None and loop is not self._loop:
            return self._other_loop().__await__()
        return self._run().__await__()
    async def _other_loop(self):
        await sleep(0)
        raise RuntimeError(f'Task {current_task()!r} got Future {self!r} attached to a different loop')
    def __getattr__(self, name):
        if name in ('add_done_callback', 'remove_done_callback', 'get_loop', 'set_result', 'set_exception'):
            raise NotImplementedError(f"asyncio.gather(...) made before its loop runs: its {name}() is not supported by casyncio's Python")
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
    async def _run(self):
        if self._cancel_requested:
            self._state = 'CANCELLED'
            raise self._cancelled_error()
        if self._state == 'FINISHED':
            return self.result()
        if self._tasks is None:  # awaited in a loop that is not its own (_loop None)
            self._start(get_running_loop())
        try:
            r = await gather(*self._tasks, return_exceptions=self._return_exceptions)
        except CancelledError:
            self._state = 'CANCELLED'
            raise
        except BaseException as e:
            self._state = 'FINISHED'
            self._exception = e
            raise
        self._state = 'FINISHED'
        self._result = r
        return r
_DeferredGather = _GatheringFuture
def _empty_gather():
    # gather() of nothing in a running loop (asyncio.c): CPython's outer is a plain Future, done with []
    f = Future()
    f.set_result([])
    return f
# gather() of nothing: CPython's outer is a plain Future, done with []
_EmptyGather = type('Future', (_GatheringFuture,), {'__module__': 'asyncio.futures'})
async def _until_done(task):
    return await task
def _deferred_gather(aws, return_exceptions):
    # the gather's loop, as CPython's: its first future's, else get_event_loop()
    # (a finished task no longer knows its loop here: the gather's loop is
    # then not known, None, and any loop may run it)
    g = (_DeferredGather if aws else _EmptyGather)(aws, return_exceptions)
    g._tasks = None
    names = {}
    g._names = [names.get(id(a)) or names.setdefault(id(a), _task_name()) if iscoroutine(a) else None for a in aws]
    if not aws:
        g._state = 'FINISHED'
        g._result = []
    for a in aws:
        if isfuture(a):
            try:
                g._loop = a.get_loop()
            except RuntimeError:
                g._loop = None
            break
    else:
        g._loop = get_event_loop()
    if aws:
        _unstarted_gathers.append(g)
    return g
# Gathers made before their loop ran whose children are not tasks yet:
# CPython makes them tasks at once, to start when that loop runs; here
# they are made as that loop starts a run (its _run_main), before its main.
# Cleared at the program's end (asyncio.c's py__asyncio_end_kept).
_unstarted_gathers = []
def _start_gathers(loop):
    if loop._task_factory is not None:
        return
    keep = []
    for g in _unstarted_gathers:
        if g._tasks is not None:
            continue
        if g._loop is loop and not g._cancel_requested:
            g._start(loop)
        else:
            keep.append(g)
    _unstarted_gathers[:] = keep
def _refuse_generator(x):
    # CPython 3.11 still runs a generator as a generator-based coroutine
    if type(x).__name__ == 'generator' and type(x).__module__ == 'builtins':
        raise NotImplementedError("a generator as a coroutine (a generator-based coroutine: write 'async def') is not supported by casyncio's Python")
def _unsupported_function(name, what):
    def f(*args, **kwargs):
        raise NotImplementedError(f'asyncio.{name}() ({what}) is not supported by casyncio\'s Python')
    f.__name__ = f.__qualname__ = name
    return f
async def to_thread(func, /, *args, **kwargs):
    # the future is not a local: a traceback through this frame keeps its locals;
    # func runs in a copy of this context (CPython's partial(ctx.run, func, ...))
    return await get_running_loop()._run_in_executor(None, func, args, kwargs, _copy_context())
_idents = [140000000000000]
_threads_alive = []
class _Pool:
    # concurrent.futures.ThreadPoolExecutor's workers, each call on a fiber of its own
    # (asyncio.c's _thread_start); a call goes to a worker as CPython's pool gives it:
    # an idle one (its _idle_semaphore), else a new one up to max_workers, named prefix_N
    _count = 0
    def __init__(self, max_workers=None, thread_name_prefix=''):
        if max_workers is None:
            max_workers = min(32, _cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if not thread_name_prefix:
            thread_name_prefix = f'ThreadPoolExecutor-{_Pool._count}'
            _Pool._count += 1
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix
        self._idle = 0
        self._threads = []
        self._contexts = {}  # each worker's own context, kept from call to call as a thread's
        self._free = []
        self._items = []
        self._busy = 0
        self._shutdown = False
    def _submit(self, fn, args, kwargs, fut, loop, context=None):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        self._items.append((fn, args, kwargs, fut, loop, context))
        if self._idle:
            self._idle -= 1
        elif len(self._threads) < self._max_workers:
            _idents[0] += 8392704
            w = (f'{self._thread_name_prefix}_{len(self._threads)}', _idents[0])
            self._threads.append(w)
            self._contexts[w] = _Context()
            _threads_alive.append(w)
            self._free.append(w)
        self._next()
    def _next(self):
        while self._free and self._items:
            w = self._free.pop(0)
            fn, args, kwargs, fut, loop, ctx = self._items.pop(0)
            if fut.cancelled():
                self._done(w)
                continue
            self._busy += 1
            _thread_start(lambda: _work(self, w, fn, args, kwargs, fut, loop, ctx), w, getattr(fn, '__name__', '?') + '()', self._contexts[w])
    def _done(self, w):
        self._idle += 1
        self._free.append(w)
        self._next()
        if not self._busy and self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)
    def _forget(self):
        self._shutdown = True
        for w in self._threads:
            if w in _threads_alive:
                _threads_alive.remove(w)
_Pool._waiter = None
def _duck_waiter(fut):
    # a future of another kind yielded to the task (its _asyncio_future_blocking
    # set): the task's wakeup is its done callback, as CPython's __step adds it
    waiter = get_running_loop().create_future()
    def _wakeup(f):
        if not waiter.done():
            waiter.set_result(None)
    fut.add_done_callback(_wakeup)
    return waiter
def _run_ended(loop):
    if loop._default_executor is not None:
        loop._default_executor._forget()
def _run_closed(loop):
    # asyncio.run's loop.close(): the timers it still had are dropped
    loop._drop_scheduled()
def _call(fn, args, kwargs, ctx):
    # apart from _work, so that the exception's traceback keeps no frame that holds the future
    try:
        if ctx is None:
            return fn(*args, **kwargs), None
        return ctx.run(fn, *args, **kwargs), None
    except BaseException as e:
        return None, e
def _work(pool, w, fn, args, kwargs, fut, loop, ctx):
    if loop is None:
        fut.set_running_or_notify_cancel()  # a concurrent future: running()
    r, e = _call(fn, args, kwargs, ctx)
    if loop is None:
        if e is None:
            fut.set_result(r)
        else:
            fut.set_exception(e)
    else:
        loop.call_soon_threadsafe(_fut_done, fut, r, e)
    del r, e
    pool._busy -= 1
    pool._done(w)
def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    from concurrent import _wrap_future
    return _wrap_future(future)
def run_coroutine_threadsafe(coro, loop):
    from concurrent import _run_coroutine_threadsafe
    return _run_coroutine_threadsafe(coro, loop)
def _fut_done(fut, r, e):
    if not fut.cancelled():
        if e is None:
            fut.set_result(r)
        else:
            fut.set_exception(e)
get_child_watcher = _unsupported_function('get_child_watcher', 'subprocesses')
set_child_watcher = _unsupported_function('set_child_watcher', 'subprocesses')
def _unsupported_class(name, module, what):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(f'asyncio.{name} ({what}) is not supported by casyncio\'s Python')
    return type(name, (), {'__module__': 'asyncio.' + module, '__init__': __init__})
for _n, _m, _w in (('BaseTransport', 'transports', 'transports'), ('ReadTransport', 'transports', 'transports'),
                   ('WriteTransport', 'transports', 'transports'), ('Transport', 'transports', 'transports'),
                   ('DatagramTransport', 'transports', 'transports'), ('SubprocessTransport', 'transports', 'subprocesses'),
                   ('StreamWriter', 'streams', 'streams and sockets'),
                   ('StreamReaderProtocol', 'streams', 'streams and sockets'), ('AbstractServer', 'events', 'streams and sockets'),
                   ('Server', 'base_events', 'streams and sockets'), ('AbstractChildWatcher', 'unix_events', 'subprocesses'),
                   ('SafeChildWatcher', 'unix_events', 'subprocesses'), ('FastChildWatcher', 'unix_events', 'subprocesses'),
                   ('PidfdChildWatcher', 'unix_events', 'subprocesses'), ('MultiLoopChildWatcher', 'unix_events', 'subprocesses'),
                   ('ThreadedChildWatcher', 'unix_events', 'subprocesses')):
    globals()[_n] = _unsupported_class(_n, _m, _w)
del _n, _m, _w
# the protocols' classes as CPython's (what uses them, a server or a connection, is refused)
class BaseProtocol:
    __module__ = 'asyncio.protocols'
    __slots__ = ()
    def connection_made(self, transport):
        pass
    def connection_lost(self, exc):
        pass
    def pause_writing(self):
        pass
    def resume_writing(self):
        pass
class Protocol(BaseProtocol):
    __module__ = 'asyncio.protocols'
    __slots__ = ()
    def data_received(self, data):
        pass
    def eof_received(self):
        pass
class BufferedProtocol(BaseProtocol):
    __module__ = 'asyncio.protocols'
    __slots__ = ()
    def get_buffer(self, sizehint):
        pass
    def buffer_updated(self, nbytes):
        pass
    def eof_received(self):
        pass
class DatagramProtocol(BaseProtocol):
    __module__ = 'asyncio.protocols'
    __slots__ = ()
    def datagram_received(self, data, addr):
        pass
    def error_received(self, exc):
        pass
class SubprocessProtocol(BaseProtocol):
    __module__ = 'asyncio.protocols'
    __slots__ = ()
    def pipe_data_received(self, fd, data):
        pass
    def pipe_connection_lost(self, fd, exc):
        pass
    def process_exited(self):
        pass
class IncompleteReadError(EOFError):
    __module__ = 'asyncio.exceptions'
    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected
    def __reduce__(self):
        return type(self), (self.partial, self.expected)
class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed
    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)
class SendfileNotAvailableError(RuntimeError):
    __module__ = 'asyncio.exceptions'
# event loop policies: the default one, over the functions above; one of the program's own is refused
class AbstractEventLoopPolicy:
    __module__ = 'asyncio.events'
    def get_event_loop(self):
        raise NotImplementedError
    def set_event_loop(self, loop):
        raise NotImplementedError
    def new_event_loop(self):
        raise NotImplementedError
    def get_child_watcher(self):
        raise NotImplementedError
    def set_child_watcher(self, watcher):
        raise NotImplementedError
class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    __module__ = 'asyncio.events'
    def get_event_loop(self):
        return get_event_loop()
    def set_event_loop(self, loop):
        set_event_loop(loop)
    def new_event_loop(self):
        return new_event_loop()
class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    __module__ = 'asyncio.unix_events'
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_policy = None
def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy
def set_event_loop_policy(policy):
    global _policy, _event_loop, _set_called
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    if policy is not None and type(policy) is not _UnixDefaultEventLoopPolicy:
        raise NotImplementedError("an event loop policy of the program's own (set_event_loop_policy()) is not supported by casyncio's Python")
    # a new policy starts with no current event loop, as CPython's
    _policy = policy
    _event_loop = None
    _set_called = False
create_subprocess_exec = _unsupported_function('create_subprocess_exec', 'subprocesses')
create_subprocess_shell = _unsupported_function('create_subprocess_shell', 'subprocesses')
open_connection = _unsupported_function('open_connection', 'streams and sockets')
start_server = _unsupported_function('start_server', 'streams and sockets')
open_unix_connection = _unsupported_function('open_unix_connection', 'streams and sockets')
start_unix_server = _unsupported_function('start_unix_server', 'streams and sockets')
def _env_debug():
    # CPython's coroutines._is_debug_mode(), without sys.flags.dev_mode (-X dev)
    import os
    return bool(os.environ.get('PYTHONASYNCIODEBUG'))
class Runner:
    __module__ = 'asyncio.runners'
    # CPython 3.11's asyncio.Runner, on run_until_complete: tasks still
    # pending when a run() returns are cancelled then (CPython's wait for
    # the next run() or for close()).
    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False
    def __enter__(self):
        self._lazy_init()
        return self
    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()
    def close(self):
        if self._state != 'initialized':
            return
        try:
            if _get_running_loop() is not None:
                raise RuntimeError('Cannot run the event loop while another loop is running')
            _runner_shutdown(self._loop)
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            self._loop.close()
            self._loop = None
            self._state = 'closed'
    def get_loop(self):
        self._lazy_init()
        return self._loop
    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            _refuse_generator(coro)
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        if context is None:
            context = self._context
        return self._loop.run_until_complete(self._loop.create_task(coro, context=context))
    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = _copy_context()
        self._state = 'initialized'
from typing import Optional as _Optional, Type as _Type
try:
    raise ValueError
except ValueError as _e:
    _TracebackType = type(_e.__traceback__)
class Timeout:
    # (its annotations CPython's, as inspect.signature() shows them)
    __module__ = 'asyncio.timeouts'
    def __init__(self, when: _Optional[float]) -> None:
        self._state = 'created'
        self._when = when
        self._c = None
    def when(self) -> _Optional[float]:
        return self._when
    def reschedule(self, when: _Optional[float]) -> None:
        if self._state != 'active':
            if self._state == 'created':
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        if not _timeout_reschedule(self._c, when):
            raise RuntimeError('Cannot change state of expiring Timeout')
        self._when = when
    def expired(self) -> bool:
        if self._c is not None:
            return _timeout_expired(self._c)
        return self._state in ('expiring', 'expired')
    def __repr__(self):
        info = ['']
        state = self._state
        if state == 'active':
            if self._c is not None and _timeout_expired(self._c):
                state = 'expiring'
            else:
                when = round(self._when, 3) if self._when is not None else None
                info.append(f'when={when}')
        info_str = ' '.join(info)
        return f'<Timeout [{state}]{info_str}>'
    async def __aenter__(self) -> "Timeout":
        if self._state != 'created':
            raise RuntimeError('Timeout has already been entered')
        self._state = 'active'
        self._c = _timeout_enter(self._when)
        return self
    async def __aexit__(self, exc_type: _Optional[_Type[BaseException]], exc_val: _Optional[BaseException],
                        exc_tb: _Optional[_TracebackType]) -> _Optional[bool]:
        c = self._c
        self._c = None
        self._state = 'expired' if _timeout_expired(c) else 'finished'
        if _timeout_exit(c, exc_val):
            raise TimeoutError from exc_val
        return None
def timeout(delay: _Optional[float]) -> Timeout:
    return Timeout(get_running_loop().time() + delay if delay is not None else None)
def timeout_at(when: _Optional[float]) -> Timeout:
    return Timeout(when)
class TaskGroup:
    __module__ = 'asyncio.taskgroups'
    def __init__(self):
        self._c = None
        self._entered = False
        self._exited = False
        self._aborting = False
        self._tasks = {}  # its tasks until their done callback has run, as CPython's set
        self._nerrors = 0
    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._nerrors:
            info.append(f'errors={self._nerrors}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f"<TaskGroup{' '.join(info)}>"
    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        self._c = _tg_enter()
        self._entered = True
        return self
    async def __aexit__(self, et, exc, tb):
        if exc is not None and not isinstance(exc, CancelledError):
            self._aborting = True
        base = None
        try:
            _tg_exit(self._c, exc)
        except BaseExceptionGroup as eg:
            self._aborting = True
            # CPython's _base_error: a child's SystemExit or KeyboardInterrupt
            # comes out as itself, not in the group (raised past this handler,
            # so that its context is not the group)
            for e in eg.exceptions:
                if isinstance(e, (SystemExit, KeyboardInterrupt)):
                    base = e
                    break
            else:
                raise
        finally:
            self._exited = True
            self._tasks = {}
            self._nerrors = 0
        if base is not None:
            raise base
    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exited:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        try:
            t = _tg_create_task(self._c, coro, name, context)
        except RuntimeError as e:
            if 'shutting down' in str(e):
                raise RuntimeError(f'TaskGroup {self!r} is shutting down') from None
            raise
        self._tasks[t] = None
        t.add_done_callback(self._on_task_done)
        return t
    def _on_task_done(self, task):
        # CPython's callback (the runtime's group does the work): what the repr counts
        if task not in self._tasks:
            return
        del self._tasks[task]
        if task.cancelled():
            return
        if task.exception() is not None:
            self._nerrors += 1
            self._aborting = True
# the functions written here: their CPython submodule, as __module__ shows it
for _m, _ns in (('_asyncio', ('get_event_loop',)), ('asyncio.base_futures', ('isfuture',)),
                ('asyncio.events', ('get_child_watcher', 'get_event_loop_policy', 'new_event_loop', 'set_child_watcher',
                                    'set_event_loop', 'set_event_loop_policy')),
                ('asyncio.futures', ('wrap_future',)),
                ('asyncio.streams', ('open_connection', 'open_unix_connection', 'start_server', 'start_unix_server')),
                ('asyncio.subprocess', ('create_subprocess_exec', 'create_subprocess_shell')),
                ('asyncio.tasks', ('run_coroutine_threadsafe', 'wait', 'wait_for')), ('asyncio.threads', ('to_thread',)),
                ('asyncio.timeouts', ('timeout', 'timeout_at'))):
    for _n in _ns:
        _f = globals().get(_n)
        if _f is not None and getattr(_f, '__module__', None) == 'asyncio':
            try:
                _f.__module__ = _m
            except (AttributeError, TypeError):
                pass
del _m, _ns, _n, _f
