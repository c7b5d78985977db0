# A \U escape with too few digits.
rating = 3
star = "\U2605"
print(star * rating)
print("rated", rating)
