# if/else in the wrong place of a comprehension.
nums = range(6)
labels = [n for n in nums if n % 2 == 0 else -n]
print(labels)
