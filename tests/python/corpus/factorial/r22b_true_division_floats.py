import asyncio

async def factorial(n):
    if n <= 1:
        return 1
    await asyncio.sleep(0.01)
    return n * await factorial(n - 1)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n}! = {r}, {n}!/{n} = {r / n}, (n-1)! = {r // n}')
    print('ratio 20!/18! =', (await factorial(20)) / (await factorial(18)))
    print('25! as float:', float(await factorial(25)))

def main():
    asyncio.run(calculate_factorials([5, 7, 3, 6]))

if __name__ == '__main__':
    main()
