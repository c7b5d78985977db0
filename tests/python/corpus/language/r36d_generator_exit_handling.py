# Throwing into generators: recovering, GeneratorExit, and a generator that refuses to close.
def resilient():
    value = 0
    while True:
        try:
            value = yield value
        except ValueError as e:
            print("recovered from", e)
            value = -1
        except GeneratorExit:
            print("closing politely")
            raise

g = resilient()
next(g)
print(g.send(5))
print(g.throw(ValueError("bad input")))
print(g.send(7))
g.close()
try:
    g.throw(ValueError("again"))
except ValueError as e:
    print("after close, throw raises it:", e)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no!"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def unhandled():
    yield 1
    yield 2

u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(u, "exhausted"))
def with_return():
    try:
        yield
    except GeneratorExit:
        return "ignored value"
w = with_return()
next(w)
print(w.close())
t = resilient()
t.throw(TypeError("never started"))
