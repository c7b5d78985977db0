# hiding the original error with from None, then failing in the finally block
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k!r}") from None
    finally:
        print("looked up", k.upper())

print(lookup({"a": 1}, "a"))
print(lookup({"a": 1}, 5))
