# counting words with dict.get and a keyword default
words = "the cat and the hat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(counts.get("dog", default=0))
