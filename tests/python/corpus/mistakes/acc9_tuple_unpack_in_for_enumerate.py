# Unpacking enumerate's pairs into three names.
print("start")

names = ["a", "b"]
for i, name, extra in enumerate(names):
    print(i, name)
