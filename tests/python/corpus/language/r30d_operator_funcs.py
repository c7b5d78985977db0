# The operator module: itemgetter, attrgetter, methodcaller for sorting and mapping
from operator import itemgetter, attrgetter, methodcaller, add, mul, neg, truediv
from collections import namedtuple

City = namedtuple("City", "name country pop")
cities = [City("Lyon", "FR", 0.5), City("Paris", "FR", 2.1), City("Bonn", "DE", 0.3)]
print([c.name for c in sorted(cities, key=attrgetter("country", "pop"))])
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 1)(rows[0]))
print(list(map(methodcaller("upper"), ["x", "yz"])), methodcaller("split", "-")("a-b-c"))
print(add(2, 3), mul("ab", 3), neg(5), truediv(7, 2))
print(list(map(add, [1, 2], [10, 20])))
print(itemgetter("k")({"k": 9}), attrgetter("real")(3))
print(repr(itemgetter(1)), repr(attrgetter("a.b")))
itemgetter(5)(rows)
