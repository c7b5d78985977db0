# len() of a number to count its digits
number = 12345
print("digits:", len(number))
