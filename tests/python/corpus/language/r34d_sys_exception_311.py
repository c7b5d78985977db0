# Python 3.11's sys.exception() and exc_info inside and outside handlers, and nested handlers
import sys

print(sys.exception(), sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    e = sys.exception()
    print(type(e).__name__, e, sys.exc_info()[0].__name__)
    try:
        {}["k"]
    except KeyError:
        print("inner:", repr(sys.exception()), repr(sys.exception().__context__))
    print("back to:", repr(sys.exception()))
print("after:", sys.exception())

def helper():
    return sys.exception()

try:
    raise RuntimeError("from helper")
except RuntimeError:
    print(repr(helper()))

def gen():
    yield sys.exception()
g = gen()
try:
    raise TypeError("t")
except TypeError:
    print(repr(next(g)))
