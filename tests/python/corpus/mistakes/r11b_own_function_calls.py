# A learner's own functions called with wrong arguments.
def make_user(name, age, city="?", *, admin=False, active=True):
    return f"{name}/{age}/{city}/{admin}/{active}"

def add(a, b, /):
    return a + b

def log(msg, *args, level, **extra):
    return msg % args

calls = [
    "make_user('a')",
    "make_user()",
    "make_user('a', 1, 'x', True)",
    "make_user('a', 1, 'x', True, False)",
    "make_user('a', 1, name='b')",
    "make_user('a', 1, admn=True)",
    "make_user(age=3)",
    "make_user('a', 1, city='x', **{'city': 'y'})",
    "add(1, b=2)",
    "add(a=1, b=2)",
    "add(1)",
    "add(1, 2, 3)",
    "log('x')",
    "log('%s', 1)",
    "log('%s', 1, level=2)",
    "log(level=1)",
    "make_user(*'abcde')",
    "make_user(**{1: 2})",
    "make_user('a', *5)",
]
for c in calls:
    try:
        print(c, "->", eval(c))
    except TypeError as e:
        print(c, "->", e)
