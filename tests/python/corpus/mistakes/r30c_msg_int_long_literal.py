# int() of a very long bad string: the message shows only part of it.
data = "12," * 100
try:
    int(data)
except ValueError as e:
    print(len(str(e)))
    print(str(e)[-30:])
float(data)
