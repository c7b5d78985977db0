# gather given a generator expression without a star: "Task got bad yield".
import asyncio

async def factorial(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    try:
        r = await asyncio.gather(factorial(n) for n in [1, 2])
        print(r)
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])

asyncio.run(main())
print('end')
