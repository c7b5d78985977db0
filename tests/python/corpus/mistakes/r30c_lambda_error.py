# A lambda used as a sort key that fails on one item.
# (kept short on purpose: the mistake is the point)
people = [("amy", 31), ("bo", None), ("cy", 22)]
people.sort(key=lambda p: p[1] * -1)
print(people)
