# except Exception before except ZeroDivisionError: the second handler never runs
import asyncio


async def ratio(a, b):
    await asyncio.sleep(0.1)
    return a / b


async def main():
    for b in [2, 0]:
        try:
            print(await ratio(1, b))
        except Exception as e:
            print('something went wrong:', type(e).__name__, e)
        except ZeroDivisionError:
            print('division by zero')


asyncio.run(main())
