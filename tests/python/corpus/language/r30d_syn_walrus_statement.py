# The walrus operator used as a plain statement, without parentheses
# (kept short on purpose: the mistake is the point)
data = [1, 2, 3]
n := len(data)
print(n)


