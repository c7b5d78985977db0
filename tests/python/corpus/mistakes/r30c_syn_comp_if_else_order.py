# if/else in the wrong place of a comprehension.
# (kept short on purpose: the mistake is the point)
nums = range(6)
labels = [n for n in nums if n % 2 == 0 else -n]
print(labels)
