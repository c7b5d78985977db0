# map, filter, reduce and lambda against comprehensions, with sorted and any/all.
from functools import reduce

nums = list(range(1, 11))
print(list(map(lambda x: x ** 2, nums)))
print(list(filter(lambda x: x % 3 == 0, nums)))
print(reduce(lambda a, b: a * b, nums), reduce(lambda a, b: a + b, [], 0))
print(list(map(str.upper, ["a", "bc"])), list(map(int, "1 2 3".split())), list(map(pow, [2, 3], [5, 2])))
words = ["kiwi", "fig", "banana", "apple"]
print(reduce(lambda a, b: a if len(a) >= len(b) else b, words))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(any(x > 9 for x in nums), all(x > 0 for x in nums), any([]), all([]))
m = map(lambda x: x * 10, [1, 2, 3])
print(m.__class__.__name__, list(m), list(m))
print(sum(map(len, words)), sorted(map(len, words)), dict(map(lambda w: (w, len(w)), words)))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
