# eval() and exec() of strings: a calculator, a grader's doctest-like checks, and the SyntaxErrors
x = 10
print(eval('x * 2 + 1'), eval('  [i * x for i in range(3)]'), eval('max(3, x)'))
def f(y):
    z = 5
    return eval('y + z + x'), eval('y', {'y': 100}), eval('a + b', {}, {'a': 1, 'b': 2})
print(f(1))
ns = {}
exec('def sq(n):\n    return n * n\nresult = sq(7)', ns)
print(ns['result'], sorted(k for k in ns if k != '__builtins__'))
exec('w = x + 1')
print(w)
for expr, want in [('3 + 4 * 2', 11), ('(3 + 4) * 2', 14), ('10 / 4', 2.5), ('2 ** 10', 1024)]:
    got = eval(expr)
    print(f'{expr:<12} = {got!r:<6} {"ok" if got == want else "WRONG"}')
for bad in ['1 +', 'x = 1', '1 / 0', 'undefined_name', '', 'import os', '(1, 2', 'a, b = 1, 2']:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'lineno', None), getattr(e, 'offset', None), getattr(e, 'text', None))
for args in [(5,), ('1', []), ('1', None, 5)]:
    try:
        eval(*args)
    except TypeError as e:
        print('TypeError:', e)
e = SyntaxError('bad', ('/a/b/f.py', 3, 4, 'x y', 3, 5))
print(str(e), e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.msg, e.args)
print(eval(b'1 + 1'), eval('__name__'), eval('len', {}) is len)
def g():
    return eval('h()')
def h():
    return [][1]
g()
