# An annotated name that is also declared global.
count = 0

def bump():
    global count
    count: int = 1

bump()
print(count)
