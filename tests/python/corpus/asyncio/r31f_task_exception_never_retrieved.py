# Fire-and-forget task that fails: the error only shows up as a log message
import asyncio

async def background():
    await asyncio.sleep(0.01)
    raise ConnectionError("upstream went away")

async def main():
    t = asyncio.create_task(background())
    await asyncio.sleep(0.05)
    print("main finished; task done:", t.done())
    del t

asyncio.run(main())
print("after run")
