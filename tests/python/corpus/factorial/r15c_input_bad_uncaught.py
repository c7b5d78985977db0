# int() of a typed word is not caught: the ValueError traceback
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def main():
    n = int(input("Enter a number: "))
    print(f"{n}! =", asyncio.run(factorial(n)))

if __name__ == '__main__':
    main()
