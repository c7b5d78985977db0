# Mistake: comparing the text from input() with a number.
limit = input('How many? ')
print()
count = 0
while count < limit:
    count += 1
