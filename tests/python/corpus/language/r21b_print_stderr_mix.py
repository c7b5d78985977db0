# print to stderr and stdout interleaved, sep/end/flush, sys.stdout.write return
import sys
print('to stdout 1')
print('to stderr 1', file=sys.stderr)
n = sys.stdout.write('written\n')
print(n)
print('a', 'b', sep='', end='', flush=True)
print(file=sys.stderr)
print('to stdout 2')
sys.stderr.write('err line\n')
print(*[1, 2, 3], sep=', ', file=sys.stdout)
print('bad', sep=5)
