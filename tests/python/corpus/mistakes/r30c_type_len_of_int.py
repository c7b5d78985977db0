# len() of a number to count its digits.
n = 12345
print("digits:", len(n))
