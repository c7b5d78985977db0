# A sum spanning several lines inside parentheses, one term of the wrong type
price = 12.5
quantity = 3
shipping = "4.99"
total = (price * quantity
         + shipping
         - 1.0)
print(total)
