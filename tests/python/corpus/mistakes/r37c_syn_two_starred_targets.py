# splitting a list into first, middle part, and the last few
scores = [3, 9, 4, 7, 1, 8]
first, *middle, *last = scores
print(first, middle, last)
print("done")
