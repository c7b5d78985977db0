# A word count with get(), sorted, then a missing key read
words = "the quick brown the lazy the".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(sorted(freq, key=freq.get))
print(dict(sorted(freq.items())))
top = max(freq.items(), key=lambda kv: kv[1])
print(top)
print(freq["fox"])
