# return inside the loop returns after the first item (no error, wrong answer)
def total(values):
    s = 0
    for v in values:
        s += v
        return s

print(total([1, 2, 3]))
