# the classic mistake: concatenating str and int, and its fixes
age = 30
print('I am ' + str(age) + ' years old')
print('I am', age, 'years old')
print(f'I am {age} years old')
print('5' * 3, 5 * '3', int('5') + 3, '5' + '3')
try:
    print(3 + '5')
except TypeError as e:
    print(e)
try:
    print('5' - 3)
except TypeError as e:
    print(e)
try:
    print('ab' * 2.0)
except TypeError as e:
    print(e)
try:
    print([1] + (2,))
except TypeError as e:
    print(e)
print('I am ' + age + ' years old')
