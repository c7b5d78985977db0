# int() of a float written as text
print("== valueerror int of float text ==")
price = "4.99"
print(float(price))
print(int(price))
