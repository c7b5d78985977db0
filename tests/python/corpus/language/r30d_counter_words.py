# Counting words with collections.Counter: most_common, arithmetic, update and elements
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick"""
words = Counter(text.split())
print(words.most_common(3))
print(words["the"], words["cat"], len(words), sum(words.values()))
letters = Counter("mississippi")
print(letters)
print(sorted(letters.elements()))
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=5)
print(a + b, a - b, a & b, a | b)
a.update("aab")
print(a, a.total())
a.subtract({"a": 10})
print(a, +a)
