import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    for delay, name in [(0.03, 'c'), (0.01, 'a'), (0.02, 'b'), (0.01, 'a2'), (0, 'zero')]:
        loop.call_later(delay, print, name)
    loop.call_soon(print, 'soon')
    loop.call_later(0.04, done.set_result, None)
    await done

asyncio.run(main())
