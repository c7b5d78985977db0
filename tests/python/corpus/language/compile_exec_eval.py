# compile() of a str for exec() and eval(), its SyntaxErrors with their file names, and its code in tracebacks
c = compile('x = 1\nprint(x + 1)\n', '<src>', 'exec')
print(type(c).__name__, c.co_filename, c.co_name)
exec(c)
g = {}
exec(c, g)
print(sorted(k for k in g if k != '__builtins__'))
e = compile('2 ** 10', '<expr>', 'eval')
print(eval(e), exec(e))
s = compile('3 + 4', '<single>', 'single')
exec(s)
for src, mode in [('def f(:\n', 'exec'), ('x =', 'exec'), ('1 +', 'eval'), ('return 1', 'exec'), ('def f():\n    await x\n', 'exec'), ('x = 1', 'eval'), ('a b', 'single')]:
    try:
        compile(src, '<t>', mode)
        print('compiled')
    except SyntaxError as err:
        print(type(err).__name__, err.msg, err.filename, err.lineno, err.offset, repr(err.text))
for bad in [lambda: compile('1', '<x>', 'run'), lambda: compile(1, '<x>', 'exec'), lambda: compile('1', 1, 'exec'), lambda: compile('1', '<x>'), lambda: compile('a\0b', '<x>', 'exec')]:
    try:
        bad()
    except Exception as err:
        print(type(err).__name__, err)
def f(): pass
c2 = compile('def g():\n    return 1 / 0\ng()\n', 'student.py', 'exec')
try:
    exec(c2)
except ZeroDivisionError as err:
    import traceback
    traceback.print_exc()
exec(compile('y = 5', 'x', 'exec'))
print(y)
exec(compile('raise ValueError(3)', '<student>', 'exec'))
