# Mistake: assigning to a character of a string literal (no ~~~ markers: CPython folds the constant).
greeting = 'hello'
print(greeting.capitalize())
'hello'[0] = 'H'
print('never printed')
