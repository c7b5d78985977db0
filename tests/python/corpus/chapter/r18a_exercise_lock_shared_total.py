# 34.8 with a shared running total guarded by a Lock
import asyncio

total = 0

async def factorial(n, lock):
    global total
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    async with lock:
        current = total
        await asyncio.sleep(0.01)
        total = current + result
        print(f'{n}! = {result:>6,}  running total {total:>6,}')
    return result

async def calculate_factorials(numbers):
    lock = asyncio.Lock()
    results = await asyncio.gather(*[factorial(n, lock) for n in numbers])
    print('sum of results:', sum(results), 'total:', total, 'locked:', lock.locked())

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
