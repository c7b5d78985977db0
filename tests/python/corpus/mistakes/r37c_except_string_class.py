# catching an error by its name as a string
def risky(n):
    return 10 // n

for n in [2, 0]:
    try:
        print(risky(n))
    except "ZeroDivisionError":
        print("division by zero")
