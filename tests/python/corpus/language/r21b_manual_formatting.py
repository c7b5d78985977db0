# tutorial 7.1.3: manual string formatting with rjust/ljust/center/zfill
for x in range(1, 11):
    print(repr(x).rjust(2), repr(x*x).rjust(3), end=' ')
    # Note use of 'end' on previous line
    print(repr(x*x*x).rjust(4))
print('12'.zfill(5))
print('-3.14'.zfill(7))
print('3.14159265359'.zfill(5))
print('+42'.zfill(6), ''.zfill(3), 'ab'.zfill(4))
print('[' + 'x'.center(6) + ']', '[' + 'ab'.center(5, '*') + ']', '[' + 'abc'.center(6) + ']')
print('[' + 'hi'.ljust(5, '.') + ']', '[' + 'toolong'.ljust(3) + ']', '[' + 'r'.rjust(4, '0') + ']')
s = 'Hello, world.'
print(str(s))
print(repr(s))
print(str(1/7))
x = 10 * 3.25
y = 200 * 200
s = 'The value of x is ' + repr(x) + ', and y is ' + repr(y) + '...'
print(s)
hello = 'hello, world\n'
hellos = repr(hello)
print(hellos)
print(repr((x, y, ('spam', 'eggs'))))
print('ab'.center(5, '**'))
