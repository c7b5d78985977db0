# Adding a number to a list.
print("start")

results = [1, 2]
results = results + 3
print(results)
