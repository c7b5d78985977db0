# Using the walrus operator as a plain statement.
# (kept short on purpose: the mistake is the point)
data = [3, 1, 4, 1, 5]
n := len(data)
print(n)
