# splitting the results into first, middle and last with two stars
results = [3, 1, 4, 1, 5, 9, 2, 6]
first, *middle, *rest = results
print(first, middle, rest)
# (end of the program)
