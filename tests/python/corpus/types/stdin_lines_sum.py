# A learner's sum of numbers read from stdin: for line in sys.stdin, then readlines() and read() at EOF
import sys
total = 0
for n, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line:
        continue
    total += int(line)
    print(f'{n}: running total {total}')
print('total', total, sys.stdin.readlines(), repr(sys.stdin.read()))
