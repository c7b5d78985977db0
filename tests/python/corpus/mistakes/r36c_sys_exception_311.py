# using sys.exception() (new in 3.11) and sys.exc_info() in a shared error logger
import sys

def log_current():
    exc = sys.exception()
    t, v, tb = sys.exc_info()
    print("current:", repr(exc), t is type(exc), v is exc, tb is (exc.__traceback__ if exc else None))

log_current()
try:
    {}["k"]
except KeyError:
    log_current()
    try:
        int("x")
    except ValueError:
        log_current()
    log_current()
log_current()
raise sys.exception() or RuntimeError("nothing active")
