# as_completed numbered with enumerate: finishing order, not the input order
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return n, f

async def calculate_factorials(numbers):
    order = []
    for place, coro in enumerate(asyncio.as_completed([factorial(n) for n in numbers]), start=1):
        n, f = await coro
        order.append(n)
        print(f'#{place}: {n}! = {f}')
    print('finish order:', order, 'input order:', numbers)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
