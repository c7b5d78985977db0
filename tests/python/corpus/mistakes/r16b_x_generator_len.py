# A function that yields instead of returning, then len() of its result
def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i

result = evens(10)
print(list(evens(10)))
print(len(result))
