# A list used as a dict key and added to a set.
cache = {}
numbers = [1, 2, 3]
try:
    cache[numbers] = 6
except TypeError as e:
    print(e)
seen = set()
seen.add((1, 2))
print(seen)
seen.add({"n": 1})
