# A number written with a leading zero after an accented string: the caret under CPython's byte column
print('Année :', 2024)
date = ('été', 07)
print(date)
print('fin')
