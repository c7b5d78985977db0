import asyncio

buffer = []


async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: buffer)
        item = buffer.pop(0)
        print(f"{name} consumed {item}")


async def producer(cond):
    for item in ["apple", "banana", "cherry"]:
        await asyncio.sleep(0.02)
        async with cond:
            buffer.append(item)
            print("produced", item)
            cond.notify()


async def main():
    cond = asyncio.Condition()
    consumers = [asyncio.create_task(consumer(cond, f"c{i}")) for i in range(3)]
    await producer(cond)
    await asyncio.gather(*consumers)
    print("buffer empty:", buffer == [])


asyncio.run(main())
