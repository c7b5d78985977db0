# Two functions calling each other forever.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    return is_even(n - 1)

print(is_even(4))
print(is_odd(3))
