# Debugging why a generator produces nothing: checking its state and locals.
import inspect

def squares(limit):
    n = 0
    while n < limit:
        yield n * n
        n += 1

g = squares(3)
print(inspect.getgeneratorstate(g), g.gi_frame.f_locals)
print(list(g))
print(inspect.getgeneratorstate(g), g.gi_frame)
print(list(g), "(already used up)")
h = squares(2)
next(h)
print(inspect.getgeneratorstate(h), h.gi_frame.f_locals, h.gi_frame.f_lineno)
h.close()
print(inspect.getgeneratorstate(h), h.gi_running, h.gi_code.co_name)
