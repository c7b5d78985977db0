# Documenting a function with doctest examples and running them with doctest.testmod()
import doctest


def slugify(title):
    """Turn a title into a URL slug.

    >>> slugify("Hello, World!")
    'hello-world'
    >>> slugify("  Async   IO in Python 3.11 ")
    'async-io-in-python-3-11'
    >>> slugify("")
    ''
    """
    out, dash = [], False
    for ch in title.lower():
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif out and not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def mean(xs):
    """
    >>> mean([1, 2, 3])
    2.0
    >>> mean([])
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    """
    return sum(xs) / len(xs)


result = doctest.testmod()
print(result, result.failed, result.attempted)
print(doctest.run_docstring_examples is not None)
