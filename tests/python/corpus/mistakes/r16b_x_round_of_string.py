# round() of a number that is still text
print("== round of string ==")

value = "2.5"
print(round(value))
