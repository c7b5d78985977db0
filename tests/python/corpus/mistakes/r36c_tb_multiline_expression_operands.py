# total cost over several lines in parentheses; the quantity came in as text
qty = "3"
price = 2.5
fee = 1

cost = (
    price * qty
    + fee
)
print(cost)
