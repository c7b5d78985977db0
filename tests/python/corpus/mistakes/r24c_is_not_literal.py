x = [1, 2]
if len(x) is not 0:
    print("not empty")
print(x is [1, 2], x == [1, 2])
print(None is None, () is ())
