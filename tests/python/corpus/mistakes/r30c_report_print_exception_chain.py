# traceback.print_exception of a chained error with a note, then its last line alone.
import sys
import traceback

def connect():
    raise ConnectionRefusedError(111, "Connection refused")

def start():
    try:
        connect()
    except OSError as e:
        err = RuntimeError("service unavailable")
        err.add_note("retry in 5 seconds")
        raise err from e

try:
    start()
except RuntimeError as e:
    traceback.print_exception(e)
    print("---")
    print("".join(traceback.format_exception_only(type(e), e)), end="")
