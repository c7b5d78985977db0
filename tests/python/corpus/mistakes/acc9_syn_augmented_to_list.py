# += on a list display.
print("start")

a = 1
[a] += [2]
print(a)
