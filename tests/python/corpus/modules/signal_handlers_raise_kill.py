# the signal module as a program uses it on itself: handlers, getsignal, strsignal, raise_signal and os.kill
import signal, os
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGUSR1), signal.Signals(15).name, signal.SIGIOT is signal.SIGABRT)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(2), signal.strsignal(40))
print(signal.NSIG, len(signal.valid_signals()), signal.SIGRTMIN in signal.valid_signals())
got = []
def h(signum, frame):
    got.append((signum, frame is not None, frame.f_code.co_name))
    print("handler", signal.Signals(signum).name)
old = signal.signal(signal.SIGUSR1, h)
print("old", old)
signal.raise_signal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h)
signal.raise_signal(signal.SIGUSR1)
print("ignored", signal.getsignal(signal.SIGUSR1))
for args in [(signal.SIGKILL, h), (99, h), ("x", h), (signal.SIGINT, 5), (0, h)]:
    try:
        signal.signal(*args)
    except Exception as e:
        print(type(e).__name__, e)
def f():
    signal.raise_signal(signal.SIGINT)
try:
    f()
except KeyboardInterrupt as e:
    print("KI", repr(e))
signal.signal(signal.SIGINT, lambda s, fr: print("custom int", s))
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
print(signal.default_int_handler)
f()
