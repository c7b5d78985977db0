# Nested timeouts: the one that fires first is the one that reports expired().
import asyncio

async def trial(outer, inner):
    try:
        async with asyncio.timeout(outer) as o:
            try:
                async with asyncio.timeout(inner) as i:
                    await asyncio.sleep(1)
            except TimeoutError:
                print(f'  inner caught (outer={outer}, inner={inner})')
                raise
    except TimeoutError:
        print(f'  outer caught: outer.expired={o.expired()} inner.expired={i.expired()}')

async def main():
    print('inner shorter:')
    await trial(0.5, 0.02)
    print('outer shorter:')
    await trial(0.02, 0.5)

asyncio.run(main())
