from collections import Counter

text = "the cat and the hat and the bat"
words = Counter(text.split())
print(words)
print(words.most_common(2), words["dog"], "dog" in words)
letters = Counter(c for c in text if c.isalpha())
print(sorted(letters.items())[:5])
print(letters.most_common(3))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b)
print(+b, -b)
a.update("aab")
print(a, a.total())
a.subtract({"a": 10})
print(a, sorted(a.elements()))
print(Counter("abca") == Counter("aabc"), dict(Counter("zzy")))
c = Counter()
c["x"] += 1
print(c, repr(Counter()))
del c["x"]
del c["nope"]
print(c)
print(Counter({"a": 2}).most_common(), list(Counter("bca").keys()))
print(Counter(1, 2))
