# Without return_exceptions a cancelled child makes the whole gather raise CancelledError
import asyncio


async def job(n):
    await asyncio.sleep(0.05 * n)
    print("job", n, "finished")
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 3)]
    tasks[0].cancel()
    try:
        print(await asyncio.gather(*tasks))
    except asyncio.CancelledError:
        print("gather cancelled because a child was")
    print("others still running:", [t.done() for t in tasks])
    await asyncio.sleep(0.2)
    print("after wait:", [t.done() for t in tasks], [t.result() for t in tasks[1:]])
    await asyncio.gather(*tasks)


asyncio.run(main())
