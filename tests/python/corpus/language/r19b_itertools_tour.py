# Itertools tour with realistic small data
from itertools import (groupby, accumulate, pairwise, product, permutations, combinations,
                       combinations_with_replacement, islice, tee, zip_longest, starmap, cycle,
                       chain, compress, dropwhile, takewhile, filterfalse, count, repeat)
import operator

sales = [("mon", "apples", 3), ("mon", "pears", 2), ("tue", "apples", 5), ("wed", "kiwis", 1), ("wed", "apples", 2)]
for day, rows in groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    print(day, sum(r[2] for r in rows), [r[1] for r in rows])
print([(k, len(list(g))) for k, g in groupby("aaabccddddaa")])
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(pairwise("abcd")), list(pairwise([])))
print(["".join(p) for p in product("ab", repeat=2)], len(list(product(range(3), "xy", [0, 1]))))
print(list(permutations([1, 2, 3], 2)))
print(list(combinations("abcd", 3)), list(combinations_with_replacement("ab", 3)))
print(list(islice(count(10, 5), 3)), list(islice("abcdefgh", 1, None, 3)), list(islice(cycle("xy"), 5)))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(chain.from_iterable(["ab", "cd"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 4, 2, 5])))
print(list(takewhile(str.isdigit, "123abc456")), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(repeat("z", 3)), list(map(operator.add, [1, 2], repeat(10))))
print(type(islice(count(), 2)).__name__, type(groupby([])).__name__)
running = list(accumulate([100, -20, -50, 30, -70]))
print(running, next(i for i, v in enumerate(running) if v < 50))
print(list(zip(*[iter(range(9))] * 3)))
it = iter([1, 2, 3, 4, 5, 6, 7])
print([list(islice(it, 3)) for _ in range(3)])
print(list(islice(range(10), -1)))
