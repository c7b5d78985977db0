def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)

def broken_counter():
    count = 0
    def inc():
        count += 1
        return count
    return inc

try:
    broken_counter()()
except UnboundLocalError as e:
    print(e)

total = 0
def add_global(n):
    global total
    total += n
add_global(3); add_global(4)
print(total)

def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    return middle(), x

print(outer())
n = 0
def bad():
    print(n)
    n = 1
bad()
