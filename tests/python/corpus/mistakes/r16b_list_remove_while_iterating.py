# Removing items from a list while iterating skips some of them (no error, wrong answer)
numbers = [2, 4, 6, 7, 8, 10]
for n in numbers:
    if n % 2 == 0:
        numbers.remove(n)
print("odd numbers left:", numbers)
