# Mistake: a currency sign in a variable name.
price€ = 20
tax = 0.2

def total(p, t):
    return p * (1 + t)

print(total(price€, tax))
