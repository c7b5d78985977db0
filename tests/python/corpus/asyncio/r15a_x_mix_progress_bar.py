# A progress bar task redrawing with end='' as downloads report through a Queue
import asyncio

async def download(i, done_q):
    await asyncio.sleep(0.05 * (i % 3 + 1))
    await done_q.put(i)

async def bar(done_q, total):
    order = []
    print(f"\r[{'.' * 20}] 0/{total}", end="", flush=True)
    while len(order) < total:
        order.append(await done_q.get())
        n = len(order) * 20 // total
        print(f"\r[{'#' * n}{'.' * (20 - n)}] {len(order)}/{total}", end="", flush=True)
    print(" done")
    return order

async def main():
    done_q, total = asyncio.Queue(), 6
    order, *_ = await asyncio.gather(bar(done_q, total), *(download(i, done_q) for i in range(total)))
    print("order:", order)

asyncio.run(main())
