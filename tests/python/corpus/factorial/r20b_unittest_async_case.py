# Teacher writes unittest.IsolatedAsyncioTestCase tests for the student factorial.
import asyncio, io, re, unittest

async def factorial(n):
    if n < 0:
        raise ValueError('n must be >= 0')
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

class TestFactorial(unittest.IsolatedAsyncioTestCase):
    async def test_small(self):
        self.assertEqual(await factorial(5), 120)

    async def test_zero(self):
        self.assertEqual(await factorial(0), 1)

    async def test_negative(self):
        with self.assertRaises(ValueError):
            await factorial(-3)

    async def test_gather(self):
        self.assertEqual(await asyncio.gather(factorial(3), factorial(4)), [6, 25])

buf = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(TestFactorial)
result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
for line in buf.getvalue().splitlines():
    if line.startswith(('test_', 'FAIL:', 'AssertionError')):
        print(line)
print('run', result.testsRun, 'failures', len(result.failures), 'errors', len(result.errors))
