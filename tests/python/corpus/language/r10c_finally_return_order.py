def f1():
    try:
        print("try")
        return "from try"
    finally:
        print("finally")

def f2():
    try:
        return "try"
    finally:
        return "finally wins"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def f4():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
    return "loop done"

def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)

def f6():
    try:
        print("try")
    except Exception:
        print("except")
    else:
        print("else")
        return "else-return"
    finally:
        print("finally")

for f in (f1, f2, f3, f4, f5, f6):
    print(f.__name__, "->", f())

def f7():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("in except")
    finally:
        print("finally still runs")

f7()
