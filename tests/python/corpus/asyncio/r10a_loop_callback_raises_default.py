import asyncio

def tick(n):
    print('tick', n)
    if n == 2:
        raise RuntimeError('tick two failed')

async def main():
    loop = asyncio.get_running_loop()
    for i in range(4):
        loop.call_soon(tick, i)
    await asyncio.sleep(0.01)
    print('loop survived')

asyncio.run(main())
