# Version guards and interpreter facts a course prints: version_info comparisons, maxsize, argv, modules.
import sys

print(sys.version_info >= (3, 8), sys.version_info[:2] == (3, 11), sys.version_info.major)
print(type(sys.version_info).__name__, sys.version_info > (3,), (3, 11) <= sys.version_info < (3, 12))
if sys.version_info < (3, 10):
    print("match statements unavailable")
else:
    print("match statements available")
print(sys.maxsize == 2**63 - 1, sys.maxsize + 1, type(sys.maxsize + 1).__name__)
print(sys.argv[0].endswith("r37d_sys_version_checks.py"), len(sys.argv))
print(sys.getrecursionlimit(), sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.byteorder)
print(sys.getdefaultencoding(), sys.platform != "", "sys" in sys.modules, __name__)
print(sys.implementation.name in ("cpython", "casyncio"), sys.flags.optimize, sys.dont_write_bytecode)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit(), sys.intern("abc") == "abc", sys.get_int_max_str_digits())
print(sys.float_repr_style, sys.maxunicode, sys.exc_info())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
sys.exit("stopping with a message")
