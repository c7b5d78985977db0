# Word counter: the number of top words is read with input() and not converted.
from collections import Counter

text = "the cat and the dog and the bird"
counts = Counter(text.split())
print("distinct words:", len(counts))
n = input("How many top words? ")
print()
for word, c in counts.most_common(n):
    print(word, c)
