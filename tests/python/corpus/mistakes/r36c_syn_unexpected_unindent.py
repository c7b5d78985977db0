# a try block that ends before its except
def risky():
    try:
        x = 1 / 0
print("after")
    except ZeroDivisionError:
        pass
