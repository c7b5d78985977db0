# Sorting records where one field is sometimes missing (None).
people = [("ann", 31), ("bob", None), ("cy", 25)]
try:
    print(sorted(people, key=lambda p: p[1]))
except TypeError as e:
    print("TypeError:", e)
print(sorted(people, key=lambda p: (p[1] is None, p[1] or 0)))
scores = [3, "7", 5]
for fn in (max, min, sorted):
    try:
        print(fn(scores))
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
try:
    print(max([{"a": 1}, {"a": 2}]))
except TypeError as e:
    print("TypeError:", e)
try:
    print(sorted([[1, 2], (1, 3)]))
except TypeError as e:
    print("TypeError:", e)
try:
    print(sorted([1.5, 2, True, "3"]))
except TypeError as e:
    print("TypeError:", e)
try:
    print(max(3, None))
except TypeError as e:
    print("TypeError:", e)
print(sorted([(1, "b"), (1, None)]))
