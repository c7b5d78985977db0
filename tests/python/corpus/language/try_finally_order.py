# Language: the order of try/except/else/finally, return in finally and nested handlers.
def f(x):
    try:
        print('try', x)
        if x == 1:
            raise ValueError('one')
        if x == 2:
            return 'returned from try'
    except ValueError as e:
        print('except', e)
        return 'returned from except'
    else:
        print('else')
    finally:
        print('finally', x)
    return 'end'

for x in range(3):
    print('->', f(x))

def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())

def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print('body', i)
        finally:
            print('cleanup', i)
h()
try:
    try:
        1 / 0
    finally:
        print('inner finally')
except ZeroDivisionError as e:
    print('outer caught', e)
