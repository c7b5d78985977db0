# A ValueError raised from a KeyError, uncaught.
RATES = {"a": 1}

def rate(name):
    try:
        return RATES[name]
    except KeyError as e:
        raise ValueError(f"unknown rate {name!r}") from e

def main():
    print(rate("a"))
    print(rate("b"))

main()
