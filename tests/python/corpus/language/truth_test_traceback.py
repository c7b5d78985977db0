# A __bool__ that raises, tested by if, while, assert, a conditional expression, not, and, a match guard
class B:
    def __init__(self, n):
        self.n = n
    def __bool__(self):
        raise ValueError(f'no truth {self.n}')

def attempt(label, f):
    try:
        f()
    except ValueError as e:
        print(label, e)

def f_if():
    if B(1):
        pass
def f_while():
    while B(2): pass
def f_assert():
    assert B(3), 'msg'
def f_ifexp():
    return 1 if B(4) else 2
def f_and():
    return B(5) and 1
def f_guard():
    match 3:
        case int() if B(6):
            pass
for name, fn in [('if', f_if), ('while', f_while), ('assert', f_assert), ('ifexp', f_ifexp), ('and', f_and), ('guard', f_guard)]:
    attempt(name, fn)
for fn in [f_if, f_while, f_assert, f_ifexp, f_guard]:
    try:
        fn()
    except ValueError as e:
        tb = e.__traceback__.tb_next
        print(fn.__name__, tb.tb_lineno)
x = [1]
if B(7) if x else None:
    pass
