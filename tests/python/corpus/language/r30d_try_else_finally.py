# try/except/else/finally order, finally overriding a return, and an error inside finally
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  except: divide by zero")
        return None
    else:
        print("  else: no error")
        return result
    finally:
        print("  finally runs for", a, b)


print(divide(6, 3))
print(divide(1, 0))


def stubborn():
    try:
        return "from try"
    finally:
        return "from finally"


def loop_break():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        finally:
            print("  cleanup", i)
            if i == 1:
                break
    return "loop ended quietly"


print(stubborn(), loop_break())
try:
    raise KeyError("a")
finally:
    print("finally before the traceback")
