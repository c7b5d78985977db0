# int() of a string with a decimal point.
readings = ["12", "7", "3.5", "9"]
values = [int(r) for r in readings]
print(sum(values))
