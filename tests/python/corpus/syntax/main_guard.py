# if __name__ == '__main__': and a main() function, as the chapter writes programs.
import sys

def helper():
    return 'helper called'

def main():
    print('__name__ is', __name__)
    print(helper())
    return 0

print('module level runs first')

if __name__ == '__main__':
    status = main()
    print('main returned', status)
    sys.exit(status)
print('not reached')
