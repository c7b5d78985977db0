# int() of a hex string without saying base 16.
# (kept short on purpose: the mistake is the point)
#
color = "1A"
print(int(color))
