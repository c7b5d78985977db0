# Capturing printed output for a tiny test harness with redirect_stdout and suppress.
import io
import sys
from contextlib import redirect_stdout, redirect_stderr, suppress

def chatty(n):
    for i in range(n):
        print(f"line {i}")
    print("warning!", file=sys.stderr)
    return n * 2

buf = io.StringIO()
err = io.StringIO()
with redirect_stdout(buf), redirect_stderr(err):
    result = chatty(3)
print("result", result)
print("captured:", buf.getvalue().splitlines())
print("captured err:", repr(err.getvalue()))

def check(func, *args, expected):
    out = io.StringIO()
    with redirect_stdout(out):
        func(*args)
    ok = out.getvalue() == expected
    print(f"{func.__name__}{args}: {'PASS' if ok else 'FAIL'}")

check(print, "a", "b", expected="a b\n")
check(print, 1, 2, expected="1,2\n")
with suppress(FileNotFoundError, KeyError):
    {}["x"]
    print("not printed")
print("suppressed")
s = io.StringIO("first\nsecond\nthird")
print(s.readline(), end="")
print(s.read(3), s.tell(), s.readlines())
s.seek(0)
print(list(s))
w = io.StringIO()
print(w.write("abc"), w.getvalue(), w.closed)
w.close()
try:
    w.getvalue()
except ValueError as e:
    print("ValueError:", e)
print(sys.stdout is sys.__stdout__)
