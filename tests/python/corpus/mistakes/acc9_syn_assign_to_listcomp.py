# Assigning to a list comprehension.
print("start")

data = [1, 2, 3]
[x * 2 for x in data] = data
print(data)
