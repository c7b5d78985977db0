# Misspelled a builtin while summing the lengths
words = ["alpha", "beta", "gamma"]
lengths = [len(w) for w in words]
print(lenght(words), summ(lengths))
# (a short program: the mistake is in the lines above)
