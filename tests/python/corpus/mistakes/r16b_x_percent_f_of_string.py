# %.2f given a string
print("== percent f of string ==")

price = "3.14159"
print("%.2f" % price)
