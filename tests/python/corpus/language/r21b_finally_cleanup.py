# tutorial 8.7: finally runs always; return in finally wins; divide()
try:
    print('trying')
finally:
    print('Goodbye, world!')
def bool_return():
    try:
        return True
    finally:
        return False
print(bool_return())
def divide(x, y):
    try:
        result = x / y
    except ZeroDivisionError:
        print("division by zero!")
    else:
        print("result is", result)
    finally:
        print("executing finally clause")
divide(2, 1)
divide(2, 0)
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
divide("2", "1")
