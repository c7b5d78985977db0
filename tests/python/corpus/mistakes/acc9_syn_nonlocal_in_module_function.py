# nonlocal in a function directly inside the module.
total = 0

def add(n):
    nonlocal total
    total += n

add(3)
