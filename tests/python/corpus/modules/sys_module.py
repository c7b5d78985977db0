# sys: stdout and stderr, argv's length, version_info, and sys.exit with a message.
import sys
sys.stdout.write('to stdout\n')
sys.stderr.write('to stderr\n')
print('printed', file=sys.stdout)
print('printed to stderr', file=sys.stderr)
print(len(sys.argv), sys.version_info[:2] >= (3, 8), sys.version_info.major)
print(type(sys.maxsize).__name__, sys.maxsize == 2 ** 63 - 1, sys.getrecursionlimit())
print(callable(sys.exit), sys.stdout is not sys.stderr)

def check(value):
    if value < 0:
        sys.exit(f'negative value: {value}')
    print('value ok:', value)

check(3)
try:
    sys.exit(4)
except SystemExit as e:
    print('caught SystemExit with code', e.code)
check(-2)
print('not reached')
