# Mistake: a variable called list hides the builtin, which is then called.
numbers = '5 7 3'
list = numbers.split()
print(list)
values = list(map(int, list))
print(values)
