# Two objects pointing at each other: __del__ waits for the cycle collector.
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
print("unreachable found:", gc.collect() > 0)
print("done")
