# A closure using a variable that changed type.
def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add_s = make_adder("s")
print(add5(1))
print(add_s(1))
