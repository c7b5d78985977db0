# a long total split over lines with backslashes; one value is a string
base = 100
tax = "20"
shipping = 4.99

total = base + \
        base * tax / 100 + \
        shipping
print(total)
