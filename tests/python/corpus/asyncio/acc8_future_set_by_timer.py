# Futures set by call_later timers; tasks awaiting them wake in the timers' order.
import asyncio

async def waiter(name, fut):
    v = await fut
    print(name, 'got', v)
    return v

async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    tasks = [asyncio.create_task(waiter(f'w{i}', f)) for i, f in enumerate(futs)]
    loop.call_later(0.03, futs[0].set_result, 'A')
    loop.call_later(0.01, futs[1].set_result, 'B')
    loop.call_later(0.02, futs[2].set_result, 'C')
    print(await asyncio.gather(*tasks))
    print(asyncio.isfuture(futs[0]), asyncio.isfuture(tasks[0]), asyncio.isfuture(42))
    print(futs[0].get_loop() is loop)

asyncio.run(main())
