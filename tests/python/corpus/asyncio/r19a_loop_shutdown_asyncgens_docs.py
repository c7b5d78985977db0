# docs "loop.shutdown_asyncgens()" with the low-level API
import asyncio

async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker: finally runs at shutdown_asyncgens")

async def main():
    async for i in ticker():
        print("got", i)
        if i == 2:
            break
    print("main: broke out of the loop")

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
    print("before shutdown_asyncgens")
finally:
    loop.run_until_complete(loop.shutdown_asyncgens())
    print("after shutdown_asyncgens")
    loop.close()
