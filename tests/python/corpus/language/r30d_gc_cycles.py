# Reference cycles: objects with __del__ in a cycle are freed only by the garbage collector
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("freeing", self.name)


a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
del a, b
print("deleted names")
found = gc.collect()
print("collect found something:", found >= 2)
c = Node("c")
c.peer = c
del c
print("before second collect")
gc.collect()
print("gc enabled:", gc.isenabled())
solo = Node("solo")
del solo
print("end")
