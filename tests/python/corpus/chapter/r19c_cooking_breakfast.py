# "Making breakfast" analogy from a beginners' post: concurrent vs sequential
import asyncio
import time

async def boil_water():
    print("Boiling water...")
    await asyncio.sleep(0.3)
    print("Water boiled")
    return "hot water"

async def toast_bread(slices):
    print(f"Toasting {slices} slices...")
    await asyncio.sleep(0.2)
    print("Toast ready")
    return f"{slices} toast"

async def fry_eggs(n):
    print(f"Frying {n} eggs...")
    await asyncio.sleep(0.4)
    print("Eggs fried")
    return f"{n} eggs"

async def make_tea(water):
    print(f"Making tea with {water}")
    await asyncio.sleep(0.16)
    return "tea"

async def main():
    start = time.perf_counter()
    water, toast, eggs = await asyncio.gather(boil_water(), toast_bread(2), fry_eggs(3))
    tea = await make_tea(water)
    print(f"Breakfast: {toast}, {eggs}, {tea}")
    print(f"Took {time.perf_counter() - start:.1f} seconds")

asyncio.run(main())
