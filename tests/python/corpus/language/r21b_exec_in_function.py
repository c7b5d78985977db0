# exec() inside a function writes into the locals() dict, not into a real variable
def f():
    exec('d = 5')
    print('d' in locals(), locals().get('d'))
    ns = {}
    exec('e = 6', globals(), ns)
    print(ns)
f()
g = {}
exec('y = 2\nz = y * 3', g)
print(g['z'], sorted(k for k in g if k != '__builtins__'))
globals()['newname'] = 7
print(newname)
print(eval('x + 1', {'x': 1}), eval('[i for i in range(n)]', {'n': 3}))
