# A generator expression as a class's base.
print("start")

class A(x for x in []):
    pass
