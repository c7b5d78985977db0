# Ranking scores with ties: which of the tied names comes first?
import heapq
from collections import Counter
scores = [("ann", 90), ("bob", 85), ("cy", 90), ("dee", 70), ("ed", 85), ("flo", 90)]
print(sorted(scores, key=lambda s: s[1], reverse=True))
print(sorted(scores, key=lambda s: -s[1]))
print(max(scores, key=lambda s: s[1]), min(scores, key=lambda s: s[1] // 10))
print(heapq.nlargest(4, scores, key=lambda s: s[1]))
print(heapq.nsmallest(3, scores, key=lambda s: s[1] // 10))
print(Counter("mississippi banana").most_common(4))
words = "the cat the dog a cat a bird".split()
print(sorted(set(words), key=words.count, reverse=True)[0] in {"the", "cat", "a"})
print(list(reversed(sorted(scores, key=lambda s: s[1]))))
