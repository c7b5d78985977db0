# Mistake: storing slices as dict keys (they compare, but are unhashable in 3.11).
text = "hello world"
parts = [slice(0, 5), slice(6, None)]
print([text[p] for p in parts])
print(parts[0] == slice(0, 5), parts[0] < parts[1])
labels = {}
for p in parts:
    labels[p] = text[p].upper()
print(labels)
