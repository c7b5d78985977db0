# Batching and windowing with itertools recipes (Python 3.11 has no batched yet)
from itertools import islice, zip_longest, tee, groupby, compress, filterfalse

def batched(iterable, n):
    it = iter(iterable)
    while chunk := tuple(islice(it, n)):
        yield chunk

def grouper(iterable, n, fill=None):
    return zip_longest(*[iter(iterable)] * n, fillvalue=fill)

def sliding(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)

print(list(batched("ABCDEFG", 3)))
print(list(grouper(range(7), 3, "-")))
print(list(sliding([1, 2, 3, 4, 5], 3)))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(filterfalse(str.isdigit, "a1b2c3")))
runs = [(k, len(list(g))) for k, g in groupby("aaabccdddd")]
print(runs)
import itertools
print(hasattr(itertools, "batched"))
