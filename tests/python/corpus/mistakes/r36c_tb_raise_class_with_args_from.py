# re-raising with raise ... from, where the cause is the exception class, not the instance
def to_int(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("expected digits") from ValueError

print(to_int("12"))
print(to_int("1x"))
