total = 0
names = []

def add(n):
    global total
    total += n
    names.append(n)      # no global needed for mutation
    return total

def rebind_list():
    names = ["local"]    # shadows the global list
    return names

def make():
    global created_late
    created_late = "hello"

print(add(3), add(4), total, names)
print(rebind_list(), names)
make()
print(created_late)

def outer():
    level = "outer"
    def inner():
        global level
        level = "global!"
    inner()
    return level
print(outer(), level)

def nested_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        def deeper():
            nonlocal n
            n *= 10
        deeper()
        return n
    return step
s = nested_counter()
print(s(), s())
print(sorted(k for k in globals() if not k.startswith("__")))
def reader():
    global never_defined
    return never_defined
reader()
