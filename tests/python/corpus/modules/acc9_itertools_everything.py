# itertools tour: accumulate, groupby, chain, islice, product, permutations, combinations, pairwise,
# starmap, zip_longest, count, cycle, repeat, filterfalse, batched-like recipe.
from itertools import (accumulate, groupby, chain, islice, product, permutations, combinations,
                       pairwise, starmap, zip_longest, count, cycle, repeat, filterfalse, tee)
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print([(k, list(g)) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, "".join(g)) for k, g in groupby("AaBbbC", key=str.lower)])
print(list(chain("ab", [1], range(2))), list(islice(count(10, 5), 4)), list(islice("abcdefg", 1, None, 3)))
print(list(product([0, 1], "xy")), len(list(permutations(range(4)))), list(combinations(range(4), 2)))
print(list(pairwise("abcd")), list(pairwise([1])), list(starmap(operator.sub, [(5, 2), (1, 9)])))
print(list(zip_longest("ab", [1, 2, 3], [True])), list(zip_longest()))
print(list(islice(cycle([1, 2]), 5)), list(repeat(7, 2)), list(filterfalse(str.isdigit, "a1b2")))
print(list(islice(count(0.5, 0.25), 3)), list(islice(count(), 0)), next(count(-3)))
def batched(it, n):
    it = iter(it)
    while chunk := tuple(islice(it, n)):
        yield chunk
print(list(batched(range(7), 3)))
x, y = tee([1, 2, 3], 2)
print(next(x), list(y), list(x))
try:
    list(islice([1], -1))
except ValueError as e:
    print("ValueError:", e)
print(repr(count(3)), repr(count(1.5, 2)), repr(repeat("a", 2)))
