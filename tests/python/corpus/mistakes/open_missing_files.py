# open() of files that are not there: CPython's FileNotFoundError and its kin, errno's names, and open()'s argument errors
import os
tests = ["open('nope.txt')", "open('nope.txt', 'q')", "open('nope.txt', 'rw')", "open('nope.txt', 'rb', encoding='utf-8')", "open('nope.txt', 'rtb')", "open('nope.txt', 'rr')", "open('nope.txt', '+')",
for t in tests:
    try: r = repr(eval(t))
    except Exception as e: r = f"{type(e).__name__}: {e} | {getattr(e, 'errno', '-')} {getattr(e, 'strerror', '-')} {getattr(e, 'filename', '-')!r}"
    print(f"{t}  =>  {r}")
try:
    with open('config.ini') as f:
        print(f.read())
except FileNotFoundError as e:
    print('caught', e, e.args)
except OSError as e:
    print('os', e)
e = FileNotFoundError(2, 'No such file or directory', 'x')
print(e, e.args, e.errno, e.filename, isinstance(e, OSError))
import errno
print(errno.ENOENT, errno.errorcode[errno.EISDIR])
open('missing.csv')
