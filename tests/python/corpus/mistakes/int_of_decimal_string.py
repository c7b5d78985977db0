# Mistake: int() of a string with a decimal point.
text = input('Number: ')
print()
print(float(text))
n = int(text)
