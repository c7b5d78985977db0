# tutorial 8.9: raising and handling multiple exceptions with ExceptionGroup
def f():
    excs = [OSError('error 1'), SystemError('error 2')]
    raise ExceptionGroup('there were problems', excs)
try:
    f()
except Exception as e:
    print(f'caught {type(e)}: e')
    print(repr(e), e.message, e.exceptions)
def g():
    raise ExceptionGroup(
        "group1",
        [
            OSError(1),
            SystemError(2),
            ExceptionGroup(
                "group2",
                [
                    OSError(3),
                    RecursionError(4)
                ]
            )
        ]
    )
try:
    g()
except* OSError as e:
    print("There were OSErrors", repr(e))
except* SystemError as e:
    print("There were SystemErrors", repr(e))
f()
