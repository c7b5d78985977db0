# finally runs on return, and a return in finally wins.
def f():
    try:
        return "try"
    finally:
        print("finally runs")

def g():
    try:
        return "try"
    finally:
        return "finally"

def h():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    else:
        return "else"
    finally:
        print("h cleanup")

print(f(), g(), h())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
