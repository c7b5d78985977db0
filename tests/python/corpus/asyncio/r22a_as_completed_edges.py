# as_completed with no awaitables, with duplicates and with done futures.
import asyncio

async def main():
    print(list(asyncio.as_completed([])))
    t = asyncio.create_task(asyncio.sleep(0.01, result='t'))
    its = list(asyncio.as_completed([t, t, t]))
    print('iterations for one task given thrice:', len(its))
    print([await f for f in its])
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result('already done')
    for c in asyncio.as_completed([f]):
        print(await c)
    try:
        asyncio.as_completed(f)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
