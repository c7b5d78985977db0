# Nested asyncio.timeout(): the inner one expires first and only it raises TimeoutError.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.timeout(0.5) as outer:
        try:
            async with asyncio.timeout(0.1) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print('inner expired:', inner.expired(), '| outer expired:', outer.expired())
        await asyncio.sleep(0.1)
        print('outer block goes on:', 0.15 < loop.time() - start < 0.45)
    print('outer expired:', outer.expired())
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.timeout(0.5):
                await asyncio.sleep(1)
    except TimeoutError:
        print('the outer deadline came first:', 0.25 < loop.time() - start < 0.55)
    async with asyncio.timeout_at(loop.time() + 0.15) as t:
        await asyncio.sleep(0.01)
    print('timeout_at not expired:', not t.expired())

asyncio.run(main())
