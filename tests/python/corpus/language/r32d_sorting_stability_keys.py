# Sorting: key functions, reverse, stability with multiple passes, and mixed types
students = [("ann", "B", 88), ("bob", "A", 95), ("cat", "B", 72), ("dan", "A", 95), ("eve", "C", 60)]
print(sorted(students, key=lambda s: s[2], reverse=True))
by_name = sorted(students)
by_grade = sorted(by_name, key=lambda s: s[1])
print([s[0] for s in by_grade])
print(sorted(students, key=lambda s: (-s[2], s[0]))[:3])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
nums = [3, -1, 2, -5, 0]
nums.sort(key=abs)
print(nums, sorted("hello"), sorted({3: "a", 1: "b"}), sorted([[2, 1], [1, 9], [1, 2]]))
print(min(students, key=lambda s: s[2]), max("abc", "ab", key=len), sorted([0.5, True, 0]))
print(sorted([1, "2", 3]))
