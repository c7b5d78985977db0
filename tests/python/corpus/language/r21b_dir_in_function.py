# dir() without arguments inside a function lists the local names (tutorial 6.3)
def f(a, b=2):
    c = a + b
    print(dir())
    print(sorted(locals()))
    print(eval('a * c'))
    return sorted(vars())
print(f(1))
class K:
    x = 1
    print(sorted(k for k in dir() if not k.startswith('__')))
