# `=` where `==` was meant, inside a comprehension's condition.
scores = [3, 7, 3, 9]
print("scores:", scores)
threes = [s for s in scores if s = 3]
print(threes)
