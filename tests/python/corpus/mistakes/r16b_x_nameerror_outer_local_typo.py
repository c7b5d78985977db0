# A typo of the enclosing function's variable inside a nested function: no suggestion
def make_counter():
    total = 0
    def add(n):
        return totl + n
    return add

print(make_counter()(1))
