# The tutorial's `except Exception as e: pass` hides a typo in main: nothing printed, exit 0.
import asyncio


async def find_divisibles(inrange, div_by):
    located = []
    for i in range(inrange):
        if i % div_by == 0:
            located.append(i)
    return located


async def main():
    divs1 = loop.create_task(find_divisibles(100, 7))
    divs2 = loop.create_task(find_divisible(100, 9))
    await asyncio.wait([divs1, divs2])
    return divs1, divs2


if __name__ == "__main__":
    try:
        loop = asyncio.get_event_loop()
        d1, d2 = loop.run_until_complete(main())
        print(d1.result())
    except Exception as e:
        pass
    finally:
        loop.close()
    print('finished (error hidden)')
