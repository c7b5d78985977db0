import asyncio

async def factorial(n: int) -> int:
    if n in (0, 1):
        await asyncio.sleep(0.1)
        return 1
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    coroutines = {n: factorial(n) for n in numbers}
    values = await asyncio.gather(*coroutines.values())
    return dict(zip(coroutines.keys(), values))

def main():
    print('Main - Starting')
    table = asyncio.run(calculate_factorials([5, 7, 3, 6, 1, 0, 5]))
    print(table)
    print({k: v for k, v in sorted(table.items())})
    inverse = {v: k for k, v in table.items()}
    print(inverse)
    print(list(table.keys()), list(table.values())[::-1])
    print(sum(table.values()), max(table, key=table.get), min(table.items()))
    print('Main - Done')

if __name__ == '__main__':
    main()
