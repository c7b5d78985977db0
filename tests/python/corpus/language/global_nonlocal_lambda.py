# Language: global and nonlocal scopes, closures over loop variables, lambdas as keys.
count = 0

def bump():
    global count
    count += 1
    return count

def make_counter(start):
    value = start
    def inc(step=1):
        nonlocal value
        value += step
        return value
    return inc

bump(); bump()
c = make_counter(10)
print(count, c(), c(5), c())
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(3), (lambda *a, **k: (a, k))(1, b=2))
people = [('ann', 31), ('bob', 25), ('cyd', 31)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(filter(lambda p: p[1] > 30, people)), list(map(lambda p: p[0].title(), people)))
def outer():
    x = 'enclosing'
    def inner():
        print(x)
    x = 'changed'
    return inner
outer()()
