# Closing a call with a square bracket instead of a parenthesis
names = ['ann', 'bob']
print(len(names]
print('after')


