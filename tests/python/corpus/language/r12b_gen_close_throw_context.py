import sys
def make_gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", sys.exc_info()[0])
g = make_gen()
next(g)
try:
    raise KeyError("during")
except KeyError:
    g.close()
print("ok")
def g2():
    try:
        yield
    except GeneratorExit:
        print("exit context:", repr(sys.exc_info()[1]))
        raise
x = g2(); next(x)
try:
    raise ValueError("v")
except ValueError:
    x.close()
def g3():
    yield 1
    raise ValueError("from g3")
y = g3(); next(y)
try:
    raise KeyError("k")
except KeyError:
    try:
        next(y)
    except ValueError as e:
        print("context", repr(e.__context__))
def g4():
    try:
        yield 1
    except Exception as e:
        print("g4 caught", repr(e), repr(e.__context__))
        yield 2
z = g4(); next(z)
try:
    raise IndexError("i")
except IndexError:
    print(z.throw(TypeError("t")))
