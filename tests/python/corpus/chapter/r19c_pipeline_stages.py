# A pipeline of stages connected by queues: generate -> square -> print
import asyncio

async def generate(out_q, n):
    for i in range(1, n + 1):
        await out_q.put(i)
        print(f"generated {i}")
        await asyncio.sleep(0.01)
    await out_q.put(None)

async def square(in_q, out_q):
    while (item := await in_q.get()) is not None:
        await out_q.put(item * item)
    await out_q.put(None)

async def collect(in_q):
    results = []
    while True:
        item = await in_q.get()
        if item is None:
            break
        print(f"  collected {item}")
        results.append(item)
    return results

async def main():
    q1, q2 = asyncio.Queue(maxsize=2), asyncio.Queue(maxsize=2)
    _, _, results = await asyncio.gather(generate(q1, 5), square(q1, q2), collect(q2))
    print("sum of squares:", sum(results), results)

asyncio.run(main())
