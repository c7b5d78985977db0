# A TypeError in a set comprehension.
print("start")

words = ["a", "b", None]
lengths = {len(w) for w in words}
print(lengths)
