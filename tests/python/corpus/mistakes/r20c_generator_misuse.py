# generator misuse errors: already executing, send to new generator, throw
def g():
    yield gen.send(None)

gen = g()
try:
    next(gen)
except ValueError as e:
    print(e)
def h():
    x = yield 1
    yield x
hh = h()
try:
    hh.send(5)
except TypeError as e:
    print(e)
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
print(next(c))
c.throw(RuntimeError("stop counting"))
