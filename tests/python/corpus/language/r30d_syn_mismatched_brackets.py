# Closing a call with a square bracket instead of a parenthesis
# (kept short on purpose: the mistake is the point)
names = ['ann', 'bob']
print(len(names]
print('after')


