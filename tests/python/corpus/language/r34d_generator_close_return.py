# Generator lifecycle: gi_running/gi_suspended, close() with a return in finally, throw() handled
import inspect

def worker():
    print("  start")
    try:
        while True:
            try:
                x = yield
                print("  got", x)
            except ValueError as e:
                print("  handled", e)
                yield "recovered"
    except GeneratorExit:
        print("  closing")
        raise
    finally:
        print("  finally")

g = worker()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended, g.gi_running)
g.send(1)
print(g.throw(ValueError("bad input")))
next(g)
g.close()
print(inspect.getgeneratorstate(g), g.gi_frame)
g.close()

def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(stubborn()))
