# len() of a number to count its digits
print("== len of int ==")

number = 12345
print("digits:", len(number))
