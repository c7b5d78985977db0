# Peeking at sys: version_info comparisons, maxsize, float_info, int_info, flags, intern
import sys

print(sys.version_info >= (3, 8), sys.version_info[:2] == (3, 11), sys.version_info.major)
print(type(sys.version_info).__name__, sys.version_info > (3, 11, 0, "alpha"))
print(sys.maxsize == 2**63 - 1, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus == 2**61 - 1)
print(sys.getrecursionlimit(), sys.byteorder, sys.argv[0].endswith(".py"), len(sys.argv))
print(sys.flags.optimize, sys.flags.dont_write_bytecode, bool(sys.flags.utf8_mode) in (True, False))
a = sys.intern("hello world!")
b = sys.intern("hello " + "world!")
print(a is b)
print(sys.getdefaultencoding(), sys.stdout.encoding, sys.platform in ("linux", "emscripten", "wasi"))
print("asyncio" in sys.modules, "sys" in sys.builtin_module_names)
import asyncio
print("asyncio" in sys.modules, hash(-1), hash(-2), hash(2**61), hash(float("inf")))
print(sys.get_int_max_str_digits())
