# nonlocal on a name that is also a parameter.
def outer():
    count = 0
    def inc(count):
        nonlocal count
        count += 1
    inc(1)
    return count

print(outer())
