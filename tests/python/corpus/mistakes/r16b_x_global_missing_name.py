# UnboundLocalError caught, then a global declared but never set
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(e)
def g():
    global y
    print(y)
g()
