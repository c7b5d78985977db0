# tutorial: strings are immutable
word = 'Python'
try:
    word[0] = 'J'
except TypeError as e:
    print('TypeError:', e)
word[2:] = 'py'
