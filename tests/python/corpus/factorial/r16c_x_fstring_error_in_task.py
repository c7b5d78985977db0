# An error inside an f-string's expression in a coroutine: the traceback's markers
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f

async def main():
    results = {n: await factorial(n) for n in (3, 4)}
    print(f'3! = {results[3]}, 4! = {results[4]}')
    print(f'5! = {results[5]:>10,}')

asyncio.run(main())
