# The walrus operator used as a plain statement, without parentheses
data = [1, 2, 3]
n := len(data)
print(n)


