# zip of three lists unpacked into two names.
print("start")

a, b, c = [1], [2], [3]
for x, y in zip(a, b, c):
    print(x, y)
