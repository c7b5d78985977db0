# my list of numbers was empty: gather is fine, as_completed too, wait is not
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    nums = []
    print('gather:', await asyncio.gather(*[factorial(n) for n in nums]))
    for fut in asyncio.as_completed([factorial(n) for n in nums]):
        print('never', await fut)
    print('as_completed: nothing')
    done, pending = await asyncio.wait([asyncio.create_task(factorial(n)) for n in nums])
    print('wait:', done, pending)

asyncio.run(main())
