# as_completed over plain futures set by timers: the order they are set in, and results of awaitables it yields.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    loop.call_later(0.2, futs[0].set_result, 'first made, set last')
    loop.call_later(0.05, futs[1].set_exception, ValueError('second failed'))
    loop.call_later(0.1, futs[2].set_result, 'third')
    for aw in asyncio.as_completed(futs):
        try:
            print(await aw)
        except ValueError as e:
            print('ValueError:', e)
    print([f.done() for f in futs])

asyncio.run(main())
