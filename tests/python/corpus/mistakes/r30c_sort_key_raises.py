# A key function that fails on one item: is the list changed?
people = [("zoe", 31), ("al", 22), ("bo", None), ("cy", 40)]
try:
    people.sort(key=lambda p: -p[1])
except TypeError as e:
    print("TypeError:", e)
print(people)
print(sorted(people, key=lambda p: p[1] or 0))
