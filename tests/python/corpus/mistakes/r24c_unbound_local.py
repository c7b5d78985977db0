total = 0

def add_to_total(x):
    total += x
    return total

print(add_to_total(5))
