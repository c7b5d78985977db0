class Reset(Exception):
    pass

def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except Reset:
            print("  reset!")
            n = 0
        finally:
            print(f"  finally at n={n}")

c = counter()
print(next(c), next(c), next(c))
print(c.throw(Reset))
print(next(c))
try:
    c.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", repr(e))
print(next(c, "exhausted"))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit, yielding anyway")
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def quiet():
    yield 1
q = quiet()
q.throw(ValueError, ValueError("first"))
