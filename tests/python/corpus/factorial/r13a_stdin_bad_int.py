import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    numbers = []
    while True:
        text = input('number (blank to finish): ')
        if not text:
            break
        numbers.append(int(text))
    print(await asyncio.gather(*map(factorial, numbers)))

asyncio.run(main())
