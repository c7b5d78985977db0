# sort() returns None, then I call a method on the result.
names = ["zoe", "adam", "mia"]
ordered = names.sort()
print(ordered)
print(ordered.index("mia"))
