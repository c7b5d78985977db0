# A tiny async TTL cache decorator using the loop's clock
import asyncio
import functools

def ttl_cache(seconds):
    def deco(fn):
        cache = {}
        @functools.wraps(fn)
        async def wrapper(*args):
            now = asyncio.get_running_loop().time()
            if args in cache and now - cache[args][1] < seconds:
                return cache[args][0]
            value = await fn(*args)
            cache[args] = (value, now)
            return value
        wrapper.cache = cache
        return wrapper
    return deco

calls = []

@ttl_cache(0.1)
async def weather(city):
    calls.append(city)
    await asyncio.sleep(0.01)
    return f"{city}: sunny #{len(calls)}"

async def main():
    print(await weather("Oslo"))
    print(await weather("Oslo"))
    print(await weather("Rome"))
    await asyncio.sleep(0.2)
    print(await weather("Oslo"))
    print("backend calls:", calls, "cached keys:", sorted(weather.cache))

asyncio.run(main())
