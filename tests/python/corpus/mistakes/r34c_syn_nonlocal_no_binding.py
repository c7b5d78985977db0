# A closure counter where nonlocal names a variable that only exists globally
total = 0

def make_adder():
    def add(x):
        nonlocal total
        total += x
        return total
    return add

add = make_adder()
print(add(3))
