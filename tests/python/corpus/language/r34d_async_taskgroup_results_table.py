# TaskGroup collecting results into a formatted table, sorted by a key function
import asyncio, random
from operator import itemgetter

random.seed(7)

async def fetch(city):
    delay = random.randint(1, 5) / 100
    temp = random.uniform(-5, 30)
    await asyncio.sleep(delay)
    return {"city": city, "temp": temp, "delay": delay}

async def main():
    cities = ["Oslo", "Lima", "Cairo", "Perth", "Quito"]
    async with asyncio.TaskGroup() as tg:
        tasks = {c: tg.create_task(fetch(c), name=f"fetch-{c}") for c in cities}
    rows = sorted((t.result() for t in tasks.values()), key=itemgetter("temp"), reverse=True)
    print(f"{'City':<8}|{'Temp':>7}|{'Delay':>6}")
    print("-" * 23)
    for r in rows:
        print(f"{r['city']:<8}|{r['temp']:>6.1f}C|{r['delay']:>6.2f}")
    print(sorted(t.get_name() for t in tasks.values())[:2])
    print(f"mean {sum(r['temp'] for r in rows) / len(rows):.2f}")

asyncio.run(main())
