# map, filter and lambda against comprehensions, with reduce
from functools import reduce

nums = list(range(1, 11))
print(list(map(lambda x: x ** 2, nums)))
print(list(filter(lambda x: x % 3 == 0, nums)))
print(reduce(lambda a, b: a * b, nums))
print(reduce(lambda acc, x: acc + [acc[-1] + x], nums, [0]))
words = ['async', 'await', 'task', 'loop']
print(list(map(str.upper, words)))
print(list(map(len, words)), list(zip(words, map(len, words))))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
