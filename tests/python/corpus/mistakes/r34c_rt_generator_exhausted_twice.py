# Looping twice over a generator and wondering why the second loop is empty
def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i

gen = evens(7)
print("sum:", sum(gen))
print("max:", max(gen))
