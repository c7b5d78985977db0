# Two tasks pulling from the same async generator at once: the second sees it is already running
import asyncio


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.05)
        yield i


async def pull(gen, who):
    try:
        print(who, "got", await gen.__anext__())
    except RuntimeError as e:
        print(who, "RuntimeError:", e)


async def main():
    gen = ticker()
    await asyncio.gather(pull(gen, "first"), pull(gen, "second"))
    print("ag_running now:", gen.ag_running)
    await gen.aclose()


asyncio.run(main())
