def f(x):
    return x is 0
class A:
    y = [z is "s" for z in range(3)]
lambda q: q is 1.5
