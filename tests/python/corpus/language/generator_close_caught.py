# close() of a generator that catches GeneratorExit and returns (a Beazley-style coroutine), yields again, returns a value or raises
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
a = g(); next(a); print(a.close()); print(a.gi_frame is None if hasattr(a, "gi_frame") else "?")
try:
    next(a)
except StopIteration:
    print("exhausted after close")
def h():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = h(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def k():
    try:
        yield 1
    except GeneratorExit:
        return "value"
c = k(); next(c); print(c.close())
def m():
    try:
        yield 1
    finally:
        print("finally")
d = m(); next(d); print(d.close()); print(d.close())
def n():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("boom in close")
e = n(); next(e)
try:
    e.close()
except ValueError as ex:
    print("ValueError:", ex)
