# print() with sep, end, multiple args, file=sys.stderr and flush, plus printing odd values
import sys

print("a", "b", "c", sep="-")
print("no newline", end="")
print(" ... continued")
print(1, 2.0, None, True, [1, "x"], {"k": (1,)}, sep=" | ")
print()
print("", end="\n\n")
print(*range(5), sep=", ", end=".\n")
print("error line", file=sys.stderr)
print("flushed", flush=True)
print("multi\nline\ttabbed")
print(sep="x")
print("x", "y", sep=None, end=None)
print(repr(print(end="")))
print("a", sep=5)
