# Mistake: input() text added to a number, and repeated instead of multiplied.
count = '3'
print(count * 2)
print('factorial of ' + count + ' is ' + str(6))
total = count + 1
