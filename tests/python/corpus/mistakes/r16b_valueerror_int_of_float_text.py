# int() of a float written as text
price = "4.99"
print(float(price))
print(int(price))
