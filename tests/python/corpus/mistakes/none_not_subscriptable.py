# Mistake: list.sort() sorts in place and returns None.
results = [720, 6, 5040, 120]
ordered = results.sort()
print('ordered is', ordered)
print('smallest:', ordered[0])
