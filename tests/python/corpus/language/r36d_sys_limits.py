# Checking the running Python: version_info, argv, recursion limit and exc_info.
import sys
import os

print(sys.version_info >= (3, 8), sys.version_info[:2] == (3, 11), sys.version_info.major)
print(type(sys.version_info).__name__, sys.version.startswith("3.11"))
print(os.path.basename(sys.argv[0]), len(sys.argv))
print(sys.getrecursionlimit(), sys.maxsize == 2**63 - 1, sys.byteorder)
print(sys.implementation.name in ("cpython", "casyncio"), sys.platform != "", sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.getdefaultencoding())
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)

def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)
try:
    raise LookupError("x")
except LookupError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v.args, tb.tb_lineno, sys.exception() is v if hasattr(sys, "exception") else "3.11")
print(sys.exc_info())
print(sys.intern("abc") is sys.intern("abc"), "sys" in sys.modules, sys.flags.optimize)
print(sys.stdout.write("written\n"))
print("to stderr", file=sys.stderr)
sys.exit("fatal: stopping with a message")
