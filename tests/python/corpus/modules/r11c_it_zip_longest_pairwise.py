from itertools import zip_longest, pairwise, starmap, takewhile, dropwhile, filterfalse, compress, chain

names = ["ann", "bob", "cat"]
scores = [90, 85]
print(list(zip_longest(names, scores)))
print(list(zip_longest(names, scores, fillvalue=0)))
print(list(zip_longest("ab", "xyz", "1", fillvalue="-")))
print(list(pairwise([1, 4, 9, 16, 25])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print(list(pairwise("a")))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda a, b: f"{a}={b}", {"x": 1, "y": 2}.items())))
nums = [1, 4, 6, 4, 1, 8, 2]
print(list(takewhile(lambda n: n < 5, nums)))
print(list(dropwhile(lambda n: n < 5, nums)))
print(list(filterfalse(str.isdigit, "a1b2c3")))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(chain.from_iterable(["ab", "cd", ""])))
print(list(chain([1], (2, 3), {4: None})))
def chunks(it, n):
    it = iter(it)
    return iter(lambda: list(__import__("itertools").islice(it, n)), [])
print(list(chunks(range(10), 4)))
