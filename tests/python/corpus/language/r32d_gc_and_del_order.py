# Object lifetime: __del__ when the last reference goes, del statements, and gc.collect on cycles
import gc


class Tracked:
    def __init__(self, name):
        self.name = name
        print("born", name)

    def __del__(self):
        print("died", self.name)


a = Tracked("a")
b = a
del a
print("a deleted, b still alive")
b = None
print("after b = None")


def scope():
    t = Tracked("local")
    return "returning"


print(scope())
items = [Tracked(f"item{i}") for i in range(2)]
items.pop()
print("popped")
gc.disable()
x, y = Tracked("x"), Tracked("y")
x.other, y.other = y, x
del x, y
print("cycle dropped")
print(gc.collect() >= 2, gc.isenabled())
gc.enable()
print("end of program")
