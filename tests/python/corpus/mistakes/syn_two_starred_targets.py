# Mistake: two starred targets in one assignment.
# Python allows one starred target per assignment.
# (the whole file is compiled first: nothing runs)

a, *b, *c = [1, 2, 3, 4]
