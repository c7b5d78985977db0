# Homemade batching and sliding windows built from itertools islice, tee, zip_longest and groupby.
from itertools import islice, tee, zip_longest, groupby, accumulate, compress, filterfalse, product
import operator

def batched(it, n):
    it = iter(it)
    while chunk := tuple(islice(it, n)):
        yield chunk

def window(it, n):
    its = tee(it, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t, None)
    return zip(*its)

print(list(batched("ABCDEFG", 3)))
print(list(window([1, 2, 3, 4, 5], 3)))
print(list(zip_longest("abc", [1], fillvalue="?")))
data = "aaabccddddde"
print([(k, len(list(g))) for k, g in groupby(data)])
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(compress("python", [1, 0, 1, 0, 1, 1])), list(filterfalse(str.isupper, "aBcD")))
print(["".join(p) for p in product("ab", repeat=2)])
print(list(islice(range(100), 5, 20, 4)))
g = groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda s: s[0])
print({k: list(v) for k, v in g})
try:
    list(islice("abc", -1))
except ValueError as e:
    print(e)
