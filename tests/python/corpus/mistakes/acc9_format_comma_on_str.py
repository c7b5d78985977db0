# A thousands separator on a string.
print("start")

total = "12345"
print("{:,}".format(int(total)))
print("{:,}".format(total))
