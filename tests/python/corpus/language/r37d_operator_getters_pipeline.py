# Sorting and extracting records with operator.attrgetter (dotted), itemgetter and methodcaller.
from operator import attrgetter, itemgetter, methodcaller
import operator
from types import SimpleNamespace as NS

people = [NS(name="ann", addr=NS(city="Oslo", zip="0150"), age=31),
          NS(name="bob", addr=NS(city="Bergen", zip="5003"), age=25),
          NS(name="cid", addr=NS(city="Oslo", zip="0010"), age=25)]
by_city = attrgetter("addr.city", "addr.zip")
print([p.name for p in sorted(people, key=by_city)])
print(sorted(map(attrgetter("age", "name"), people)))
rows = [("x", 3, 9.5), ("y", 1, 2.0), ("z", 3, 1.5)]
print(sorted(rows, key=itemgetter(1, 2)), itemgetter(0)(rows), itemgetter(slice(1, None))(rows[0]))
print(list(map(methodcaller("split", "-", 1), ["a-b-c", "d"])))
print(methodcaller("rjust", 6, "*")("hi"), repr(methodcaller("count", "a")))
print(repr(attrgetter("addr.city")), repr(itemgetter(1, "k")))
print(operator.index(7), operator.concat([1], [2]), operator.contains("team", "i"))
print(operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.truth([]))
print(operator.neg(5), operator.pos(-0.0), operator.invert(5), operator.lshift(1, 10))
d = {"a": 1}
operator.setitem(d, "b", 2); operator.delitem(d, "a")
print(d, operator.getitem("hello", slice(1, 3)), operator.is_not(None, 0))
print(operator.length_hint(iter([1, 2, 3])), operator.iadd([1], [2]))
attrgetter("addr.country")(people[0])
