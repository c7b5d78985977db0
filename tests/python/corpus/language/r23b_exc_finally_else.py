def attempt(x):
    log = []
    try:
        log.append("try")
        if x == 0:
            raise ZeroDivisionError("zero")
        if x < 0:
            return "negative", log
        result = 10 / x
    except ZeroDivisionError as e:
        log.append(f"except {e}")
        return "error", log
    else:
        log.append("else")
        return result, log
    finally:
        log.append("finally")

for x in (2, 0, -1):
    print(attempt(x))

def override():
    try:
        return "from try"
    finally:
        return "from finally"
print(override())

def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "done"
print(swallow())

try:
    try:
        raise KeyError("inner")
    finally:
        print("cleanup runs")
except KeyError as e:
    print("caught", repr(e))
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print("err" in dir())
print(err)
