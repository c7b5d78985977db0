# the results line was too long, so I wrapped it with textwrap
import asyncio
import random
import textwrap

random.seed(60)

async def worker(i):
    await asyncio.sleep(0.001 * i)
    return random.randint(1, 1000)

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(30)))
    text = 'results from calls: ' + ', '.join(map(str, results))
    print(textwrap.fill(text, width=50, subsequent_indent='    '))
    print(textwrap.shorten(text, width=40, placeholder=' [...]'))
    print(textwrap.indent(textwrap.dedent('''
        done
          all good
    '''), '> '))

asyncio.run(main())
