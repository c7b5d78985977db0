# three-level chain mixing cause and context
def a():
    raise ValueError("first")

def b():
    try:
        a()
    except ValueError as e:
        raise TypeError("second") from e

def c():
    try:
        b()
    except TypeError:
        {}["third"]

c()
