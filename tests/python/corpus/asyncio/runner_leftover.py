# A task left pending by one Runner.run() goes on in the next run() and is
# cancelled by close().
import asyncio


async def ticker():
    try:
        for i in range(5):
            print('tick', i)
            await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        print('ticker cancelled')
        raise


async def start():
    asyncio.create_task(ticker())
    await asyncio.sleep(0.3)


with asyncio.Runner() as runner:
    runner.run(start())
    print('between')
    runner.run(asyncio.sleep(0.2))
print('end')
