# AttributeError messages for deleting missing attributes
class C:
    def __init__(self):
        self.a = 1
c = C()
del c.a
for src in ["del c.a", "del c.b", "del C.zz", "import math; del math.nothing", "x = 1; del x.real"]:
    try:
        exec(src)
    except AttributeError as e:
        print(e)
del c.missing_attribute
