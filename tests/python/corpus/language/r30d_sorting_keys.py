# Sorting with key functions: multiple keys, reverse, stability, case-insensitivity, sort vs sorted
people = [("Eve", 31, "Paris"), ("bob", 25, "Oslo"), ("Al", 31, "Rome"), ("dan", 25, "Lima")]
print(sorted(people))
print(sorted(people, key=lambda p: p[0].lower()))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_city = sorted(people, key=lambda p: p[2])
print([p[0] for p in sorted(by_city, key=lambda p: p[1])])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda n: (n % 3, n)))
r = nums.sort()
print(r, nums)
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted([(1, "b"), (1, "a")]))
print(sorted([[2, 1], [1, 2, 3], [1, 2]]), sorted([True, 0, -1, 2.5]))
print(sorted([3, "3", 1]))
