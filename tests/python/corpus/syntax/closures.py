# Closures: inner functions remember the variables of the enclosing function.
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1())
print(c2(), c2())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]

print([m(10) for m in make_multipliers()])

def late_binding():
    return [lambda x: x * i for i in range(4)]

print([m(10) for m in late_binding()])

def adder(n):
    def add(x):
        return x + n
    return add

add5 = adder(5)
print(add5(1), adder(-1)(1))
print(add5.__closure__ is not None)
