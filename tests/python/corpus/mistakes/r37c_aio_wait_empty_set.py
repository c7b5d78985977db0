# waiting on whichever pending downloads are left; sometimes none are
import asyncio

async def dl(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    tasks = [asyncio.create_task(dl(n)) for n in range(1, 3)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done))
    done, pending = await asyncio.wait(pending)

asyncio.run(main())
