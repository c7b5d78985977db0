# A format string using a name the dict passed with ** does not have
row = {"name": "pen", "price": 1.5}
print("{name}: ${price:.2f}".format(**row))
print("{name} x{qty}: ${price:.2f}".format(**row))
# (a short program: the mistake is in the lines above)
