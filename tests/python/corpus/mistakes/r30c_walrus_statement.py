# Using the walrus operator as a plain statement.
data = [3, 1, 4, 1, 5]
n := len(data)
print(n)
