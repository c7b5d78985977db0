# Cancelling the task inside a shield directly: the outer await sees CancelledError
import asyncio

async def main():
    inner = asyncio.create_task(asyncio.sleep(1))
    outer = asyncio.shield(inner)
    asyncio.get_running_loop().call_later(0.01, inner.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner cancelled:", inner.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result("x")
    print(asyncio.shield(done) is done)

asyncio.run(main())
