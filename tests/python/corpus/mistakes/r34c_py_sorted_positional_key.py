# Passing the sort key positionally to sorted()
people = [("ana", 31), ("bo", 25)]
by_age = sorted(people, lambda p: p[1])
print(by_age)
# (a short program: the mistake is in the lines above)
