# Errors in except blocks three levels deep.
def step1():
    return {}["missing"]

def step2():
    try:
        step1()
    except KeyError:
        return [][0]

def step3():
    try:
        step2()
    except IndexError as e:
        raise RuntimeError("step3 failed") from e

try:
    step3()
except RuntimeError:
    int("x")
