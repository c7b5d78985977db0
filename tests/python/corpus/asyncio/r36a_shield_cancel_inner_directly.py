# Cancelling the inner task of a shield cancels the outer too; awaiting outer raises CancelledError
import asyncio


async def job():
    await asyncio.sleep(1)


async def main():
    inner = asyncio.create_task(job())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel("inner stopped")
    try:
        await outer
    except asyncio.CancelledError as e:
        print("outer raised CancelledError", e.args)
    print("outer cancelled:", outer.cancelled(), "inner cancelled:", inner.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result(5)
    print("shield of done future is it:", asyncio.shield(done) is done, await asyncio.shield(done))


asyncio.run(main())
