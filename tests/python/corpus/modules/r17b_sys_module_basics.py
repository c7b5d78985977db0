# sys module basics a learner prints: version info, argv, maxsize, recursion limit and exit
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 7))
print(len(sys.argv), sys.argv[0].endswith('.py'))
print(sys.maxsize == 2 ** 63 - 1, sys.getrecursionlimit())
print(type(sys.path).__name__, type(sys.modules).__name__, 'sys' in sys.modules)
print(sys.byteorder, sys.float_info.dig, sys.int_info.bits_per_digit > 0)
sys.stdout.write('written with sys.stdout.write\n')
print('to stderr', file=sys.stderr)
def done(code):
    print('exiting with', code)
    sys.exit(code)
done(3)
