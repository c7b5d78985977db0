# Surprising control flow with try/except/else/finally: return, break and swallowed errors.
def f1():
    try:
        return "try"
    finally:
        print("finally runs before return")
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
def f3():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            if i == 1:
                break
    return i
def f4(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("except")
        return "err"
    else:
        print("else")
        return r
    finally:
        print("finally")
print(f1())
print(f2())
print(f3())
print(f4(2), f4(0))
def f5():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
f5()
def f6():
    for i in range(3):
        try:
            continue
        finally:
            print("cont", i)
f6()
try:
    int("x")
except ValueError:
    try:
        {}["y"]
    finally:
        print("cleanup before propagating")
