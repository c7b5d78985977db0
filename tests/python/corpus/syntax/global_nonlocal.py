# global and nonlocal.
counter = 0

def bump():
    global counter
    counter += 1

for _ in range(3):
    bump()
print('counter =', counter)

def outer():
    x = 'outer'
    def middle():
        nonlocal x
        x = 'changed by middle'
        def inner():
            nonlocal x
            x += ' and inner'
        inner()
    middle()
    return x

print(outer())

def shadow():
    counter = 100
    return counter

print(shadow(), counter)

def make_global():
    global created
    created = 'made inside a function'

make_global()
print(created)
