# a comprehension whose target is a tuple without parentheses
numbers = range(5)
squares = {n, n * n for n in numbers}
print(squares)
