# Incrementing a global counter inside a function.
counter = 0

def tick():
    counter += 1
    return counter

print(tick())
