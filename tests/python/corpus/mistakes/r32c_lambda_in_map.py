# An error raised inside a lambda passed to map().
prices = {"apple": 1.2, "pear": None, "plum": 2.5}
with_tax = list(map(lambda kv: (kv[0], round(kv[1] * 1.25, 2)), prices.items()))
print(with_tax)
# (the learner's program ends here)
