# memory: 100000 tasks asleep in sleep(3600); the host reads memory at "peak"
import asyncio

N = 100000


async def sleeper():
    await asyncio.sleep(3600)


async def main():
    tasks = [asyncio.create_task(sleeper()) for _ in range(N)]
    await asyncio.sleep(0)
    print("peak", flush=True)
    try:
        import resource
        print(f"RESULT maxrss_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
    except ImportError:
        pass
    for t in tasks:
        t.cancel()


asyncio.run(main())
