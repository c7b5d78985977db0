# tutorial 4.5: pass as a placeholder in class, def and loops
class MyEmptyClass:
    pass
def initlog(*args):
    pass   # Remember to implement this!
print(initlog(1, 2, 3))
print(MyEmptyClass.__name__, type(MyEmptyClass()).__name__)
for i in range(3):
    pass
print(i)
def f():
    ...
print(f(), ...)
if True:
    pass
else:
    pass
print(MyEmptyClass.__doc__, initlog.__doc__)
