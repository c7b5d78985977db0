# If the shielded task itself is cancelled, the shield's outer future is cancelled too
import asyncio

async def work():
    await asyncio.sleep(1)

async def main():
    inner = asyncio.create_task(work())
    outer = asyncio.shield(inner)
    print(type(outer).__name__, outer is inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled:', outer.cancelled(), 'inner cancelled:', inner.cancelled())
    done = asyncio.create_task(asyncio.sleep(0, 'x'))
    await done
    print('shield of a done task is itself:', asyncio.shield(done) is done)

asyncio.run(main())
