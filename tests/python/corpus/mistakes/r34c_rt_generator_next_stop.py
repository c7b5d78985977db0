# Calling next() one time too many on a small generator
def countdown(n):
    while n > 0:
        yield n
        n -= 1

c = countdown(2)
print(next(c))
print(next(c))
print(next(c))
