# Comparing vote tallies with Counter arithmetic, most_common, elements, total and subtract.
from collections import Counter

day1 = Counter("abacabad")
day2 = Counter({"a": 1, "b": 5, "e": 2})
print(day1, day2)
print(day1 + day2)
print(day1 - day2, day2 - day1)
print(day1 | day2, day1 & day2)
print(day1.most_common(2), day2.most_common()[-1])
print(sorted((day1 + day2).elements()))
d = day1.copy()
d.subtract(day2)
print(d, +d, -d)
print(day1.total(), (day1 + day2).total())
print(Counter(a=2) == Counter(a=2, b=0), Counter(a=1) <= Counter(a=2, b=1))
words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c["the"], c["dog"], "dog" in c)
c.update(["dog", "the"])
print(c.most_common(3))
del c["the"]
print(list(c.items()))
print(Counter.fromkeys("ab"))
