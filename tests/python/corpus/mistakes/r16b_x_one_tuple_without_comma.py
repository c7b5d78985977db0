# ("ada") is a str, not a tuple: the loop walks its letters
names = ("ada")
for n in names:
    print("hello", n)
print(len(("ada",)), len(names))
