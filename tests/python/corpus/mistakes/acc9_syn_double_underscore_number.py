# Two underscores in a number.
print("start")

million = 1__000_000
print(million)
