# exception notes printed after message
def check(x):
    if x < 0:
        e = ValueError(f"negative: {x}")
        e.add_note("values must be >= 0")
        e.add_note("hint: use abs()")
        raise e
    return x

print(check(3))
try:
    check(-1)
except ValueError as e:
    print(e.__notes__)
check(-2)
