# A global statement after the name was used in the function.
counter = 0

def bump():
    counter += 1
    global counter

bump()
