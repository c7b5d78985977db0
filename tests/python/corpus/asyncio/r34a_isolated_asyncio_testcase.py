# Testing async code with unittest.IsolatedAsyncioTestCase, run into a StringIO and summarised
import asyncio
import io
import unittest


async def add_later(a, b):
    await asyncio.sleep(0.01)
    return a + b


class AddTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.base = 10

    async def test_add(self):
        self.assertEqual(await add_later(self.base, 5), 15)

    async def test_wrong(self):
        self.assertEqual(await add_later(1, 1), 3)

    async def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            await add_later(1, 0)
            1 / 0

    async def asyncTearDown(self):
        await asyncio.sleep(0)


suite = unittest.defaultTestLoader.loadTestsFromTestCase(AddTests)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print("ran", result.testsRun, "failures", len(result.failures), "errors", len(result.errors))
for test, tb in result.failures:
    print(test.id().split(".")[-1], "->", tb.strip().splitlines()[-1])
