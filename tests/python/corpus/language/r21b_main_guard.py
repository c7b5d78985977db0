# tutorial 6.1.1: executing modules as scripts, sys.argv defaults
import sys
def fib(n):    # write Fibonacci series up to n
    a, b = 0, 1
    while a < n:
        print(a, end=' ')
        a, b = b, a+b
    print()
if __name__ == "__main__":
    print(len(sys.argv), sys.argv[0].endswith('r21b_main_guard.py'))
    fib(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
    fib(int(sys.argv[1]))
