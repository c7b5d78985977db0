# a debug helper that prints which function and line called it
import inspect

def debug(msg):
    caller = inspect.currentframe().f_back
    print(f"[{caller.f_code.co_name}:{caller.f_lineno}] {msg}")

def compute(x):
    debug(f"x={x}")
    return 100 / x

compute(4)
compute(0)
