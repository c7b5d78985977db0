# Mistake: a generator tries to assign to its own (yield) expression in brackets.
def collector():
    total = 0
    while True:
        value = (yield total) = 0
        total += value


gen = collector()
print(next(gen))
