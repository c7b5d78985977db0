# sorted() and list.sort() on keys that are all str, all machine-size ints or
# all floats (compared without a call, as CPython after its pre-sort check),
# and on mixed keys, subclasses, big ints, keys and reverse; str(i) of ints.
import random
nan = float('nan')
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 5.0, 1.0, nan, 0.5, -2.0, 7.0]))
random.seed(5)
words = ["pear", "Pear", "péar", "pe", "", "zebra", "ångström", "😀", "中文", "a" * 3, "\x00", "\ud800", "\ue000", "\U00010000", "peár"]
print(sorted(words), sorted(words, reverse=True))
ints = [5, -3, 2**62, -2**63, 0, 7, -3, 2**63 - 1, 1]
print(sorted(ints), sorted(ints + [2**70, -2**70]), sorted([True, 1, 0, False, -1]))
pairs = [(k % 3, k) for k in range(10)]
print(sorted([3, 1, 2], key=lambda v: -v), sorted(pairs, key=lambda p: p[0]))
class S(str): pass
print(sorted([S("b"), "a", S("c")]), sorted([1.5, 1, 0.5, 2]))
big = [random.randrange(-10**6, 10**6) for _ in range(5000)]
print(sorted(big) == sorted(big, key=lambda v: (v,)), sorted(big)[:5])
print([str(i) for i in (0, -1, 9, 10, -10, 2**63 - 1, -2**63, 2**63, -2**63 - 1)], f"{-7}{12}", "%d" % -5)
