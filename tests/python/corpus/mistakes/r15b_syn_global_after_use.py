# Mistake: the global statement comes after the name was already used in the function.
total = 0

def add(n):
    print("before", total)
    global total
    total += n

add(5)
print(total)
