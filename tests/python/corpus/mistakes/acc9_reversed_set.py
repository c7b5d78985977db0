# reversed() of a set.
print("start")

seen = {3, 1, 2}
print(sorted(seen))
print(list(reversed(seen)))
