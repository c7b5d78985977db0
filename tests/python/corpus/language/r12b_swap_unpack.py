a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
nums = [1, 2, 3]
i = 0
i, nums[i] = 1, 99
print(i, nums)
head, *_ = [10]
print(head, _)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1],))
m, n = 5
