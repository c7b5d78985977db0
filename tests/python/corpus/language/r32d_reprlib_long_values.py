# reprlib to abbreviate long lists, strings and dicts in log messages
import reprlib

print(reprlib.repr(list(range(100))))
print(reprlib.repr("x" * 100))
print(reprlib.repr({i: str(i) for i in range(20)}))
print(reprlib.repr(set(range(50))), reprlib.repr((1, 2)), reprlib.repr([[1, [2, [3, [4]]]]]))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
print(r.repr(list("abcdefg")), r.repr("a long string here"), r.repr(10 ** 50))


class Tree:
    def __init__(self, kids=()):
        self.kids = list(kids)

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.kids!r})"


t = Tree([Tree()])
t.kids.append(t)
print(t)
