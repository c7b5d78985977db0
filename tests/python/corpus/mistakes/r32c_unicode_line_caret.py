# A price label with a euro sign and an umlaut; adding an int to a str there.
def label(name, price):
    return "Prëis für " + name + ": €" + price

print(label("Käse", "4"))
print(label("Brot", 3))
