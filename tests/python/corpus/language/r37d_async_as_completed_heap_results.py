# Collecting results in completion order with as_completed, keeping the best three with heapq.
import asyncio
import heapq
import random

random.seed(11)

async def evaluate(candidate):
    delay = (candidate % 5) * 0.1 + 0.05
    await asyncio.sleep(delay)
    score = random.Random(candidate).randint(0, 100)
    return score, candidate

async def main():
    best = []
    order = []
    coros = [evaluate(c) for c in [12, 5, 3, 21, 9]]
    for fut in asyncio.as_completed(coros):
        score, cand = await fut
        order.append(cand)
        heapq.heappush(best, (score, cand))
        if len(best) > 3:
            dropped = heapq.heappop(best)
            print(f"drop {dropped}")
    print("completion order", order)
    print("top three", sorted(best, reverse=True))

asyncio.run(main())
