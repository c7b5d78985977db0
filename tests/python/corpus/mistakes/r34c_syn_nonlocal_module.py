# Using nonlocal at module level to change a counter
counter = 0

def bump():
    global counter
    counter += 1

nonlocal counter
bump()
print(counter)
