# %.2f given a string
price = "3.14159"
print("%.2f" % price)
