# Building a huge number from a string of repeated digits
digits = "9" * 5000
print(len(digits), "digits")
n = int(digits)
print(n % 7)
