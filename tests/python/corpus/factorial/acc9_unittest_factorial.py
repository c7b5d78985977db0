# A learner tests the solution with unittest, run from the program with a runner of its own.
import asyncio
import io
import unittest

async def factorial(n):
    if n < 0:
        raise ValueError("n must be >= 0")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0)
        r *= i
    return r

class FactorialTest(unittest.TestCase):
    def test_small(self):
        self.assertEqual(asyncio.run(factorial(5)), 120)

    def test_zero(self):
        self.assertEqual(asyncio.run(factorial(0)), 1)

    def test_negative(self):
        with self.assertRaises(ValueError):
            asyncio.run(factorial(-1))

    def test_wrong(self):
        self.assertEqual(asyncio.run(factorial(3)), 7, "3! is not 7")

if __name__ == "__main__":
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(FactorialTest)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
    for line in stream.getvalue().splitlines():
        if not line.startswith("Ran "):
            print(line.replace(__file__, "FILE"))
