# int() of a float string typed by the user.
text = input("Number: ")
print()
n = int(text)
print(n)
