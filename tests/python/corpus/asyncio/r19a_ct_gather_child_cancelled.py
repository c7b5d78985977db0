# docs: a cancelled child is treated as raising CancelledError; gather itself not cancelled
import asyncio

async def job(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    print(f"{name} finished")
    return name

async def main():
    t1 = asyncio.create_task(job('t1', 0.3))
    t2 = asyncio.create_task(job('t2', 0.2))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0.1)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; gather.cancelled() =", g.cancelled())
    await asyncio.sleep(0.2)
    print("t2 still finished:", t2.result())
    t3 = asyncio.create_task(job('t3', 0.1))
    g2 = asyncio.gather(t3, return_exceptions=True)
    t3.cancel()
    print("with return_exceptions:", [type(r).__name__ for r in await g2])
    g3 = asyncio.gather(job('t4', 0.1))
    await g3
    print("cancel after done:", g3.cancel())

asyncio.run(main())
