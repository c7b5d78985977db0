# Mistake: a comparison inside a call written with a single "=" on a non-name (a keyword can't be an expression).
# the scores of the last run
results = [3, 7, 1, 7]
print('sevens:', results.count(7))
print('first is seven:', results[0] = 7)
