from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 95), Emp("di", "ops", 90)]
print(sorted(staff, key=attrgetter("salary")))
print([e.name for e in sorted(staff, key=attrgetter("dept", "salary"))])
print([e.name for e in sorted(staff, key=lambda e: (-e.salary, e.name))])
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(0, -1)("xyz"), itemgetter(slice(1, None))("abc"))
print(list(map(methodcaller("replace", "a", "A"), ["banana", "cat"])))
words = ["Banana", "apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
data = [3, 1, 2]
print(data.sort(), data, sorted("hello"))
print(attrgetter("name")(staff[0]), repr(itemgetter(1)), repr(attrgetter("a", "b")))
print(sorted({"x": 3, "y": 1}.items(), key=itemgetter(1)))
try:
    sorted([1, "2", 3])
except TypeError as e:
    print(e)
itemgetter(5)([1])
