import asyncio

async def factorial(n):
    product = 1
    i = 1
    while i <= n:
        product = await asyncio.sleep(0.1, result=product * i)
        i += 1
    return product

async def main():
    numbers = [5, 7, 3, 6]
    answers = dict(zip(numbers, await asyncio.gather(*map(factorial, numbers))))
    print(answers)
    print(sorted(answers.items(), key=lambda kv: kv[1], reverse=True))
    print(await asyncio.sleep(0), await asyncio.sleep(0.01, "x"))

asyncio.run(main())
