# Mistake: an off-by-one index.
numbers = [5, 7, 3, 6]
print(len(numbers), 'numbers')
for i in range(len(numbers) + 1):
    print(i, numbers[i])
