# tutorial 3.2: first steps towards programming, fibonacci with end=
a, b = 0, 1
while a < 10:
    print(a)
    a, b = b, a+b
i = 256*256
print('The value of i is', i)
a, b = 0, 1
while a < 1000:
    print(a, end=',')
    a, b = b, a+b
print()
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=' | ', end='!\n')
print(1, 2.0, None, True, [1, 'x'], sep='-')
