# Mistake: a closure made with a value of the wrong type fails when called.
def outer(x):
    def inner(y):
        return x.upper() + y
    return inner
f = outer('ab')
print(f('c'))
g = outer(5)
print(g('c'))
