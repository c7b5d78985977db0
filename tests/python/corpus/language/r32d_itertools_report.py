# A sales report with itertools: groupby, accumulate, chain, islice, product, compress
from itertools import groupby, accumulate, chain, islice, product, compress, count, zip_longest
import operator

sales = [("north", 3), ("north", 5), ("south", 2), ("east", 7), ("east", 1), ("north", 4)]
for region, rows in groupby(sorted(sales), key=lambda r: r[0]):
    amounts = [a for _, a in rows]
    print(f"{region:<6}{sum(amounts):>4}{list(accumulate(amounts))}")
print(list(accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(chain.from_iterable(["ab", "cd"])), list(islice(count(5, 3), 4)))
print(["".join(p) for p in product("xy", repeat=2)])
print(list(compress("abcdef", [1, 0, 1, 0, 1])))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(islice("abcdefgh", 1, None, 3)))
print([k for k, g in groupby("aaabbcaa")], [len(list(g)) for k, g in groupby("aaabbcaa")])
list(islice("abc", -1))
