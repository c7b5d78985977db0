import sys, contextlib
def inner():
    try:
        yield 1
    except KeyError:
        print("inner handles", repr(sys.exc_info()[1]))
        yield 2
        print("inner resumed", repr(sys.exc_info()[1]))
        raise
def outer():
    try:
        r = yield from inner()
    except KeyError as e:
        print("outer caught", repr(e), repr(e.__context__))
        yield 3
    yield 4
g = outer()
print(next(g))
print(g.throw(KeyError("a")))
print("caller", sys.exc_info()[1])
print(next(g))
print(next(g))

@contextlib.contextmanager
def cm():
    try:
        yield
    except ValueError as e:
        print("cm got", repr(e))
        raise TypeError("converted")
try:
    with cm():
        raise ValueError("inside")
except TypeError as e:
    print(repr(e), repr(e.__context__))

def gen():
    try:
        raise IndexError("x")
    except IndexError:
        yield "in handler"
        raise
try:
    for v in gen():
        print(v, sys.exc_info()[1])
except IndexError as e:
    print("reraised", repr(e), repr(e.__context__))

def nested_gen():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError as e:
            yield e.args[0], repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])
try:
    raise KeyError("outer")
except KeyError:
    print(list(nested_gen()))
