# input() gives a str: '3' * 2 is '33', and range('3') is a TypeError
n = input('Number: ')
print()
print('double:', n * 2)
total = 1
for i in range(1, n + 1):
    total *= i
print(total)
