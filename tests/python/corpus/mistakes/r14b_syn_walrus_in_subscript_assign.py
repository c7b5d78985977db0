# Mistake: the walrus used as a plain statement to store into a dict.
counts = {}
for word in 'the cat and the hat'.split():
    counts[word] := counts.get(word, 0) + 1
print(counts)
