# sorted/list.sort with key and reverse: stability, reverse keeps equal items in order, multi-key.
people = [("ann", 31, "ny"), ("bob", 25, "la"), ("cy", 31, "la"), ("di", 25, "ny"), ("ed", 40, "la")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_city = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[2])
print([p[0] for p in by_city])
nums = [3, -1, 2, -3, 1, -2]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, reverse=True))
words = "The quick Brown fox Jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w.lower())))
lst = [5, 2, 9]
print(lst.sort(), lst, list(reversed(lst)), sorted("hello"), sorted({"b": 1, "a": 2}.items()))
print(sorted([1.5, 1, True, 0.5, False]), sorted([[2, 1], [1, 9], [1, 2, 3]]), sorted([(1, "b"), (1, "a")]))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]), min("zebra", "apple"), max([], default=0))
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError:", e)
try:
    lst.sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
