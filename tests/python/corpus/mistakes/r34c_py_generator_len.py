# Asking for the length of a generator expression of matches
words = ["async", "await", "def", "yield", "async"]
matches = (w for w in words if w.startswith("a"))
print("found", len(matches), "words")
# (a short program: the mistake is in the lines above)
