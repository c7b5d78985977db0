# Everything print() can do: sep, end, file, several objects and the str of containers.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <END>\n")
print(*range(5), sep=", ")
print("no newline", end="")
print(" ... continued")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(None, True, 3.0, 1e100, 1e-100, -0.0, 2**64, 1j, "s", b"b")
print([1.5, "two", None, (3,), {4: "four"}, {5}], ())
print({"nested": {"list": [1, [2, [3]]], "tuple": (1,), "empty": {}}})
print(float("inf"), float("-inf"), float("nan"), 0.1 + 0.2, 1/3, 100.0, 1e16, 1.5e-7)
print(sep="x")
print("tab\tsep", "quote'inside", 'dq"', "back\\slash", "uni ☃ é")
print([ "tab\t", "quote'", 'dq"', "both'\"", "nl\n", "é☃", "\x00\x7f" ])
print(print, end="\n" if False else " | ")
print(type(print), len)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=None, file=None, bogus=1)
except TypeError as e:
    print("TypeError:", e)
print("x", end=None)
print("y", sep=None)
sys.stdout.write("raw write\n")
print(repr(print("inner")))
