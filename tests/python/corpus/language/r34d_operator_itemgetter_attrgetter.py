# Using operator.itemgetter, attrgetter and methodcaller for sorting records
from operator import itemgetter, attrgetter, methodcaller
from types import SimpleNamespace as NS

rows = [("ann", 31, "UK"), ("bob", 25, "US"), ("cy", 31, "FR"), ("dee", 25, "UK")]
print(sorted(rows, key=itemgetter(1, 0)))
get = itemgetter(2, 0)
print([get(r) for r in rows])
print(itemgetter(slice(0, 2))(rows[0]))

people = [NS(name=n, info=NS(age=a, country=c)) for n, a, c in rows]
by_age = sorted(people, key=attrgetter("info.age", "name"), reverse=True)
print([p.name for p in by_age])
print(attrgetter("name", "info.country")(people[2]))

up = methodcaller("upper")
rep = methodcaller("replace", "a", "@", 1)
print(list(map(up, ["x", "y"])), rep("banana"))
print(itemgetter("k")({"k": 5}), repr(itemgetter(1)))
try:
    attrgetter("info.height")(people[0])
except AttributeError as e:
    print(e)
