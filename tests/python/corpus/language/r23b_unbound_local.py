counter = 10

def read_only():
    return counter + 1

def shadow_later():
    print("before:", counter)
    counter = 5

def with_global():
    global counter
    counter += 1
    return counter

print(read_only(), with_global(), counter)
try:
    shadow_later()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(issubclass(UnboundLocalError, NameError))

def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

def deleted():
    x = 1
    del x
    return x
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def loop_var():
    for item in []:
        pass
    return item
try:
    loop_var()
except NameError as e:
    print(type(e).__name__, e)
def aug():
    counter += 1
aug()
