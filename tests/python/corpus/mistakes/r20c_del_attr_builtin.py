# deleting attributes of builtin objects and functions
def f():
    pass
f.tag = 1
del f.tag
for src in ["x = 1; del x.real", "del f.tag", "del len.__doc__", "s = 'a'; del s.upper", "del f.__name__"]:
    try:
        exec(src)
        print("deleted ok")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
import math
del math.nothing
