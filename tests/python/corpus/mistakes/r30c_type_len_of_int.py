# len() of a number to count its digits.
# (kept short on purpose: the mistake is the point)
#
n = 12345
print("digits:", len(n))
