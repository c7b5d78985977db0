# A dict comprehension that indexes past a short word.
words = ["apple", "kiwi", "fig", "a"]
second = {w: w[1] for w in words}
print(second)
