x = a + b - c * d / e // f % g ** h @ i
x = a | b ^ c & d << e >> f
x = -a + +b - ~c
x = not a
x = not not a
x = a and b or c and not d
x = a or b or c
x = a and b and c
x = a < b <= c > d >= e == f != g
x = a in b not in c is d is not e
x = a if b else c
x = a if b else c if d else e
x = lambda: 0
x = lambda a, b=1, *c, d, e=2, **f: a
x = lambda *, a: a
x = lambda a, /: a
x = (y := 10)
x = [y := 1, y ** 2]
x = f(a)(b)(c)
x = a.b.c.d
x = a[1][2:3][::2][1:2:3][:, 1][..., None]
x = a[1:2, 3]
x = a[b, c]
x = a[()]
x = a[*b]
x = f(*args, **kwargs)
x = f(a, *b, c=1, **d)
x = f(x for x in y)
x = f(a=1, b=2)
x = -1 ** 2
x = 2 ** -1
x = 2 ** 3 ** 4
x = (-2) ** 2
x = a ** b ** c ** d
x = ~~a
x = - - - a
x = await_ = 1
x = [1, 2, 3]
x = []
x = ()
x = (1,)
x = 1,
x = 1, 2
x = {}
x = {1: 2, **a, 3: 4}
x = {1, 2, *a}
x = {**a}
x = [i for i in range(10) if i % 2 if i > 3]
x = [(i, j) for i in a for j in b]
x = {i: j for i, j in items}
x = {i for i in s}
x = (i for i in s)
x = [*a, *b]
x = *a, *b
x = a if b else lambda: c
x = [lambda: i for i in range(3)]
x = f(a)[b].c(d)
x = a.b(c).d[e]
x = None, True, False, ...
print(*args, sep='', end='\n', file=sys.stderr)
x = (yield)
x = yield a, b
x = yield from g()
def gen():
    yield
    yield 1
    x = yield
    y = yield from other()
    await z
x = a if (b := c) else d
x = [y for x in data if (y := f(x))]
x = a[b:=1] if False else 0
