# Counting words with d[w] += 1 before the key exists
text = "the cat and the hat"
counts = {}
for word in text.split():
    counts[word] += 1
print(counts)
