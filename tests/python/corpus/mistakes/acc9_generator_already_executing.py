# A generator that calls next() on itself.
def numbers():
    yield next(gen)

gen = numbers()
print(next(gen))
