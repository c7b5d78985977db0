# Condition.wait_for with a predicate: consumers wait until the buffer holds enough items
import asyncio

buffer = []

async def consumer(name, need, cond):
    async with cond:
        await cond.wait_for(lambda: len(buffer) >= need)
        taken = buffer[:need]
        del buffer[:need]
        print(f"{name} took {taken}")

async def producer(cond):
    for i in range(6):
        await asyncio.sleep(0.01)
        async with cond:
            buffer.append(i)
            cond.notify_all()
    print("producer left", buffer)

async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer("A", 3, cond), consumer("B", 2, cond), producer(cond))
    print("locked at end?", cond.locked())

asyncio.run(main())
