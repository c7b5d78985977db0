# Grouping words by first letter without sorting first, then a bad key
from itertools import groupby

words = ["apple", "bean", "avocado", "beet", "corn"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
for length, group in groupby(words, key=len()):
    print(length, list(group))
