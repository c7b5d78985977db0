# print to stdout and stderr interleaved, with end, sep, flush and sys.stderr.write
import sys

print("step 1", end=" ... ")
print("ok")
print("warning: disk almost full", file=sys.stderr)
print("step", 2, sep=":", end="!\n", flush=True)
sys.stderr.write("error: retrying\n")
sys.stdout.write("step 3\n")
print(*["a", "b"], sep="", file=sys.stderr)
print()
print("", end="")
print("done", file=sys.stdout)
n = sys.stdout.write("xyz\n")
print(n, sys.stderr.write(""), print("inner") is None)
raise SystemExit(3)
