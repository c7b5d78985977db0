# A tiny debug logger that reports its caller's function name and line via sys._getframe
import sys, inspect

def log(msg):
    f = sys._getframe(1)
    print(f"[{f.f_code.co_name}:{f.f_lineno}] {msg}")

def where():
    info = inspect.getframeinfo(inspect.currentframe().f_back)
    return info.function, info.lineno, info.code_context

def compute(x):
    log(f"x={x}")
    y = x * 2
    log(f"y={y}, locals={sorted(sys._getframe().f_locals)}")
    return where()

print(compute(3))
log("at module level")
def outer():
    def inner():
        stack = inspect.stack()
        return [fr.function for fr in stack]
    return inner()
print(outer())
print(compute.__code__.co_varnames, compute.__code__.co_argcount, compute.__code__.co_firstlineno)
