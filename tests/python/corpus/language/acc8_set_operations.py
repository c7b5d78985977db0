# Set operations on ints and sorted strings.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a.isdisjoint({9}))
a.add(10); a.discard(99); a.remove(1)
print(a, len(a), 2 in a)
words = set("hello world".split() + ["hello"])
print(sorted(words), len(words))
print(sorted(set("banana")), frozenset([1, 2]) == {1, 2})
s = {x % 4 for x in range(20)}
print(s, set(), {()}, set([3, 1, 2]))
print(a.union([7], (8,)), a.intersection(range(5)), a.difference({2}))
try:
    a.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(a.pop(), sorted(a))
