# UnboundLocalError messages in 3.11
counter = 0
def inc():
    counter += 1
    return counter

def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    value = 1

outer()
def later():
    print(x)
    x = 1
try:
    later()
except UnboundLocalError as e:
    print(e)
inc()
