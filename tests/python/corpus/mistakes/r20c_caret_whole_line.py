# no markers when the failing expression is the whole line
def f():
    return undefined_thing

values = [1, 2, 3]
print(values[1])
values[10]
