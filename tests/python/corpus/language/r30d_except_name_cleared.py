# The "as e" name is deleted after an except block; del'd locals; loop variables that leak
def handler():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    print("saved:", repr(saved))
    try:
        print(e)
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)


handler()
for i in range(3):
    pass
print("loop var leaks:", i)
squares = [j * j for j in range(3)]
print("comprehension var does not:", "j" in globals())


def deleted():
    x = 1
    del x
    return x


try:
    deleted()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)
e = "module-level e"
try:
    raise ValueError
except ValueError as e:
    pass
print(e)
