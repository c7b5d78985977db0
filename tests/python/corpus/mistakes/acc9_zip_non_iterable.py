# zip() given a number.
print("start")

names = ["a", "b"]
for pair in zip(names, 2):
    print(pair)
