# signal: the signals a program sends itself (signal.raise_signal(),
# os.kill(os.getpid(), sig)), as CPython's module sees them; nothing comes
# from outside (a page has no signals; the CLI's Ctrl-C is its own stop).
# A handler runs where the signal is raised (CPython's runs at the next
# instruction of the main thread, which is there too); a loop's
# add_signal_handler() is woken as CPython's set_wakeup_fd wakes it, and
# asyncio.run() takes SIGINT as CPython's Runner does.  A signal whose
# handler is SIG_DFL and whose default is to end the process is refused.
import sys as _sys
from enum import IntEnum as _IntEnum


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


for _cls in (Signals, Handlers, Sigmasks):
    _cls.__module__ = 'signal'
    for _name, _member in _cls.__members__.items():
        globals()[_name] = _member
del _cls, _name, _member

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed',
    10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2',
    13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault',
    17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped',
    21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
    31: 'Bad system call',
}
# what a signal does by default where its handler is SIG_DFL: nothing, or end the process
_DEFAULT_IGNORED = {17, 18, 23, 28}


class _default_int_handler:
    # CPython's is a built-in function: its repr
    __name__ = __qualname__ = 'default_int_handler'
    __module__ = None
    __doc__ = 'The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.'

    def __call__(self, signalnum, frame, /):
        raise KeyboardInterrupt

    def __repr__(self):
        return '<built-in function default_int_handler>'


default_int_handler = _default_int_handler()

_handlers = {13: Handlers.SIG_IGN, 25: Handlers.SIG_IGN}  # CPython ignores SIGPIPE and SIGXFSZ at start
_wakeup = None  # a loop's, while it has signal handlers (asyncio's add_signal_handler)


def _set_wakeup(fn):
    global _wakeup
    _wakeup = fn


def _number(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    return int(signalnum)


def _as_handler(h):
    # a handler as getsignal() gives it back: SIG_DFL and SIG_IGN as Handlers
    if isinstance(h, int) and not isinstance(h, bool) and h in (0, 1):
        return Handlers(h)
    return h


def getsignal(signalnum, /):
    signalnum = _number(signalnum)
    if signalnum == 2 and 2 not in _handlers:
        return default_int_handler
    return _as_handler(_handlers.get(signalnum, Handlers.SIG_DFL))


def signal(signalnum, handler, /):
    signalnum = _number(signalnum)
    if not callable(handler) and not (isinstance(handler, int) and handler in (0, 1)):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if signalnum in (9, 19):
        raise OSError(22, 'Invalid argument')
    if signalnum in (32, 33):
        raise OSError(22, 'Invalid argument')
    old = getsignal(signalnum)
    _handlers[signalnum] = handler
    return old


def strsignal(signalnum, /):
    signalnum = _number(signalnum)
    if 34 <= signalnum <= 64:
        return f'Real-time signal {signalnum - 34}'
    return _DESCRIPTIONS.get(signalnum)


def valid_signals():
    return {Signals(n) if n in Signals._value2member_map_ else n for n in range(1, NSIG) if n not in (32, 33)}


def raise_signal(signalnum, /):
    _deliver(_number(signalnum), _sys._getframe(1))


def siginterrupt(signalnum, flag, /):
    _number(signalnum)


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    raise NotImplementedError("signal.set_wakeup_fd() is not supported by casyncio's Python")


def _deliver(signalnum, frame):
    # the handler, then the loop that waits for it (CPython's C handler writes
    # to the wakeup fd as the Python handler is scheduled)
    h = _handlers.get(signalnum)
    if signalnum == 2 and (h is None or h is default_int_handler):
        # asyncio.run's Runner, while it runs, else default_int_handler
        asyncio = _sys.modules.get('asyncio')
        if asyncio is None or not asyncio._run_sigint():
            raise KeyboardInterrupt
    elif h is None or (h == 0 and not callable(h)):
        if signalnum not in _DEFAULT_IGNORED:
            raise NotImplementedError(f'ending the program by {Signals(signalnum).name} (its handler is SIG_DFL) '
                                      "is not supported by casyncio's Python")
    elif h == 1 and not callable(h):
        pass
    else:
        h(signalnum, frame)
    if _wakeup is not None:
        _wakeup(signalnum)


def alarm(seconds, /):
    raise NotImplementedError("signal.alarm() is not supported by casyncio's Python")


def pause():
    raise NotImplementedError("signal.pause() is not supported by casyncio's Python")
