# A race with wait(FIRST_COMPLETED): the loser is cancelled and awaited; what each side sees.
import asyncio

async def runner(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, 'lost the race')
        raise

async def main():
    a = asyncio.create_task(runner('hare', 0.3))
    b = asyncio.create_task(runner('tortoise', 0.05))
    done, pending = await asyncio.wait({a, b}, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    print('winner:', winner.result())
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print('hare cancelled:', a.cancelled())

asyncio.run(main())
