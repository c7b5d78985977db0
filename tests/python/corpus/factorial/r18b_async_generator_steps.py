import asyncio

async def factorial_steps(n):
    value = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        value *= i
        yield i, value

async def last(agen):
    result = None
    async for _, result in agen:
        pass
    return result

async def main():
    async for i, v in factorial_steps(5):
        print(f"{i}! = {v}")
    print([v async for _, v in factorial_steps(4) if v % 2 == 0])
    print(await asyncio.gather(*(last(factorial_steps(n)) for n in [5, 7, 3, 6])))
    print(await last(factorial_steps(0)))
    gen = factorial_steps(3)
    print(await gen.__anext__(), await anext(gen))
    await gen.aclose()
    print(await anext(gen, "exhausted"))

asyncio.run(main())
