# The steps asyncio.run does, written out: shutdown_asyncgens and shutdown_default_executor on a manual loop
import asyncio


async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finalised")


async def main():
    g = gen()
    print(await anext(g))
    print(await asyncio.get_running_loop().run_in_executor(None, sum, [1, 2, 3]))
    return g


loop = asyncio.new_event_loop()
try:
    keep = loop.run_until_complete(main())
    print("main finished")
finally:
    loop.run_until_complete(loop.shutdown_asyncgens())
    print("asyncgens shut down")
    loop.run_until_complete(loop.shutdown_default_executor())
    print("executor shut down")
    loop.close()
