# a generator that fails: what is left of its frame afterwards?
def numbers():
    yield 1
    yield 1 / 0
    yield 3

g = numbers()
print(next(g), g.gi_frame.f_lineno, g.gi_suspended)
try:
    next(g)
except ZeroDivisionError as e:
    print("error:", e, g.gi_frame, g.gi_suspended, g.gi_running)
print(list(g))
print(next(g))
