# print's sep, end, file and flush options, sys.stdout.write return values and stderr interleaving.
import sys

print("a", "b", "c", sep="-", end="!\n")
print(*range(5), sep=", ")
print("no newline", end="")
print(" ... continued")
print(sep="x")
print("", end="")
n = sys.stdout.write("written by write\n")
print("write returned", n)
print("to stderr", file=sys.stderr)
print("back to stdout", flush=True)
sys.stderr.write("raw stderr line\n")
print(*["x", 1, None, 2.0], sep="")
print("multi\nline", "args", sep="|")
print(1, 2, sep=None, end=None)
try:
    print("bad", sep=3)
except TypeError as e:
    print("TypeError:", e)
print("done", file=None)
print(sys.stdout.isatty() in (True, False), sys.stdout.encoding, sys.stdout.name, sys.stderr.name)
print("final", file=sys.stdout.buffer)
