# Typo in a builtin name: lenght instead of len.
# (kept short on purpose: the mistake is the point)
words = ["alpha", "beta", "gamma"]
for w in words:
    print(w, lenght(w))
