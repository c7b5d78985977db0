# A comprehension producing pairs without parentheses.
print("start")

names = ["a", "b"]
pairs = [n, len(n) for n in names]
print(pairs)
