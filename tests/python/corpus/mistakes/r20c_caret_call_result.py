# markers when calling the result of a call fails
def make():
    return None

x = 5
y = make()() + x
