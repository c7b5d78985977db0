x = 5
def f():
    print(x)
    global x
