def g():
    try:
        yield 1
    except ZeroDivisionError as e:
        print("caught", e)
    print("after")
it = g()
next(it)
try:
    it.throw(ZeroDivisionError("x"))
except StopIteration:
    print("stop")
it = g()
next(it)
try:
    it.throw(ZeroDivisionError, ZeroDivisionError("y"), None)
except StopIteration:
    print("stop2")
def f():
    raise ValueError("v")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    e.__traceback__ = None
    print(e.__traceback__)
try:
    try:
        f()
    except ValueError as e:
        saved = e.__traceback__
        raise
except ValueError as e:
    e.__traceback__ = saved
    raise
