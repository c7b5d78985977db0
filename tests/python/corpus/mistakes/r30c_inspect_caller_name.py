# Logging the caller's function name with inspect and sys._getframe.
import inspect
import sys

def log(msg):
    caller = inspect.stack()[1]
    print(f"[{caller.function}:{caller.lineno}] {msg}", caller.code_context[0].strip())
    f = sys._getframe(1)
    print("  via _getframe:", f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name)

def process():
    log("processing")

process()
log("top level")
