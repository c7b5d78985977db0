# <> for not equal.
print("start")

a, b = 1, 2
if a <> b:
    print("different")
