# sys.stdin as a file: read(n), readline(n), readline(), read(), readlines(), a for loop (the last line has no newline)
import sys
print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(2)))
print(repr(input()))
print(repr(sys.stdin.read(0)), repr(sys.stdin.readline(0)))
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print('line:', repr(line))
    if line.startswith('y'):
        break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
for line in sys.stdin:
    print('never', line)
