# A generator that calls next() on itself.
def counter():
    n = 0
    while True:
        n += 1
        if n == 3:
            next(gen)
        yield n

gen = counter()
print(next(gen), next(gen))
print(next(gen))
