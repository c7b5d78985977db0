# asking for the numbers with input() in a thread, so a ticker keeps running meanwhile
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    line = await asyncio.to_thread(input, 'numbers: ')
    print()
    nums = [int(x) for x in line.split(',')]
    name = await asyncio.get_running_loop().run_in_executor(None, input, 'your name: ')
    print()
    results = await asyncio.gather(*map(factorial, nums))
    print(f'{name.strip()}, your factorials: {results}')

asyncio.run(main())
