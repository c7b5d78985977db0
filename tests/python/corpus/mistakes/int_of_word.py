# Mistake: int() of a word read from the user, then of an empty string.
for text in ['12', ' 7 ', '0x1f', 'abc']:
    try:
        print(repr(text), '->', int(text))
    except ValueError as e:
        print(repr(text), '->', e)
print(int(''))
