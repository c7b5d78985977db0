# A TTL cache for an async function using the loop's clock: expired entries are fetched again.
import asyncio

class TTLCache:
    def __init__(self, ttl):
        self.ttl = ttl
        self.data = {}
        self.hits = self.misses = 0

    async def get(self, key, fetch):
        now = asyncio.get_running_loop().time()
        entry = self.data.get(key)
        if entry and now - entry[1] < self.ttl:
            self.hits += 1
            return entry[0]
        self.misses += 1
        value = await fetch(key)
        self.data[key] = (value, asyncio.get_running_loop().time())
        return value

fetches = []

async def fetch_weather(city):
    fetches.append(city)
    await asyncio.sleep(0.01)
    return f"{city}: sunny"

async def main():
    cache = TTLCache(ttl=0.2)
    for city in ["Oslo", "Rome", "Oslo"]:
        print(await cache.get(city, fetch_weather))
    await asyncio.sleep(0.3)
    print(await cache.get("Oslo", fetch_weather))
    print("hits", cache.hits, "misses", cache.misses, fetches)

asyncio.run(main())
