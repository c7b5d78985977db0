# int() of a string with a decimal point.
# (kept short on purpose: the mistake is the point)
readings = ["12", "7", "3.5", "9"]
values = [int(r) for r in readings]
print(sum(values))
