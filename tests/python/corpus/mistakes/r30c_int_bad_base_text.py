# int() of a hex string without saying base 16.
color = "1A"
print(int(color))
