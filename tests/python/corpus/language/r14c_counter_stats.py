# Counter for letters and words, most_common, arithmetic, and simple statistics of a list.
from collections import Counter
import statistics

words = "the cat and the hat and the bat sat on the mat".split()
c = Counter(words)
print(c.most_common(3), c["the"], c["dog"])
letters = Counter("".join(words))
print(sorted(letters.items())[:6], letters.total())
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=5)
print(a + b, a - b, a & b, a | b)
c.update(["dog", "the"])
c.subtract({"cat": 1})
print(+c)
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.pstdev(data), round(statistics.stdev(data), 4), statistics.median([1, 2, 3, 4]))
