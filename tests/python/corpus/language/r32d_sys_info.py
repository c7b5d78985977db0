# What sys tells a program: argv, version_info comparisons, maxsize, byteorder, modules
import sys

print(sys.argv, len(sys.argv))
print(sys.version_info >= (3, 8), sys.version_info[:2] == (3, 11), sys.version_info.major)
print(type(sys.version_info).__name__, sys.version_info < (4,), sys.version.startswith("3.11"))
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform in ("linux", "wasi", "emscripten"))
print("sys" in sys.modules, sys.getrecursionlimit(), sys.float_info.epsilon, sys.int_info.bits_per_digit)
print(sys.stdout.isatty(), sys.stdin.readline() == "", sys.exc_info(), sys.flags.optimize)
print(sys.implementation.name == "cpython", type(sys.path).__name__, sys.hexversion >= 0x030B0000)
sys.stderr.write("to stderr\n")
print(sys.getdefaultencoding(), sys.stdout.encoding, sys.float_repr_style)
sys.exit("bye with message")
