# A TaskGroup where one worker raises KeyError: the group shows it as an ExceptionGroup
import asyncio
async def w(n):
    await asyncio.sleep(n/100)
    if n == 2: raise KeyError(n)
    return n
async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(w(i)) for i in range(4)]
    print([t.result() for t in ts])
asyncio.run(main())
