# str.join of a list of numbers
print("== join list of ints ==")

scores = [90, 85, 77]
print(", ".join(scores))
