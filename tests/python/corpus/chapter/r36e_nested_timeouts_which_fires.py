# two asyncio.timeout blocks nested; I want to know which one fired
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def attempt(outer, inner, delay):
    try:
        async with asyncio.timeout(outer) as o:
            try:
                async with asyncio.timeout(inner) as i:
                    return await worker(delay)
            except TimeoutError:
                return f'inner fired (inner expired={i.expired()})'
    except TimeoutError:
        return f'outer fired (outer expired={o.expired()})'

async def main():
    print(await attempt(0.3, 0.1, 0.5))
    print(await attempt(0.1, 0.3, 0.5))
    print(await attempt(0.3, 0.3, 0.05))

asyncio.run(main())
