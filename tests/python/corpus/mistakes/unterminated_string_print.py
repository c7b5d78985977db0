# Mistake: a string in print() whose closing quote is missing.
numbers = [5, 7, 3, 6]

for n in numbers:
    print("Calculating, n)
