import sys

print(sys.argv[0].endswith(".py"), len(sys.argv))
print(sys.version_info >= (3, 8), sys.version_info < (4,), sys.version_info[:2] == (3, 11))
print(sys.version_info.major, sys.version_info.minor)
print(type(sys.version_info).__name__, sys.version.startswith("3.11"))
print(sys.getrecursionlimit())
print(sys.maxsize == 2**63 - 1, sys.byteorder)
print(sys.platform in ("linux", "darwin", "win32", "emscripten", "wasi"))
print(isinstance(sys.path, list), sys.modules["sys"] is sys, "__main__" in sys.modules)
print(sys.stdout.write("written\n"))
sys.stderr.write("to stderr\n")
print(sys.int_info.bits_per_digit in (15, 30), sys.float_info.max)
print(sys.getdefaultencoding(), sys.flags.optimize)
if sys.version_info < (3, 10):
    print("too old")
    sys.exit(2)
print("version ok")
