import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    tasks = {n: asyncio.create_task(factorial(n)) for n in numbers}
    await asyncio.wait(tasks.values())
    return {n: t.result() for n, t in tasks.items()}

def main():
    raw = input("Enter numbers separated by commas: ")
    numbers = list(map(int, raw.split(",")))
    print(f"\nComputing {len(numbers)} factorials: {numbers}")
    results = asyncio.run(calculate_factorials(numbers))
    width = max(len(str(r)) for r in results.values())
    for n, r in results.items():
        print(f"{n:>2}! = {r:>{width}}")
    print(f"duplicates collapsed: {len(numbers) - len(results)}")

main()
