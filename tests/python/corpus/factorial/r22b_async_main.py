import asyncio

async def factorial(n):
    answer = 1
    for k in range(1, n + 1):
        await asyncio.sleep(0.1)
        answer *= k
    return answer

async def main():
    print('Main - Starting')
    numbers = [5, 7, 3, 6]
    results = await asyncio.gather(*(factorial(n) for n in numbers))
    for n, r in sorted(zip(numbers, results)):
        print(f'{n}! = {r:,}')
    print('Main - Done')

if __name__ == '__main__':
    asyncio.run(main())
