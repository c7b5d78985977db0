# Known difference (docs/python.md): a task left pending by one
# Runner.run() goes on in CPython's next run() and is cancelled by close();
# casyncio's Python cancels it when the run that made it returns.
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
