# Generators that misbehave: StopIteration inside one (PEP 479), ignoring GeneratorExit, gi_running states.
def leaky(it):
    while True:
        yield next(it)

print(list(zip("ab", leaky(iter([1, 2, 3])))))
try:
    list(leaky(iter([1])))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

def stubborn():
    ignored = False
    while not ignored:
        try:
            yield "tick"
        except GeneratorExit:
            print("  ignoring close")
            ignored = True
            yield "still here"

def introspect():
    g = yield "first"
    print("  running inside?", g.gi_running)
    yield "second"

g = introspect()
print(next(g), g.gi_running, g.gi_frame.f_lineno, g.gi_code.co_name, g.gi_yieldfrom)
print(g.send(g))
g.close()
print(g.gi_frame, g.gi_running)
def outer():
    yield from inner_gen
inner_gen = iter([1, 2])
og = outer()
next(og)
print(og.gi_yieldfrom is inner_gen)
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s, "finished"), s.gi_frame)
list(leaky(iter([])))
