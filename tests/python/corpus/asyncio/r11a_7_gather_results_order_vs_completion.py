import asyncio

finished = []


async def job(name, delay):
    await asyncio.sleep(delay)
    finished.append(name)
    return name.upper()


async def main():
    results = await asyncio.gather(job("slow", 0.3), job("fast", 0.1), job("medium", 0.2))
    print("gather keeps argument order:", results)
    print("completion order:", finished)
    finished.clear()
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("c", 0.2), ("a", 0.1)]]
    ordered = [await t for t in asyncio.as_completed(tasks)]
    print("as_completed order:", ordered)


asyncio.run(main())
