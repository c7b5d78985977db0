# Generators with send, throw, close and yield from delegating to a sub-generator
def sub():
    try:
        x = yield "sub ready"
        while True:
            x = yield f"sub got {x}"
    except ValueError as e:
        yield f"sub handled {e}"
    return "sub result"


def outer():
    result = yield from sub()
    print("delegation returned", result)
    yield "outer done"


g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.throw(ValueError("bad")))
print(next(g))
print(next(g, "end"))
g2 = outer()
next(g2)
g2.close()
print(g2.gi_running, g2.gi_frame)
g3 = sub()
next(g3)
g3.throw(KeyError("k"))
