# float() of a number with a comma as decimal separator.
# (kept short on purpose: the mistake is the point)
price_text = "3,50"
price = float(price_text)
print(price * 2)
