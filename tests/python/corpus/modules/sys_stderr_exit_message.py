# print to sys.stderr, sys.argv, version_info, getsizeof missing?
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print(len(sys.argv), sys.argv[0].endswith(".py"))
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.maxsize > 2**31)
sys.stdout.write("written " + str(3) + "\n")
sys.stderr.write("warning: something\n")
print(sys.platform in ("linux", "darwin", "win32", "emscripten"), type(sys.path).__name__)
sys.exit("fatal: giving up")
