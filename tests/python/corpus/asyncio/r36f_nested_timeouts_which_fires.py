# Nested asyncio.timeout blocks: when the outer one is shorter, the outer one reports the timeout.
import asyncio

async def attempt(outer, inner):
    try:
        async with asyncio.timeout(outer) as o:
            try:
                async with asyncio.timeout(inner) as i:
                    await asyncio.sleep(1)
            except TimeoutError:
                print(f"  inner timeout caught (inner={inner})")
                await asyncio.sleep(1)
    except TimeoutError:
        print(f"  outer timeout caught (outer={outer})")
    print(f"  expired: outer={o.expired()} inner={i.expired()}")

async def main():
    print("inner shorter:")
    await attempt(0.2, 0.05)
    print("outer shorter:")
    await attempt(0.05, 0.2)

asyncio.run(main())
