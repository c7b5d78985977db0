# global declared after the name was already read in the function.
counter = 0

def bump():
    print("before", counter)
    global counter
    counter += 1

bump()
print(counter)
