# a thread runs its own asyncio.run while the main thread waits for it
import asyncio
import threading

results = {}

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

def in_thread(n):
    results[n] = asyncio.run(factorial(n))

t = threading.Thread(target=in_thread, args=(6,))
t.start()
t.join()
print(results, t.is_alive())
print(asyncio.run(factorial(5)))
