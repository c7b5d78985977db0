import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, 'ready')
    print(await f)
    print(await f)
    g = loop.create_future()
    loop.call_later(0.01, g.set_exception, KeyError('k'))
    for _ in range(2):
        try:
            await g
        except KeyError as e:
            print('KeyError', e)
    print(f.get_loop() is loop)

asyncio.run(main())
