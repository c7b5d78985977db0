# Named a variable list and then tried to call list().
list = [1, 2, 3]
print(list)
copy = list((4, 5))
print(copy)
