# float() of a number with a comma as decimal separator.
price_text = "3,50"
price = float(price_text)
print(price * 2)
