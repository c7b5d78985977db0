# sys basics: argv, version_info comparisons, maxsize, byteorder-free checks, exit with a message
import sys

print(len(sys.argv), sys.argv[0].endswith(".py"))
print(sys.version_info >= (3, 8), sys.version_info[:2] >= (3, 11), sys.version_info.major)
print(sys.version_info > (3,), type(sys.version_info).__name__, sys.version_info < (4, 0))
print(sys.maxsize == 2 ** 63 - 1 or sys.maxsize == 2 ** 31 - 1, sys.getrecursionlimit() >= 1000)
print(sys.flags.optimize, sys.float_info.max > 1e300, sys.int_info.bits_per_digit in (15, 30))
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules)
print(sys.stdout.write("written\n"))
print("to stderr", file=sys.stderr)
print(sys.platform != "", bool(sys.path), sys.hash_info.width in (32, 64))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit(), sys.exc_info())
if sys.version_info < (3, 12):
    sys.exit("needs Python 3.12 or newer")
print("unreachable")
