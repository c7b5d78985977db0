# Sorting with keys, stability and reverse.
people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cid", 31, 5.9), ("dan", 25, 5.5)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], -p[2])))
print(sorted(people, key=lambda p: p[2], reverse=True))
from operator import itemgetter, attrgetter
print(sorted(people, key=itemgetter(2, 0)))
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(sorted(["bb", "a", "ccc", "dd"], key=len))
print(sorted("Factorial"), sorted({3: "c", 1: "a"}), sorted([3, 1, 2], reverse=True))
class P:
    def __init__(self, name, age): self.name, self.age = name, age
    def __repr__(self): return f"P({self.name})"
ps = [P("x", 3), P("y", 1), P("z", 2)]
print(sorted(ps, key=attrgetter("age")), max(ps, key=lambda p: p.age))
try:
    sorted([1, "2", 3])
except TypeError as e:
    print(e)
try:
    sorted(ps)
except TypeError as e:
    print(e)
