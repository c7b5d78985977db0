# Print each factorial written out like the book: 5! = 5 × 4 × 3 × 2 × 1 = 120
import asyncio


async def factorial(n):
    terms = []
    product = 1
    for k in range(n, 0, -1):
        await asyncio.sleep(0.01)
        terms.append(str(k))
        product *= k
    expansion = " × ".join(terms) if terms else "1 (by definition)"
    return f"{n}! = {expansion} = {product}"


async def main():
    for line in await asyncio.gather(*(factorial(n) for n in [5, 0, 1, 3])):
        print(line)
    print("%d! = %s" % (4, 4 * 3 * 2), "|", "{0}! = {1:,}".format(10, 3628800))
    print("{:^20}".format("done"), "|{:*<10}|{:->10}|".format("n!", 120))


asyncio.run(main())
