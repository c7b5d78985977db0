# A call as a for loop's variable.
def item():
    return 0

for item() in [1, 2, 3]:
    print(item)
