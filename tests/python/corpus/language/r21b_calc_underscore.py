# tutorial: '_' holds the last value only interactively; a script gets NameError
tax = 12.5 / 100
price = 100.50
print(price * tax)
print(round(price * tax, 2))
print(price + price * tax)
print(round(price + price * tax, 2))
print(_)
