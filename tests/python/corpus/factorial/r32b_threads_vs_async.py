# Comparing with threads: each thread stores its factorial in a list slot, printed after join().
import asyncio
import math
import threading

results = [None] * 4


def thread_factorial(index, n):
    results[index] = math.factorial(n)


async def async_factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


threads = [threading.Thread(target=thread_factorial, args=(i, n)) for i, n in enumerate([5, 7, 3, 6])]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("threads:", results)
print("asyncio:", asyncio.run(async_factorial(7)))
