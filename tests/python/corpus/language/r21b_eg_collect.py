# tutorial 8.9: collecting exceptions from tests into an ExceptionGroup
class TestFailure(Exception):
    pass
def run_tests(tests):
    excs = []
    for test in tests:
        try:
            test()
        except Exception as e:
            excs.append(e)
    if excs:
        raise ExceptionGroup("Test Failures", excs)
def t1(): pass
def t2(): raise TestFailure('t2 broke')
def t3(): raise KeyError('t3')
def t4(): assert 1 == 2, 'math'
try:
    run_tests([t1, t2, t3, t4])
except* TestFailure as eg:
    print('failures:', [str(x) for x in eg.exceptions])
except* (KeyError, AssertionError) as eg:
    print('others:', eg.exceptions)
eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ValueError(3)])
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(BaseExceptionGroup('b', [KeyboardInterrupt()]).__class__.__name__)
print(ExceptionGroup('x', []))
