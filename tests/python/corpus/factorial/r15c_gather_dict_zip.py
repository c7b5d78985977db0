# results into a dict with dict(zip(...)), printed sorted by value
import asyncio

async def factorial(number):
    fact = 1
    for i in range(number, 0, -1):
        fact = fact * i
    await asyncio.sleep(0.1)
    return fact

async def calculate_factorials(numbers):
    values = await asyncio.gather(*[factorial(n) for n in numbers])
    table = dict(zip(numbers, values))
    for key, value in sorted(table.items(), key=lambda kv: kv[1]):
        print(key, "->", value)
    return table

def main():
    print('Main - Starting')
    print(asyncio.run(calculate_factorials([5, 7, 3, 6])))
    print('Main - Done')

if __name__ == '__main__':
    main()
