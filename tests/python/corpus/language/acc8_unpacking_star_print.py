# Star unpacking in calls, literals and prints.
nums = [5, 7, 3]
print(*nums)
print(*nums, sep=", ")
print([*nums, *range(2)], (*nums,), {*nums}, {**{"a": 1}, "b": 2})
first, *middle, last = "factorial"
print(first, middle, last)
def f(a, b, c):
    return a * b * c
print(f(*nums), f(*nums[:2], 10), f(**{"a": 1, "b": 2, "c": 3}))
matrix = [[1, 2], [3, 4]]
print(*matrix, sep="\n")
print(*"abc", *[1, 2], end="!\n")
