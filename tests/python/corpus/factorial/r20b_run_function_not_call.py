# Student passes the coroutine function to asyncio.run instead of calling it; harness explains.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def main():
    return await asyncio.gather(factorial(3), factorial(4))

attempts = [('asyncio.run(main)', lambda: asyncio.run(main)),
            ('asyncio.run(main())', lambda: asyncio.run(main())),
            ('asyncio.run(factorial)', lambda: asyncio.run(factorial)),
            ('asyncio.run(5)', lambda: asyncio.run(5)),
            ('asyncio.gather(gen)', lambda: asyncio.run(asyncio.gather(factorial(n) for n in (1, 2))))]
for label, fn in attempts:
    try:
        print(f'{label:<24} ok: {fn()}')
    except (ValueError, TypeError, RuntimeError) as e:
        msg = str(e).split(' at 0x')[0]
        print(f'{label:<24} {type(e).__name__}: {msg}')
