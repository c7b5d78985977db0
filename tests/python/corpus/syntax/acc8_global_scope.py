# global and local scopes, shadowing and a global counter.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

def shadow():
    counter = 100
    return counter

bump(); bump()
print(counter, shadow(), counter)
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer(), x)
def broken():
    print(counter)
    counter = 5
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(sorted(k for k in globals() if not k.startswith("__")))
