# summing nested number lists with functools.reduce, recursing into sublists
from functools import reduce

def deep_sum(items):
    return reduce(lambda acc, x: acc + (deep_sum(x) if isinstance(x, list) else x), items, 0)

nums = [1, [2, 3], [4, [5, 6]]]
print(deep_sum(nums))
nums[1].append(nums)
print(deep_sum(nums))
