# Surprising control flow: return in finally overriding, break in finally swallowing, else only without errors.
def a():
    try:
        return "try"
    finally:
        print("  finally in a runs")

def b():
    try:
        return "try"
    finally:
        return "finally wins"

def c():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"

def d():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            print("  loop finally", i)
            if i == 1:
                break
    return "broke out"

def e(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        return "div by zero"
    else:
        return f"else: {r}"
    finally:
        print("  e finally, x =", x)

for f in (a, b, c, d):
    print(f.__name__, "->", f())
print(e(2), e(0))
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("  n in finally", n)
print(counter())
def g():
    try:
        1 / 0
    finally:
        print("  g finally runs before the traceback")
g()
