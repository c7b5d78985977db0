# Search loop at module level using return to stop early.
words = ["alpha", "beta", "gamma"]

for w in words:
    if w.startswith("b"):
        print("found", w)
        return w

print("not found")
