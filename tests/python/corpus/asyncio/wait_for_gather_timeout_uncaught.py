# wait_for of a gather that times out: TimeoutError from the child's CancelledError, which the gather raised
import asyncio
async def worker(i):
    await asyncio.sleep(i)
async def main():
    await asyncio.wait_for(asyncio.gather(worker(1), worker(5)), timeout=2)
asyncio.run(main())
