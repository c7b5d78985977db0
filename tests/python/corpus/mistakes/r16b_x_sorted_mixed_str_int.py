# Sorting a list that mixes numbers read as text and numbers
print("== sorted mixed str int ==")

values = [10, "9", 8]
print(sorted(values))
