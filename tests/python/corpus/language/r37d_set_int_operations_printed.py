# Set algebra on integer sets for a class schedule: union, difference, symmetric difference and updates.
monday = {1, 2, 3, 5, 8}
tuesday = {2, 3, 4, 8, 13}
print(monday | tuesday, monday & tuesday, monday - tuesday, monday ^ tuesday)
print(monday.isdisjoint({100}), {2, 3} <= monday, {2, 3} < {2, 3}, monday >= {1})
s = set(range(10))
s -= {0, 9}
s &= set(range(0, 20, 2))
s |= {99}
s ^= {2, 100}
print(s, len(s), min(s), max(s), sum(s))
fs = frozenset([3, 1, 2])
print(fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, hash(fs) == hash(frozenset({1, 2, 3})))
print({x % 4 for x in range(20)}, {n: n in monday for n in range(4)})
s2 = {1, 2}
s2.discard(5)
print(s2.pop(), s2, set().union([1], (2,), {3}), set("aaa") == {"a"})
print({1, 1.0, True}, {0, False, 0.0}, {-1, -2, 300, 7})
try:
    s2.remove(42)
except KeyError as e:
    print("KeyError", e)
print({[1, 2]})
