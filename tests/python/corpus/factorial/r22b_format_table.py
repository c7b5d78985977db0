import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(f"{'n':>3} | {'n!':>15} | {'digits':^8}")
    print('-' * 32)
    for n, r in zip(numbers, results):
        print(f"{n:>3} | {r:>15,} | {len(str(r)):^8}")
    print(f"{'sum':>3} | {sum(results):>15_} |")
    print(f"largest in sci: {max(results):.3e}")

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6, 12, 15]))
    print('Main - Done')

if __name__ == '__main__':
    main()
