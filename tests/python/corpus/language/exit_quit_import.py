# exit and quit (repr, SystemExit caught), __import__ (fromlist, errors), sys.int_info/float_info/maxunicode, math.log of huge ints, exit('bye')
import sys

print(repr(exit), str(quit), type(exit).__name__, callable(exit))
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    quit()
except SystemExit as e:
    print("quit", e.code, e.args)
m = __import__("math")
print(m.sqrt(9), __import__("collections").Counter("aab"), __import__("sys") is sys)
for bad in ("", "no_such_module_x"):
    try:
        __import__(bad)
    except (ValueError, ImportError) as e:
        print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(e)
print(__import__("collections.abc", fromlist=["x"]).__name__, __import__("collections.abc").__name__)
print(sys.int_info.bits_per_digit, sys.float_info.epsilon, sys.float_info.max, sys.float_info[0], len(sys.float_info))
print(sys.version_info[:2], sys.version_info.major, sys.maxunicode, sys.byteorder, type(sys.float_info).__name__)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min)
import math
print(math.log(10**400), math.log(10**400, 10), math.log2(2**2000), math.log10(10**500), math.log(2**1100, 2**1000))
print(math.log(True), math.acosh(1), math.atanh(0.5), math.cbrt(-8), math.exp2(10), math.ulp(0), math.ulp(1e308))
for f in ("math.log(0)", "math.log10(-5)", "math.atanh(1)", "math.acosh(0)", "math.exp2(2000)", "math.log(10, 1)", "math.log2(0.0)"):
    try:
        print(eval(f))
    except Exception as e:
        print(f, type(e).__name__, e)
exit("bye")
