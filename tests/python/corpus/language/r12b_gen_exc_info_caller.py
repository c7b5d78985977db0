import sys
def g():
    yield 1
    yield 2
x = g(); next(x)
try:
    raise KeyError("k")
except KeyError:
    try:
        x.throw(ValueError("v"))
    except ValueError as e:
        print("ctx1", repr(e.__context__))
def h():
    try:
        raise IndexError("i")
    except IndexError:
        print("inside", sys.exc_info()[1].__repr__())
        yield 1
        print("inside again", repr(sys.exc_info()[1]))
    print("after", repr(sys.exc_info()[1]))
    yield 2
y = h(); next(y)
print("outside", sys.exc_info())
try:
    y.throw(ValueError("v2"))
except ValueError as e:
    print("ctx2", repr(e.__context__))
y = h(); next(y)
try:
    raise KeyError("k2")
except KeyError:
    next(y)
    print("caller", repr(sys.exc_info()[1]))
def w():
    print("w sees", repr(sys.exc_info()[1]))
    yield
    print("w sees", repr(sys.exc_info()[1]))
    raise OSError("o")
z = w()
try:
    raise KeyError("k3")
except KeyError:
    next(z)
try:
    raise TypeError("t")
except TypeError:
    try:
        next(z)
    except OSError as e:
        print("ctx3", repr(e.__context__))
