# Mistake: a missing comma between two tuples in a list (a call of a tuple).
pairs = [
    (1, 'one')
    (2, 'two'),
]
print(pairs)
