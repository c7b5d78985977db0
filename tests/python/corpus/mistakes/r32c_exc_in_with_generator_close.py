# A with-block inside a generator sees GeneratorExit when the generator is closed.
class Tracker:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None)
        return False

def gen():
    with Tracker():
        yield 1
        yield 2

g = gen()
print(next(g))
g.close()
print("done")
