# a one-line helper whose whole body is the failing expression
def ratio(a, b):
    return a / b

def percent(part, whole):
    return ratio(part, whole) * 100

print(percent(1, 4))
print(percent(1, 0))
