# operator: itemgetter, attrgetter, methodcaller, the arithmetic functions and index/length_hint.
import operator as op
from collections import namedtuple
P = namedtuple("P", "name age city")
people = [P("ann", 31, "ny"), P("bob", 25, "la"), P("cy", 31, "la")]
print(sorted(people, key=op.attrgetter("age", "name")))
print(list(map(op.itemgetter(0, 2), people)), op.itemgetter(-1)("abc"), op.itemgetter(slice(None, 2))("abc"))
print(list(map(op.methodcaller("upper"), ["a", "b"])), op.methodcaller("rjust", 4, ".")("x"))
print(op.add(2, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 2), op.pow(2, 10), op.neg(5))
print(op.eq(1, 1.0), op.lt("a", "b"), op.not_(0), op.truth([]), op.is_(None, None), op.contains([1, 2], 2))
print(op.concat([1], [2]), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.index(7), op.length_hint(iter([1, 2])))
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.getitem(d, "b"), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.inv(0))
x = [1]
print(op.iadd(x, [2]), x, op.iconcat("a", "b"))
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    op.attrgetter("nope")(people[0])
except AttributeError as e:
    print("AttributeError:", e)
