# reprlib: recursive_repr for a tree, and a Repr subclass with custom limits
import reprlib

class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
    @reprlib.recursive_repr(fillvalue="<cycle>")
    def __repr__(self):
        return f"Node({self.val}, {self.children})"

root = Node(1)
child = Node(2)
root.children.append(child)
child.children.append(root)
print(root)

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
r.maxdict = 2
r.maxlevel = 2
print(r.repr(list(range(100))))
print(r.repr("a fairly long string value"))
print(r.repr({i: str(i) for i in range(5)}))
print(r.repr([[[1, 2], [3]], 4]))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple("abcdefghij")))
print(reprlib.repr(10 ** 50))

class Mine(reprlib.Repr):
    def repr_int(self, x, level):
        return f"int:{x}"
print(Mine().repr([1, 2, "x"]))
