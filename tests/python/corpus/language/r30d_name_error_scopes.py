# NameError and UnboundLocalError in functions, the global keyword, and suggestions
counter = 0


def bump_global():
    global counter
    counter += 1
    return counter


def shadowing():
    print(counter)
    counter = 5


def uses_later():
    return helper_value * 2


print(bump_global(), bump_global(), counter)
try:
    shadowing()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    uses_later()
except NameError as e:
    print("NameError:", e)
helper_value = 21
print(uses_later())


def outer():
    x = 1

    def inner():
        return x + y
    y = 2
    return inner()


print(outer())
del helper_value
print(helper_valu)
