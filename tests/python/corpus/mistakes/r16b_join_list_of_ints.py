# str.join of a list of numbers
scores = [90, 85, 77]
print(", ".join(scores))
