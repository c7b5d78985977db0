# Breaking out of async for over an async generator: its finally runs.
import asyncio

async def countdown(n):
    try:
        while n:
            yield n
            await asyncio.sleep(0.1)
            n -= 1
    finally:
        print('countdown finally, n =', n)

async def main():
    gen = countdown(5)
    async for x in gen:
        print(x)
        if x == 3:
            break
    await gen.aclose()
    print('after aclose')
    print(await anext(countdown(2)))
    print(await anext(aiter(countdown(1)), 'default'))

asyncio.run(main())
print('end')
