import operator
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

rows = [("ann", 31, "eng"), ("bob", 25, "ops"), ("cat", 31, "art"), ("dan", 19, "eng")]
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(2, 0)(rows[0]))
E = namedtuple("E", "name age dept")
emps = [E(*r) for r in rows]
print([e.name for e in sorted(emps, key=attrgetter("dept", "name"))])
print(attrgetter("name", "age")(emps[1]))
class Box:
    def __init__(self):
        self.inner = E("x", 1, "y")
print(attrgetter("inner.name")(Box()))
print(list(map(methodcaller("replace", "a", "A"), ["banana", "cat"])))
print(methodcaller("split", ",", 1)("a,b,c"))
print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.not_(0), operator.truth([]), operator.contains([1, 2], 2))
print(operator.getitem({"k": 1}, "k"), operator.itemgetter(slice(1, 3))("abcd"))
x = [1, 2]
print(operator.iadd(x, [3]), x, operator.lt(1, 2), operator.eq("a", "a"))
print(operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.length_hint(iter([1, 2, 3])))
print(repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
