# tutorial 8.3: except clause class matching order B, C, D
class B(Exception):
    pass
class C(B):
    pass
class D(C):
    pass
for cls in [B, C, D]:
    try:
        raise cls()
    except D:
        print("D")
    except C:
        print("C")
    except B:
        print("B")
for cls in [B, C, D]:
    try:
        raise cls()
    except B:
        print("B")
    except C:
        print("C")
    except D:
        print("D")
try:
    raise D('with', 'args')
except (KeyError, C) as e:
    print(type(e).__name__, e.args, e, repr(e))
print(D.__mro__)
