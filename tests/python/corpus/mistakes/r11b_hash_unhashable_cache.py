# A memo dict keyed by the function's list argument.
cache = {}

def slow_total(nums):
    if nums in cache:
        return cache[nums]
    result = sum(nums)
    cache[nums] = result
    return result

print(slow_total((1, 2, 3)))
print(slow_total((1, 2, 3)))
print(slow_total([4, 5]))
