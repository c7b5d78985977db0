from collections import Counter

text = """the quick brown fox jumps over the lazy dog the fox
was quick and the dog was lazy but the dog was happy"""
words = Counter(text.split())
print(words.most_common(3))
print(words.most_common()[-3:])
print(words["cat"], "cat" in words)
a = Counter("abracadabra")
b = Counter("alakazam")
print("a+b", sorted((a + b).items()))
print("a-b", sorted((a - b).items()))
print("a&b", sorted((a & b).items()))
print("a|b", sorted((a | b).items()))
c = Counter(a=3, b=-2, c=0)
print(+c, -c)
print(c.total())
c.subtract({"a": 5, "d": 1})
print(c)
print(list(Counter("hello world").elements()))
print(Counter("mississippi").most_common(2))
d = Counter({"x": 2, "y": 2, "z": 2, "w": 3})
print(d.most_common())
print(repr(Counter()), Counter() == Counter(a=0))
