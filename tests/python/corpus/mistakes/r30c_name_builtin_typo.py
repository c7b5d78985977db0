# Typo in a builtin name: lenght instead of len.
words = ["alpha", "beta", "gamma"]
for w in words:
    print(w, lenght(w))
