# Counting words with Counter: most_common, arithmetic, elements, total and subtraction
from collections import Counter
import re

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness"""
words = re.findall(r"[a-z]+", text.lower())
c = Counter(words)
print(c.most_common(4))
print(c["was"], c["missing"], c.total(), len(c))
d = Counter("the the of".split())
print(c - d == c, (c - d)["the"], (d - c))
print(sorted((c & Counter(the=2, of=10)).items()))
print((Counter(a=3, b=1) + Counter(a=-1, b=1)))
print(sorted(Counter("mississippi").elements()))
e = Counter(a=1)
e.subtract(a=3, b=2)
print(e, +e, -e)
print(Counter("abracadabra").most_common()[-1])
