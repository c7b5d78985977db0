# Functions: positional and keyword arguments, defaults, and the mutable default trap.
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'

print(greet('Ada'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Di'))

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))

def kwonly(a, *, b=2, c):
    return a + b + c

print(kwonly(1, c=3))
print(kwonly(1, b=10, c=100))

def nothing():
    pass

print(nothing())
print(greet.__name__)
