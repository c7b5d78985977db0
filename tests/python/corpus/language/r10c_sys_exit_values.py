import sys

def check(arg):
    try:
        if arg is ...:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), repr(e), e.args)

for arg in (..., 0, 1, 3, None, "message", [1, 2], True):
    check(arg)
try:
    raise SystemExit(2, "extra")
except SystemExit as e:
    print(e.code, e.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(4)
except Exception:
    print("not caught here")
except BaseException as e:
    print("BaseException caught", e.code)
print("exiting with a message")
sys.exit("fatal: giving up")
