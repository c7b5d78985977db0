# Exceptions raised with an empty message and with only spaces.
def check(x):
    if x == 1:
        raise ValueError("")
    if x == 2:
        raise ValueError("   ")
    raise ValueError

for i in (1, 2):
    try:
        check(i)
    except ValueError as e:
        print(repr(e), repr(str(e)))
check(3)
