x = 10

def show():
    print(x)

def shadow():
    print(x)
    x = 5

def fixed():
    global x
    x += 1
    return x

show()
print(fixed(), x)
try:
    shadow()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def cond(flag):
    if flag:
        y = "set"
    return y
print(cond(True))
try:
    cond(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def deleted():
    z = 1
    del z
    return z
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(isinstance(UnboundLocalError(), NameError))

def loop():
    for i in range(0):
        pass
    return i
loop()
