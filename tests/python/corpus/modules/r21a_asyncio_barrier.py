# asyncio.Barrier (new in 3.11) compared with threading.Barrier
import asyncio, threading
async def party(b, n, log):
    await asyncio.sleep(0.1 * n)
    log.append(("arrive", n))
    idx = await b.wait()
    log.append(("leave", n, idx))
async def main():
    b = asyncio.Barrier(3)
    log = []
    await asyncio.gather(*(party(b, n, log) for n in range(3)))
    print(log)
    print(b.parties, b.n_waiting, b.broken)
asyncio.run(main())
tb = threading.Barrier(2)
r = []
t = threading.Thread(target=lambda: r.append(tb.wait()))
t.start(); r.append(tb.wait()); t.join()
print(sorted(r))
