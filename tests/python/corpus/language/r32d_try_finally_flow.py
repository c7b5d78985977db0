# try/except/else/finally control flow: returns in finally, break in loops and re-raising
def f(x):
    try:
        if x == 0:
            return "zero"
        r = 10 / x
    except ZeroDivisionError:
        return "never"
    else:
        return f"ok {r}"
    finally:
        print(f"finally for {x}")


print(f(0), f(5))


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


print(swallow())
for i in range(3):
    try:
        if i == 1:
            break
        print("body", i)
    finally:
        print("cleanup", i)


def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
        raise TypeError("converted")


try:
    nested()
except TypeError as e:
    print(e, repr(e.__context__))
try:
    raise ValueError("first")
finally:
    print("last words")
