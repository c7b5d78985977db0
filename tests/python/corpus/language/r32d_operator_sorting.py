# Sorting records with operator.itemgetter, attrgetter and methodcaller
from operator import itemgetter, attrgetter, methodcaller
import operator
from types import SimpleNamespace

rows = [{"name": "li", "age": 31, "city": "Oslo"}, {"name": "bo", "age": 25, "city": "Rome"},
        {"name": "al", "age": 31, "city": "Lima"}]
print([r["name"] for r in sorted(rows, key=itemgetter("age", "name"))])
get = itemgetter(1, 0)
print(get("abc"), itemgetter(slice(1, None))([1, 2, 3]))
people = [SimpleNamespace(name=r["name"], info=SimpleNamespace(age=r["age"])) for r in rows]
print([p.name for p in sorted(people, key=attrgetter("info.age"), reverse=True)])
print(list(map(methodcaller("replace", "o", "0"), ["foo", "bop"])))
print(operator.add(2, 3), operator.concat("a", "b"), operator.neg(5), operator.truth([]))
print(operator.contains([1, 2], 2), operator.getitem("hello", 1), operator.pow(2, 10))
print(itemgetter("age"), SimpleNamespace(a=1, b="x"))
x = [1, 2]
operator.iadd(x, [3])
print(x, operator.index(7), operator.itemgetter(5)("abc"))
