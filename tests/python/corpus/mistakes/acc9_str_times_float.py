# A string repeated a float number of times.
print("start")

width = 10 / 2
print("-" * width)
