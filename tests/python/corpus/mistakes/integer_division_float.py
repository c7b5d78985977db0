# Mistake: / gives a float, so range() of the result fails.
numbers = [5, 7, 3, 6]
half = len(numbers) / 2
print(half, len(numbers) // 2)
for i in range(half):
    print(numbers[i])
