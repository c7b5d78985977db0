# Mistake: counting lines by their split() result, a list, as a dict key.
text = """apple pear
plum
apple pear"""

counts = {}
for line in text.splitlines():
    key = line.split()
    counts[key] = counts.get(key, 0) + 1
print(counts)
