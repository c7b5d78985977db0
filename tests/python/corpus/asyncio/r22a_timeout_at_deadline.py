# timeout_at takes an absolute deadline on the loop's clock.
import asyncio

async def step(n, delay):
    await asyncio.sleep(delay)
    return n

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.4
    done = []
    try:
        async with asyncio.timeout_at(deadline) as cm:
            for i, delay in enumerate([0.02, 0.02, 2.0, 0.02]):
                done.append(await step(i, delay))
    except TimeoutError:
        print('deadline reached after', len(done), 'steps:', done)
    print(cm.when() == deadline, cm.expired())
    async with asyncio.timeout_at(loop.time() + 5):
        print('within:', await step('x', 0.01))

asyncio.run(main())
