# print of a variable without parentheses.
print("start")

results = [1, 2, 3]
total = sum(results)
print total
