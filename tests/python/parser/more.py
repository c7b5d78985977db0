x = u'a' f'{x}'
y = f'{x}' u'b'
z = 1e400j, -0.0, 0.0, 1e-320, 123456789.123456789, 1.0e16, 9.999999999999999e15
w = 'a' \
    'b'
v = ("implicit"
     "join")
async def f():
    return [x async for x in aiter() async for y in x if await y]
def g():
    yield from (await_ for await_ in range(3))
k = {**a, 'b': 1, **c}
l = [*a, *b, c]
s = {*a}
t = *a,
u = a[1:2:3, ::, :, 4]
q = a if b else c
r = not a in b
m = a not in b is not c
n = ~a ** -b
o = (a := 1, b := 2)
p = [y := f(x), y**2]
print(f"{'nested' + f'{1 + 1}'!r:>20}")
print(f"{x:{'>'}{10}}")
print(f'{3.14159:.{2}f}')
lambda *args, **kwargs: (args, kwargs)
lambda a, /, b, *, c: 0
lambda a=1, /, b=2, *c, d=3, **e: 0
a = u'x' f'{y:>{z}}' 'w'
b = u'' f''
