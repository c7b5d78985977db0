# Inspecting generator states: GEN_CREATED, SUSPENDED, RUNNING, CLOSED, and gi_ attributes
import inspect


def countdown(n):
    print("  state inside:", inspect.getgeneratorstate(g))
    while n:
        yield n
        n -= 1
    return "liftoff"


g = countdown(2)
print(inspect.getgeneratorstate(g), g.gi_frame.f_lineno, g.gi_code.co_name, g.__qualname__)
print(next(g), inspect.getgeneratorstate(g), g.gi_frame.f_locals)
print(next(g), inspect.getgenerator_locals(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, inspect.getgeneratorstate(g))
h = countdown(1)
h.close()
print(inspect.getgeneratorstate(h), g.gi_yieldfrom, inspect.isgenerator(g), inspect.isgeneratorfunction(countdown))
print(list(countdown(3)))


def reenter():
    yield next(me)


me = reenter()
next(me)
