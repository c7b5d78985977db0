# I built the gather in main first and then handed it to run_until_complete
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

def main():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    g = asyncio.gather(worker(1), worker(2))
    print('before:', g.done())
    print('results:', loop.run_until_complete(g))
    loop.close()

main()
