# Mistake: a currency sign in a variable name.
price€ = 20
tax = 0.2
print(price€ * (1 + tax))
