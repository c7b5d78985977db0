# A generator suspended in an except block keeps the exception it handles
# to itself: its caller's sys.exc_info() and implicit __context__ are the
# caller's own, and the generator sees its own again when resumed.
import sys
def g():
    print("in g:", sys.exc_info()[1])
    yield 1
    print("resumed:", repr(sys.exc_info()[1]))
    try:
        raise KeyError("gk")
    except KeyError:
        yield 2
        print("in handler after resume:", repr(sys.exc_info()[1]))
        raise ValueError("from g")
it = g()
try:
    raise IndexError("caller")
except IndexError:
    next(it)
try:
    raise TypeError("caller2")
except TypeError:
    next(it)
    print("caller sees:", repr(sys.exc_info()[1]))
try:
    next(it)
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
print("after:", sys.exc_info())
def retry():
    for i in range(3):
        try:
            if i < 2:
                raise OSError(i)
            yield "ok"
        except OSError as e:
            yield f"retry {e}"
for x in retry():
    try:
        raise LookupError("outer")
    except LookupError as le:
        print(x, repr(le.__context__))
def cleanup():
    try:
        raise IndexError("pending")
    finally:
        yield "in finally"
c = cleanup()
print(next(c))
try:
    raise ValueError("v")
except ValueError as e:
    print("caller's context:", repr(e.__context__))
try:
    c.throw(GeneratorExit)
except GeneratorExit as e:
    print("GeneratorExit's context:", repr(e.__context__))
