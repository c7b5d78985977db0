import io
import sys
from contextlib import redirect_stdout, redirect_stderr

def student():
    print('5! =', 120)
    print('done', end='')

buf = io.StringIO()
with redirect_stdout(buf) as target:
    student()
print(target is buf, repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print('warning!', file=sys.stderr)
print(repr(err.getvalue()))

s = io.StringIO('line one\nline two\nlast')
print(s.readline(), end='')
print(s.read(4), s.tell())
print(s.readlines())
s.seek(0)
print([line.rstrip() for line in s])
s.seek(0, 2)
s.write('!')
print(repr(s.getvalue()), s.truncate(4), repr(s.getvalue()))
with io.StringIO() as f:
    f.write('x')
    f.writelines(['y', 'z'])
    print(f.getvalue(), f.closed, f.isatty())
print(f.closed)
for bad in (lambda: f.getvalue(), lambda: io.StringIO(5), lambda: io.StringIO().write(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
old = sys.stdout
sys.stdout = cap = io.StringIO()
print('captured', 1, 2, sep=':')
sys.stdout = old
print(repr(cap.getvalue()), sys.stdout is sys.__stdout__)
