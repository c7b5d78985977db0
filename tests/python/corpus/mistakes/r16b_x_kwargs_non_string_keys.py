# Keyword arguments from a dict whose key is not a str
def f(*args, **kwargs):
    print(args, kwargs)
f(1, 2, a=3)
f(*"ab", **{"c": 1})
f(**{1: 2})
