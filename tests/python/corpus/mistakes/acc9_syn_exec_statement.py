# Python 2's exec statement.
print("start")

code = "x = 1"
exec code
print(x)
