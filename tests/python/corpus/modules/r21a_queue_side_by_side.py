# queue.Queue workers vs asyncio.Queue workers, task_done and join
import asyncio, queue, threading
def t_worker(q, out):
    while True:
        x = q.get()
        out.append(x * 2)
        q.task_done()
tq, tout = queue.Queue(), []
for _ in range(2):
    threading.Thread(target=t_worker, args=(tq, tout), daemon=True).start()
for i in range(5): tq.put(i)
tq.join()
print("threads:", sorted(tout))
async def a_worker(q, out):
    while True:
        x = await q.get()
        out.append(x * 2)
        q.task_done()
async def main():
    q, out = asyncio.Queue(), []
    ws = [asyncio.create_task(a_worker(q, out)) for _ in range(2)]
    for i in range(5): q.put_nowait(i)
    await q.join()
    for w in ws: w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print("asyncio:", out, [type(r).__name__ for r in res])
asyncio.run(main())
