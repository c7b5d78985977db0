# Mistake: del on a character of a string literal and then on a tuple variable (markers differ).
word = ('s', 'p', 'a', 'm')
try:
    del word[0]
except TypeError as e:
    print('variable:', e)
del 'spam'[0]
