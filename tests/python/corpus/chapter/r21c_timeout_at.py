# asyncio.timeout_at with a deadline from loop.time().
import asyncio

async def tick(n):
    for i in range(n):
        await asyncio.sleep(0.2)
        print('tick', i)

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.5
    try:
        async with asyncio.timeout_at(deadline):
            await tick(10)
    except TimeoutError:
        print('deadline passed')

asyncio.run(main())
