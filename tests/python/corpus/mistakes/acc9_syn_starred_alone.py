# A starred target on its own.
print("start")

*rest = [1, 2, 3]
print(rest)
