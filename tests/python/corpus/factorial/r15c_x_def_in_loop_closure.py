# coroutine functions defined in a loop: the late-binding surprise and its fix
import asyncio

async def main():
    makers = []
    for n in (3, 4, 5):
        async def factorial():
            r = 1
            for i in range(2, n + 1):
                r *= i
            await asyncio.sleep(0.01)
            return r
        makers.append(factorial)
    print(await asyncio.gather(*(m() for m in makers)))
    fixed = []
    for n in (3, 4, 5):
        async def factorial(n=n):
            r = 1
            for i in range(2, n + 1):
                r *= i
            await asyncio.sleep(0.01)
            return r
        fixed.append(factorial)
    print(await asyncio.gather(*(m() for m in fixed)))

asyncio.run(main())
