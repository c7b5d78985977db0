def f():
    try:
        return 'try'
    finally:
        return 'finally'
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
def g2():
    for i in range(3):
        try:
            return i
        finally:
            break
    return 'after loop'
def g3():
    while True:
        try:
            try:
                return 'inner'
            finally:
                print('inner finally')
        finally:
            print('outer finally')
            break
    return 'broke out'
def g4():
    for x in 'ab':
        with open_cm(x):
            try:
                return x
            finally:
                continue
    return 'done'
class open_cm:
    def __init__(self, x): self.x = x
    def __enter__(self): print('enter', self.x)
    def __exit__(self, *a): print('exit', self.x)
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'except'
    finally:
        print('h finally')
def k():
    for i in range(2):
        try:
            return [i]
        finally:
            if i == 0:
                continue
            print('k finally', i)
print(f(), g(), g2(), g3(), g4(), h(), k())
