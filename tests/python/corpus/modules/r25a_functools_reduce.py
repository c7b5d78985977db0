from functools import reduce
import operator

nums = [3, 5, 2, 8]
print(reduce(operator.add, nums))
print(reduce(lambda a, b: a * b, nums, 1))
print(reduce(max, nums))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(operator.add, [[1], [2, 3]], []))
print(reduce(operator.add, [], 0))
print(reduce(operator.add, []))
