# formatting prices read as strings with two decimals
prices = ["3.5", "12"]
for p in prices:
    print("{:.2f}".format(float(p)))
for p in prices:
    print("{:.2f}".format(p))
