# a counter factory; the inner function says nonlocal for a name the outer one never set
def make_counter():
    def inc():
        nonlocal total
        total += 1
        return total
    return inc

c = make_counter()
print(c(), c())
