class NS:
    pass
ns = NS()
d = {}
lst = [0, 0, 0]

for ns.item in ["a", "b"]:
    pass
print(ns.item)
for d["k"], lst[0] in [(1, 2), (3, 4)]:
    pass
print(d, lst)
ns.x, *lst[1:] = "pqrs"
print(ns.x, lst)

calls = []
def key(k):
    calls.append(k)
    return k
counts = {"a": 0}
counts[key("a")] += 5
print(counts, calls)

def val(v):
    print("  eval", v)
    return v
print({val("k1"): val(1), val("k2"): val(2)})
print(val(1) < val(2) < val(0) < val(99))

x = y = []
x.append(1)
print(y, x is y)
a = [1, 2, 3, 4, 5]
del a[1:3], a[0]
print(a)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
import contextlib
with contextlib.nullcontext("v") as ns.val:
    pass
print(ns.val)
(p, q), r = "ab", "c"
[s] = ["single"]
print(p, q, r, s)
[t] = []
