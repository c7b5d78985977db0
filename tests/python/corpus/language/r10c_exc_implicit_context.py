def cleanup():
    raise RuntimeError("cleanup failed")

def work():
    try:
        return 1 / 0
    except ZeroDivisionError:
        cleanup()

try:
    work()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
work()
