# Running doctests embedded in docstrings with doctest.testmod, one example failing on purpose
def average(values):
    """Return the mean of values.

    >>> average([1, 2, 3])
    2.0
    >>> average([10])
    10.0
    >>> average([1, 2])
    1.0
    """
    return sum(values) / len(values)


def shout(s):
    """
    >>> shout("hi")
    'HI!'
    >>> shout("")
    '!'
    """
    return s.upper() + "!"


if __name__ == "__main__":
    import contextlib, doctest, io
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        result = doctest.testmod()
    print("\n".join(l for l in report.getvalue().splitlines() if not l.startswith("File ")))
    print(result)
