# More itertools: pairwise, starmap, tee, filterfalse, repeat, takewhile, and batched from 3.12
import itertools as it
import operator

temps = [12, 15, 11, 18, 18, 20]
print([b - a for a, b in it.pairwise(temps)])
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(operator.mul, zip(temps, it.repeat(2)))))
a, b = it.tee(iter(temps), 2)
next(b)
print(list(zip(a, b))[:2], list(it.filterfalse(lambda t: t % 2, temps)))
print(list(it.takewhile(lambda t: t < 16, temps)), list(it.dropwhile(lambda t: t < 16, temps)))
print(list(it.repeat("x", 3)), list(it.islice(it.cycle("ab"), 5)), list(it.accumulate(temps, max)))
cnt = it.count(1.5, 0.5)
print(next(cnt), next(cnt), repr(cnt), repr(it.repeat(1, 2)))
print(list(it.chain([1], (2,), "3")), [list(g) for _, g in it.groupby([1, 1, 2, 1])])
print(list(it.zip_longest([1, 2, 3], "ab")), list(it.product(range(2), repeat=2)))
print(hasattr(it, "batched"))
print(list(it.batched(range(7), 3)))
