# Sorting a list that mixes numbers read as text and numbers
values = [10, "9", 8]
print(sorted(values))
