# Generator internals a curious learner prints: gi_code, gi_yieldfrom, gi_suspended, and send values
def inner():
    received = yield "inner-1"
    print("  inner got", received)
    yield "inner-2"
    return "inner done"


def outer():
    result = yield from inner()
    print("  outer got", result)
    yield "outer-end"


g = outer()
print(g.gi_code.co_name, g.gi_frame.f_lineno, g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(next(g))
print(g.gi_yieldfrom.gi_code.co_name, g.gi_suspended, g.gi_frame.f_lineno)
print(g.send("hello"))
print(next(g))
print(g.gi_yieldfrom, g.gi_frame.f_lineno)
print(list(g), g.gi_frame, g.gi_suspended)
h = outer()
print(h.send(None))
h.send("x")
h.send("y")
h.send("z")
