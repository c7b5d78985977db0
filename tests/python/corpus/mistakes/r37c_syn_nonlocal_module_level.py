# a click counter; I thought nonlocal would reach the global variable
clicks = 0

nonlocal clicks

def click():
    clicks += 1
    return clicks

for _ in range(3):
    print(click())
