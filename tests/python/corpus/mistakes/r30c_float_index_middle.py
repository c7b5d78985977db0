# Finding the middle element with / instead of //.
values = [3, 8, 1, 9, 4]
middle = len(values) / 2
print("middle index", middle)
print(values[middle])
