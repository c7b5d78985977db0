# Sorting records by several keys: stable multi-pass sorts, cmp_to_key and mixed directions.
from functools import cmp_to_key

staff = [("eve", "ops", 52000), ("dan", "dev", 61000), ("amy", "dev", 61000),
         ("bob", "ops", 48000), ("cat", "dev", 75000)]
by_dept_salary_desc = sorted(staff, key=lambda r: (r[1], -r[2], r[0]))
print(by_dept_salary_desc)
s = sorted(staff, key=lambda r: r[0])
s.sort(key=lambda r: r[2], reverse=True)
print([r[0] for r in s])
def compare(a, b):
    if a[1] != b[1]:
        return -1 if a[1] > b[1] else 1
    return (a[2] > b[2]) - (a[2] < b[2])
print([r[0] for r in sorted(staff, key=cmp_to_key(compare))])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len, reverse=True))
nums = [3, -1, 2, -5, 4]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda v: (v % 2, v)))
print(sorted("Hello World"), sorted({3: "c", 1: "a"}.items(), key=lambda kv: kv[1], reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]))
try:
    sorted([1, "a", 2.0])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print(sorted([None, None]), sorted([], key=len), sorted(range(5), key=lambda v: -v)[:2])
print(max([], default="empty"), min(3, 1, 2), max("abc", "b", key=len))
