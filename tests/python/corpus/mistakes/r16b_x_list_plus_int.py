# Adding a number to a list instead of appending it
print("== list plus int ==")
scores = [1, 2]
scores = scores + 3
print(scores)
