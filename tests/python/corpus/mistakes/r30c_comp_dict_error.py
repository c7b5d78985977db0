# A dict comprehension that indexes past a short word.
# (kept short on purpose: the mistake is the point)
words = ["apple", "kiwi", "fig", "a"]
second = {w: w[1] for w in words}
print(second)
