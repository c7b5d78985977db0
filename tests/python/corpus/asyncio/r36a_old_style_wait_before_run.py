# Old tutorial style: asyncio.wait of tasks made on a loop before it runs, then the done set read
import asyncio


async def square(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise ValueError("two is unlucky")
    return n * n


loop = asyncio.new_event_loop()
tasks = [loop.create_task(square(n)) for n in range(4)]
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print(len(done), len(pending))
for t in tasks:
    print(t.exception() if t.exception() else t.result())
loop.close()
