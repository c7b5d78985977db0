# yield in a class body.
class Numbers:
    for i in range(3):
        yield i

print(list(Numbers()))
