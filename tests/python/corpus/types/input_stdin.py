# input() reads the lines of NAME.stdin; a prompt goes to stdout; EOFError at the end.
name = input('What is your name? ')
print(f'Hello, {name}!')
numbers = input('Numbers: ').split()
total = sum(int(n) for n in numbers)
print('total =', total)
count = int(input())
for i in range(count):
    line = input()
    print(f'line {i + 1}: {line.upper()}')
try:
    input('More? ')
except EOFError as e:
    print('EOFError', repr(str(e)))
