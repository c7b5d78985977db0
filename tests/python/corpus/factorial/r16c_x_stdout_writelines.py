# The factorial table written with sys.stdout.writelines, and the stream's encoding and state checked
import asyncio
import sys

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f

async def main():
    numbers = [5, 7, 3, 6]
    results = await asyncio.gather(*map(factorial, numbers))
    sys.stdout.writelines(f'{n}! = {f}\n' for n, f in zip(numbers, results))
    print(sys.stdout.encoding, sys.stdout.closed, sys.stdout.writable(), sys.stdin.readable())
    sys.stderr.writelines(['done\n'])
    try:
        sys.stdout.writelines(['6! = ', 720, '\n'])
    except TypeError as e:
        print()
        print('TypeError:', e)

asyncio.run(main())
