import traceback
import sys

def inner(x):
    return 10 / x

def outer(x):
    return inner(x) + 1

try:
    outer(0)
except ZeroDivisionError:
    traceback.print_exc()
    text = traceback.format_exc()
    print('captured', len(text.splitlines()), 'lines; last:', text.splitlines()[-1])
try:
    {}['k']
except KeyError as e:
    print(''.join(traceback.format_exception(e)), end='', file=sys.stderr)
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    traceback.print_exception(e, file=sys.stderr)
print(repr(traceback.format_exc()[:20]))
try:
    try:
        int('x')
    except ValueError as e:
        e.add_note('a note')
        raise RuntimeError('wrapped') from e
except RuntimeError:
    traceback.print_exc(file=sys.stderr)
    print(traceback.format_exception_only(sys.exc_info()[1].__cause__))
class MyErr(Exception):
    pass
print(traceback.format_exception_only(MyErr()))
