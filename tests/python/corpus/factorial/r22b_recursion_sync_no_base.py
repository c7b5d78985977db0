import math

def factorial(n):
    # forgot the base case
    return n * factorial(n - 1)

def main():
    print('Main - Starting')
    for n in [5, 7, 3, 6]:
        print(n, factorial(n))
    print('Main - Done')

if __name__ == '__main__':
    main()
