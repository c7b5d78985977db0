# print() options and mixing stdout with stderr: sep, end, file, flush and write() return values
import sys

print("a", "b", "c", sep=" | ", end=" <end>\n")
print(*range(5), sep=",")
print()
print("no newline", end="")
print(" ...continued")
n = sys.stdout.write("written directly\n")
print("write returned", n)
print("to stderr", file=sys.stderr)
print("back on stdout", flush=True)
sys.stderr.write("stderr via write\n")
print("values:", [1, "two", None, 3.0], {"k": (1,)}, sep="\n  ")
print(sep="ignored")
print("x", "y", sep=None, end=None)
try:
    print("bad", sep=5)
except TypeError as e:
    print("TypeError:", e)
print("done", file=None)
