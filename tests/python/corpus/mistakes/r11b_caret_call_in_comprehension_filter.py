# An error in the filter of a comprehension, inside a function.
def long_words(words, n):
    return [w.lower() for w in words if len(w) > n]

print(long_words(["Alpha", "be", "Gamma"], 2))
print(long_words(["Delta", None, "Eps"], 2))
