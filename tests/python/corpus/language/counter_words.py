# Language: collections.Counter counting words and letters, most_common, arithmetic.
from collections import Counter

text = 'the quick brown fox jumps over the lazy dog the end'
words = Counter(text.split())
print(words.most_common(2))
print(words['the'], words['cat'], len(words))
letters = Counter(c for c in text if c.isalpha())
print(sorted(letters.items())[:5])
print(letters.most_common(3))
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=1)
print(a + b, a - b, a & b, a | b)
a.update('aab')
print(a, sum(a.values()), list(a.elements()))
print(Counter([3, 1, 3, 2, 3, 1]))
