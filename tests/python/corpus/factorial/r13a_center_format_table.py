import asyncio

async def factorial(n):
    product = 1
    for k in range(1, n + 1):
        await asyncio.sleep(0.01)
        product *= k
    return product

async def main():
    pairs = []
    for n in [1, 4, 8, 12]:
        pairs.append((n, await factorial(n)))
    print('{:^5}|{:^12}|{:^8}'.format('n', 'n!', 'len'))
    print('{:-^5}+{:-^12}+{:-^8}'.format('', '', ''))
    for n, f in pairs:
        print('{:^5}|{:^12}|{:^8}'.format(n, f, len(str(f))))
    print('%-5s|%12s|%08.2f' % ('avg', '', sum(f for _, f in pairs) / len(pairs)))

asyncio.run(main())
