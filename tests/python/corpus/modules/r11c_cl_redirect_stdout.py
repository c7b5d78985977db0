import io
import sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
    help_text = "x"
print("outside")
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(err.getvalue().strip().upper())
def noisy():
    print("noise")
    return 5
f = io.StringIO()
with redirect_stdout(f):
    result = noisy()
print(result, f.getvalue().splitlines())
s = io.StringIO("line a\nline b\n")
print(s.readline(), end="")
print(s.read())
out = io.StringIO()
out.write("abc")
out.seek(0)
out.write("X")
print(out.getvalue(), out.tell())
