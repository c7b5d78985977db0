import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    text = input('n? ')
    print(f'\ncomputing {text}!')
    print(await factorial(text))

asyncio.run(main())
