from itertools import groupby
from operator import itemgetter

log = [("err", "disk"), ("ok", "net"), ("err", "cpu"), ("err", "mem"), ("ok", "io")]
print([(k, [m for _, m in g]) for k, g in groupby(log, key=itemgetter(0))])
print({k: [m for _, m in g] for k, g in groupby(log, key=itemgetter(0))})
grouped = {}
for k, g in groupby(sorted(log), key=itemgetter(0)):
    grouped[k] = [m for _, m in g]
print(grouped)
saved = [(k, g) for k, g in groupby("aabbbc")]
print([(k, list(g)) for k, g in saved])
runs = [(k, len(list(g))) for k, g in groupby("wwwwaaadexxxxxx")]
print("".join(f"{n}{k}" for k, n in runs))
it = groupby([1, 1, 2])
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
nums = [1, 3, 5, 2, 4, 7]
print([(odd, list(g)) for odd, g in groupby(nums, key=lambda n: n % 2 == 1)])
print(list(groupby([])))
print([k for k, _ in groupby([{"a": 1}, {"a": 1}, {"a": 2}], key=lambda d: d["a"])])
print([k for k, _ in groupby([[1], [1], [2]])])
for k, g in groupby([1, "1", 1.0]):
    print(repr(k), list(g))
list(groupby([3, None, 1], key=lambda x: x > 1))
