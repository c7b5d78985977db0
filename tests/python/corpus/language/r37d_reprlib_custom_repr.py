# Shortening big reprs for logs with reprlib.Repr limits and a recursive_repr container.
import reprlib

r = reprlib.Repr()
r.maxlist = 4
r.maxstring = 12
r.maxdict = 2
r.maxlevel = 2
print(r.repr(list(range(100))))
print(r.repr("a very long string indeed"))
print(r.repr({"a": 1, "b": 2, "c": 3}))
print(r.repr([[1, [2, [3, [4]]]]]))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple(range(10))), reprlib.repr(10 ** 50))
print(reprlib.repr(frozenset("ab")) in ("frozenset({'a', 'b'})", "frozenset({'b', 'a'})"))

class Tree:
    def __init__(self, name):
        self.name, self.children = name, []
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return f"Tree({self.name}, {self.children!r})"

t = Tree("root")
t.children.append(Tree("leaf"))
t.children.append(t)
print(t)
class Short(reprlib.Repr):
    def repr_int(self, x, level):
        return f"{x:,}"
print(Short().repr([10**6, 3, "x"]))
