# A counter declared both global and nonlocal.
count = 0

def outer():
    def bump():
        global count
        nonlocal count
        count += 1
    bump()

outer()
print(count)
