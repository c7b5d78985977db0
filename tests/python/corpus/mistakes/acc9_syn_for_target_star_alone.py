# A starred for target on its own.
print("start")

for *rest in [[1, 2]]:
    print(rest)
