# Mistake: a Python 2 style lambda with a parenthesised tuple parameter, used as a sort key.
pairs = [('b', 2), ('a', 3), ('c', 1)]
print('unsorted:', pairs)
ordered = sorted(pairs, key=lambda (name, count): count)
print(ordered)
