# Counter used like a list, then indexed by position.
from collections import Counter
words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c.most_common(2))
print(c[0])
print(c.most_common()[0][5])
