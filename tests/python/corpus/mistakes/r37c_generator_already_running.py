# a generator that peeks at its own next value
def counter():
    n = 0
    while True:
        n += 1
        if n == 3:
            print("peek", next(gen))
        yield n

gen = counter()
for x in gen:
    print(x)
    if x > 4:
        break
