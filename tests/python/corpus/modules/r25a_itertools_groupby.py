from itertools import groupby

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print("sorted first:")
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
s = "aaabccddddde"
print([(k, len(list(g))) for k, g in groupby(s)])
print("".join(f"{k}{sum(1 for _ in g)}" for k, g in groupby(s)))
groups = groupby([1, 1, 2, 3, 3])
saved = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in saved])
