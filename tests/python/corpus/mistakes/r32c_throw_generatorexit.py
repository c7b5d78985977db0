# Trying to stop a generator with throw(GeneratorExit) instead of close().
def numbers():
    n = 0
    while True:
        try:
            yield n
        except GeneratorExit:
            print("got GeneratorExit, yielding a last value")
            yield -1
            return
        n += 1

g = numbers()
print(next(g), next(g))
print("throw returned", g.throw(GeneratorExit))
print(next(g, "exhausted"))
