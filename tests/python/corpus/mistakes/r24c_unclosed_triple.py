def helper():
    """Return the answer.
    return 42

print(helper())
