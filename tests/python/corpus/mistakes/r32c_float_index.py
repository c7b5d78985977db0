# Finding the middle element with / instead of //.
values = [3, 7, 9, 12, 15]
mid = len(values) / 2
print("mid index", mid)
print(values[mid])
