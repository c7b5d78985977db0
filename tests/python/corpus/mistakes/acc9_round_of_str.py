# round() of a string read from input.
print("start")

value = "3.7"
print(round(float(value)))
print(round(value))
