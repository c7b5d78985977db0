# for ... in with nothing after in.
print("start")

for item in:
    print(item)
