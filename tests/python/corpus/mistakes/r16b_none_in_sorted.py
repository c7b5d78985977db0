# sorted() of a list that holds a None among numbers
print("== none in sorted ==")

scores = [70, None, 85, 90]
print(sorted(scores))
