# Harness prints the report with pprint and wraps feedback with textwrap.
import asyncio, pprint, textwrap

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    nums = list(range(0, 13, 3))
    vals = await asyncio.gather(*map(factorial, nums))
    report = {'student': 'Jo Bloggs', 'results': dict(zip(nums, vals)),
              'checks': [('zero', True), ('concurrency', True), ('negatives', False)],
              'comment': None}
    pprint.pprint(report, width=60)
    pprint.pprint(report, width=60, sort_dicts=False)
    fb = ('Your factorial works for all the positive inputs, but it does not raise a '
          'ValueError when it is given a negative number, as the exercise asks.')
    print(textwrap.fill(fb, width=40, initial_indent='> ', subsequent_indent='  '))
    print(textwrap.shorten(fb, width=50, placeholder=' [...]'))
    print(pprint.pformat(vals, compact=True, width=30))

asyncio.run(main())
