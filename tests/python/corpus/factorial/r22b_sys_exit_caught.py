import asyncio
import sys

async def factorial(n):
    if n < 0:
        sys.exit(f'bad value {n}')
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def main():
    print('Main - Starting')
    for n in [4, -2, 3]:
        try:
            print(n, asyncio.run(factorial(n)))
        except SystemExit as e:
            print('caught SystemExit:', e.code, e.args)
    print('Main - Done')

if __name__ == '__main__':
    main()
