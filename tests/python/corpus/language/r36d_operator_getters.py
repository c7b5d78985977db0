# Sorting records with operator.itemgetter, attrgetter and methodcaller.
from operator import itemgetter, attrgetter, methodcaller
import operator
from functools import reduce
from types import SimpleNamespace as NS

rows = [("bob", 25, "NY"), ("amy", 31, "LA"), ("cal", 25, "LA")]
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(2, 0)(rows[0]))
people = [NS(name="zoe", addr=NS(city="Oslo")), NS(name="al", addr=NS(city="Bern"))]
print([p.name for p in sorted(people, key=attrgetter("addr.city"))])
print(attrgetter("name", "addr.city")(people[0]))
words = ["  Hi ", "yo  ", " Hey"]
print(list(map(methodcaller("strip"), words)), methodcaller("replace", "o", "0")("foo"))
print(reduce(operator.mul, range(1, 7)), reduce(operator.or_, [1, 2, 8]))
print(operator.index(7), operator.truth([]), operator.contains("team", "i"))
print(operator.concat([1], [2]), operator.neg(5), operator.pow(2, 10))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem("hello", slice(1, 3)))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.is_not(None, 0))
print(itemgetter(1)("ab"), repr(itemgetter(1, 2)), repr(attrgetter("a.b")))
try:
    operator.index(2.5)
except TypeError as e:
    print("TypeError:", e)
