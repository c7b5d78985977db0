# Mistake: a key that is not in the dict.
results = {5: 120, 7: 5040, 3: 6}
print('known:', sorted(results))
for n in (5, 3, 6):
    print(f'{n}! = {results[n]}')
