# await expressions used directly inside f-strings and other expressions.
import asyncio

async def get(name):
    await asyncio.sleep(0.001)
    return {"temp": 21.456, "city": "Oslo", "wind": 7}[name]

async def main():
    print(f"{await get('city')}: {await get('temp'):.1f}°C, wind {await get('wind')} m/s")
    total = await get("temp") + await get("wind")
    print(f"{total=:.2f}")
    print({k: await get(k) for k in ("city", "wind")})
    print(await get("wind") if await get("temp") > 20 else "cold")

asyncio.run(main())
