# Watching objects die: __del__ on del, rebinding, end of function and reference cycles.
import gc

class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("destroy", self.name)

a = Tracked("a")
b = a
del a
print("a deleted, b still holds it")
b = None
print("b rebound")

def scope():
    t = Tracked("local")
    print("leaving scope")
scope()
print("after scope")
items = [Tracked(f"item{i}") for i in range(2)]
items.pop()
print("popped")
items.clear()
print("cleared")
x = Tracked("x")
y = Tracked("y")
x.other, y.other = y, x
del x, y
print("cycle unreachable, collecting")
print(gc.collect() > 0)
print("collected")
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print(len(Resurrect.saved))
z = Tracked("z at exit")
print("end of program")
