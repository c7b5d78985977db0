# reusing the filtered list with a walrus inside the comprehension's iterable
scores = [55, 82, 91, 47, 78]
passed = [s for s in (good := [x for x in scores if x >= 50]) if s > 80]
print(passed, good)
# (end of the program)
